// Column widths of a Word table from what its cells hold: every number, date and short value on
// one line, a header broken only between words, the rest of the width to the columns of long text.
// When the widest unbreakable pieces do not fit at a size, the table is set a step smaller; at the
// smallest it does not fit, and the caller turns the page (docs/word.md).
import type { StyleKey } from "../../core/index.ts";
import { PT } from "./gbt9704.ts";

/** Sizes a table may take, largest first: 小四, 五号, 小五. */
const SIZES = [PT.xiaosi, PT.wu, 9] as const;
/**
 * Left and right margin of a cell in twips: 1.27 mm beside a centred number, the table style's
 * 1.9 mm beside text, so that a wrapped text never runs into the next cell's text.
 */
export const cellMargin = (style: StyleKey | undefined): number => (style && WHOLE.has(style) ? 72 : 108);
/** Width a column of short values gets beyond its text when long text takes the rest (twips). */
const AIR = 144;
/** Both cell margins and room for rounding and bold. */
const paddingOf = (style: StyleKey | undefined): number => 2 * cellMargin(style) + 40;
/** Styles whose value is one piece (a number, a date, 优秀(推荐), ↑5): never broken. */
const WHOLE: ReadonlySet<StyleKey> = new Set(["int", "score", "center", "date"]);
/** A value of a text column this short stays on one line too (a unit's name, a category). */
const SHORT = 8;

// Without Intl.Segmenter (an old web view), each character is a word: numbers still stay whole.
const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : undefined;
const segments = (text: string): string[] => (segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text]);

/**
 * Width of a text in points at a size: a full-width character one em, a half-width one 0.55 (the
 * test faces' digits are wider than half), and 0.2 em where the two meet (the gap LibreOffice
 * leaves between Chinese and digits in some faces: 2026 年 10 月 17 日).
 */
export function textPoints(text: string, size: number): number {
  let ems = 0;
  let last: boolean | undefined;
  for (const c of text) {
    const half = c.charCodeAt(0) <= 0xff;
    ems += (half ? 0.55 : 1) + (last !== undefined && last !== half ? 0.2 : 0);
    last = half;
  }
  return ems * size;
}

/** The words of a text (Chinese by the segmenter's dictionary); a number and its unit's digits stay together. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const segment of segments(text)) {
    const last = out.at(-1);
    // Keep 891.67, 2026年3月14日 and ↑10 whole: digits glue to a digit, a point or an arrow before them.
    if (last !== undefined && /^[\d.]/.test(segment) && /[\d.↑↓年月]$/.test(last)) out[out.length - 1] = last + segment;
    else if (last !== undefined && /^[年月日]$/.test(segment) && /\d$/.test(last)) out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return out;
}

/**
 * A header's pieces: its words, a lone character joined to the word after it (or, last, before
 * it), since the dictionary splits terms it does not know (报/送/日期, 区/采用) into characters.
 */
export function headerWords(text: string): string[] {
  const out: string[] = [];
  let lone = "";
  for (const word of wordsOf(text)) {
    if ([...word].length === 1 && word.charCodeAt(0) > 0xff) lone += word;
    else {
      // 区+采用 → 区采用; 本年 stays apart from 累计 (a line of two is a word too).
      if ([...lone].length === 1 || [...(lone + word)].length <= 3) out.push(lone + word);
      else out.push(...(lone ? [lone] : []), word);
      lone = "";
    }
  }
  if (lone && out.length && [...lone].length === 1) out[out.length - 1] += lone;
  else if (lone) out.push(lone);
  return out;
}

/** Narrowest width of a cell's text without breaking a piece, and its width on one line. */
function measure(text: string, style: StyleKey | undefined, size: number): { least: number; full: number } {
  const full = textPoints(text, size);
  if ((style && WHOLE.has(style)) || [...text].length <= SHORT) return { least: full, full };
  return { least: Math.max(0, ...wordsOf(text).map((w) => textPoints(w, size))), full };
}

export interface TableLayout {
  size: number;
  /** Column widths in twips, adding up to the table's width. */
  cols: number[];
}

/** Lines a long text may take in its column before the table is set smaller to give it more. */
const FAIR_LINES = 3;

/** Widths at one size, or undefined when the narrowest widths do not fit `width` (twips). */
function layoutAt(header: readonly string[], rows: readonly string[][], styles: readonly StyleKey[], size: number, width: number) {
  const pad = header.map((_, i) => paddingOf(styles[i]));
  const least = header.map((h, i) => Math.max(0, ...headerWords(h).map((w) => textPoints(w, size))) * 20 + pad[i]);
  const full = header.map((h, i) => textPoints(h, size) * 20 + pad[i]);
  /** Widths of the values on one line, the header left out: a header may break between its words. */
  const values = header.map(() => 0);
  for (const row of rows)
    row.forEach((text, i) => {
      const m = measure(text, styles[i], size);
      least[i] = Math.max(least[i], m.least * 20 + pad[i]);
      values[i] = Math.max(values[i], m.full * 20 + pad[i]);
      full[i] = Math.max(full[i], values[i]);
    });
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  if (sum(least) > width) return undefined;
  // All on one line when that fits, the spare width shared in proportion; else long text gives way:
  // the spare goes to values longer than their column, not to a long header over short numbers.
  // Short values get some air too, so that a long text's line never runs into the next cell's value.
  const share = (air: number) => {
    const base = sum(full) <= width ? full : least.map((l) => l + air);
    const want = sum(full) <= width ? full : values.map((v, i) => Math.max(0, v - least[i] - air));
    const spare = width - sum(base);
    const total = sum(want) || 1;
    return base.map((b, i) => Math.floor(b + (spare * want[i]) / total));
  };
  const lines = (cols: number[]) => Math.max(1, ...cols.map((c, i) => Math.ceil((values[i] - pad[i]) / Math.max(1, c - pad[i]))));
  const airy = share(Math.min(AIR, (width - sum(least)) / least.length / 2));
  // The air goes first when a long text would otherwise run to more than its fair number of lines.
  const cols = lines(airy) > FAIR_LINES ? share(0) : airy;
  return { size, cols, lines: lines(cols) };
}

/**
 * The size and column widths of a table `width` twips wide: the largest size from `largest` down
 * to `smallest` at which no number, date or header word is broken; undefined when none is.
 */
export function tableLayout(
  header: readonly string[],
  rows: readonly string[][],
  styles: readonly StyleKey[],
  width: number,
  largest: number,
  smallest: number = SIZES[SIZES.length - 1],
): TableLayout | undefined {
  // The largest size at which a long text keeps to its fair number of lines; else the largest that fits.
  let first: TableLayout | undefined;
  for (const size of SIZES.filter((s) => s <= largest && s >= smallest)) {
    const layout = layoutAt(header, rows, styles, size, width);
    if (layout && layout.lines <= FAIR_LINES) return { size, cols: layout.cols };
    if (layout && !first) first = { size, cols: layout.cols };
  }
  return first;
}

/** A header's lines in a column: its words packed greedily, so that it breaks only between them. */
export function headerLines(text: string, size: number, col: number, style: StyleKey | undefined): string[] {
  const room = (col - paddingOf(style)) / 20;
  const lines: string[] = [];
  for (const word of headerWords(text)) {
    const last = lines.at(-1);
    if (last !== undefined && textPoints(last + word, size) <= room) lines[lines.length - 1] = last + word;
    else lines.push(word);
  }
  return lines;
}
