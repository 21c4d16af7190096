// What each person actually did toward the annual targets (S7–S10) in a period. With the
// 业务完成 sheet (D5) it is the sum of the person's month rows over the assessed months; without
// it, the 完成 columns of 业务指标 are taken as the period's actuals, and every run says so.
import type { IssueLog } from "../issues.ts";
import type { InputData, StaffActual, StaffRecord } from "../records.ts";
import type { Period } from "../period.ts";
import type { RuleSet } from "../rules/schema.ts";
import { SHEET_NAMES } from "../vocabulary.ts";
import { monthSpans, monthText } from "../values.ts";
import { NameSuggester, suggestionText } from "../similar.ts";

/** Actual of one person for one target rule; undefined when nothing was entered (old behaviour). */
export type ActualOf = (record: StaffRecord, rule: string) => number | undefined;

export function actualsFor(input: InputData, assessed: Period | null, rules: RuleSet, issues: IssueLog): ActualOf {
  const sheetRows = input.staffActuals;
  if (sheetRows === undefined) {
    if (input.staff.length > 0) {
      const sheet = input.staff[0].source.sheet;
      issues.warn("actualsPerPeriod", { sheet, cell: "" }, "D5");
    }
    return (record, rule) => record.targets[rule]?.actual;
  }
  warnUnusedActualColumns(input.staff, rules, issues);
  const names = new Set(input.staff.map((s) => s.name));
  const suggester = new NameSuggester([...names]);
  const byPerson = new Map<string, Map<number, StaffActual>>();
  for (const row of sheetRows) {
    if (!names.has(row.name)) {
      const suggestion = suggestionText(issues.lang, suggester.suggest(row.name));
      issues.error("unknownStaff", issues.at(row.source, "name"), "D5", { value: row.name, suggestion });
      continue;
    }
    const months = byPerson.get(row.name) ?? new Map<number, StaffActual>();
    byPerson.set(row.name, months);
    const first = months.get(row.month);
    if (first) {
      issues.error("duplicateActual", issues.at(row.source, "month"), "D5", {
        name: row.name,
        month: monthText(row.month, issues.lang),
        first: `${first.source.sheet}!${first.source.row}`,
      });
      continue;
    }
    months.set(row.month, row);
  }
  if (assessed) warnMissingMonths(input.staff, byPerson, assessed, sheetRows[0]?.source.sheet ?? SHEET_NAMES.actuals, issues);
  return (record, rule) => {
    if (!assessed) return 0;
    let sum = 0;
    for (const [month, row] of byPerson.get(record.name) ?? []) {
      if (month >= assessed.startMonth && month <= assessed.endMonth) sum += row.values[rule] ?? 0;
    }
    return sum;
  };
}

/** With 业务完成 present the 完成 columns of 业务指标 are not used: say so once if any is filled. */
function warnUnusedActualColumns(staff: readonly StaffRecord[], rules: RuleSet, issues: IssueLog): void {
  for (const record of staff) {
    const filled = rules.staff.targets.find((t) => record.targets[t.rule]?.actual !== undefined);
    if (filled) {
      issues.warn("actualColumnsIgnored", issues.at(record.source, `${filled.rule}.actual`), "D5");
      return;
    }
  }
}

/** A month of the assessed part with no row for a person counts 0: one warning per person. */
function warnMissingMonths(
  staff: readonly StaffRecord[],
  byPerson: Map<string, Map<number, StaffActual>>,
  assessed: Period,
  sheet: string,
  issues: IssueLog,
): void {
  for (const record of staff) {
    const months = byPerson.get(record.name);
    const missing: number[] = [];
    for (let m = assessed.startMonth; m <= assessed.endMonth; m++) if (!months?.has(m)) missing.push(m);
    if (!missing.length) continue;
    issues.warn("actualMonthsMissing", { sheet, cell: "" }, "D5", { name: record.name, months: monthSpans(missing, issues.lang) });
  }
}
