// Cell values as users type them: flags, dates, months, numbers. Pure and locale-free.
import { FLAG_NO, FLAG_YES } from "./vocabulary.ts";
import { listOf, t, type Lang } from "./text.ts";

/** A cell as adapters hand it over: the xlsx reader and the Office adapter both reduce to these. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** true / false, or undefined when the cell is not a flag. Blank is no. */
export function parseFlag(value: unknown): boolean | undefined {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const text = String(value).trim().toLowerCase();
  if (FLAG_YES.has(text)) return true;
  if (FLAG_NO.has(text)) return false;
  return undefined;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

// ---- days and months -------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 in the 1900 date system (the 1900 leap-year bug included). */
const EXCEL_EPOCH_DAY = -25_569;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

// Civil date of a day number by integer arithmetic (no Date: it runs once per log row),
// written into a scratch array so the hot path allocates nothing.
const civilScratch = new Int32Array(3);
function civil(day: number): Int32Array {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  civilScratch[0] = yoe + era * 400 + (month <= 2 ? 1 : 0);
  civilScratch[1] = month;
  civilScratch[2] = doy - Math.floor((153 * mp + 2) / 5) + 1;
  return civilScratch;
}

export function ymdOf(day: number): { year: number; month: number; day: number } {
  const c = civil(day);
  return { year: c[0], month: c[1], day: c[2] };
}

export function isoDay(day: number): string {
  const { year, month, day: d } = ymdOf(day);
  return `${year}-${pad(month)}-${pad(d)}`;
}

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
export const monthOfDay = (day: number): number => {
  const c = civil(day);
  return c[0] * 12 + c[1] - 1;
};
export const yearOfMonth = (m: number): number => Math.floor(m / 12);
export const monthNumber = (m: number): number => (m % 12) + 1;
export const isoMonth = (m: number): string => `${yearOfMonth(m)}-${pad(monthNumber(m))}`;
export const firstDayOfMonth = (m: number): number => dayOf(yearOfMonth(m), monthNumber(m), 1);
export const lastDayOfMonth = (m: number): number => firstDayOfMonth(m + 1) - 1;
/** A month in messages and documents: 2026年3月 in Chinese, 2026-03 in English. */
export const monthText = (m: number, lang: Lang): string =>
  t(lang, "word.month", { year: yearOfMonth(m), month: monthNumber(m), iso: isoMonth(m) });
export const chineseMonth = (m: number): string => monthText(m, "zh");
/** Months in messages, consecutive ones as a span: 2026年2月、2026年4月至12月 (2026-02, 2026-04 to 2026-12). */
export function monthSpans(months: readonly number[], lang: Lang): string {
  const spans: Array<[number, number]> = [];
  for (const m of [...months].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && m <= last[1] + 1) last[1] = m;
    else spans.push([m, m]);
  }
  const span = ([from, to]: [number, number]) => {
    if (from === to) return monthText(from, lang);
    const end =
      yearOfMonth(from) === yearOfMonth(to)
        ? t(lang, "word.monthInYear", { month: monthNumber(to), iso: isoMonth(to) })
        : monthText(to, lang);
    return t(lang, "word.monthRange", { from: monthText(from, lang), to: end });
  };
  return listOf(lang, spans.map(span));
}
/** A day as language-neutral parameters of a message ({year}年{month}月{day}日 / {iso}). */
export function dayParams(day: number): { year: number; month: number; day: number; iso: string } {
  const { year, month, day: d } = ymdOf(day);
  return { year, month, day: d, iso: isoDay(day) };
}
/** A day in messages: 2026年3月15日 in Chinese, 2026-03-15 in English. */
export const dayText = (day: number, lang: Lang): string => t(lang, "word.day", dayParams(day));

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= ymdOf(dayOf(y, m + 1, 1) - 1).day;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
/** The same date at the start of a longer text, followed by a time of day. */
const DATE_PREFIX = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
/** A time of day as people write it after a date: 10:30, 10:30:15, T10:30Z, 10时, 10时30分, 下午3点. */
const TIME_TEXT =
  /^(?:T|\s*)(?:(?:上午|下午|晚上|早上|中午|凌晨)\s*)?(\d{1,2})\s*(?::|时|点|點)\s*(?:(\d{1,2})\s*(?::|分)?\s*(?:(\d{1,2})(?:\.\d+)?\s*秒?)?)?\s*(?:am|pm|z|[+-]\d{2}:?\d{2})?$/i;
