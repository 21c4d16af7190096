// "Did you mean …?": the closest of some names to what a user typed.

/** Levenshtein distance, one row of memory. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return prev[b.length];
}

/**
 * The candidate whose key is closest to `text`, when the distance is at most `within` of the
 * longer length (0.6: "峨山真" finds "峨山镇", an unrelated name finds nothing). Long inputs are
 * cut, so a pasted paragraph cannot make this slow.
 */
export function closest<T>(text: string, candidates: Iterable<{ key: string; value: T }>, within = 0.6): T | undefined {
  const target = text.slice(0, 200);
  let best: T | undefined;
  let bestScore = Infinity;
  for (const { key, value } of candidates) {
    const score = editDistance(target, key.slice(0, 200)) / Math.max(target.length, key.length, 1);
    if (score < bestScore) {
      bestScore = score;
      best = value;
    }
  }
  return bestScore <= within ? best : undefined;
}
