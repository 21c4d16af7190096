// Renders a sheet model as a SpreadsheetML worksheet part. Written directly (not through
// exceljs) so that a result sheet of a million audit rows costs seconds, not minutes.
import {
  columnLetter,
  LAST_COLUMN,
  STYLES,
  layoutSheet,
  rightStyle,
  tableRowHeight,
  type CellV,
  type SheetModel,
  type StyleKey,
} from "../core/index.ts";
import { escapeXml } from "./xml.ts";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function cellXml(ref: string, value: CellV, style: number): string {
  if (value === null || value === undefined || value === "") return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}"/>`;
  if (typeof value === "boolean") return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  // Inline strings are text cells: whatever they start with (= + - @), they never become formulas.
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The worksheet XML as chunks (joined by the caller or streamed into the zip). */
export function* worksheetXml(
  model: SheetModel,
  styleIndex: Record<StyleKey, number>,
  drawingRid?: string,
  dateShift = 0,
): Generator<string> {
  const layout = layoutSheet(model);
  const letters = Array.from({ length: layout.span }, (_, i) => columnLetter(i));
  const fit = model.print.fitToWidth;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`;
  yield fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  yield `<dimension ref="A1:${letters[letters.length - 1]}${Math.max(1, layout.lastRow)}"/>`;
  yield layout.freezeBelow > 1
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.freezeBelow - 1}" topLeftCell="A${layout.freezeBelow}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${layout.freezeBelow}" sqref="A${layout.freezeBelow}"/></sheetView></sheetViews>`
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  yield `<cols>${model.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  yield "<sheetData>";

  const texts = new Map(layout.texts.map((t) => [t.row, t]));
  const tables = [...layout.tables];
  for (let row = 1; row <= layout.lastRow; row++) {
    const t = texts.get(row);
    if (t) {
      const height = t.block.height ? ` ht="${t.block.height}" customHeight="1"` : "";
      const s = styleIndex[t.block.style];
      // A flush-right part has its own cell from rightColumn on, right-aligned (layout.ts).
      const at = t.rightColumn ?? letters.length;
      const r = styleIndex[rightStyle(t.block.style)];
      const rest = letters
        .slice(1)
        .map((l, i) => (i + 1 === at ? cellXml(`${l}${row}`, t.block.right ?? "", r) : `<c r="${l}${row}" s="${i + 1 > at ? r : s}"/>`))
        .join("");
      yield `<row r="${row}"${height}>${cellXml(`A${row}`, t.block.text, s)}${rest}</row>`;
      continue;
    }
    const table = tables[0];
    if (!table || row !== table.headerRow) continue;
    tables.shift();
    const { block } = table;
    const header = styleIndex.header;
    yield `<row r="${row}" ht="30" customHeight="1">${block.header.map((h, c) => cellXml(`${letters[c]}${row}`, h, header)).join("")}</row>`;
    const styles = block.styles.map((k) => styleIndex[k]);
    // Day serials come from the core in the 1900 system; a 1904-system workbook counts from 1904.
    const dateCols = dateShift ? block.styles.flatMap((k, c) => (k === "date" ? [c] : [])) : [];
    const wrapping = block.styles.some((k) => STYLES[k].wrap);
    let r = table.firstDataRow;
    let chunk: string[] = [];
    for (const original of block.rows()) {
      let values = original;
      if (dateCols.length) {
        values = [...original];
        for (const c of dateCols) if (typeof values[c] === "number") values[c] = (values[c] as number) - dateShift;
      }
      let cells = "";
      for (let c = 0; c < block.header.length; c++) cells += cellXml(`${letters[c]}${r}`, values[c] ?? null, styles[c]);
      // Wrapped text gets the height it needs (long tables of a million rows have no wrapped cells).
      const wrapped = wrapping ? tableRowHeight(values, block.styles, model.widths) : undefined;
      const ht = block.minRowHeight ? Math.max(block.minRowHeight, wrapped ?? 0) : wrapped;
      chunk.push(ht ? `<row r="${r}" ht="${ht}" customHeight="1">${cells}</row>` : `<row r="${r}">${cells}</row>`);
      r++;
      if (chunk.length === 2000) {
        yield chunk.join("");
        chunk = [];
      }
    }
    if (chunk.length) yield chunk.join("");
    row = table.lastDataRow;
  }
  yield "</sheetData>";
  yield* sheetTail(model, layout, drawingRid);
  yield "</worksheet>";
}

/** What follows the cells: merges, data bars, print setup, page breaks and the logo's drawing. */
function* sheetTail(model: SheetModel, layout: ReturnType<typeof layoutSheet>, drawingRid?: string): Generator<string> {
  const fit = model.print.fitToWidth;
  if (layout.merges.length)
    yield `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  let priority = 1;
  for (const range of layout.dataBars) {
    yield `<conditionalFormatting sqref="${range}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF5B9BD5"/></dataBar></cfRule></conditionalFormatting>`;
  }
  const m = model.print.margins;
  yield '<printOptions horizontalCentered="1"/>';
  yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  yield `<pageSetup paperSize="9" orientation="${model.print.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
  const hf = (tag: string, text: string) => (text ? `<${tag}>${escapeXml(text)}</${tag}>` : "");
  if (model.print.header || model.print.footer)
    yield `<headerFooter>${hf("oddHeader", model.print.header)}${hf("oddFooter", model.print.footer)}</headerFooter>`;
  if (layout.breaksAfter.length) {
    yield `<rowBreaks count="${layout.breaksAfter.length}" manualBreakCount="${layout.breaksAfter.length}">${layout.breaksAfter.map((r) => `<brk id="${r}" max="${LAST_COLUMN}" man="1"/>`).join("")}</rowBreaks>`;
  }
  if (drawingRid) yield `<drawing r:id="${drawingRid}"/>`;
}
