// The last step before a sheet is written: the text of wrapped table cells gets its line breaks
// put in (避头尾; a 《title》 kept whole), so Excel and LibreOffice print the lines we measured.
// Long tables (an audit trail of a million rows) are left to the spreadsheet.
import { printedText } from "./paper.ts";
import { STYLES, type Block, type CellV, type SheetModel, type TableBlock } from "./sheetModel.ts";

/** Tables longer than this are not documents anyone signs; their cells are written as they are. */
const MOST_ROWS = 5_000;

function breakTable(t: TableBlock, widths: readonly number[]): TableBlock {
  const wrap = t.styles.map((k) => STYLES[k]?.wrap === true);
  if (t.rowCount > MOST_ROWS || !wrap.some(Boolean)) return t;
  const fit = (row: CellV[]): CellV[] =>
    row.map((v, c) => (wrap[c] && typeof v === "string" ? printedText(v, widths[c] ?? 10, STYLES[t.styles[c]].size ?? 11) : v));
  const rows = t.rows();
  // Rows in memory stay in memory: fitCells checks (and warns about) those cell by cell.
  if (Array.isArray(rows)) {
    const fitted = (rows as CellV[][]).map(fit);
    return { ...t, rows: () => fitted };
  }
  return {
    ...t,
    rows: function* () {
      for (const row of t.rows()) yield fit(row);
    },
  };
}

/** The sheet with the line breaks of its wrapped table cells in place. */
export function withLineBreaks(model: SheetModel): SheetModel {
  const blocks = model.blocks.map((b: Block) => (b.kind === "table" ? breakTable(b, model.widths) : b));
  return { ...model, blocks };
}
