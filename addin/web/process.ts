// One workbook on the offline page: the batch tool's job (ooxml/job.ts) on bytes the user chose,
// with the result package kept in memory for the download.
import { InfoScoreError, parseDay, parsePeriod, type Issue, type Lang, type ResultsJson, type RuleOverride } from "../../core/index.ts";
import { packageBytes, recalcWorkbook } from "../../ooxml/job.ts";
import type { Codec } from "../../ooxml/zip.ts";
import { documentsZip } from "../../ooxml/wordDownload.ts";

export interface ProcessedWorkbook {
  name: string;
  output: Uint8Array;
  json: ResultsJson;
  issues: Issue[];
  /** The Word files (公文) in one .zip, when asked for. */
  docx?: Uint8Array;
}

export interface ProcessOptions {
  period: string;
  /** The as-of date (D1) as an ISO day, chosen on the page (today by default). */
  asOf: string;
  lang: Lang;
  generatedAt: string;
  /** Rule overrides from a rules file the user chose (they win over the workbook's 计分规则). */
  overrides?: RuleOverride[];
  /** Also the Word files (the 下载公文 button): the docx library is loaded only then. */
  docx?: boolean;
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
  const docx = options.docx ? await documentsZip(job.models, codec) : undefined;
  return { name, output: await packageBytes(job.pkg), json: job.json(), issues: job.issues, docx };
}
