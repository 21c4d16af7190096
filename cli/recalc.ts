// One workbook for the batch tool: the shared job (ooxml/job.ts) on a file read safely, the result
// package and the JSON written atomically to the paths cli/paths.ts checked. The input is only read.
import { localStamp, type Lang, type Period, type Results, type RuleOverride, type TemplateRow } from "../core/index.ts";
import type { Logo } from "../ooxml/logo.ts";
import { recalcWorkbook } from "../ooxml/job.ts";
import { readInput, writePackage, writeText, writeWordFiles } from "./files.ts";
import { nodeCodec } from "./nodeCodec.ts";

export interface RecalcOptions {
  period: Period;
  /** The as-of date (D1), a day number. */
  asOf: number;
  lang: Lang;
  /** Where the result workbook goes, and the JSON results if asked for (cli/paths.ts checked both). */
  output: string;
  json?: string;
  /** The folder for the Word files (--docx). */
  docx?: string;
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
  docx?: { folder: string; files: number };
  errors: number;
  warnings: number;
  results: Results;
}

export async function recalcFile(input: string, options: RecalcOptions): Promise<RecalcOutcome> {
  const job = await recalcWorkbook(await readInput(input), nodeCodec, { ...options, generatedAt: localStamp(options.now) });
  const { output, json } = options;
  await writePackage(job.pkg, output);
  if (json) await writeText(json, JSON.stringify(job.json(), null, 2) + "\n");
  const docx = options.docx ? { folder: options.docx, files: await writeWordFiles(job.sheets, options.docx) } : undefined;
  return { input, output, json, docx, errors: job.errors, warnings: job.warnings, results: job.results };
}
