// What the terminal says about a workbook: whether it came through clean (✓ only without errors),
// the documents produced and the units each letter goes to, the issues that change every result,
// and how far a period not yet ended was assessed. Plain text, on a terminal and in a pipe alike.
import {
  dayText,
  HEADLINE_CODES,
  monthSpans,
  monthText,
  RESULT_SHEETS,
  t,
  type Issue,
  type Lang,
  type ResultKind,
  type Results,
} from "../core/index.ts";
import type { CheckResult } from "../ooxml/job.ts";

export function printIssues(issues: readonly Issue[], limit = 20, print = console.log): void {
  for (const i of issues.slice(0, limit)) print(`  ${i.severity === "error" ? "✗" : "!"} ${i.message}`);
  if (issues.length > limit) print(`  … ${issues.length - limit}`);
}

/** "南湖镇、区民政局、榴园镇" / "南湖镇, 区民政局, and 榴园镇" (a unit's name may itself hold 和). */
export const listText = (items: readonly string[], lang: Lang): string =>
  lang === "en" ? new Intl.ListFormat("en", { type: "conjunction" }).format(items) : items.join(t(lang, "word.listSeparator"));

/** The letters and lists of a kind go to the units whose missing months call for that action (N2–N4). */
const ADDRESSED: Partial<Record<ResultKind, "notice" | "assist">> = { notices: "notice", assist: "assist", assistLetters: "assist" };

/** Each result sheet written, once (a long table's continuations are not listed), with the units a letter goes to. */
export function producedText(results: Results, sheets: readonly string[], lang: Lang): string {
  const written = RESULT_SHEETS.filter((s) => sheets.includes(s.name));
  const parts = written.map((s) => {
    const action = ADDRESSED[s.kind];
    if (!action) return s.name;
    const units = results.units
      .filter((u) => u.missing.action === action)
      .sort((a, b) => a.index - b.index)
      .map((u) => u.unit.name);
    return units.length
      ? t(lang, "cli.producedFor", { sheet: s.name, units: listText(units, lang) })
      : t(lang, "cli.producedNone", { sheet: s.name });
  });
  return t(lang, "cli.produced", { documents: parts.join(t(lang, "cli.producedSeparator")) });
}

/** D1: a period not yet ended says how far it was assessed (with no month ended, the noMonthEnded headline says so). */
export function asOfSummary(results: Results, lang: Lang): string | undefined {
  if (results.periodEnded || results.asOf === undefined || results.assessedMonth === null) return undefined;
  return t(lang, "cli.asOfAssessed", { asOf: dayText(results.asOf, lang), month: monthText(results.assessedMonth, lang) });
}

/** validate's first line: the months it checked for gaps (those assessed, D1), or the whole period when none has ended. */
export function checkedPeriodLine(results: Results, lang: Lang): string {
  const { period, assessedMonth, asOf } = results;
  const last = assessedMonth ?? period.endMonth;
  const months = Array.from({ length: last - period.startMonth + 1 }, (_, i) => period.startMonth + i);
  if (assessedMonth !== null || asOf === undefined) return t(lang, "cli.validatePeriod", { months: monthSpans(months, lang) });
  return t(lang, "cli.validatePeriodOpen", { months: monthSpans(months, lang), asOf: dayText(asOf, lang) });
}

/** The issues worth a line of their own: they mean the results may be beside the point. */
export const headlines = (issues: readonly Issue[]): string[] => issues.filter((i) => HEADLINE_CODES.has(i.code)).map((i) => i.message);

/** The lines for one workbook recalculated: status, documents, headline issues, as-of note, JSON file. */
export function outcomeLines(
  input: string,
  output: string,
  job: CheckResult & { docx?: { folder: string; files: number } },
  lang: Lang,
  json?: string,
): string[] {
  const counts = { input, output, errors: job.errors, warnings: job.warnings };
  const lines = [t(lang, job.errors ? "cli.doneWithErrors" : "cli.done", counts), producedText(job.results, job.sheets, lang)];
  lines.push(...headlines(job.issues).map((line) => `  ! ${line}`));
  const asOfLine = asOfSummary(job.results, lang);
  if (asOfLine) lines.push(asOfLine);
  if (json) lines.push(t(lang, "cli.jsonWritten", { path: json }));
  if (job.docx) lines.push(t(lang, "cli.docxWritten", { path: job.docx.folder, n: job.docx.files }));
  return lines;
}
