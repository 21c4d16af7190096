// Writes sheet models as worksheets of the open workbook: the same layout as the xlsx writer
// (core/sheets/layout.ts), values then formats, in requests under the 5 MB limit (UTF-8 bytes,
// pictures counted). Safe for earlier results: new sheets are written under temporary, marked
// names and swapped in only when all are written (swap.ts), so a failure part-way leaves the
// previous results as they were.
import {
  columnLetter,
  DEFAULT_FONT,
  layoutSheet,
  looksLikeFormula,
  rightStyle,
  STYLES,
  tableRowHeight,
  type CellV,
  type SheetModel,
  type StyleKey,
  type StyleSpec,
  type TableBlock,
} from "../../core/index.ts";
import { jsonBytes, OP_BYTES, PAGE_BYTES, RequestBudget, STYLE_BYTES } from "./budget.ts";
import { findResultSheets, recordRun, type FoundSheet } from "./markers.ts";
import { markTemp, recover, removeStale, swapIn, tempSheetName, type Written } from "./swap.ts";

export { MAX_REQUEST_BYTES } from "./budget.ts";

/** Text cells get the Text format before their value, so Excel keeps "001" and "2026-03" as typed. */
export const TEXT_FORMAT = "@";

/** The number format a cell needs when its value is written: Text for text, else the column's. */
export function cellFormat(value: CellV, style?: StyleKey): string {
  if (typeof value === "string") return TEXT_FORMAT;
  return (style && STYLES[style].numFmt) || "General";
}

/** Text never becomes a formula: a leading apostrophe makes Excel keep it as text. */
export function officeValue(v: CellV): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" && looksLikeFormula(v)) return `'${v}`;
  return v;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** Applies a named style to a range (one request for the whole range, not per cell). */
export function applyStyle(range: Excel.Range, style: StyleKey, font: string = DEFAULT_FONT): void {
  const s: StyleSpec = STYLES[style];
  const f = range.format;
  f.font.name = font;
  f.font.bold = Boolean(s.bold);
  f.font.size = s.size ?? 11;
  f.font.color = `#${s.color ?? "000000"}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  f.verticalAlignment = "Center";
  if (s.align) f.horizontalAlignment = HORIZONTAL[s.align];
  f.wrapText = Boolean(s.wrap);
  // One format for the whole range: a 1×1 array on a larger range is a size mismatch.
  if (s.numFmt) range.numberFormat = s.numFmt as unknown as string[][];
  if (s.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#A6A6A6";
    }
  }
  // Document rules: the red line under a 报头, the lines around 抄送 (as the xlsx writer draws them).
  for (const [edge, rgb] of [
    ["EdgeTop", s.lineAbove],
    ["EdgeBottom", s.lineBelow],
  ] as const) {
    if (!rgb) continue;
    const b = f.borders.getItem(edge);
    b.style = "Continuous";
    b.color = `#${rgb}`;
  }
}

/** Puts a single text line (a title, a letter line) into its cell, as text. */
async function writeLine(budget: RequestBudget, cell: Excel.Range, value: CellV): Promise<void> {
  const v = officeValue(value);
  await budget.room(jsonBytes(v) * 2 + 16);
  cell.numberFormat = [[cellFormat(value)]];
  cell.values = [[v]];
}

type Row = Array<string | number | boolean>;

