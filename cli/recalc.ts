// One workbook through the whole job: read, calculate, add the result sheets to a copy, write
// the JSON results. The input file is only ever read.
import {
  IssueLog, localStamp, recalculate, resultsJson, yearOfMonth,
  type Lang, type Period, type Results, type RuleOverride, type TemplateRow,
} from "../core/index.ts";
import { addResultSheets } from "../xlsx/package.ts";
import { findLogo, type Logo } from "../xlsx/logo.ts";
import { openPackage, readWorkbookPackage } from "../xlsx/read.ts";
import { readInput, writePackage, writeText } from "./files.ts";
import { nodeCodec } from "./nodeCodec.ts";

export interface RecalcOptions {
  period: Period;
  /** The as-of date (D1), a day number. */
  asOf: number;
  lang: Lang;
  /** Where the result workbook goes, and the JSON results if asked for (cli/paths.ts checked both). */
  output: string;
  json?: string;
  overrides: RuleOverride[];
  /** Rows of a template file (--template); they win over the workbook's own 输出模板 sheet. */
  templateRows: TemplateRow[];
  /** The template file's logo, which wins over one on the workbook's 输出模板 sheet. */
  templateLogo?: Logo;
  now: Date;
  onProgress?: (rows: number) => void;
}

export interface RecalcOutcome {
  input: string;
  output: string;
  json?: string;
  errors: number;
  warnings: number;
  results: Results;
}

export async function recalcFile(input: string, options: RecalcOptions): Promise<RecalcOutcome> {
  const bytes = await readInput(input);
  const zip = openPackage(bytes, nodeCodec);
  const issues = new IssueLog(options.lang);
  const read = await readWorkbookPackage(zip, issues, { year: yearOfMonth(options.period.endMonth), onProgress: options.onProgress });
  const { results, sheets } = recalculate(read, {
    period: options.period, asOf: options.asOf, issues, overrides: options.overrides, templateRows: options.templateRows, generatedAt: localStamp(options.now),
  });
  await addResultSheets(zip, sheets, { logo: options.templateLogo ?? (await findLogo(zip)) });
  const { output, json } = options;
  await writePackage(zip, output);
  if (json) await writeText(json, JSON.stringify(resultsJson(results), null, 2) + "\n");
  const errors = results.issues.filter((i) => i.severity === "error").length;
  return { input, output, json, errors, warnings: results.issues.length - errors, results };
}
