// Reads the input sheets of the open workbook into the core's WorkbookReader, in chunks that
// stay well under Excel on the web's 5 MB response limit and the 5,000,000-cell read limit.
// One sync per chunk, never per row.
import { orderOf, WorkbookReader, type CellValue, type IssueLog, type ReadOptions, type ReadResult } from "../../core/index.ts";
import { detectDate1904, withDates } from "./dates.ts";

/** Cells per read: 11 log columns × ~4,500 rows, about 1 MB of JSON. */
export const CELLS_PER_READ = 50_000;

export interface SheetInfo {
  name: string;
  sheet: Excel.Worksheet;
}

export async function listWorksheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => ({ name: sheet.name, sheet }));
}

export async function readInput(
  context: Excel.RequestContext,
  issues: IssueLog,
  options: Omit<ReadOptions, "date1904"> = {},
  onProgress?: (rows: number) => void,
): Promise<ReadResult> {
  const date1904 = await detectDate1904(context);
  const reader = new WorkbookReader(issues, { ...options, date1904 });
  const all = await listWorksheets(context);
  const inputs = all
    .map((s) => ({ ...s, target: reader.sheet(s.name) }))
    .filter((s) => s.target)
    .sort((a, b) => orderOf(a.name) - orderOf(b.name));
  // The extent of every input sheet in one round trip.
  const used = inputs.map((s) => {
    const range = s.sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  let rows = 0;
  for (const [i, input] of inputs.entries()) {
    const range = used[i];
    if (range.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = range;
    const step = Math.max(1, Math.floor(CELLS_PER_READ / columnCount));
    // Columns left of the used range are blank: pad so column letters stay right.
    const pad: CellValue[] = new Array(columnIndex).fill(null);
    for (let start = 0; start < rowCount; start += step) {
      const n = Math.min(step, rowCount - start);
      const chunk = input.sheet.getRangeByIndexes(rowIndex + start, columnIndex, n, columnCount);
      // numberFormat tells a date (a serial under a date format) from a plain number.
      chunk.load("values,numberFormat");
      await context.sync();
      chunk.values.forEach((raw, k) => {
        const values = withDates(raw as CellValue[], chunk.numberFormat?.[k], date1904);
        input.target!.push(rowIndex + start + k + 1, columnIndex ? [...pad, ...values] : values);
      });
      rows += n;
      onProgress?.(rows);
    }
  }
  return reader.finish();
}
