// Where a printed sheet's pages begin, worked out from the heights the writers give each row, and
// the page breaks that keep a table's last rows with the text after it. A sheet repeats its table
// header on every page after the header's own (print titles are sheet-wide), so a page holding only
// the text after the table (附件说明, 落款, 抄送, a note, a signature) would be headed by a table
// header with no row under it. Moving the table's last rows to that page (keep-with-next) is a
// manual row break, which Excel and LibreOffice both honour (docs/templates.md, 打印).
import { STYLES, type Block, type CellV, type SheetModel, type StyleKey, type TableBlock } from "./sheetModel.ts";
import { linesHeight, wrapLines } from "./paper.ts";

/** Height of a row with no height of its own (the writers' sheet default), and of a table's header row. */
export const ROW_HEIGHT = 15;
export const HEADER_HEIGHT = 30;

/** Tables longer than this are not documents anyone signs: their rows are not measured. */
const MOST_ROWS = 5_000;

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };

/**
 * Pixels a column unit takes: the widest digit of the workbook's font. LibreOffice, with the CJK fonts
 * it puts for 宋体, gives about 8.8 (measured from its PDFs); Excel, with 宋体 or Calibri, 7 to 8.
 */
export const DIGIT_PIXELS = { libreOffice: 8.8, excel: 7 };

/** Excel column units to points: a digit's pixels a unit plus 5 of padding, at 96 dpi. */
const columnPoints = (units: number, digit: number): number => ((units * digit + 5) * 72) / 96;

/** Height (points, at the sheet's own size) one page holds between the top and bottom margins. */
export function pageRoom(model: SheetModel, span: number, digit = DIGIT_PIXELS.libreOffice): number {
  const p = model.print;
  const [width, height] = p.orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  const printable = width - (p.margins.left + p.margins.right) * 72;
  const content = model.widths.slice(0, span).reduce((s, w) => s + columnPoints(w, digit), 0);
  // Fit to width shrinks the whole sheet, so a page holds more of it.
  const scale = p.fitToWidth && content > printable ? printable / content : 1;
  return (height - (p.margins.top + p.margins.bottom) * 72) / scale;
}

/**
 * Height (points) a table row needs so that its wrapped cells show every line, or undefined when one
 * line is enough. Writers set it, so printed rows never overlap the next ones.
 */
export function tableRowHeight(values: readonly CellV[], styles: readonly StyleKey[], widths: readonly number[]): number | undefined {
  let lines = 1;
  for (let c = 0; c < styles.length; c++) {
    const v = values[c];
    const spec = STYLES[styles[c]];
    if (typeof v === "string" && spec?.wrap) lines = Math.max(lines, wrapLines(v, widths[c] ?? 10, spec.size ?? 11));
  }
  return lines > 1 ? linesHeight(lines) : undefined;
}

/** A table's data row height as the writers set it: its wrapped lines, at least minRowHeight, else the default. */
const dataRowHeight = (t: TableBlock, values: readonly CellV[], widths: readonly number[]): number =>
  Math.max(t.minRowHeight ?? 0, tableRowHeight(values, t.styles, widths) ?? ROW_HEIGHT);

/** A text row's height: its own, or what its wrapped lines need across the sheet's width. */
function textHeight(b: Extract<Block, { kind: "text" }>, width: number): number {
  if (b.height) return b.height;
  const spec = STYLES[b.style];
  return spec.wrap ? Math.max(ROW_HEIGHT, linesHeight(wrapLines(b.text, width, spec.size ?? 11), spec.size ?? 11)) : ROW_HEIGHT;
}

/** Every row's height (index = row number; 0 unused), or undefined when a table is too long to measure. */
export function rowHeights(model: SheetModel, span: number): number[] | undefined {
  const width = model.widths.slice(0, span).reduce((s, w) => s + w, 0);
  const out = [0];
  for (const b of model.blocks) {
    if (b.kind === "text") out.push(textHeight(b, width));
    else if (b.kind === "blank") out.push(ROW_HEIGHT);
    else if (b.kind === "table") {
      if (b.rowCount > MOST_ROWS) return undefined;
      out.push(HEADER_HEIGHT);
      for (const row of b.rows()) out.push(dataRowHeight(b, row, model.widths));
    }
  }
  return out;
}

/**
 * The first row of each printed page: rows fill a page until the next would not fit or a manual
 * break comes; from the page after the title row's, the title row is printed first on every page.
 */
