// Measures for print: how wide a text is in Excel's column units and how tall a wrapped cell
// must be, so that rows are given heights that hold their text (no overlap, nothing cut off),
// and the Chinese forms official documents use (2026年3月5日, two-character first-line indent).
import { ymdOf } from "../values.ts";
import { fillTemplate, WORDS } from "./outputTemplate.ts";

const ymd = (year: number, month: number, day: number) => fillTemplate(WORDS.date, { 年: year, 月: month, 日: day });

/** 2026年3月5日 (Arabic numerals, no leading zeros: GB/T 9704-2012). */
export function chineseDate(day: number): string {
  const { year, month, day: d } = ymdOf(day);
  return ymd(year, month, d);
}

/** "2026-04-01 09:30" → 2026年4月1日 (the date a host passes as the time of making). */
export function chineseDateOfStamp(stamp: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(stamp);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : stamp;
}

/** Two full-width spaces before a paragraph: the 首行缩进 of Chinese documents. */
const INDENT = "\u3000\u3000";

export const indent = (paragraph: string): string => (paragraph.startsWith(INDENT) ? paragraph : INDENT + paragraph.trimStart());

/** Width of a text in column units at a font size: wide (CJK) characters count about two. */
export function textUnits(text: string, size = 11): number {
  let units = 0;
  // By char code, not a regex: the audit trail measures a million titles.
  for (let i = 0; i < text.length; i++) units += text.charCodeAt(i) <= 0xff ? 1.05 : 2.05;
  return (units * size) / 11;
}

/** Lines a text takes when wrapped in a cell `width` units wide (each \n starts a line). */
export function wrappedLines(text: string, width: number, size = 11): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line, size) / usable)), 0);
}

/** Row height in points for that many lines (line spacing about 1.45 of the font size). */
export const linesHeight = (lines: number, size = 11): number => Math.ceil(lines * size * 1.45 + 6);
