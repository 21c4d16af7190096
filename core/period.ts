// Reporting periods: a month, a quarter, a half-year, a year, or a custom inclusive date range.
import { dayOf, firstDayOfMonth, isoDay, isoMonth, lastDayOfMonth, monthIndex, monthOfDay, parseDay, yearOfMonth } from "./values.ts";
import { DOC_LANG, t, type Lang } from "./text.ts";

export type PeriodKind = "month" | "quarter" | "half" | "year" | "range";

export interface Period {
  kind: PeriodKind;
  /** First and last day, inclusive. */
  startDay: number;
  endDay: number;
  /** First and last month index touched by the period. */
  startMonth: number;
  endMonth: number;
  /** As typed on the command line: 2026-03, 2026-Q1, 2026-H1, 2026, 2026-07-01..2026-10-09. */
  label: string;
}

function fromMonths(kind: PeriodKind, start: number, end: number, label: string): Period {
  return { kind, startMonth: start, endMonth: end, startDay: firstDayOfMonth(start), endDay: lastDayOfMonth(end), label };
}

export function monthPeriod(year: number, month: number): Period {
  const m = monthIndex(year, month);
  return fromMonths("month", m, m, isoMonth(m));
}

/** Parses a period label; undefined when the text is none of the accepted forms. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : undefined;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(t))) {
    const start = monthIndex(Number(m[1]), (Number(m[2]) - 1) * 3 + 1);
    return fromMonths("quarter", start, start + 2, `${m[1]}-Q${m[2]}`);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(t))) {
    const start = monthIndex(Number(m[1]), Number(m[2]) === 1 ? 1 : 7);
    return fromMonths("half", start, start + 5, `${m[1]}-H${m[2]}`);
  }
  if ((m = /^(\d{4})$/.exec(t))) {
    const start = monthIndex(Number(m[1]), 1);
    return fromMonths("year", start, start + 11, m[1]);
  }
  if ((m = /^(.+?)\s*\.\.\s*(.+)$/.exec(text.trim()))) {
    const startDay = parseDay(m[1]);
    const endDay = parseDay(m[2]);
    if (startDay === undefined || endDay === undefined || endDay < startDay) return undefined;
    return {
      kind: "range",
      startDay,
      endDay,
      startMonth: monthOfDay(startDay),
      endMonth: monthOfDay(endDay),
      label: `${isoDay(startDay)}..${isoDay(endDay)}`,
    };
  }
  return undefined;
}

/** A period picker's kinds: the ones with a "last complete" default. */
export type PickerKind = "month" | "quarter" | "half" | "year";

/**
 * The day a host's clock shows, in the user's local time zone (the same rule in every host:
 * at 07:30 on 1 April in Beijing it is 1 April, not 31 March as in UTC).
 */
