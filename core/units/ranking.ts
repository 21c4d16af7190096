// The period's unit table (N1: every active unit with its counts and score, ranked high first;
// N6: the same table for a quarter, half-year or year, with a score per month).
import { containsDay, yearToDate, type Period } from "../period.ts";
import { rankDescending } from "../rank.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { UnitRecord } from "../records.ts";
import type { Scheme } from "../marks.ts";
import { schemeOf } from "../rules/scheme.ts";
import type { UnitRoster } from "./roster.ts";
import type { ScoredItem } from "./score.ts";
import { missingStreak, type MissingStreak } from "./notices.ts";

export interface UnitRow {
  unit: UnitRecord;
  index: number;
  rank: number;
  /** Rank among the units of the same 类别. */
  categoryRank: number;
  score: number;
  ytdScore: number;
  /** Score of each month of the period, first month first. */
  monthScores: number[];
  submitted: number;
  /** How often each mark of the scheme was given, by index of scheme.marks (a count mark adds its number). */
  marks: number[];
  /** Items adopted at any level (the first tie-break). */
  adoptedAny: number;
  /** Items with any 优秀 mark, and with any 批示 mark (a count mark adds its number). */
  excellent: number;
  endorsed: number;
  late: number;
  missing: MissingStreak;
  advancedCandidate: boolean;
}

const blankRow = (unit: UnitRecord, index: number, months: number, marks: number): UnitRow => ({
  unit,
  index,
  rank: 0,
  categoryRank: 0,
  score: 0,
  ytdScore: 0,
  monthScores: new Array(months).fill(0),
  submitted: 0,
  marks: new Array<number>(marks).fill(0),
  adoptedAny: 0,
  excellent: 0,
  endorsed: 0,
  late: 0,
  missing: { streak: 0, months: [], action: null },
  advancedCandidate: false,
});

/**
 * `assessed`: the month whose missing submissions are reported (D1: the last month of the period
 * that has ended), or null when none has: then no unit is missing.
 */
export function unitTable(
  items: readonly ScoredItem[],
  roster: UnitRoster,
  period: Period,
  rules: RuleSet,
  assessed: number | null = period.endMonth,
): UnitRow[] {
  const months = period.endMonth - period.startMonth + 1;
  const scheme = schemeOf(rules);
  const rows = roster.units.map((u, i) => blankRow(u, i, months, scheme.marks.length));
  const ytd = yearToDate(period);
  const submittedMonths = new Set<number>();
  let firstLogMonth = Infinity;
  for (const item of items) {
    const { sub, unitIndex } = item;
    if (item.month < firstLogMonth) firstLogMonth = item.month;
    if (sub.date <= period.endDay) submittedMonths.add(unitIndex * 100_000 + item.month);
    if (containsDay(ytd, sub.date)) rows[unitIndex].ytdScore += item.points;
    if (!containsDay(period, sub.date)) continue;
    const row = rows[unitIndex];
    const m = sub.marks;
    row.score += item.points;
    row.monthScores[item.month - period.startMonth] += item.points;
    row.submitted++;
    if (item.late) row.late++;
    if (m !== 0) countMarks(row, item.sub.marks, item.sub.counts, scheme);
  }
  const active = rows.filter((r) => roster.activeInRange(r.index, period.startMonth, period.endMonth) || r.submitted > 0);
  if (firstLogMonth === Infinity) firstLogMonth = period.endMonth;
  if (assessed !== null) {
    for (const row of active) {
      row.missing = missingStreak(row.index, assessed, firstLogMonth, roster, (m) => submittedMonths.has(row.index * 100_000 + m), rules);
    }
  }
  return rankUnits(active, rules);
}

function countMarks(row: UnitRow, m: number, counts: number[] | undefined, scheme: Scheme): void {
  const marks = scheme.marks;
  for (let i = 0; i < marks.length; i++) if (m & marks[i].bit) row.marks[i] += counts?.[i] || 1;
  if (m & scheme.adoptedMask) row.adoptedAny++;
  if (m & scheme.excellentMask) row.excellent += kindCount(m & scheme.excellentMask, counts, scheme);
  if (m & scheme.endorsedMask) row.endorsed += kindCount(m & scheme.endorsedMask, counts, scheme);
}

/** An item counts once for a kind, or the number of its count marks of that kind (批示 by number). */
function kindCount(m: number, counts: number[] | undefined, scheme: Scheme): number {
  if (!counts) return 1;
  let flags = 0;
  let n = 0;
  for (let i = 0; i < scheme.marks.length; i++) {
    if ((m & scheme.marks[i].bit) === 0) continue;
    if (scheme.marks[i].count) n += counts[i];
    else flags = 1;
  }
  return flags + n;
}

/** Ranks by score; among ties more adoptions, then more submissions, then roster order first. */
function rankUnits(rows: UnitRow[], rules: RuleSet): UnitRow[] {
  const { method, decimals } = rules.ranking;
  const tieBreak = (a: UnitRow, b: UnitRow) => b.adoptedAny - a.adoptedAny || b.submitted - a.submitted || a.index - b.index;
  const ranked = rankDescending(rows, (r) => r.score, method, decimals, tieBreak);
  for (const r of ranked) r.item.rank = r.rank;
  const byCategory = new Map<string, UnitRow[]>();
  for (const r of ranked) {
    const key = r.item.unit.category ?? "";
    const group = byCategory.get(key);
    if (group) group.push(r.item);
    else byCategory.set(key, [r.item]);
  }
  for (const group of byCategory.values()) {
    for (const r of rankDescending(group, (x) => x.score, method, decimals, tieBreak)) r.item.categoryRank = r.rank;
  }
  return ranked.map((r) => r.item);
}
