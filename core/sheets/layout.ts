// Where each block of a sheet model lands: row numbers, merges, frozen rows, print titles,
// page breaks and data-bar ranges. Computed once here so every adapter places cells alike.
import { columnLetter } from "../values.ts";
import { sheetSpan, STYLES, type Block, type SheetModel, type TableBlock, type TextBlock } from "./sheetModel.ts";
import { textUnits } from "./paper.ts";
import { keepBreaks } from "./pagination.ts";

export { tableRowHeight } from "./pagination.ts";

export interface PlacedText {
  block: TextBlock;
  row: number;
  /** The column (0-based) where the block's flush-right part starts, when it has one. */
  rightColumn?: number;
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

/**
 * Where a line's flush-right part starts: the fewest right-hand columns wide enough for it (with
 * room to spare for another application's wider font), never the first column.
 */
function rightStart(widths: readonly number[], span: number, block: TextBlock): number {
  const size = STYLES[block.style].size ?? 11;
  const need = textUnits(block.right ?? "", size) * 1.25 + 2;
  let column = span - 1;
  let room = widths[column] ?? 10;
  while (column > 1 && room < need) room += widths[--column] ?? 10;
  return column;
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
      case "text": {
        const rightColumn = block.right === undefined || span < 2 ? undefined : rightStart(model.widths, span, block);
        out.texts.push(rightColumn === undefined ? { block, row } : { block, row, rightColumn });
        if (block.style === "title" || block.style === "letterTitle") out.titleRows.push(row);
        if (rightColumn === undefined) {
          if (span > 1) out.merges.push(`A${row}:${lastColumn}${row}`);
        } else {
          if (rightColumn > 1) out.merges.push(`A${row}:${columnLetter(rightColumn - 1)}${row}`);
          if (rightColumn < span - 1) out.merges.push(`${columnLetter(rightColumn)}${row}:${lastColumn}${row}`);
        }
        row++;
        break;
      }
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
