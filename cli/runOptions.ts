// What the commands share before any workbook is read: the clock (read once per run, D7), the
// as-of date and period from the command line, the side files (--rules, --template), and the two
// kinds of failure that stop a run (a bad argument; a side file or workbook that cannot be used).
import { defaultPeriod, InfoScoreError, localDay, parseDay, parsePeriod, t, yearOfMonth, type Lang, type Period } from "../core/index.ts";
import { rulesFile, templateFile } from "./inputs.ts";
import { printIssues } from "./summary.ts";

/** The clock, read once per run (D7): today and the 生成时间 of the audit footers both come from it. */
export const now = new Date();

/** A command line that cannot run: its message is printed as it is, exit code 2. */
export class UsageError extends Error {}

/** A failure about one named file (a workbook, --rules, --template). */
export class FileFailure extends Error {
  constructor(
    readonly path: string,
    readonly failure: InfoScoreError,
  ) {
    super(failure.message);
  }
}

/** A failure about a side file (--rules, --template) names it, as workbook failures do. */
export function rethrowAbout(path: string, e: unknown): never {
  if (e instanceof InfoScoreError && !("path" in e.params)) throw new FileFailure(path, e);
  throw e;
}

/** The as-of date (D1): --as-of, or today in this computer's local time zone. */
export function asOfOf(text: string | undefined, lang: Lang): number {
  if (!text) return localDay(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseDay(text) : undefined;
  if (day === undefined) throw new UsageError(t(lang, "failure.badAsOf", { value: text }));
  return day;
}

/**
 * --period, or by default the last complete month as of the as-of date; for a check (`yearToDate`)
 * the whole year of that month, so every month a recalculation of that year could assess is checked.
 */
export function periodOf(text: string | undefined, lang: Lang, asOf: number, yearToDate = false): Period {
  if (!text) {
    const month = defaultPeriod("month", asOf);
    return yearToDate ? parsePeriod(String(yearOfMonth(month.endMonth)))! : month;
  }
  const p = parsePeriod(text);
  if (!p) throw new UsageError(t(lang, "failure.badPeriod", { value: text }));
  return p;
}

export interface CalculationArgs {
  period?: string;
  asOf?: string;
  rules?: string;
  template?: string;
  lang: Lang;
}

/** The overrides of a --rules file; a file with any error is refused whole, its problems listed. */
export async function rulesOption(path: string | undefined, lang: Lang) {
  const rules = await rulesFile(path, lang).catch((e) => rethrowAbout(path!, e));
  if (rules.problems.length) {
    printIssues(rules.problems, 50, console.error);
    throw new InfoScoreError("rulesRefused", { path: path!, count: rules.problems.length });
  }
  return rules.overrides;
}

/** The period, as-of date, rule overrides and output template of a run: all checked before the first workbook. */
export async function calculationOptions(opts: CalculationArgs, yearToDate = false) {
  const lang = opts.lang;
  const asOf = asOfOf(opts.asOf, lang);
  const period = periodOf(opts.period, lang, asOf, yearToDate);
  const overrides = await rulesOption(opts.rules, lang);
  const template = await templateFile(opts.template, lang).catch((e) => rethrowAbout(opts.template!, e));
  return { lang, period, asOf, overrides, templateRows: template.rows, templateLogo: template.logo };
}
