// Dates in Office.js: range.values gives a date-formatted cell as its serial number, so the
// reader also loads numberFormat and hands date-formatted serials to the core as Date objects
// (a General-format 3.12 stays a number, which the core reports as a probable date). The
// workbook's date system decides what a serial means: 1900 (the default) or 1904 (old Mac).
import type { CellValue } from "../../core/index.ts";

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1,462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904 = 1_462;

/** True when a number format shows a date or time (y, m, d, h, s outside quotes and [..]). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || !format || /^general$/i.test(format) || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "");
  return /[ymdhs]/i.test(bare.split(";")[0].replace(/General/gi, ""));
}

/** A serial number of the workbook's date system as the instant it names (UTC, like the xlsx reader). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? DAYS_1904 : 0) - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** A row of values with date-formatted numbers turned into Dates. */
export function withDates(values: CellValue[], formats: unknown[] | undefined, date1904: boolean): CellValue[] {
  if (!formats) return values;
  return values.map((v, i) => (typeof v === "number" && isDateFormat(formats[i]) ? serialToDate(v, date1904) : v));
}

/** Asks Excel which date system the workbook uses: DATE(2000,1,1) is 36526 in 1900, 35064 in 1904. */
export async function detectDate1904(context: Excel.RequestContext): Promise<boolean> {
  try {
    const probe = context.workbook.functions.date(2000, 1, 1);
    probe.load("value");
    await context.sync();
    return probe.value === 36_526 - DAYS_1904;
  } catch {
    return false; // an Excel without worksheet functions (ExcelApi 1.2): the common 1900 system
  }
}
