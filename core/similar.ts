// "Did you mean …?": the one name nearest to what a user typed, when one is clearly nearest.
// Characters that sound alike (玮 and 伟) count as nearly the same: names are often typed by ear.
import { SOUND_TABLE } from "./soundTable.ts";
import { t, type Lang } from "./text.ts";

/** Names longer than this are cut before comparing: no name is longer, a pasted paragraph is. */
export const MAX_NAME_CHARS = 40;
/** At most this many candidates are compared for one name (a roster is some dozens of units). */
export const MAX_CANDIDATES = 5_000;

/** Each GB2312 character's sound without tones (伟 and 玮: wei), built once on first use. */
let sounds: Map<string, string> | undefined;
function soundOf(c: string): string {
  if (!sounds) {
    sounds = new Map();
    for (const row of SOUND_TABLE.split("|")) {
      const [sound, chars] = row.split(":");
      for (const ch of chars) sounds.set(ch, sound);
    }
  }
  // "" for what is not a common Han character: it sounds like nothing else.
  return sounds.get(c) ?? "";
}

/** What replacing one character by another costs: 0 the same, ½ sounding the same, 1 otherwise. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const s = soundOf(a);
  return s !== "" && s === soundOf(b) ? 0.5 : 1;
}

/** Levenshtein distance with homophones at half cost, one row of memory; both texts are cut first. */
export function editDistance(a: string, b: string): number {
  return distanceWithin(a.slice(0, MAX_NAME_CHARS), b.slice(0, MAX_NAME_CHARS), Infinity);
}

/** The distance, or Infinity as soon as every path exceeds `limit` (most candidates stop after a row or two). */
function distanceWithin(x: string, y: string, limit: number): number {
  const prev = new Float64Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    let diagonal = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    const c = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j];
      const d = y[j - 1];
      const cost = c === d ? 0 : substitution(c, d);
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diagonal + cost);
      diagonal = up;
      if (prev[j] < rowMin) rowMin = prev[j];
    }
    if (rowMin > limit) return Infinity;
  }
  return prev[y.length];
}

/**
 * The value whose key is nearest to `text`, when its distance is at most `within` of the longer
 * length (0.6: "峨山真" finds "峨山镇", an unrelated name finds nothing) and no other value is as
 * near: two equally near names (区统计局 → 区发改局 or 区民政局?) suggest neither. Texts are cut and
 * candidates capped, so nothing a user types can make this slow.
 */
export function closest<T>(text: string, candidates: Iterable<{ key: string; value: T }>, within = 0.6): T | undefined {
  const target = text.slice(0, MAX_NAME_CHARS);
  let best: T | undefined;
  let bestScore = Infinity;
  let tied = false;
  let seen = 0;
  for (const { key, value } of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    const cut = key.slice(0, MAX_NAME_CHARS);
    const longer = Math.max(target.length, cut.length, 1);
    // Lengths alone put it out of reach: no distance to compute.
    if (Math.abs(target.length - cut.length) / longer > Math.min(within, bestScore)) continue;
    const score = distanceWithin(target, cut, Math.min(within, bestScore) * longer) / longer;
    if (score < bestScore) {
      tied = false;
      bestScore = score;
      best = value;
    } else if (score === bestScore && value !== best) tied = true;
  }
  return bestScore <= within && !tied ? best : undefined;
}

/** Unknown names one list suggests for; past this, names are reported without a suggestion. */
const MAX_LOOKUPS = 200;

/** Suggestions from one list of names, cached per name typed and bounded in number. */
export class NameSuggester {
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly names: readonly string[]) {}

  suggest(text: string): string | undefined {
    if (this.cache.has(text)) return this.cache.get(text);
    const found = this.cache.size < MAX_LOOKUPS ? closest(text, this.candidates()) : undefined;
    this.cache.set(text, found);
    return found;
  }

  private *candidates(): Generator<{ key: string; value: string }> {
    for (const name of this.names) yield { key: name, value: name };
  }
}

/** "，是否为“张伟”？" after a message, or nothing when there is no clear suggestion. */
export const suggestionText = (lang: Lang, found: string | undefined): string =>
  found ? t(lang, "word.didYouMean", { suggestion: found }) : "";
