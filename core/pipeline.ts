// From rows read to results: apply the rule overrides (the workbook's 计分规则 sheet first, then
// a rules file given to the batch tool, which wins), then calculate.
import { compute, type Results } from "./compute.ts";
import type { IssueLog } from "./issues.ts";
import type { Period } from "./period.ts";
import type { ReadResult } from "./read/workbook.ts";
import { applyOverrides, type RuleOverride } from "./rules/overrides.ts";

export interface CalculateOptions {
  period: Period;
  issues: IssueLog;
  /** Overrides from outside the workbook (a --rules file). */
  overrides?: RuleOverride[];
}

export function calculate(read: ReadResult, options: CalculateOptions): Results {
  const rules = applyOverrides([...read.overrides, ...(options.overrides ?? [])], options.issues);
  return compute(read.data, { period: options.period, rules, issues: options.issues });
}
