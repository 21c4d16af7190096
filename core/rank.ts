// Ranking with ties: standard competition (1, 2, 2, 4) or dense (1, 2, 2, 3, 中国式排名).
// Values are compared after rounding to the shown decimals, so ranks match what users read.
import { roundHalfAway } from "./values.ts";

export type RankMethod = "competition" | "dense";

export interface Ranked<T> {
  item: T;
  rank: number;
  /** How many items share this rank (1 when untied). */
  tied: number;
  /** Position of the tie group's first member in competition order (for quotas). */
  position: number;
}

/**
 * Sorts high first and assigns ranks. `tieBreak` orders items inside a tie for display only;
 * it never changes a rank.
 */
export function rankDescending<T>(
  items: readonly T[],
  value: (item: T) => number,
  method: RankMethod,
  decimals: number,
  tieBreak: (a: T, b: T) => number = () => 0,
): Ranked<T>[] {
  const keyed = items.map((item, index) => ({ item, index, key: roundHalfAway(value(item), decimals) }));
  keyed.sort((a, b) => b.key - a.key || tieBreak(a.item, b.item) || a.index - b.index);
  const out: Ranked<T>[] = new Array(keyed.length);
  let groupStart = 0;
  let dense = 0;
  while (groupStart < keyed.length) {
    let groupEnd = groupStart + 1;
    while (groupEnd < keyed.length && keyed[groupEnd].key === keyed[groupStart].key) groupEnd++;
    dense++;
    const rank = method === "dense" ? dense : groupStart + 1;
    for (let i = groupStart; i < groupEnd; i++) {
      out[i] = { item: keyed[i].item, rank, tied: groupEnd - groupStart, position: groupStart + 1 };
    }
    groupStart = groupEnd;
  }
  return out;
}
