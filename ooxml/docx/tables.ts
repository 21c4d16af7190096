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

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const grid = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const single = { line: 240, lineRule: LineRuleType.AUTO };
const NUMERIC: ReadonlySet<StyleKey> = new Set(["int", "score", "center", "date"]);

function cell(text: string, size: number, width: number, o: { bold?: boolean; align?: "center" | "left" } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: o.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: single,
        children: [new TextRun({ text, size: size * 2, bold: o.bold, characterSpacing: 0 })],
      }),
    ],
  });
}

/**
 * A result table over the full width: columns as wide as the sheet's, in 小四 (五号 when wide),
 * the header row repeated on each page.
 */
export function dataTable(table: TableBlock, sheetWidths: readonly number[], width: number): Table {
  const units = table.header.map((_, i) => sheetWidths[i] ?? 10);
  const total = units.reduce((s, w) => s + w, 0);
  const cols = units.map((w) => Math.floor((w / total) * width));
  const size = total > 120 ? PT.wu : PT.xiaosi;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map((h, i) => cell(h, size, cols[i], { bold: true })),
  });
  const rows: TableRow[] = [header];
  for (const values of table.rows()) {
    rows.push(
      new TableRow({
        cantSplit: true,
        height: table.minRowHeight ? { value: table.minRowHeight * 20, rule: HeightRule.ATLEAST } : undefined,
        children: values.map((v, i) =>
          cell(cellText(v, table.styles[i]), size, cols[i], { align: NUMERIC.has(table.styles[i]) ? "center" : "left" }),
        ),
      }),
    );
  }
  return new Table({ rows, columnWidths: cols, layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA }, borders: grid });
}

/** The 回执's lines in boxes; a line that is only a label (整改措施：) gets room to write in. */
export function receiptTable(lines: string[], width: number, line: number): Table {
  const rows = lines.map((text) => {
    const label = /^[^:：]*[:：]\s*$/.test(text);
    return new TableRow({
      cantSplit: true,
      height: { value: label ? Math.round(line * 2.5) : line, rule: HeightRule.ATLEAST },
      children: [
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
          children: [new Paragraph({ spacing: single, children: [new TextRun({ text, size: PT.si * 2 })] })],
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
