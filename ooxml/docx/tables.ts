// Tables of the Word files: a result table (its header row repeated on every page, rows never
// split), the 回执's boxes, and the 版记 at the foot of the last page.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { cellText, type StyleKey, type TableBlock } from "../../core/index.ts";
import { PT } from "./gbt9704.ts";
import { cellMargin, headerLines, tableLayout, type TableLayout } from "./columns.ts";

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const grid = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const single = { line: 240, lineRule: LineRuleType.AUTO };
/** Top and bottom margin of a cell, in twips (1.5 pt). */
const CELL_AIR = 30;
const NUMERIC: ReadonlySet<StyleKey> = new Set(["int", "score", "center", "date"]);

function cell(
  lines: string[],
  size: number,
  width: number,
  o: { bold?: boolean; align?: "center" | "left"; keep?: boolean; margin?: number } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // A little air above and below: at single spacing a Chinese line fills its row to the rules.
    margins: o.margin === undefined ? undefined : { left: o.margin, right: o.margin, top: CELL_AIR, bottom: CELL_AIR },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: o.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: single,
        keepNext: o.keep,
        // The paragraph mark at the cell's size: an empty cell would otherwise be a 3号 line tall.
        run: { size: size * 2 },
        children: lines.map(
          (text, i) => new TextRun({ text, size: size * 2, bold: o.bold, characterSpacing: 0, break: i ? 1 : undefined }),
        ),
      }),
    ],
  });
}

/** The texts of a table's rows as printed (cellText). */
const rowTexts = (table: TableBlock): string[][] => [...table.rows()].map((values) => values.map((v, i) => cellText(v, table.styles[i])));

/** The size a table starts from: 小四, or 五号 when its sheet columns are wide. */
function largestSize(table: TableBlock, sheetWidths: readonly number[]): number {
  const total = table.header.reduce((s, _, i) => s + (sheetWidths[i] ?? 10), 0);
  return total > 120 ? PT.wu : PT.xiaosi;
}

/**
 * Whether a table fits `width` twips at its size or a step smaller with no number, date or header
 * word broken (columns.ts); one that does not is set on a landscape page.
 */
export const tableFits = (table: TableBlock, sheetWidths: readonly number[], width: number): boolean =>
  tableLayout(table.header, rowTexts(table), table.styles, width, largestSize(table, sheetWidths), PT.wu) !== undefined;

/** Column widths that do not fit: the smallest size, the sheet's proportions. */
function sheetLayout(table: TableBlock, sheetWidths: readonly number[], width: number): TableLayout {
  const units = table.header.map((_, i) => sheetWidths[i] ?? 10);
  const total = units.reduce((s, w) => s + w, 0);
  return { size: 9, cols: units.map((w) => Math.floor((w / total) * width)) };
}

/**
 * A result table over the full width: columns as wide as their numbers, dates and header words
 * need (columns.ts), in 小四 (五号 when wide, smaller when that does not fit), the header row
 * repeated on each page; with `keepTail`, its last two rows keep with what follows (a 落款 or a note).
 */
export function dataTable(table: TableBlock, sheetWidths: readonly number[], width: number, keepTail = false): Table {
  const all = rowTexts(table);
  const { size, cols } =
    tableLayout(table.header, all, table.styles, width, largestSize(table, sheetWidths)) ?? sheetLayout(table, sheetWidths, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map((h, i) =>
      cell(headerLines(h, size, cols[i], table.styles[i]), size, cols[i], { bold: true, margin: cellMargin(table.styles[i]) }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const [r, texts] of all.entries()) {
    const keep = keepTail && r >= all.length - 2;
    rows.push(
      new TableRow({
        cantSplit: true,
        height: table.minRowHeight ? { value: table.minRowHeight * 20, rule: HeightRule.ATLEAST } : undefined,
        children: texts.map((text, i) =>
          cell([text], size, cols[i], {
            align: NUMERIC.has(table.styles[i]) ? "center" : "left",
            keep,
            margin: cellMargin(table.styles[i]),
          }),
        ),
      }),
    );
  }
  return new Table({
    rows,
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    borders: grid,
  });
}

/**
 * The 回执's lines in boxes; a line that is only a label (整改措施：) gets room to write in. Its rows
 * keep together, and with the letter above them.
 */
export function receiptTable(lines: string[], width: number, line: number): Table {
  const rows = lines.map((text, r) => {
    const label = /^[^:：]*[:：]\s*$/.test(text);
    return new TableRow({
      cantSplit: true,
      height: { value: label ? Math.round(line * 2.5) : line, rule: HeightRule.ATLEAST },
      children: [
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              spacing: single,
              keepNext: r < lines.length - 1,
              run: { size: PT.si * 2 },
              children: [new TextRun({ text, size: PT.si * 2 })],
            }),
          ],
        }),
      ],
    });
  });
  return new Table({ rows, columnWidths: [width], width: { size: width, type: WidthType.DXA }, borders: grid });
}

/** Line pitch of the 版记's lines (4号) in twips, and the height its rules add (a rule's width and its 2 pt gap). */
const IMPRINT_LINE = 519;
const THICK = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 2 };
const ruleHeight = (rule: typeof THIN) => (rule.size / 8 + rule.space) * 20;

/** Height of a 版记 of that many lines, its rules included, in twips. */
export const imprintHeight = (lines: number): number => lines * IMPRINT_LINE + ruleHeight(THICK) * 2 + (lines > 1 ? ruleHeight(THIN) : 0);

/**
 * The 版记 (报/送/抄送 lines, then 印发机关 left and 印发日期 right) between rules as GB/T 9704 draws
 * them: thick above the first line and below the last, thin above the 印发 line, none between the
 * 主送/抄送 lines.
 */
export function imprintParagraphs(lines: string[], width: number): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({
        spacing: { line: IMPRINT_LINE, lineRule: LineRuleType.EXACT },
        indent: { left: PT.si * 20, right: PT.si * 20 },
        tabStops: [{ type: TabStopType.RIGHT, position: width - PT.si * 20 }],
        border: { top: i === 0 ? THICK : i === lines.length - 1 ? THIN : undefined, bottom: i === lines.length - 1 ? THICK : undefined },
        keepNext: i < lines.length - 1,
        // The 印发 line spreads 印发机关 and 印发日期 with full-width spaces: here a right tab does.
        children: line
          .split(/\u3000{2,}/)
          .map((text, j) => new TextRun({ text: j ? `\t${text}` : text, size: PT.si * 2, characterSpacing: 0 })),
      }),
  );
}
