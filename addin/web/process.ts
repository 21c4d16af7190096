// One workbook on the offline page: the batch tool's job (ooxml/job.ts) on bytes the user chose,
// with the result package kept in memory for the download.
import { InfoScoreError, parseDay, parsePeriod, type Issue, type Lang, type ResultsJson, type RuleOverride } from "../../core/index.ts";
import { packageBytes, recalcWorkbook } from "../../ooxml/job.ts";
import type { Codec } from "../../ooxml/zip.ts";

export interface ProcessedWorkbook {
  name: string;
  output: Uint8Array;
  json: ResultsJson;
  issues: Issue[];
}

export interface ProcessOptions {
  period: string;
  /** The as-of date (D1) as an ISO day, chosen on the page (today by default). */
  asOf: string;
  lang: Lang;
  generatedAt: string;
  /** Rule overrides from a rules file the user chose (they win over the workbook's 计分规则). */
  overrides?: RuleOverride[];
}

export async function processWorkbook(
  name: string,
  bytes: Uint8Array,
  options: ProcessOptions,
  codec: Codec,
  onRows?: (rows: number) => void,
): Promise<ProcessedWorkbook> {
  const period = parsePeriod(options.period);
  if (!period) throw new InfoScoreError("badPeriod", { value: options.period });
  const asOf = parseDay(options.asOf);
  if (asOf === undefined) throw new InfoScoreError("badAsOf", { value: options.asOf });
  const job = await recalcWorkbook(bytes, codec, { ...options, period, asOf, onProgress: onRows });
  return { name, output: await packageBytes(job.pkg), json: job.json(), issues: job.issues };
}
