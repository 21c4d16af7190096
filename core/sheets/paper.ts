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

/**
 * Lines a text takes when wrapped in a cell `width` units wide (each \n starts a line): character by
 * character, as narrow as printLines measures, so a row is never shorter than its printed lines.
 */
export function wrappedLines(text: string, width: number, size = 11): number {
  const usable = Math.max(2.1, width - 1.5);
  let lines = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines++;
      used = 0;
      continue;
    }
    // A surrogate pair is one character: its second half adds nothing.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const u = ((code <= 0xff ? 1.05 : 2.05) * size) / 11;
    if (used > 0 && used + u > usable) {
      lines++;
      used = 0;
    }
    used += u;
  }
  return lines;
}

/** Row height in points for that many lines (line spacing about 1.45 of the font size). */
export const linesHeight = (lines: number, size = 11): number => Math.ceil(lines * size * 1.45 + 6);

const MOST_CHARS = 2_000;

/** 避头尾: characters no printed line may begin with, and those none may end with. */
const NO_START = new Set([..."。，、；：？！）」》』】〕〉”’….,;:?!)%％·"]);
const NO_END = new Set([..."（「《『【〔〈“‘("]);
const isWordChar = (c: string) => /^[0-9A-Za-z]$/.test(c);
const charUnits = (c: string, size: number) => ((c.charCodeAt(0) <= 0xff ? 1.05 : 2.05) * size) / 11;

/**
 * Where a line of `chars` (from `start`) breaks, given the greedy end `end`: moved back so that no
 * line begins with a closing mark or ends with an opening one (避头尾), a 《title》 that fits a line
 * is not split, and a number or word stays whole. Never before start + 1.
 */
function breakBefore(chars: readonly string[], start: number, end: number, units: readonly number[], usable: number): number {
  let k = end;
  const open = chars.lastIndexOf("《", end - 1);
  const closed = open >= 0 ? chars.indexOf("》", open) : -1;
  if (open > start && (closed < 0 || closed >= end)) {
    const close = closed < 0 ? chars.length - 1 : closed;
    const span = units.slice(open, close + 1).reduce((s, u) => s + u, 0);
    if (span <= usable) k = open;
  }
  while (k > start + 1 && isWordChar(chars[k - 1]) && isWordChar(chars[k])) k--;
  while (k > start + 1 && (NO_START.has(chars[k]) || NO_END.has(chars[k - 1]))) k--;
  return k > start + 1 || k === end ? k : end;
}

/** Where a line begun at `start` ends when filled greedily to `usable` units (at least one character). */
function greedyEnd(units: readonly number[], start: number, usable: number): number {
  let j = start;
  let w = 0;
  while (j < units.length && w + units[j] <= usable) w += units[j++];
  return j === start ? start + 1 : j;
}

/**
 * The lines a text prints as in a cell `width` units wide, with the breaks put in by us rather
 * than left to Excel or LibreOffice, which do not keep 避头尾. Each line fits with a margin, so the
 * spreadsheet never wraps it again; row heights count these lines.
 */
export function printLines(text: string, width: number, size = 11): string[] {
  // Beyond any printed page: left to the spreadsheet (and to Excel's cell limit, docs/input.md).
  if (text.length > MOST_CHARS) return [text];
  const usable = Math.max(2.1, width - 1.5);
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    const chars = [...paragraph];
    const units = chars.map((c) => charUnits(c, size));
    if (chars.length === 0) out.push("");
    let i = 0;
    while (i < chars.length) {
      let j = greedyEnd(units, i, usable);
      if (j < chars.length) j = breakBefore(chars, i, j, units, usable);
      out.push(chars.slice(i, j).join(""));
      i = j;
    }
  }
  return out;
}

/** How much narrower than ours a spreadsheet's own wrap may in effect make a cell, in column units (fonts, padding). */
const WRAP_LEEWAY = 1;

/**
 * Lines a spreadsheet's own wrap gives a text in a cell `width` units wide, counted so that a row as
 * tall as them never cuts a line off: 避头尾 as printLines keeps it (LibreOffice and Excel move a
 * closing mark to the line before too), at a width a little narrower than ours. The text itself is
 * written whole, so that a name or a sentence copied from the cell is the text (docs/templates.md).
 */
export function wrapLines(text: string, width: number, size = 11): number {
  if (text.length > MOST_CHARS) return wrappedLines(text, width, size);
  return Math.max(wrappedLines(text, width, size), printLines(text, Math.max(2.1, width - WRAP_LEEWAY), size).length);
}
