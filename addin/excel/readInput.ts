// Reads the input sheets of the open workbook into the core's WorkbookReader. Only what the
// input contract needs is read: the first rows find the header, then the data rows are read
// from column A to the last known column, so one stray cell far to the right (a space in XFD1)
// costs a warning, not thousands of requests. Reads are sized in bytes (an answer near 2 MB,
// well under Excel on the web's 5 MB) and halve when Excel still refuses one as too large.
import {
  columnLetter,
  findSheetSpec,
  normaliseName,
  orderOf,
  WorkbookReader,
  type CellValue,
  type IssueLog,
  type ReadOptions,
  type ReadResult,
} from "../../core/index.ts";
import { jsonBytes } from "./budget.ts";
import { detectDate1904, withDates } from "./dates.ts";

/** The reader of one sheet (what WorkbookReader.sheet returns). */
type SheetReader = NonNullable<ReturnType<WorkbookReader["sheet"]>>;

/** Most cells per read (Excel's read limit is 5,000,000; this keeps each answer quick). */
export const CELLS_PER_READ = 50_000;
/** The answer a read aims at, in bytes: long texts mean fewer rows per read. */
export const READ_BYTES = 2_000_000;
/** Rows searched for the header, as the core's reader does; columns searched for it. */
const HEADER_ROWS = 30;
const HEADER_COLUMNS = 256;
/** A used range ending this many columns past the last known one is worth a warning. */
const WIDE_MARGIN = 10;

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

interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Excel's answer to a request or response over its size limit. */
export const isPayloadLimit = (e: unknown): boolean =>
  /PayloadSizeLimitExceeded/.test(`${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`);

/** Reads an area in chunks of rows sized by the bytes of the previous chunk; halves on a refusal. */
async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  each: (row: number, values: CellValue[][], formats: unknown[][] | undefined) => void,
): Promise<void> {
  const most = Math.max(1, Math.floor(CELLS_PER_READ / area.cols));
  let step = most;
  for (let start = 0; start < area.rows;) {
    const n = Math.min(step, area.rows - start);
    const chunk = sheet.getRangeByIndexes(area.row + start, area.col, n, area.cols);
    // numberFormat tells a date (a serial under a date format) from a plain number.
    chunk.load("values,numberFormat");
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || n === 1) throw e;
      step = Math.ceil(n / 2);
      continue;
    }
    const bytes = jsonBytes(chunk.values) + jsonBytes(chunk.numberFormat);
    each(area.row + start, chunk.values as CellValue[][], chunk.numberFormat as unknown[][] | undefined);
    start += n;
    step = Math.min(most, Math.max(1, Math.floor((n * READ_BYTES) / Math.max(bytes, 1))));
  }
}

/** The last column (0-based) that names a column of the contract, in the row that names most. */
function lastKnownColumn(sheetName: string, head: CellValue[][]): number | undefined {
  const names = new Set(findSheetSpec(sheetName)?.columns.flatMap((c) => c.names.map(normaliseName)) ?? []);
  let best = { count: 0, last: -1 };
  for (const row of head) {
    let count = 0;
    let last = -1;
    row.forEach((v, i) => {
      if (typeof v !== "string" || !names.has(normaliseName(v))) return;
      count++;
      last = i;
    });
    if (count > best.count) best = { count, last };
  }
  return best.count ? best.last : undefined;
}

/** One input sheet: the header rows first, then the data rows of the known columns only. */
async function readSheet(
  context: Excel.RequestContext,
  input: SheetInfo & { target: SheetReader },
  used: Area,
  issues: IssueLog,
  date1904: boolean,
  onRows: (n: number) => void,
): Promise<void> {
  const push = (row: number, col: number, width: number) => (values: CellValue[][], formats: unknown[][] | undefined) =>
    values.forEach((raw, k) => {
      const cells = withDates(raw.slice(0, width), formats?.[k]?.slice(0, width), date1904);
      // Columns left of the used range are blank: pad so column letters stay right.
      input.target.push(row + k + 1, col ? [...new Array<CellValue>(col).fill(null), ...cells] : cells);
    });
  const head: Area = { ...used, rows: Math.min(HEADER_ROWS, used.rows), cols: Math.min(HEADER_COLUMNS, used.cols) };
  const headRows: Array<{ row: number; values: CellValue[][]; formats: unknown[][] | undefined }> = [];
  await readArea(context, input.sheet, head, (row, values, formats) => headRows.push({ row, values, formats }));
  const last = lastKnownColumn(
    input.name,
    headRows.flatMap((h) => h.values).map((r) => [...new Array(used.col).fill(null), ...r]),
  );
  const width = last === undefined ? head.cols : last + 1 - used.col;
  for (const h of headRows) push(h.row, used.col, width)(h.values, h.formats);
  onRows(head.rows);
  if (last === undefined || used.rows <= head.rows) return; // no header: the core reports it
  const usedLast = used.col + used.cols - 1;
  if (usedLast > last + WIDE_MARGIN) {
    issues.warn("usedRangeWide", { sheet: input.name, cell: "" }, "INPUT", { column: columnLetter(usedLast), last: columnLetter(last) });
  }
  const body: Area = { row: used.row + head.rows, col: used.col, rows: used.rows - head.rows, cols: Math.max(1, width) };
  await readArea(context, input.sheet, body, (row, values, formats) => {
    push(row, used.col, width)(values, formats);
    onRows(values.length);
  });
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
    .filter((s): s is SheetInfo & { target: SheetReader } => Boolean(s.target))
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
    const area = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
    await readSheet(context, input, area, issues, date1904, (n) => onProgress?.((rows += n)));
  }
  return reader.finish();
}
