// Excel's limits on what we write: a cell holds at most 32,767 characters and a sheet at most
// 1,048,576 rows. Longer texts are cut with a visible marker and a warning on 校验问题; a table
// too long for one sheet continues on more sheets, as 计分明细 does.
import { WORDS } from "./outputTemplate.ts";
import { IssueLog } from "../issues.ts";
import { columnLetter } from "../values.ts";
import { layoutSheet } from "./layout.ts";
import type { Block, CellV, SheetModel, TableBlock } from "./sheetModel.ts";
import { MAX_TABLE_ROWS } from "./otherSheets.ts";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;
/** What a cut text ends with, so a reader sees that something is missing. */
export const TRUNCATED = WORDS.truncated;

const tooLong = (v: CellV): v is string => typeof v === "string" && v.length > MAX_CELL_CHARS;

/** A text cut to the limit, marker included; a surrogate pair is never split. */
export function cutText(text: string): string {
  let end = MAX_CELL_CHARS - TRUNCATED.length;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATED;
}

const cutRow = (row: CellV[]): CellV[] => (row.some(tooLong) ? row.map((v) => (tooLong(v) ? cutText(v) : v)) : row);

/**
 * Cuts over-long cells of the sheets and warns once per sheet (count and first cell). Tables held
 * in memory are checked now; a lazy table (the audit trail, whose cells are the input's own
 * texts, already within the limit when read) is cut as it is written.
 */
export function fitCells(models: SheetModel[], issues: IssueLog): SheetModel[] {
  return models.map((model) => {
    const layout = layoutSheet(model);
    let count = 0;
    let first = "";
    const note = (cell: string) => {
      if (count++ === 0) first = cell;
    };
    const blocks = model.blocks.map((block): Block => {
      if (block.kind === "text") {
        if (!tooLong(block.text)) return block;
        note(`A${layout.texts.find((t) => t.block === block)?.row ?? 1}`);
        return { ...block, text: cutText(block.text) };
      }
      if (block.kind !== "table") return block;
      const rows = block.rows();
      if (!Array.isArray(rows))
        return {
          ...block,
          rows: function* () {
            for (const row of block.rows()) yield cutRow(row);
          },
        };
      const firstRow = layout.tables.find((t) => t.block === block)?.firstDataRow ?? 1;
      let changed = false;
      const fitted = (rows as CellV[][]).map((row, r) => {
        if (!row.some(tooLong)) return row;
        changed = true;
        row.forEach((v, c) => tooLong(v) && note(`${columnLetter(c)}${firstRow + r}`));
        return cutRow(row);
      });
      return changed ? { ...block, rows: () => fitted } : block;
    });
    if (count === 0) return model;
    issues.warn("cellTruncated", { sheet: model.name, cell: first }, "", { sheet: model.name, count, limit: MAX_CELL_CHARS, first });
    return { ...model, blocks };
  });
}

/** A sheet whose table is longer than one sheet may hold, as several: 名称, 名称(2), … */
export function splitLongSheets(models: SheetModel[], maxRows = MAX_TABLE_ROWS): SheetModel[] {
  return models.flatMap((model) => {
    const big = model.blocks.find((b): b is TableBlock => b.kind === "table" && b.rowCount > maxRows);
    if (!big) return [model];
    const parts = Math.ceil(big.rowCount / maxRows);
    return Array.from({ length: parts }, (_, part) => {
      const from = part * maxRows;
      const rowCount = Math.min(maxRows, big.rowCount - from);
      const slice: TableBlock = { ...big, rowCount, rows: () => rowsBetween(big, from, from + rowCount) };
      const blocks = model.blocks.map((b) => (b === big ? slice : b));
      return { ...model, name: part === 0 ? model.name : `${model.name}(${part + 1})`, blocks };
    });
  });
}

function rowsBetween(block: TableBlock, from: number, to: number): Iterable<CellV[]> {
  const rows = block.rows();
  if (Array.isArray(rows)) return (rows as CellV[][]).slice(from, to);
  return (function* () {
    let i = 0;
    for (const row of rows) {
      if (i >= to) return;
      if (i++ >= from) yield row;
    }
  })();
}

/** The 校验问题 sheet, fitted; built again when fitting it warned, so that warning is listed too. */
export function fitIssuesSheet(build: () => SheetModel, issues: IssueLog): SheetModel[] {
  const before = issues.list.length;
  const fitted = fitCells([build()], issues);
  if (issues.list.length === before) return fitted;
  return fitCells([build()], new IssueLog());
}
