// The measures of GB/T 9704-2012 (党政机关公文格式) in Word's units (twips: 1/20 pt; half-points
// for font sizes), and the layout chosen from them: 22 lines of 28 characters of 3号 on a
// 156 × 225 mm 版心. docs/word.md says how they were chosen and what was checked where.
import type { WordFormat } from "../../core/index.ts";

/** Twips in a millimetre. */
const MM = 1440 / 25.4;
export const mm = (x: number): number => Math.round(x * MM);

export const A4 = { width: mm(210), height: mm(297) };

/** 天头 37 mm, 订口 28 mm: a 156 × 225 mm 版心; the page number's line 7 mm below it. */
export const PORTRAIT_MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(21) };
/** The same 版心 turned: a wide 附件 (its binding edge stays on the long side). */
export const LANDSCAPE_MARGIN = { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35), header: mm(12), footer: mm(12) };

/** Width of the 版心 in twips (portrait; landscape is its height). */
export const TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const TEXT_WIDTH_LANDSCAPE = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Fixed font sizes in points: 初号 42 (the 报头), 4号 14, 小四 12, 五号 10.5 (tables, notes, 版记). */
export const PT = { chu: 42, er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/** Height of the 版心 in twips (portrait; landscape is its width). */
export const TEXT_HEIGHT = A4.height - PORTRAIT_MARGIN.top - PORTRAIT_MARGIN.bottom;

/** The grid of the body: characters a line and lines a page, derived from the body size (docs/word.md). */
export interface Layout {
  format: WordFormat;
  /** Body size in half-points (w:sz). */
  halfPoints: number;
  /** Characters a line and lines a page: 28 and 22 for 3号. */
  chars: number;
  lines: number;
  /** w:spacing of every character, in twips: −5 for 3号. */
  spacing: number;
  /** One character with that spacing: the unit of 首行缩进 and 右空四字. */
  char: number;
  /** Exact line pitch in twips: 579 for 3号. */
  line: number;
  /** Half a line in whole twips (Word's spacing values take no fractions): 289 for 3号. */
  halfLine: number;
}

/**
 * 3号 (16 pt) gives 22 lines of 28 characters: 28 × 16 = 448 pt is wider than the 442 pt 版心, so
 * each character is drawn 0.25 pt closer (w:spacing −5), 28 take 441 pt and a 29th does not fit; 22
 * lines of exactly 579 twips take 637 pt of the 638 pt 版心 and a 23rd has no room. Another size
 * keeps the proportions: as many characters as the width holds (rounded), the spacing that fits them
 * in with 1 pt to spare, and lines in the ratio 22 : 16. (A Word character grid, docGrid
 * linesAndChars, would do the same in Word, but LibreOffice lays it out at about 18 characters a line.)
 */
export function layoutOf(format: WordFormat): Layout {
  const size = format.bodySize * 20;
  const chars = Math.round(TEXT_WIDTH / size);
  const spacing = Math.floor((TEXT_WIDTH - 20) / chars - size);
  const lines = Math.round((22 * 16) / format.bodySize);
  const line = Math.floor(TEXT_HEIGHT / lines);
  return {
    format,
    halfPoints: Math.round(format.bodySize * 2),
    chars,
    lines,
    spacing,
    char: size + spacing,
    line,
    halfLine: Math.floor(line / 2),
  };
}

/** 红色 of the 发文机关标志 and the separator rule. */
export const RED = "FF0000";
