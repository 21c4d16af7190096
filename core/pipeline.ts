// From rows read to results and result sheets: apply the rule overrides (the workbook's 计分规则
// sheet first, then a rules file given to the batch tool, which wins), calculate, then lay out
// the sheets with the user's templates (the workbook's 输出模板, then a template file, which wins).
// The batch tool, the offline page and the add-in all go through here.
import { compute, type Results } from "./compute.ts";
import type { IssueLog } from "./issues.ts";
import type { Period } from "./period.ts";
import type { ReadResult } from "./read/workbook.ts";
import { applyOverrides, type RuleOverride } from "./rules/overrides.ts";
import type { TemplateRow } from "./records.ts";
import { resolveTemplates } from "./sheets/customise.ts";
import { buildResultSheets, type ResultGroup } from "./sheets/buildAll.ts";
import type { SheetModel } from "./sheets/sheetModel.ts";

export interface CalculateOptions {
  period: Period;
  /** The as-of date (D1): today in the user's local time unless the user chose another day. */
  asOf: number;
  issues: IssueLog;
  /** Overrides from outside the workbook (a --rules file). */
  overrides?: RuleOverride[];
}

export function calculate(read: ReadResult, options: CalculateOptions): Results {
  const rules = applyOverrides([...read.overrides, ...(options.overrides ?? [])], options.issues);
  return compute(read.data, { period: options.period, asOf: options.asOf, rules, issues: options.issues });
}

export interface RecalculateOptions extends CalculateOptions {
  /** When the sheets are made, as users read it ("2026-04-01 09:30"). */
  generatedAt: string;
  /** Template rows from outside the workbook (a --template file). */
  templateRows?: TemplateRow[];
  /** Only these groups of result sheets (a single ribbon job); all by default. */
  groups?: ResultGroup[];
}

export function recalculate(read: ReadResult, options: RecalculateOptions): { results: Results; sheets: SheetModel[] } {
  const results = calculate(read, options);
  const templates = resolveTemplates([...read.templateRows, ...(options.templateRows ?? [])], options.issues);
  const sheets = buildResultSheets(results, {
    generatedAt: options.generatedAt,
    templates,
    issues: options.issues,
    groups: options.groups,
  });
  return { results, sheets };
}
