// One workbook through the whole job, in memory: the offline page's equivalent of
// `infoscore recalc`, with the same reader, core, sheet models and package writer.
import {
  InfoScoreError, IssueLog, parseDay, parsePeriod, recalculate, resultsJson, yearOfMonth,
  type Issue, type Lang, type ResultsJson, type RuleOverride,
} from "../../core/index.ts";
import { addResultSheets } from "../../xlsx/package.ts";
import { findLogo } from "../../xlsx/logo.ts";
import { Package } from "../../xlsx/pkg.ts";
import { readWorkbookPackage } from "../../xlsx/read.ts";
import type { Codec } from "../../xlsx/zip.ts";

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
  name: string, bytes: Uint8Array, options: ProcessOptions, codec: Codec, onRows?: (rows: number) => void,
): Promise<ProcessedWorkbook> {
  const { period: periodLabel, lang, generatedAt, overrides } = options;
  const period = parsePeriod(periodLabel);
  if (!period) throw new InfoScoreError("badPeriod", { value: periodLabel });
  const asOf = parseDay(options.asOf);
  if (asOf === undefined) throw new InfoScoreError("badAsOf", { value: options.asOf });
  const pkg = Package.open(bytes, codec);
  const issues = new IssueLog(lang);
  const read = await readWorkbookPackage(pkg, issues, { year: yearOfMonth(period.endMonth), onProgress: onRows });
  const { results, sheets } = recalculate(read, { period, asOf, issues, generatedAt, overrides });
  await addResultSheets(pkg, sheets, { logo: await findLogo(pkg) });
  const chunks: Uint8Array[] = [];
  let size = 0;
  await pkg.write((b) => {
    chunks.push(b.slice());
    size += b.length;
  });
  const output = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    output.set(c, at);
    at += c.length;
  }
  return { name, output, json: resultsJson(results), issues: issues.list };
}
