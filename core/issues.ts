// Problems found in the input. Never thrown: every check records an issue and the
// calculation goes on with the rows that are sound.
import type { SourceRef } from "./records.ts";
import { interpolate, t, type Lang, type MessageCode } from "./text.ts";

export { interpolate, type Lang };
export type Severity = "error" | "warning";

export interface Issue {
  severity: Severity;
  sheet: string;
  /** A1 reference of the offending cell, or "" when the issue concerns a whole sheet. */
  cell: string;
  /** Rule ID (docs/rules.md) the issue relates to, or an input-contract code such as "INPUT". */
  rule: string;
  code: MessageCode;
  params: Record<string, string | number>;
  message: string;
  /** The message without the sheet and cell in front (the 校验问题 sheet shows them in their own columns). */
  detail: string;
}

export function cellOf(source: SourceRef, field: string): string {
  const column = source.columns[field];
  return column ? `${column}${source.row}` : `${source.row}`;
}

/** Where an issue is: sheet and cell, and the input row when it concerns one row. */
export interface Where {
  sheet: string;
  cell: string;
  row?: number;
}

/** Issues listed at most; the rest are counted (rows with errors are still all known). */
export const MAX_ISSUES = 100_000;
/** A user's value quoted in a message is cut to this many characters: a pasted chapter is not repeated whole. */
const MAX_QUOTED = 200;
/** The parameters that quote a user's text. */
const QUOTED = new Set(["value", "title"]);

function shortParams(params: Record<string, string | number>): Record<string, string | number> {
  let out = params;
  for (const [k, v] of Object.entries(params)) {
    if (!QUOTED.has(k) || typeof v !== "string" || v.length <= MAX_QUOTED) continue;
    if (out === params) out = { ...params };
    out[k] = `${v.slice(0, MAX_QUOTED)}…`;
  }
  return out;
}

/** Collects issues in one language; the order of reporting is kept. */
export class IssueLog {
  readonly list: Issue[] = [];
  /** Input rows with at least one error, per sheet: they are 未计入 however far they got. */
  private readonly errorRows = new Map<string, Set<number>>();
  /** Issues raised of each severity, those left out of the list included (the notice counting them excluded). */
  private readonly raised = { error: 0, warning: 0 };
  constructor(readonly lang: Lang = "zh") {}

  add(severity: Severity, code: MessageCode, where: Where, rule: string, params: Record<string, string | number> = {}): void {
    this.raised[severity]++;
    if (severity === "error" && where.row !== undefined) {
      const rows = this.errorRows.get(where.sheet) ?? new Set<number>();
      this.errorRows.set(where.sheet, rows.add(where.row));
    }
    if (this.list.length >= MAX_ISSUES) return this.omit(severity);
    const shown = shortParams(params);
    const all = { sheet: where.sheet, cell: where.cell, ...shown };
    const detail = t(this.lang, `issue.${code}`, all);
    this.list.push({
      severity,
      sheet: where.sheet,
      cell: where.cell,
      rule,
      code,
      params: shown,
      message: placed(this.lang, all, detail),
      detail,
    });
  }

  /** The issue that says how many were left out, once the list is full; its params are counted in place. */
  private omitted: { count: number; limit: number; errors: number; warnings: number } | undefined;

  /**
   * Past MAX_ISSUES the list keeps one last issue counting the rest (a log of a million bad rows
   * stays small); its params also count them by severity, for the 校验问题 sheet's summary. Its
   * text is rendered when read, not once per issue left out.
   */
  private omit(severity: Severity): void {
    if (!this.omitted) {
      const params = (this.omitted = { count: 0, limit: MAX_ISSUES, errors: 0, warnings: 0 });
      const text = { get: () => t(this.lang, "issue.issuesOmitted", params), enumerable: true };
      const notice: Omit<Issue, "message" | "detail"> = {
        severity: "warning",
        sheet: "",
        cell: "",
        rule: "INPUT",
        code: "issuesOmitted",
        params,
      };
      this.list.push(Object.defineProperties(notice, { message: text, detail: text }) as Issue);
    }
    this.omitted.count++;
    this.omitted[severity === "error" ? "errors" : "warnings"]++;
  }

  /** Forgets the issues of a sheet that is not read after all (the empty one of two sheets of one kind). */
  discardSheet(sheet: string): void {
    const kept = this.list.filter((i) => i.sheet !== sheet);
    for (const i of this.list) if (i.sheet === sheet) this.raised[i.severity]--;
    this.list.length = 0;
    for (const issue of kept) this.list.push(issue);
    this.errorRows.delete(sheet);
  }

  /** How many rows of a sheet have an error. */
  rowsWithErrors(sheet: string): number {
    return this.errorRows.get(sheet)?.size ?? 0;
  }

  error(code: MessageCode, where: Where, rule: string, params?: Record<string, string | number>): void {
    this.add("error", code, where, rule, params);
  }

  warn(code: MessageCode, where: Where, rule: string, params?: Record<string, string | number>): void {
    this.add("warning", code, where, rule, params);
  }

  at(source: SourceRef, field: string): Where {
    return { sheet: source.sheet, cell: cellOf(source, field), row: source.row };
  }

  /** Errors raised, listed or not: a log of 900,000 bad rows says 900,000, not the 100,000 listed. */
  get errorCount(): number {
    return this.raised.error;
  }

  /** Warnings raised, listed or not. */
  get warningCount(): number {
    return this.raised.warning;
  }
}

/**
 * "信息报送!B5：…" (en "Sheet!B5: …"): the message with its sheet and cell in front. A sheet-level
 * message that already begins with the sheet's name (业务完成表中没有…) is not prefixed with it again.
 */
function placed(lang: Lang, params: Record<string, string | number>, body: string): string {
  const sheet = String(params.sheet ?? "");
  if (!params.cell && body.startsWith(sheet)) return body;
  const place = params.cell ? `${sheet}!${params.cell}` : sheet;
  return `${place}${t(lang, "word.placeSeparator")}${body}`;
}

/**
 * Issues that change how every result reads (the wrong sheet, a period the log does not reach, a
 * period with no month ended yet, a refused rule set): hosts show them beside the run's status, not only in the list.
 */
export const HEADLINE_CODES: ReadonlySet<string> = new Set([
  "noItemsInPeriod",
  "logEndsBeforePeriod",
  "noMonthEnded",
  "sheetLooksLike",
  "sheetTwice",
  "sheetTwiceReadOne",
  "ruleSetRefused",
  "issuesOmitted",
]);