export function localDay(now: Date): number {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The latest month that has ended on or before `asOf` (its last day is `asOf` or earlier). */
function lastEndedMonth(asOf: number): number {
  const m = monthOfDay(asOf);
  return lastDayOfMonth(m) <= asOf ? m : m - 1;
}

/** The last complete month, quarter, half-year or year as of a day: the default of every host. */
export function defaultPeriod(kind: PickerKind, asOf: number): Period {
  const m = lastEndedMonth(asOf);
  const span = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  // The last block of `span` months (aligned on the year) that ends at or before month m.
  const end = Math.floor((m + 1) / span) * span - 1;
  const start = end - span + 1;
  const year = yearOfMonth(start);
  const label = {
    month: isoMonth(start),
    quarter: `${year}-Q${(start % 12) / 3 + 1}`,
    half: `${year}-H${(start % 12) / 6 + 1}`,
    year: String(year),
  }[kind];
  return fromMonths(kind, start, end, label);
}

/** The last complete month before `today` (the ribbon's one-click default). */
export function lastCompleteMonth(today: number): Period {
  return defaultPeriod("month", today);
}

/**
 * The month whose missing submissions a period reports (D1): its last month when that has
 * ended by `asOf`, else the last month of the period that has; null when none has.
 */
export function assessedMonth(p: Period, asOf: number | undefined): number | null {
  if (asOf === undefined) return p.endMonth;
  const m = Math.min(p.endMonth, lastEndedMonth(asOf));
  return m >= p.startMonth ? m : null;
}

/** The part of a period that has been assessed: it ends with its assessed month (or is empty). */
export function assessedPart(p: Period, asOf: number | undefined): Period | null {
  const m = assessedMonth(p, asOf);
  if (m === null) return null;
  if (m === p.endMonth) return p;
  return { ...p, endMonth: m, endDay: Math.min(p.endDay, lastDayOfMonth(m)) };
}

export const containsDay = (p: Period, day: number): boolean => day >= p.startDay && day <= p.endDay;

/** Year-to-date: from 1 January of the period's last year to the period's end. */
export function yearToDate(p: Period): Period {
  const year = yearOfMonth(p.endMonth);
  const start = dayOf(year, 1, 1);
  return {
    kind: "range",
    startDay: start,
    endDay: p.endDay,
    startMonth: monthIndex(year, 1),
    endMonth: p.endMonth,
    label: `${year}-01-01..${isoDay(p.endDay)}`,
  };
}

/**
 * Share of a year the period covers, for scaling annual targets: months / 12, or for a
 * custom range its days / the days of its end date's year.
 */
export function yearFraction(p: Period): number {
  if (p.kind !== "range") return (p.endMonth - p.startMonth + 1) / 12;
  const year = yearOfMonth(p.endMonth);
  const daysInYear = dayOf(year + 1, 1, 1) - dayOf(year, 1, 1);
  return (p.endDay - p.startDay + 1) / daysInYear;
}

export interface PeriodJson {
  kind: PeriodKind;
  start: string;
  end: string;
  /** The as-of date (ISO), null when the calculation had none. */
  asOf: string | null;
  /** The assessed month ("2026-10"), null when no month of the period has ended. */
  assessedThrough: string | null;
}

/** The JSON contract's period object. */
export function periodJson(p: Period, asOf?: number): PeriodJson {
  const bounds =
    p.kind === "range"
      ? { kind: p.kind, start: isoDay(p.startDay), end: isoDay(p.endDay) }
      : { kind: p.kind, start: isoMonth(p.startMonth), end: isoMonth(p.endMonth) };
  const assessed = assessedMonth(p, asOf);
  return { ...bounds, asOf: asOf === undefined ? null : isoDay(asOf), assessedThrough: assessed === null ? null : isoMonth(assessed) };
}

/** 2026年3月, 2026年第一季度, 2026年上半年, 2026年度, 2026-07-01至2026-10-09. */
export function periodTitle(p: Period, lang: Lang = DOC_LANG): string {
  const year = yearOfMonth(p.startMonth);
  switch (p.kind) {
    case "month":
      return t(lang, "doc.periodMonth", { year, month: (p.startMonth % 12) + 1, iso: isoMonth(p.startMonth) });
    case "quarter":
      return t(lang, "doc.periodQuarter", { year, quarter: `doc.ordinal${Math.floor((p.startMonth % 12) / 3) + 1}` });
    case "half":
      return t(lang, p.startMonth % 12 === 0 ? "doc.periodFirstHalf" : "doc.periodSecondHalf", { year });
    case "year":
      return t(lang, "doc.periodYear", { year });
    case "range":
      return t(lang, "doc.periodRange", { from: isoDay(p.startDay), to: isoDay(p.endDay) });
  }
}

/** D9: a year, or a range of 12 months or more: the span whose appraisal grades are verdicts, not references. */
export const yearLong = (p: Period): boolean => p.kind === "year" || p.endMonth - p.startMonth + 1 >= 12;
