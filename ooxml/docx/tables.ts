// Tables of the Word files: a result table (its header row repeated on every page, rows never
// split), the 回执's boxes, and the 版记 at the foot of the last page.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  FrameAnchorType,
  HorizontalPositionAlign,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalPositionAlign,
  WidthType,
} from "docx";
import { cellText, type StyleKey, type TableBlock } from "../../core/index.ts";
import { LINE, PT } from "./gbt9704.ts";

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
export function receiptTable(lines: string[], width: number): Table {
  const rows = lines.map((text) => {
    const label = /^[^:：]*[:：]\s*$/.test(text);
    return new TableRow({
      cantSplit: true,
      height: { value: label ? Math.round(LINE * 2.5) : LINE, rule: HeightRule.ATLEAST },
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

/**
 * The 版记 (抄送 lines, then 印发机关 left and 印发日期 right) between rules, in a frame aligned to
 * the foot of the 版心 of the page it ends: the last page of the document.
 */
export function imprintParagraphs(lines: string[], width: number): Paragraph[] {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 };
  const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 2 };
  const frame = {
    type: "alignment" as const,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
    width,
    height: 0,
  };
  return lines.map(
    (line, i) =>
      new Paragraph({
        frame,
        spacing: { line: LINE - 60, lineRule: LineRuleType.EXACT },
        indent: { left: PT.si * 20, right: PT.si * 20 },
        tabStops: [{ type: TabStopType.RIGHT, position: width - PT.si * 20 }],
        border: { top: i === 0 ? thick : thin, bottom: i === lines.length - 1 ? thick : undefined },
        // The 印发 line spreads 印发机关 and 印发日期 with full-width spaces: here a right tab does.
        children: line
          .split(/\u3000{2,}/)
          .map((text, j) => new TextRun({ text: j ? `\t${text}` : text, size: PT.si * 2, characterSpacing: 0 })),
      }),
  );
}
