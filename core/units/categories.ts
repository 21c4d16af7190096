// D8: the 类别 groups of a period's units, as every document shows them: in the order the roster
// first names each 类别, units without one last (其他单位); inside a group, by the rank shown.
import type { UnitRow } from "./ranking.ts";

export interface CategoryGroup {
  /** The roster's 类别; "" for units without one. */
  category: string;
  units: UnitRow[];
}

/** Whether rankings are within 类别 (按类别排名 on, and the roster names at least one 类别). */
export const byCategory = (units: readonly UnitRow[], rankWithinCategory: boolean): boolean =>
  rankWithinCategory && units.some((u) => (u.unit.category ?? "") !== "");

/** Groups in roster 类别 order, blank last; each group's units by category rank, then roster order. */
export function categoryGroups(units: readonly UnitRow[]): CategoryGroup[] {
  const out = new Map<string, UnitRow[]>();
  for (const u of [...units].sort((a, b) => a.index - b.index)) {
    const key = u.unit.category ?? "";
    const group = out.get(key);
    if (group) group.push(u);
    else out.set(key, [u]);
  }
  const groups = [...out.entries()].map(([category, rows]) => ({
    category,
    units: rows.sort((a, b) => a.categoryRank - b.categoryRank || a.rank - b.rank || a.index - b.index),
  }));
  // Map order is roster order of each 类别's first unit; the blank 类别 goes last.
  return [...groups.filter((g) => g.category !== ""), ...groups.filter((g) => g.category === "")];
}

/**
 * The first `places` of the units given, by the rank shown, ties at the last place kept; never a
 * unit with 0 points (D8). Given fewer units than ranked (the 通报 leaves out those it names for
 * missing a month), the next ones move up.
 */
export function leadingUnits(units: readonly UnitRow[], places: number, withinCategory: boolean): UnitRow[] {
  const rankOf = (u: UnitRow) => (withinCategory ? u.categoryRank : u.rank);
  const scoring = units.filter((u) => u.score > 0);
  const ranks = scoring.map(rankOf).sort((a, b) => a - b);
  if (ranks.length === 0 || places < 1) return [];
  const cutoff = ranks[Math.min(places, ranks.length) - 1];
  return scoring.filter((u) => rankOf(u) <= cutoff);
}

/** In roster order: how named lists (点名, 通知单, 帮促) list units. */
export const inRosterOrder = (units: readonly UnitRow[]): UnitRow[] => [...units].sort((a, b) => a.index - b.index);
