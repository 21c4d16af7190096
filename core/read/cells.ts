// Reading the cells of one row: text, required text, dates, flags, numbers and months. Each
// reader reports its own problem (sheet, cell, value, what was expected) and says whether it could.
import type { IssueLog } from "../issues.ts";
import { t } from "../text.ts";
import {
  cellText,
  dayOf,
  displayValue,
  FIRST_PLAUSIBLE_DAY,
  isBlank,
  isoDay,
  LAST_PLAUSIBLE_DAY,
  monthOfDay,
  parseFlag,
  parseMonth,
  parseNumberWithUnit,
  readDate,
  typedInDateCell,
  type CellValue,
  type DateReading,
} from "../values.ts";
import type { RowView } from "./sheetReader.ts";

/** How cells are read: the workbook's date system, and the year a date without one probably has. */
export interface CellContext {
  date1904: boolean;
  /** Year used to suggest a full date for 3.12 or 3月12日 (the period's year); none: no suggestion. */
  year?: number;
}

const DATE_PROBLEM = { noSuchDay: "noSuchDay", outOfRange: "implausibleDate", noYear: "dateWithoutYear", notDate: "badDate" } as const;

/** The largest number a cell of the input may hold (counts, hours, points, targets, ratings). */
const MAX_NUMBER = 1_000_000_000;

const FIRST_MONTH = monthOfDay(FIRST_PLAUSIBLE_DAY);
const LAST_MONTH = monthOfDay(LAST_PLAUSIBLE_DAY);

export class Cells {
  constructor(
    private readonly issues: IssueLog,
    readonly row: RowView,
    private readonly ctx: CellContext = { date1904: false },
  ) {}

  text(field: string): string | undefined {
    const t = cellText(this.row.get(field));
    return t === "" ? undefined : t;
  }

  required(field: string): string | undefined {
    const t = this.text(field);
    if (t === undefined) this.issues.error("required", this.row.where(field), "INPUT", { column: this.row.label(field) });
    return t;
  }

  /**
   * Required text kept to `limit` characters: a pasted article in a title cell would otherwise be
   * held, compared and written whole for every row (9,000 such titles took 1.8 GB). A warning names the cell.
   */
  requiredUpTo(field: string, limit: number): string | undefined {
    const t = this.required(field);
    if (t === undefined || t.length <= limit) return t;
    this.issues.warn("textCut", this.row.where(field), "INPUT", { column: this.row.label(field), length: t.length, limit });
    return copyOfStart(t, limit);
  }

  /**
   * A date (D2). `required`: blank fails the row. `badFails`: an unusable date fails the row
   * (an error); otherwise it is a warning and the date is ignored.
   */
  date(field: string, opts: { required: boolean; badFails: boolean }): { ok: boolean; day?: number } {
    const v = this.row.get(field);
    if (isBlank(v)) {
      if (opts.required) this.issues.error("required", this.row.where(field), "INPUT", { column: this.row.label(field) });
      return { ok: !opts.required };
    }
    const reading = readDate(v, this.ctx.date1904);
    if (reading.day === undefined) {
      const problem = this.dateProblem(v, reading);
      this.issues.add(opts.badFails ? "error" : "warning", problem.code, this.row.where(field), "INPUT", problem.params);
      return { ok: !opts.badFails };
    }
    return { ok: true, day: reading.day };
  }

  /**
   * D2: what is wrong with a refused date — no such day, a year outside 2000–2099, or not a date —
   * with the date probably meant when there is one.
   */
  private dateProblem(v: CellValue, reading: Extract<DateReading, { why: string }>) {
    // What the user typed: 3.12 in a date-formatted cell is quoted as 3.12, not as a day of 1900.
    const typed = v instanceof Date ? typedInDateCell(v) : undefined;
    const value = typed === undefined ? displayValue(v) : String(typed);
    const code = DATE_PROBLEM[reading.why];
    const meant = reading.meant;
    const year = meant?.year ?? this.ctx.year;
    if (!meant || year === undefined) return { code, params: { value, suggestion: "" } } as const;
    const iso = isoDay(dayOf(year, meant.month, meant.day));
    const suggestion = t(this.issues.lang, "issue.dateSuggestion", { year, month: meant.month, day: meant.day, iso });
    return { code, params: { value, suggestion } } as const;
  }

  flag(field: string): boolean | undefined {
    const v = this.row.get(field);
    const f = parseFlag(v);
    if (f === undefined) this.issues.error("badFlag", this.row.where(field), "INPUT", { value: displayValue(v) });
    return f;
  }

  /** A number (D6: 120分, 2次, 4小时 too); blank is ok and undefined. */
  number(field: string): { ok: boolean; value?: number } {
    const v = this.row.get(field);
    if (isBlank(v)) return { ok: true };
    const n = parseNumberWithUnit(v);
    if (n === undefined) {
      this.issues.error("badNumber", this.row.where(field), "INPUT", { value: displayValue(v), column: this.row.label(field) });
      return { ok: false };
    }
    // Bounded, so that no sum of them reaches Infinity.
    if (Math.abs(n) > MAX_NUMBER) {
      const params = { value: displayValue(v), column: this.row.label(field), limit: MAX_NUMBER.toLocaleString("en") };
      this.issues.error("numberTooLarge", this.row.where(field), "INPUT", params);
      return { ok: false };
    }
    return { ok: true, value: n };
  }

  /** A count: blank, or a whole number of at least 1. */
  count(field: string): { ok: boolean; value?: number } {
    const v = this.row.get(field);
    const n = isBlank(v) ? undefined : parseNumberWithUnit(v);
    if (isBlank(v)) return { ok: true };
    if (n === undefined || !Number.isInteger(n) || n < 1) {
      this.issues.error("badCount", this.row.where(field), "INPUT", { value: displayValue(v), column: this.row.label(field) });
      return { ok: false };
    }
    return { ok: true, value: n };
  }

  /** A count mark (D11): blank is 0, else a whole number of at least 0; text is an error (undefined). */
  markCount(field: string): number | undefined {
    const v = this.row.get(field);
    if (isBlank(v)) return 0;
    const n = typeof v === "number" ? v : /^\s*\d+\s*$/.test(String(v)) ? Number(v) : undefined;
    if (n === undefined || !Number.isInteger(n) || n < 0) {
      this.issues.error("badMarkCount", this.row.where(field), "INPUT", { value: displayValue(v), column: this.row.label(field) });
      return undefined;
    }
    return n;
  }

  /** A number that cannot be negative (what someone did in a month). */
  amount(field: string): { ok: boolean; value?: number } {
    const n = this.number(field);
    if (n.value !== undefined && n.value < 0) {
      this.issues.error("negativeNumber", this.row.where(field), "INPUT", { value: String(n.value), column: this.row.label(field) });
      return { ok: false };
    }
    return n;
  }

  /** A month (2026-04, 2026年4月, a date in it) between 2000 and 2099. */
  month(field: string): number | undefined {
    const v = this.row.get(field);
    if (isBlank(v)) return undefined;
    const m = parseMonth(v);
    const plausible = m !== undefined && m >= FIRST_MONTH && m <= LAST_MONTH;
    if (!plausible) this.issues.error("badMonth", this.row.where(field), "INPUT", { value: displayValue(v) });
    return plausible ? m : undefined;
  }
}

/**
 * The first `limit` characters as a string of their own (a surrogate pair is never split): a slice
 * of a long string would keep the whole of it alive.
 */
function copyOfStart(text: string, limit: number): string {
  const c = text.charCodeAt(limit - 1);
  const end = c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
  return Array.from(text.slice(0, end)).join("");
}
