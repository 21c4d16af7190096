// One workbook for the batch tool: the shared job (ooxml/job.ts) on a file read safely, the result
// package and the JSON written atomically to the paths cli/paths.ts checked. The input is only read.
import { localStamp, type Lang, type Period, type ResultsJson, type RuleOverride, type TemplateRow } from "../core/index.ts";
import type { Logo } from "../ooxml/logo.ts";
import { checkWorkbook, recalcWorkbook, type CheckResult } from "../ooxml/job.ts";
import { readInput, writePackage, writeText } from "./files.ts";
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
}

/** Recalculates a workbook into `output` (and its JSON into `json`, when given). */
export async function recalcFile(input: string, output: string, json: string | undefined, options: RecalcOptions): Promise<RecalcOutcome> {
  const job = await recalcWorkbook(await readInput(input), nodeCodec, { ...options, generatedAt: localStamp(options.now) });
  await writePackage(job.pkg, output);
  const results = job.json();
  if (json) await writeText(json, JSON.stringify(results, null, 2) + "\n");
  return { ...job, json: results };
}

/** Every check a recalculation of the file would make; nothing is written. */
export async function checkFile(input: string, options: RecalcOptions): Promise<CheckResult> {
  return checkWorkbook(await readInput(input), nodeCodec, { ...options, generatedAt: localStamp(options.now) });
}