/** A table's values in requests under the budget: formats first (text stays text), then values. */
async function writeRows(
  budget: RequestBudget,
  sheet: Excel.Worksheet,
  table: ReturnType<typeof layoutSheet>["tables"][number],
): Promise<void> {
  const { block, firstDataRow } = table;
  const width = block.header.length;
  let start = firstDataRow;
  let values: Row[] = [];
  let formats: string[][] = [];
  let bytes = 0;
  const put = () => {
    if (!values.length) return;
    const range = sheet.getRangeByIndexes(start - 1, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    start += values.length;
    values = [];
    formats = [];
    bytes = 0;
  };
  for (const cells of block.rows()) {
    const row = Array.from({ length: width }, (_, c) => cells[c] ?? null);
    const v = row.map(officeValue);
    const f = row.map((x, c) => cellFormat(x, block.styles[c]));
    const size = jsonBytes(v) + jsonBytes(f);
    if (bytes + size > budget.limit / 2) {
      put();
      await budget.sync();
    }
    await budget.room(size);
    values.push(v);
    formats.push(f);
    bytes += size;
  }
  put();
}

/** Everything of one sheet but its marker: texts, tables, styles, print setup, logo. */
async function fillSheet(budget: RequestBudget, sheet: Excel.Worksheet, model: SheetModel, logo?: string): Promise<void> {
  const font = model.font ?? DEFAULT_FONT;
  const style = (range: Excel.Range, key: StyleKey) => applyStyle(range, key, font);
  const layout = layoutSheet(model);
  const last = columnLetter(layout.span - 1);
  await budget.room(OP_BYTES * model.widths.length);
  model.widths.forEach((w, i) => (sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w * 6));
  for (const { block, row, rightColumn } of layout.texts) {
    // Room first, then the ranges: a range made before a send cannot be used after it.
    await budget.room(2 * STYLE_BYTES + 5 * OP_BYTES);
    // A flush-right part (the 报头's date) has its own merged, right-aligned cells from rightColumn on (layout.ts).
    const end = rightColumn === undefined ? last : columnLetter(rightColumn - 1);
    const line = sheet.getRange(`A${row}:${end}${row}`);
    await writeLine(budget, sheet.getRange(`A${row}`), block.text);
    style(line, block.style);
    if (end !== "A") line.merge(false);
    if (rightColumn !== undefined) {
      const from = columnLetter(rightColumn);
      const right = sheet.getRange(`${from}${row}:${last}${row}`);
      await writeLine(budget, sheet.getRange(`${from}${row}`), block.right ?? "");
      style(right, rightStyle(block.style));
      if (from !== last) right.merge(false);
    }
    if (block.height) sheet.getRange(`A${row}:${last}${row}`).format.rowHeight = block.height;
  }
  for (const table of layout.tables) await fillTable(budget, sheet, table, style, model.widths);
  await budget.room(OP_BYTES * (layout.dataBars.length + 2 + layout.breaksAfter.length) + PAGE_BYTES);
  for (const range of layout.dataBars) sheet.getRange(range).conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
  if (layout.freezeBelow > 1) sheet.freezePanes.freezeRows(layout.freezeBelow - 1);
  printSetup(sheet, model, layout);
  if (logo && model.logo) await placeLogo(budget, sheet, layout.titleRows, logo);
}

type Table = ReturnType<typeof layoutSheet>["tables"][number];

/** A table: header, rows, a style per column, row heights; every operation counted in the budget. */
async function fillTable(
  budget: RequestBudget,
  sheet: Excel.Worksheet,
  table: Table,
  style: (range: Excel.Range, key: StyleKey) => void,
  widths: readonly number[],
): Promise<void> {
  const { block, headerRow, firstDataRow, lastDataRow } = table;
  await budget.room(jsonBytes(block.header) * 2 + STYLE_BYTES + 3 * OP_BYTES);
  const header = sheet.getRangeByIndexes(headerRow - 1, 0, 1, block.header.length);
  header.numberFormat = [block.header.map((h) => cellFormat(h))];
  header.values = [block.header.map(officeValue)];
  style(header, "header");
  header.format.rowHeight = 30;
  await writeRows(budget, sheet, table);
  if (lastDataRow < firstDataRow) return;
  for (const [c, key] of block.styles.entries()) {
    await budget.room(STYLE_BYTES);
    style(sheet.getRange(`${columnLetter(c)}${firstDataRow}:${columnLetter(c)}${lastDataRow}`), key);
  }
  const right = columnLetter(block.header.length - 1);
  for (const run of heightRuns(block, firstDataRow, widths)) {
    await budget.room(OP_BYTES);
    sheet.getRange(`A${run.from}:${right}${run.to}`).format.rowHeight = run.height;
  }
}

function printSetup(sheet: Excel.Worksheet, model: SheetModel, layout: ReturnType<typeof layoutSheet>): void {
  const page = sheet.pageLayout;
  page.orientation = model.print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  page.paperSize = Excel.PaperType.a4;
  const m = model.print.margins;
  Object.assign(page, {
    leftMargin: m.left * 72,
    rightMargin: m.right * 72,
    topMargin: m.top * 72,
    bottomMargin: m.bottom * 72,
    headerMargin: m.header * 72,
    footerMargin: m.footer * 72,
  });
  if (model.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  // The footer is in Excel's code syntax: &L left, &C centre, &R right sections (the audit sheets use all three).
  const footer = page.headersFooters.defaultForAllPages;
  for (const m of model.print.footer.matchAll(/&([LCR])((?:[^&]|&[^LCR])*)/g)) {
    if (m[1] === "L") footer.leftFooter = m[2];
    else if (m[1] === "C") footer.centerFooter = m[2];
    else footer.rightFooter = m[2];
  }
  if (layout.printTitleRow) page.setPrintTitleRows(`$${layout.printTitleRow}:$${layout.printTitleRow}`);
  for (const after of layout.breaksAfter) sheet.horizontalPageBreaks.add(`A${after + 1}`);
}

/**
 * Rows of documents (not long audit trails) get the height their wrapped text needs, as in the
 * xlsx writer: one operation per run of rows of equal height, not one per row.
 */
export function heightRuns(
  block: TableBlock,
  firstDataRow: number,
  widths: readonly number[],
): Array<{ from: number; to: number; height: number }> {
  const runs: Array<{ from: number; to: number; height: number }> = [];
  if (block.rowCount > 5_000 || (!block.minRowHeight && !block.styles.some((k) => STYLES[k].wrap))) return runs;
  let r = firstDataRow;
  for (const values of block.rows()) {
    const wrapped = tableRowHeight(values, block.styles, widths);
    const height = block.minRowHeight ? Math.max(block.minRowHeight, wrapped ?? 0) : wrapped;
    const prev = runs[runs.length - 1];
    if (height && prev && prev.to === r - 1 && prev.height === height) prev.to = r;
    else if (height) runs.push({ from: r, to: r, height });
    r++;
  }
  return runs;
}

/** The letterhead logo (base64 PNG) beside each title line; one picture per request. */
async function placeLogo(budget: RequestBudget, sheet: Excel.Worksheet, rows: number[], logo: string): Promise<void> {
  const cells = rows.map((row) => {
    const cell = sheet.getRange(`A${row}`);
    cell.load("top");
    return cell;
  });
  await budget.sync();
  for (const cell of cells) {
    await budget.image(logo);
    const image = sheet.shapes.addImage(logo);
    image.lockAspectRatio = true;
    image.height = 30;
    image.left = 3;
    image.top = cell.top;
  }
}

/**
 * The sheets a run replaces: all of InfoScore's (全部重算) or those made for the names this run
 * writes — 月度通报, or 月度通报(2) when a user's own sheet already had that name.
 */
function toReplace(found: FoundSheet[], models: SheetModel[], replace: "all" | "same"): FoundSheet[] {
  const names = new Set(models.map((m) => m.name));
  const intended = (name: string) => name.replace(/\(\d+\)$/, "");
  return found.filter((s) => s.ours && (replace === "all" || names.has(s.name) || names.has(intended(s.name))));
}

/** A new run id: 8 hex digits, enough to tell one workbook's runs from another's. */
const newRunId = () =>
  Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, "0");

/**
 * Writes the models, replacing InfoScore's earlier sheets: all of them (`replace: "all"`), or
 * only those made for the same names (a single ribbon job). Returns the names written.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  models: SheetModel[],
  options: { replace: "all" | "same"; onSheet?: (name: string) => void; logo?: string } = { replace: "all" },
): Promise<string[]> {
  const results = await findResultSheets(context);
  const found = await removeStale(context, results.sheets);
  const runId = results.runId ?? newRunId();
  const stamp = Date.now().toString(36);
  const old = toReplace(found, models, options.replace);
  const budget = new RequestBudget(context);
  const written: Written[] = [];
  try {
    for (const [i, model] of models.entries()) {
      const temp = tempSheetName(stamp, String(i));
      const sheet = context.workbook.worksheets.add(temp);
      markTemp(sheet, stamp);
      written.push({ sheet, model, temp });
      await fillSheet(budget, sheet, model, options.logo);
      await budget.sync();
      options.onSheet?.(model.name);
    }
  } catch (e) {
    await recover(context, written);
    throw e;
  }
  return swapIn(context, written, old, { id: runId, stamp, record: () => recordRun(context, results, runId), sync: () => budget.sync() });
}
