// One workbook for the batch tool: the shared job (ooxml/job.ts) on a file read safely, the result
// package and the JSON written atomically to the paths cli/paths.ts checked. The input is only read.
import { localStamp, type Lang, type Period, type ResultsJson, type RuleOverride, type TemplateRow } from "../core/index.ts";
import type { Logo } from "../ooxml/logo.ts";
import { checkWorkbook, recalcWorkbook, type CheckResult } from "../ooxml/job.ts";
import { readInput, writePackage, writeText, writeWordFiles } from "./files.ts";
import { nodeCodec } from "./nodeCodec.ts";

export interface RecalcOptions {
  period: Period;
  /** The as-of date (D1), a day number. */
  asOf: number;
  lang: Lang;
  overrides: RuleOverride[];
  /** Rows of a template file (--template); they win over the workbook's own 输出模板 sheet. */
  templateRows: TemplateRow[];
  /** The template file's logo, which wins over one on the workbook's 输出模板 sheet. */
  templateLogo?: Logo;
  now: Date;
  onProgress?: (rows: number) => void;
}

export interface RecalcOutcome extends CheckResult {
  json: ResultsJson;
  /** The Word files written (--docx): their folder and how many. */
  docx?: { folder: string; files: number };
}

/** Where one workbook's outputs go (cli/paths.ts checked them all before the first was written). */
export interface OutputPlaces {
  output: string;
  json?: string;
  /** The folder of the Word files (--docx). */
  docx?: string;
}

/** Recalculates a workbook into `output` (its JSON and Word files too, when asked for). */
export async function recalcFile(input: string, places: OutputPlaces, options: RecalcOptions): Promise<RecalcOutcome> {
  const job = await recalcWorkbook(await readInput(input), nodeCodec, { ...options, generatedAt: localStamp(options.now) });
  await writePackage(job.pkg, places.output);
  const results = job.json();
  if (places.json) await writeText(places.json, JSON.stringify(results, null, 2) + "\n");
  const docx = places.docx ? { folder: places.docx, files: await writeWordFiles(job.models, places.docx) } : undefined;
  const { models: _models, pkg: _pkg, ...checked } = job;
  return { ...checked, json: results, docx };
}

/** Every check a recalculation of the file would make; nothing is written. */
export async function checkFile(input: string, options: RecalcOptions): Promise<CheckResult> {
  return checkWorkbook(await readInput(input), nodeCodec, { ...options, generatedAt: localStamp(options.now) });
}