/** Longer than any written date and time: not a date (and no pattern runs over a pasted paragraph). */
const MAX_DATE_TEXT = 64;

/** Full-width digits and separators (typed with a Chinese input method) as plain ASCII. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF0D\uFF0F\uFF0E\uFF0B\uFF1A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/**
 * A date text with its time of day dropped (the time never moves the date): "2026/3/5 10:30" →
 * "2026/3/5"; a text with something after the date that is not a time stays as it is.
 */
function withoutTime(text: string): string {
  const date = DATE_PREFIX.exec(text);
  if (!date || date[0].length === text.length) return text;
  const time = TIME_TEXT.exec(text.slice(date[0].length));
  if (!time) return text;
  const [h, m, s] = [Number(time[1]), Number(time[2] ?? 0), Number(time[3] ?? 0)];
  return h <= 24 && m < 60 && s < 61 ? date[0] : text;
}

/** A date cell's text, trimmed, half-width and without its time of day; undefined if too long to be one. */
function dateText(value: string): string | undefined {
  const text = halfWidth(value).trim();
  return text.length > MAX_DATE_TEXT ? undefined : withoutTime(text);
}

/**
 * The day of a Date object. Spreadsheet libraries give dates as UTC midnight, sometimes a few
 * milliseconds short: those few are allowed, but a time of day (23:59:59 included) never moves the
 * date to the next day.
 */
export function dayOfDate(value: Date): number | undefined {
  const t = value.getTime();
  return Number.isNaN(t) ? undefined : Math.floor((t + 5) / MS_PER_DAY);
}

/** A real date, an Excel serial number or a date typed as text; undefined if none of these. */
export function parseDay(value: unknown): number | undefined {
  if (value instanceof Date) return dayOfDate(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 150_000) return undefined;
    return Math.floor(value) + EXCEL_EPOCH_DAY;
  }
  if (typeof value !== "string") return undefined;
  const text = dateText(value);
  if (text === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return parseDay(Number(text));
  const m = DATE_TEXT.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYmd(y, mo, d) ? dayOf(y, mo, d) : undefined;
}

// ---- plausible dates (D2) ---------------------------------------------------------------------

/** The dates a log can hold: 2000-01-01 to 2099-12-31. Anything else is a typo, never a month. */
export const FIRST_PLAUSIBLE_DAY = dayOf(2000, 1, 1);
export const LAST_PLAUSIBLE_DAY = dayOf(2099, 12, 31);
/** Day 0 of Excel serial numbers in the 1904 date system (1904-01-01). */
const EXCEL_1904_EPOCH_DAY = dayOf(1904, 1, 1);

/**
 * A date cell read for the calculation: a day, or why not — no such day (2026-02-30), a year
 * outside 2000–2099, no year (3.12), or not a date at all — with the month and day probably meant.
 */
export type DateReading =
  | { day: number }
  | { day?: undefined; why: "noSuchDay" | "outOfRange" | "noYear" | "notDate"; meant?: { year?: number; month: number; day: number } };

const MONTH_DAY_TEXT = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const plausible = (day: number): DateReading => (day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY ? { day } : { why: "outOfRange" });
/** A month and day without a usable year (3.12, 3月12日, or 1926-03-12): the date probably meant. */
const meantOf = (month: number, day: number, why: "outOfRange" | "noYear" = "noYear"): DateReading =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { why, meant: { month, day } } : { why: "notDate" };

/**
 * A date cell as D2 accepts it: a real date, a whole serial number (in the workbook's date
 * system) or a dated text (a time of day after it is dropped), between 2000 and 2099. Someone
 * who typed 3.12 or 3月12日 gets the month and day back, so the message can suggest the full date.
 */
