// Writes sheet models as worksheets of the open workbook: the same layout as the xlsx writer
// (core/sheets/layout.ts), values then formats, in chunks under the 5 MB request limit.
// Sheets InfoScore made carry a worksheet-scoped name and are replaced; user sheets never are.
import {
  columnLetter, DEFAULT_FONT, layoutSheet, RESULT_MARKER as MARKER_NAME, looksLikeFormula, sanitiseSheetName, STYLES, tableRowHeight,
  type CellV, type SheetModel, type StyleKey, type StyleSpec, type TableBlock,
} from "../../core/index.ts";
import { listWorksheets } from "./readInput.ts";

/** Bytes of JSON per write request; Excel on the web refuses requests over 5 MB. */
export const MAX_REQUEST_BYTES = 4_000_000;

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
  if (s.numFmt) range.numberFormat = [[s.numFmt]];
  if (s.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#A6A6A6";
    }
  }
  // Document rules: the red line under a 报头, the lines around 抄送 (as the xlsx writer draws them).
  for (const [edge, rgb] of [["EdgeTop", s.lineAbove], ["EdgeBottom", s.lineBelow]] as const) {
    if (!rgb) continue;
    const b = f.borders.getItem(edge);
    b.style = "Continuous";
    b.color = `#${rgb}`;
  }
}

/**
 * Deletes sheets InfoScore made earlier (all of them, or those named in `only`); returns the
 * names still taken. A sheet without our mark is never deleted, whatever its name.
 */
async function removeOurSheets(context: Excel.RequestContext, only?: ReadonlySet<string>): Promise<Set<string>> {
  const sheets = await listWorksheets(context);
  const marks = sheets.map((s) => {
    const name = s.sheet.names.getItemOrNullObject(MARKER_NAME);
    name.load("name");
    return name;
  });
  await context.sync();
  const taken = new Set<string>();
  sheets.forEach((s, i) => {
    if (marks[i].isNullObject || (only && !only.has(s.name))) taken.add(s.name);
    else s.sheet.delete();
  });
  await context.sync();
  return taken;
}

async function writeSheet(context: Excel.RequestContext, model: SheetModel, taken: Set<string>, logo?: string): Promise<string> {
  const name = sanitiseSheetName(model.name, taken);
  const font = model.font ?? DEFAULT_FONT;
  const style = (range: Excel.Range, key: StyleKey) => applyStyle(range, key, font);
  taken.add(name);
  const sheet = context.workbook.worksheets.add(name);
  const layout = layoutSheet(model);
  const last = columnLetter(layout.span - 1);
  model.widths.forEach((w, i) => (sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w * 6));

  for (const { block, row } of layout.texts) {
    const line = sheet.getRange(`A${row}:${last}${row}`);
    sheet.getRange(`A${row}`).values = [[officeValue(block.text)]];
    style(line, block.style);
    if (layout.span > 1) line.merge(false);
    if (block.height) line.format.rowHeight = block.height;
  }
  for (const table of layout.tables) {
    const { block, headerRow, firstDataRow, lastDataRow } = table;
    const width = block.header.length;
    const header = sheet.getRangeByIndexes(headerRow - 1, 0, 1, width);
    header.values = [block.header.map(officeValue)];
    style(header, "header");
    header.format.rowHeight = 30;
    // Values in chunks: sync whenever a request would pass the payload limit.
    let start = firstDataRow;
    let chunk: Array<Array<string | number | boolean>> = [];
    let bytes = 0;
    const flush = async () => {
      if (!chunk.length) return;
      sheet.getRangeByIndexes(start - 1, 0, chunk.length, width).values = chunk;
      await context.sync();
      start += chunk.length;
      chunk = [];
      bytes = 0;
    };
    for (const values of block.rows()) {
      const row = Array.from({ length: width }, (_, c) => officeValue(values[c] ?? null));
      bytes += JSON.stringify(row).length;
      chunk.push(row);
      if (bytes >= MAX_REQUEST_BYTES / 2) await flush();
    }
    await flush();
    if (lastDataRow >= firstDataRow) {
      block.styles.forEach((key, c) => style(sheet.getRange(`${columnLetter(c)}${firstDataRow}:${columnLetter(c)}${lastDataRow}`), key));
      setRowHeights(sheet, block, firstDataRow, model.widths);
    }
  }
  for (const range of layout.dataBars) sheet.getRange(range).conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
  if (layout.freezeBelow > 1) sheet.freezePanes.freezeRows(layout.freezeBelow - 1);
  const page = sheet.pageLayout;
  page.orientation = model.print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  page.paperSize = Excel.PaperType.a4;
  const m = model.print.margins;
  Object.assign(page, { leftMargin: m.left * 72, rightMargin: m.right * 72, topMargin: m.top * 72, bottomMargin: m.bottom * 72, headerMargin: m.header * 72, footerMargin: m.footer * 72 });
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
  sheet.names.add(MARKER_NAME, `="${model.kind}"`);
  await context.sync();
  if (logo && model.logo) await placeLogo(context, sheet, layout.titleRows, logo);
  return name;
}

/** Rows of documents (not long audit trails) get the height their wrapped text needs, as in the xlsx writer. */
function setRowHeights(sheet: Excel.Worksheet, block: TableBlock, firstDataRow: number, widths: readonly number[]): void {
  if (block.rowCount > 5_000 || (!block.minRowHeight && !block.styles.some((k) => STYLES[k].wrap))) return;
  let r = firstDataRow;
  for (const values of block.rows()) {
    const wrapped = tableRowHeight(values, block.styles, widths);
    const height = block.minRowHeight ? Math.max(block.minRowHeight, wrapped ?? 0) : wrapped;
    if (height) sheet.getRange(`A${r}:${columnLetter(block.header.length - 1)}${r}`).format.rowHeight = height;
    r++;
  }
}

/** The letterhead logo (base64 PNG) beside each title line, sized to the title row. */
async function placeLogo(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: number[], logo: string): Promise<void> {
  const cells = rows.map((row) => {
    const cell = sheet.getRange(`A${row}`);
    cell.load("top");
    return cell;
  });
  await context.sync();
  for (const cell of cells) {
    const image = sheet.shapes.addImage(logo);
    image.lockAspectRatio = true;
    image.height = 30;
    image.left = 3;
    image.top = cell.top;
  }
  await context.sync();
}

/**
 * Writes the models, replacing InfoScore's earlier sheets: all of them (`replace: "all"`), or
 * only those of the same names (a single ribbon job). Returns the names written.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  models: SheetModel[],
  options: { replace: "all" | "same"; onSheet?: (name: string) => void; logo?: string } = { replace: "all" },
): Promise<string[]> {
  context.application.suspendApiCalculationUntilNextSync();
  const taken = await removeOurSheets(context, options.replace === "same" ? new Set(models.map((m) => m.name)) : undefined);
  const written: string[] = [];
  for (const model of models) {
    written.push(await writeSheet(context, model, taken, options.logo));
    options.onSheet?.(model.name);
  }
  return written;
}
