// 上月排名: the unit table of the month before a monthly period, so the 通报 can show each
// unit's previous rank and how far it moved (升降).
import { monthPeriod, type Period } from "../period.ts";
import type { RuleSet } from "../rules/schema.ts";
import { monthNumber, yearOfMonth } from "../values.ts";
import { unitTable, type UnitRow } from "./ranking.ts";
import type { UnitRoster } from "./roster.ts";
import type { ScoredItem } from "./score.ts";

/** The previous month's ranked table, for a monthly period; null for any other period. */
export function previousMonthTable(items: readonly ScoredItem[], roster: UnitRoster, period: Period, rules: RuleSet): UnitRow[] | null {
  if (period.kind !== "month") return null;
  const m = period.startMonth - 1;
  // No missing-month assessment: only the ranks are wanted.
  return unitTable(items, roster, monthPeriod(yearOfMonth(m), monthNumber(m)), rules, null);
}
