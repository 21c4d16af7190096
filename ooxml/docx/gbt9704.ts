// The measures of GB/T 9704-2012 (党政机关公文格式) in Word's units (twips: 1/20 pt; half-points
// for font sizes), and the layout chosen from them: 22 lines of 28 characters of 3号 on a
// 156 × 225 mm 版心. docs/word.md says how they were chosen and what was checked where.
import { DOC_FONTS } from "../../core/index.ts";

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

/** Font sizes in points: 初号 42, 2号 22, 3号 16, 4号 14, 小四 12, 五号 10.5. */
export const PT = { chu: 42, er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/**
 * 28 characters a line: 3号 is 16 pt, 28 × 16 = 448 pt, wider than the 442 pt 版心; each character
 * is drawn 0.25 pt closer (w:spacing −5 twips), so 28 take 441 pt and a 29th does not fit. A
 * character grid (docGrid linesAndChars) would do the same in Word, but LibreOffice lays it out
 * at about 18 characters a line.
 */
export const CHAR_SPACING = -5;
/** One character of 3号 with that spacing, in twips: the unit of 首行缩进 and 右空四字. */
export const CHAR = PT.san * 20 + CHAR_SPACING;
/** 22 lines: 225 mm / 22 = 28.99 pt; exactly 28.95 pt a line (579 twips) leaves a 23rd no room. */
export const LINE = 579;

/** Fonts by name as offices have them; Word and WPS substitute when one is missing (docs/word.md). */
export const FONTS = DOC_FONTS;

/** 红色 of the 发文机关标志 and the separator rule. */
export const RED = "FF0000";