export function pageStarts(heights: readonly number[], breaksAfter: readonly number[], room: number, titleRow?: number): number[] {
  const breaks = new Set(breaksAfter);
  const starts = [1];
  let used = 0;
  for (let row = 1; row < heights.length; row++) {
    const repeated = titleRow !== undefined && titleRow < starts[starts.length - 1] ? heights[titleRow] : 0;
    if (used > repeated && used + heights[row] > room) {
      starts.push(row);
      used = titleRow !== undefined && titleRow < row ? heights[titleRow] : 0;
    }
    used += heights[row];
    if (breaks.has(row) && row + 1 < heights.length) {
      starts.push(row + 1);
      used = titleRow !== undefined && titleRow <= row ? heights[titleRow] : 0;
    }
  }
  return starts;
}

/** Rows of a table carried to the page of the text after it: the last unit and the 合计 row, say. */
const CARRIED = 2;

/**
 * Page heights, as parts of ours, that Excel and LibreOffice may in effect use: LibreOffice's are ours
 * (rows as tall as written, 15 pt by default); Excel rounds rows to pixels and may print a row of no
 * height of its own shorter (14.25 pt in 宋体), so more rows fit its page.
 */
const PAGE_FACTORS = [0.98, 1, 1.06];

interface TableRows {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

/** Whether every page from the title row's page on holds a data row of a table. */
function everyPageHasRows(starts: readonly number[], lastRow: number, titleRow: number, tables: readonly TableRows[]): boolean {
  return starts.every((start, i) => {
    const end = (starts[i + 1] ?? lastRow + 1) - 1;
    if (start <= titleRow) return true;
    return tables.some((t) => t.firstDataRow <= end && t.lastDataRow >= start && t.lastDataRow >= t.firstDataRow);
  });
}

interface SheetRows {
  tables: readonly TableRows[];
  printTitleRow?: number;
  breaksAfter: readonly number[];
  lastRow: number;
  /** Rows printed on the page of the row after them (a heading over its table). */
  keepWithNext: ReadonlySet<number>;
}

/** The first row of a table's header with the headings kept with it. */
function groupStart(t: TableRows, keep: ReadonlySet<number>): number {
  let row = t.headerRow;
  while (keep.has(row - 1)) row--;
  return row;
}

/**
 * Breaks before a table's header (and its heading) where our pages, or pages a little shorter,
 * would leave the header or its heading at a page's foot with none of its rows.
 */
function headerBreaks(heights: readonly number[], sheet: SheetRows, room: number): number[] {
  const breaks = [...sheet.breaksAfter];
  for (const t of sheet.tables) {
    if (t.lastDataRow < t.firstDataRow) continue;
    const first = groupStart(t, sheet.keepWithNext);
    for (const r of [room * PAGE_FACTORS[0], room]) {
      const starts = pageStarts(heights, breaks, r, sheet.printTitleRow);
      const page = starts.filter((s) => s <= first).at(-1) ?? 1;
      // A page begins inside the group (heading, header, first row): the group starts a page instead.
      if (first > page && starts.some((s) => s > first && s <= t.firstDataRow) && !breaks.includes(first - 1)) breaks.push(first - 1);
    }
  }
  return breaks.sort((a, b) => a - b);
}

/**
 * The page breaks a sheet needs beyond its own: a table's header is not left at a page's foot
 * without a row, and the last table's last rows go with the text after it when our page heights,
 * or those of Excel and LibreOffice (other scales, a few per cent either way), would leave that
 * text on a page of its own under the repeated header.
 */
export function keepBreaks(model: SheetModel, span: number, sheet: SheetRows): number[] {
  const title = sheet.printTitleRow;
  const last = sheet.tables[sheet.tables.length - 1];
  if (title === undefined || !last) return [...sheet.breaksAfter];
  const heights = rowHeights(model, span);
  if (!heights) return [...sheet.breaksAfter];
  const breaks = headerBreaks(heights, sheet, pageRoom(model, span));
  if (last.lastDataRow >= sheet.lastRow) return breaks;
  // A wide sheet is shrunk to the page's width by a scale each application works out from its own font.
  const rooms = Object.values(DIGIT_PIXELS).flatMap((digit) => PAGE_FACTORS.map((f) => pageRoom(model, span, digit) * f));
  const fine = (r: number) => everyPageHasRows(pageStarts(heights, breaks, r, title), sheet.lastRow, title, sheet.tables);
  if (rooms.every(fine)) return breaks;
  const rows = last.lastDataRow - last.firstDataRow + 1;
  // A table of one row goes whole (its header and heading with it); otherwise a row stays behind.
  const after = rows > CARRIED ? last.lastDataRow - CARRIED : rows > 1 ? last.lastDataRow - 1 : groupStart(last, sheet.keepWithNext) - 1;
  return after >= 1 && !breaks.includes(after) ? [...breaks, after].sort((a, b) => a - b) : breaks;
}
