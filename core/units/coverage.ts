// Does the log reach the period at all? A period with no submission anywhere in the log (a typo
// in --period, last year's workbook) would otherwise name every unit as not submitting, exit 0.
import type { IssueLog } from "../issues.ts";
import type { InputData } from "../records.ts";
import type { Period } from "../period.ts";
import { isoDay } from "../values.ts";

/** `logSheet`: the submission log's sheet name, for a log with no rows to take it from. */
export function checkPeriodCoverage(input: InputData, period: Period, issues: IssueLog, logSheet: string): void {
  // A workbook with neither a roster nor a log (staff appraisal only) is not about submissions.
  if (input.units.length === 0 && input.submissions.length === 0) return;
  let last: number | undefined;
  let inPeriod = false;
  for (const s of input.submissions) {
    if (last === undefined || s.date > last) last = s.date;
    if (s.date >= period.startDay && s.date <= period.endDay) inPeriod = true;
  }
  if (inPeriod) return;
  const where = { sheet: input.submissions[0]?.source.sheet ?? logSheet, cell: "" };
  if (last !== undefined && last < period.startDay) {
    issues.warn("logEndsBeforePeriod", where, "INPUT", { last: isoDay(last), period: period.label });
  } else issues.warn("noItemsInPeriod", where, "INPUT", { period: period.label });
}
