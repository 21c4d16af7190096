// One workbook through the whole job, for the hosts that work on files (the batch tool's recalc and
// validate, the offline page): open the package, read the input sheets, recalculate; recalc then
// adds the result sheets, and the host writes the package where it wants (a file, a download) and
// the JSON if asked. Checking and recalculating share this one path, so a check reports every
// issue a recalculation would.
import {
  IssueLog,
  readStats,
  recalculate,
  resultsJson,
  yearOfMonth,
  type Issue,
  type Lang,
  type Period,
  type Results,
  type ResultsJson,
  type SheetModel,
  type RuleOverride,
  type SheetStats,
  type TemplateRow,
} from "../core/index.ts";
import { ByteCollector } from "./bytes.ts";
import { findLogo, type Logo } from "./logo.ts";
import { addResultSheets } from "./resultSheets.ts";
import { Package } from "./package.ts";
import { readWorkbookPackage } from "./read.ts";
import type { Codec } from "./zip.ts";

export interface JobOptions {
  period: Period;
  /** The as-of date (D1), a day number: today in local time unless the user chose another. */
  asOf: number;
  lang: Lang;
  /** When the sheets are made, as users read it ("2026-04-01 09:30"). */
  generatedAt: string;
  /** Overrides from a rules file (they win over the workbook's 计分规则 sheet). */
  overrides?: RuleOverride[];
  /** Rows of a template file (they win over the workbook's 输出模板 sheet). */
  templateRows?: TemplateRow[];
  /** A template file's logo, which wins over one on the workbook's 输出模板 sheet. */
  templateLogo?: Logo;
  onProgress?: (rows: number) => void;
}

export interface CheckResult {
  results: Results;
  issues: Issue[];
  /** Rows read, used and left out per input sheet (读取 = 计入 + 未计入). */
  stats: SheetStats[];
  errors: number;
  warnings: number;
  /** The names of the result sheets a recalculation writes, in order (a long table's continuations included). */
  sheets: string[];
}

export interface JobResult extends CheckResult {
  /** The workbook with the result sheets added, ready to be written. */
  pkg: Package;
  /** The result sheets' models (what the Word files are rendered from). */
  models: SheetModel[];
  json: () => ResultsJson;
}

/** Read and calculate: the one path from an opened package to results, issues and result sheets. */
async function readAndCalculate(pkg: Package, options: JobOptions): Promise<CheckResult & { models: SheetModel[]; logo?: Logo }> {
  const issues = new IssueLog(options.lang);
  const read = await readWorkbookPackage(pkg, issues, {
    year: yearOfMonth(options.period.endMonth),
    onProgress: options.onProgress,
    overrides: options.overrides,
  });
  // Before the sheets are made, so a logo that is no picture is reported among the issues.
  const logo = options.templateLogo ?? (await findLogo(pkg, issues));
  const { results, sheets } = recalculate(read, {
    period: options.period,
    asOf: options.asOf,
    issues,
    overrides: options.overrides,
    templateRows: options.templateRows,
    generatedAt: options.generatedAt,
  });
  const errors = issues.errorCount;
  const stats = readStats(read, issues);
  return {
    results,
    issues: issues.list,
    stats,
    errors,
    warnings: issues.warningCount,
    sheets: sheets.map((m) => m.name),
    models: sheets,
    logo,
  };
}

/** Every check a recalculation makes (D4: every row of every sheet), with nothing written. */
export async function checkWorkbook(bytes: Uint8Array, codec: Codec, options: JobOptions): Promise<CheckResult> {
  const pkg = Package.open(bytes, codec);
  const { models: _models, logo: _logo, ...checked } = await readAndCalculate(pkg, options);
  // A damaged part a recalculation would refuse to copy is refused here too.
  await pkg.verifyParts();
  return checked;
}

export async function recalcWorkbook(bytes: Uint8Array, codec: Codec, options: JobOptions): Promise<JobResult> {
  const pkg = Package.open(bytes, codec);
  const { models, logo, ...checked } = await readAndCalculate(pkg, options);
  await addResultSheets(pkg, models, { logo });
  return { ...checked, pkg, models, json: () => resultsJson(checked.results) };
}

/** A package's bytes in memory (the offline page's download). */
export async function packageBytes(pkg: Package): Promise<Uint8Array> {
  const collected = new ByteCollector();
  await pkg.write((b) => collected.add(b, true));
  return collected.bytes();
}
