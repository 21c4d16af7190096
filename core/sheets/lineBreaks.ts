// The last step before a sheet is written: a wrapped table cell whose text the spreadsheet's own
// wrap would break against 避头尾 (a line begun with ，, a 《title》 or a number split) gets the line
// breaks of printLines put in; any other keeps its text whole, so a name copied from it is the name
// (printedText, docs/templates.md). Long tables (an audit trail of a million rows) are left as they are.
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