export function readDate(value: unknown, date1904 = false): DateReading {
  if (value instanceof Date) {
    const day = dayOfDate(value);
    if (day === undefined) return { why: "notDate" };
    // 3.12 typed into a date-formatted cell arrives as a date in January 1900: read it as typed.
    const typed = typedInDateCell(value);
    return typed === undefined ? plausible(day) : readDate(typed);
  }
  if (typeof value === "number") return readSerial(value, date1904);
  if (typeof value !== "string") return { why: "notDate" };
  const text = dateText(value);
  if (text === undefined) return { why: "notDate" };
  if (/^\d+(\.\d+)?$/.test(text)) {
    // "3.10" keeps its digits: it is March 10th, not the number 3.1.
    const dot = /^(\d{1,2})\.(\d{1,2})$/.exec(text);
    return dot ? meantOf(Number(dot[1]), Number(dot[2])) : readDate(Number(text), date1904);
  }
  const full = DATE_TEXT.exec(text);
  if (full) {
    const [y, mo, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (!validYmd(y, mo, d)) return { why: mo >= 1 && mo <= 12 && d >= 1 && y >= 1900 && y <= 2200 ? "noSuchDay" : "notDate" };
    const reading = plausible(dayOf(y, mo, d));
    return reading.day === undefined ? meantOf(mo, d, "outOfRange") : reading;
  }
  const md = MONTH_DAY_TEXT.exec(text);
  return md ? meantOf(Number(md[1]), Number(md[2])) : { why: "notDate" };
}

/** A number in a date cell: a serial in the workbook's date system, or 3.12 meaning March 12th. */
function readSerial(value: number, date1904: boolean): DateReading {
  if (!Number.isFinite(value)) return { why: "notDate" };
  const epoch = date1904 ? EXCEL_1904_EPOCH_DAY : EXCEL_EPOCH_DAY;
  if (Number.isInteger(value)) return plausible(value + epoch);
  const [whole, fraction = ""] = String(value).split(".");
  if (value > 0 && value < 13) return meantOf(Number(whole), Number(fraction));
  // A serial with a time of day in a General cell: the date part is probably meant.
  const day = plausible(Math.floor(value) + epoch);
  if (day.day === undefined) return day;
  const { year, month, day: d } = ymdOf(day.day);
  return { why: "notDate", meant: { year, month, day: d } };
}

/**
 * The number a user typed into a date-formatted cell when it is too small to be a real date
 * (3.12 shows as 1900-01-03): Excel's serial, rounded to the two decimals people type.
 */
export function typedInDateCell(value: Date): number | undefined {
  const serial = (value.getTime() - Date.UTC(1899, 11, 30)) / MS_PER_DAY;
  return serial > 0 && serial < 32 ? Math.round(serial * 100) / 100 : undefined;
}

const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** 2026-04, 2026/4, 2026年4月, or any date in the month. */
export function parseMonth(value: unknown): number | undefined {
  if (typeof value === "string") {
    const m = MONTH_TEXT.exec(halfWidth(value).trim());
    if (m) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? monthIndex(Number(m[1]), month) : undefined;
    }
  }
  const day = parseDay(value);
  return day === undefined ? undefined : monthOfDay(day);
}

export function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = halfWidth(value).trim().replace(/[,，]/g, "");
  if (text === "" || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const day = parseDay(value);
    return day === undefined ? "" : isoDay(day);
  }
  return String(value).trim();
}

/** A cell as a message quotes it; never throws (an invalid date object included). */
export function displayValue(value: unknown): string {
  if (value instanceof Date) {
    const day = parseDay(value);
    return day === undefined ? "?" : isoDay(day);
  }
  return String(value);
}

/** A number followed by a unit people type (D6): 120分, 2次, 4小时, 3条, 1.5 小时. */
export function parseNumberWithUnit(value: unknown): number | undefined {
  if (typeof value !== "string") return parseNumber(value);
  const bare = halfWidth(value)
    .trim()
    .replace(/\s*(分|次|小时|个小时|条|期|h|小時)$/i, "");
  return parseNumber(bare);
}

// ---- rounding ---------------------------------------------------------------------------

/** Round half away from zero; 1.005 → 1.01 although 1.005 * 100 is 100.49999… in binary. */
export function roundHalfAway(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Whole numbers, halves up (targets scaled to a shorter period). */
export function roundHalfUp(value: number): number {
  return Math.floor(Number(value.toPrecision(15)) + 0.5);
}

/** A moment as users read it on a sheet, in local time: "2026-04-01 09:30". */
export function localStamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Excel's last column, XFD, as a 0-based index. */
export const LAST_COLUMN = 16_383;

/** The 0-based column index of a cell reference's letters ("B12" → 1); stops at the first non-letter. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** A, B, …, Z, AA, …: the letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
