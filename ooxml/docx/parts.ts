// The paragraphs of a 公文 in GB/T 9704 form, one function per part: 报头 or 发文机关标志, 期号 or
// 文号, title, 主送, 正文, 附件说明, 落款 and 成文日期, the 回执 and the page number.
import { AlignmentType, BorderStyle, LineRuleType, PageNumber, Paragraph, TabStopType, TextRun, type IRunOptions } from "docx";
import type { DocLine } from "../../core/index.ts";
import { PT, RED, TEXT_WIDTH, type Layout } from "./gbt9704.ts";

type Run = Omit<IRunOptions, "text" | "children">;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, o: Run = {}) => new TextRun({ text, ...o });
/** Line spacing for a part bigger than 3号: single, so exactly 28.95 pt does not clip it. */
const auto = (before = 0, after = 0) => ({ before, after, line: 240, lineRule: LineRuleType.AUTO });

/** Width of a text in characters of 3号: a half-width character is half a character. */
export const charsOf = (text: string): number => [...text].reduce((n, c) => n + (c.charCodeAt(0) <= 0xff ? 0.5 : 1), 0);

/** The 简报 报头 of the 通报: 刊名 in red, 期号, then 编发单位 and date over a red rule. */
export function mastheadParts(lines: DocLine[], L: Layout): Paragraph[] {
  return lines.map((l) => {
    if (l.role === "masthead")
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: auto(0, L.halfLine),
        children: [run(l.text, { font: font(L.format.titleFont), size: PT.chu * 2, color: RED })],
      });
    if (l.role === "issueNo") return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l.text)] });
    const [left, right = ""] = l.text.split(/\u3000{2,}/);
    return new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: L.line },
      children: [run(left), run(`\t${right}`)],
    });
  });
}

/** 发文机关标志 of a letter: the office's name in red over a red rule; the 文号 right, under it. */
export function letterheadParts(office: string, L: Layout): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: auto(0, 120),
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      children: [run(office, { font: font(L.format.titleFont), size: 30 * 2, color: RED })],
    }),
  ];
}

/**
 * Keeps a paragraph with the one after it, its last two lines at least (widow control): the 正文's
 * end goes with the 附件说明 and 落款, so that no page holds a 落款 without 正文 above it.
 */
export const keepWithNext = (keep: boolean) => (keep ? { keepNext: true, widowControl: true } : {});

/** Fields of a line set apart by a long run of full-width spaces (考评小组（签字）：… 主任办公会审定：… 日期：…). */
const FIELD_GAP = /\u3000{6,}/;

/**
 * A line of fields to sign or fill in, as one tidy line: the first at the left, the last ending at
 * the right edge, any between centred on tab stops (not justified, so nothing is stretched); a line
 * too long for that gives each field a line of its own.
 */
function fieldLines(text: string, L: Layout, width: number): Paragraph[] {
  const fields = text.split(FIELD_GAP);
  const chars = fields.reduce((n, f) => n + charsOf(f), 0) + 2 * (fields.length - 1);
  if (chars * L.char > width) return fields.map((f) => new Paragraph({ alignment: AlignmentType.LEFT, children: [run(f)] }));
  const n = fields.length - 1;
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: fields.slice(1).map((_, i) => ({
        type: i + 1 === n ? TabStopType.RIGHT : TabStopType.CENTER,
        position: Math.floor((width * (i + 1)) / n),
      })),
      children: fields.map((f, i) => run(i ? `\t${f}` : f)),
    }),
  ];
}

/** A line of the head or body as paragraphs (one, or a line of fields: fieldLines). */
export function lineParagraphs(l: DocLine, L: Layout, keep: boolean, width: number): Paragraph[] {
  if (l.role === "plain" && FIELD_GAP.test(l.text)) return fieldLines(l.text, L, width);
  return [lineParagraph(l, L, keep)];
}

