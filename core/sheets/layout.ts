// Where each block of a sheet model lands: row numbers, merges, frozen rows, print titles,
// page breaks and data-bar ranges. Computed once here so every adapter places cells alike.
import { columnLetter } from "../values.ts";
import { sheetSpan, type Block, type SheetModel, type TableBlock, type TextBlock } from "./sheetModel.ts";
import { keepBreaks } from "./pagination.ts";

export { tableRowHeight } from "./pagination.ts";

export interface PlacedText {
  block: TextBlock;
  row: number;
}

export interface PlacedTable {
  block: TableBlock;
  /** Row of the header; data starts on the next row. */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

export interface SheetLayout {
  span: number;
  texts: PlacedText[];
  tables: PlacedTable[];
  /** Merged ranges in A1 notation (title and letter lines span the sheet's width). */
  merges: string[];
  /** Rows above this row number stay in view (0 = no freeze). */
  freezeBelow: number;
  /** Header row to print on every page, if any. */
  printTitleRow?: number;
  /** A manual page break after each of these rows: the model's, and those keeping a table's header with its rows and its end with the text after it. */
  breaksAfter: number[];
  /** A1 ranges that show data bars. */
  dataBars: string[];
  /** Rows of title lines (sheet titles, letter titles): where a letterhead logo goes. */
  titleRows: number[];
  lastRow: number;
}

export function layoutSheet(model: SheetModel): SheetLayout {
  const span = sheetSpan(model);
  const lastColumn = columnLetter(span - 1);
  const out: SheetLayout = {
    span,
    texts: [],
    tables: [],
    merges: [],
    freezeBelow: 0,
    breaksAfter: [],
    dataBars: [],
    titleRows: [],
    lastRow: 0,
  };
  let row = 1;
  for (const block of model.blocks as Block[]) {
    switch (block.kind) {
      case "text":
        out.texts.push({ block, row });
        if (block.style === "title" || block.style === "letterTitle") out.titleRows.push(row);
        if (span > 1) out.merges.push(`A${row}:${lastColumn}${row}`);
        row++;
        break;
      case "blank":
        row++;
        break;
      case "pageBreak":
        out.breaksAfter.push(row - 1);
        break;
      case "table": {
        const placed: PlacedTable = { block, headerRow: row, firstDataRow: row + 1, lastDataRow: row + block.rowCount };
        out.tables.push(placed);
        if (model.freezeHeader && out.freezeBelow === 0) out.freezeBelow = row + 1;
        if (block.repeatHeader && out.printTitleRow === undefined) out.printTitleRow = row;
        if (block.rowCount > 0) {
          for (const c of block.dataBars ?? [])
            out.dataBars.push(`${columnLetter(c)}${placed.firstDataRow}:${columnLetter(c)}${placed.lastDataRow}`);
        }
        row = placed.lastDataRow + 1;
        break;
      }
    }
  }
  out.lastRow = row - 1;
  // No table header alone at a page's foot, and the last table's last rows with the text after it (pagination.ts).
  const keepWithNext = new Set(out.texts.filter((t) => t.block.keepWithNext).map((t) => t.row));
  out.breaksAfter = keepBreaks(model, span, { ...out, keepWithNext });
  return out;
}