/** One line of the head or body by its part; `keep` holds it with the next (keepWithNext). */
export function lineParagraph(l: DocLine, L: Layout, keep = false): Paragraph {
  const k = keepWithNext(keep);
  switch (l.role) {
    case "docNumber":
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: L.char },
        spacing: { after: L.halfLine },
        children: [run(l.text)],
      });
    case "title":
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: auto(L.halfLine, L.halfLine),
        children: [run(l.text, { font: font(L.format.titleFont), size: L.format.titleSize * 2 })],
      });
    case "subtitle":
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l.text, { font: font(L.format.subheadingFont) })] });
    case "body":
      return new Paragraph({ indent: { firstLine: 2 * L.char }, ...k, children: [run(l.text)] });
    case "note":
      return new Paragraph({
        indent: { firstLine: 2 * L.char },
        spacing: auto(120, 0),
        ...k,
        children: [run(l.text, { size: PT.si * 2 })],
      });
    default:
      return new Paragraph({ ...k, children: [run(l.text)] });
  }
}

/** A heading above a table (一、机关部门) in 黑体. */
export const headingParagraph = (text: string, L: Layout): Paragraph =>
  new Paragraph({ spacing: auto(120, 60), keepNext: true, children: [run(text, { font: font(L.format.headingFont) })] });

/** 附件说明: a line below the body, 左空二字; further 附件 aligned under the first one's number. */
export function attachmentNoteParts(lines: string[], L: Layout): Paragraph[] {
  const label = charsOf(lines[0]?.split(/[:：]/)[0] ?? "") + 1;
  return lines.map(
    (text, i) =>
      new Paragraph({
        indent: i === 0 ? { firstLine: 2 * L.char } : { left: Math.round((2 + label) * L.char) },
        // With the 落款 that follows: a 落款 never stands alone on a page.
        keepNext: true,
        spacing: i === 0 ? { before: L.line } : {},
        children: [run(text)],
      }),
  );
}

/**
 * 落款 centred over the 成文日期, which is 右空四字; two lines below the text before them. With
 * `receipt`, the 成文日期 keeps with the 回执 below it too: a letter's tail stays on one page.
 */
export function signParts(lines: DocLine[], L: Layout, receipt = false): Paragraph[] {
  const date = lines.find((l) => l.role === "date");
  const widest = date ? charsOf(date.text) : 0;
  return lines.map((l, i) => {
    const right = l.role === "date" ? 4 : Math.max(4, 4 + (widest - charsOf(l.text)) / 2);
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: receipt || i < lines.length - 1,
      indent: { right: Math.round(right * L.char) },
      spacing: i === 0 ? { before: L.line } : {},
      children: [run(l.text)],
    });
  });
}

/** A 附件's first lines: 附件1 in 黑体 at the top left, then its title. */
export function attachmentHead(label: string, title: string, L: Layout): Paragraph[] {
  return [
    new Paragraph({ children: [run(label, { font: font(L.format.headingFont) })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: auto(L.halfLine, L.halfLine),
      children: [run(title, { font: font(L.format.titleFont), size: L.format.titleSize * 2 })],
    }),
  ];
}

/** "— 1 —" in 4号 宋体 (or 输出模板's 页码字体, 页码字号), 一字 in from the outside edge: right on odd pages, left on even ones. */
export function pageNumber(side: "odd" | "even", words: [string, string], L: Layout): Paragraph {
  const odd = side === "odd";
  return new Paragraph({
    alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: odd ? { right: L.format.pageNumberSize * 20 } : { left: L.format.pageNumberSize * 20 },
    spacing: auto(),
    children: [
      new TextRun({
        font: font(L.format.pageNumberFont),
        size: L.format.pageNumberSize * 2,
        characterSpacing: 0,
        children: [words[0], PageNumber.CURRENT, words[1]],
      }),
    ],
  });
}

/** The tear-off line and the 回执's title; its lines go into a bordered table (receiptTable). */
export function receiptHead(lines: DocLine[], L: Layout): Paragraph[] {
  return lines
    .filter((l) => l.role !== "receipt")
    .map((l) =>
      l.role === "cutLine"
        ? new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: auto(L.halfLine, 60),
            keepNext: true,
            children: [run(l.text, { size: PT.wu * 2, characterSpacing: 0, color: "595959" })],
          })
        : new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: auto(60, 60),
            keepNext: true,
            children: [run(l.text, { font: font(L.format.headingFont) })],
          }),
    );
}
