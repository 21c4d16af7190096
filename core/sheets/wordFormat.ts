// The fonts and sizes of the Word files (公文), as 输出模板's 全部 sheet sets them: items read and
// checked here, defaults from GB/T 9704 (core/sheets/outputTemplate.ts). docs/templates.md lists them.
import { DIGIT_SIZE, FONT_SIZES, POINT_SUFFIX, SIZE_DIGITS, WORD_BODY_FONT, WORD_FORMAT_ITEMS } from "./outputTemplate.ts";

export type WordFormatKey = keyof typeof WORD_FORMAT_ITEMS;
/** What 输出模板 set, as written (fonts checked for length, sizes for being a size). */
export type WordFormatItems = Partial<Record<WordFormatKey, string>>;

export interface WordFormat {
  bodyFont: string;
  titleFont: string;
  headingFont: string;
  subheadingFont: string;
  pageNumberFont: string;
  /** Sizes in points. */
  titleSize: number;
  bodySize: number;
  pageNumberSize: number;
}

/** Sizes a template may set, in points: 小五 (9) to 初号 (42). */
export const SIZE_RANGE = { min: 9, max: 42 } as const;

const SIZE_KEYS: ReadonlySet<WordFormatKey> = new Set(["titleSize", "bodySize", "pageNumberSize"]);
export const isSizeKey = (key: WordFormatKey): boolean => SIZE_KEYS.has(key);

/** The key of a 全部 item that sets a font or size of the Word files (标题字号 → titleSize). */
export function wordFormatKey(item: string): WordFormatKey | undefined {
  return (Object.keys(WORD_FORMAT_ITEMS) as WordFormatKey[]).find((k) => WORD_FORMAT_ITEMS[k].item === item);
}

/** A size as offices write it (三号, 3号, 小四, 16, 16pt, 16磅) in points; undefined if it is none or out of range. */
export function fontSize(text: string): number | undefined {
  const s = text.replace(/\s+/g, "");
  const digit = DIGIT_SIZE.exec(s);
  const named = FONT_SIZES[digit ? `${SIZE_DIGITS[Number(digit[1]) - 1]}${s.slice(-1)}` : s];
  const points = named ?? (POINT_SUFFIX.test(s) ? Number(POINT_SUFFIX.exec(s)![1]) : undefined);
  return points !== undefined && points >= SIZE_RANGE.min && points <= SIZE_RANGE.max ? points : undefined;
}

/** The format in force: what the template set, the defaults for the rest. */
export function wordFormat(items: WordFormatItems = {}, bodyFont?: string): WordFormat {
  const text = (k: WordFormatKey) => items[k] ?? WORD_FORMAT_ITEMS[k].default;
  const size = (k: WordFormatKey) => fontSize(text(k)) ?? fontSize(WORD_FORMAT_ITEMS[k].default)!;
  return {
    bodyFont: bodyFont || WORD_BODY_FONT,
    titleFont: text("titleFont"),
    headingFont: text("headingFont"),
    subheadingFont: text("subheadingFont"),
    pageNumberFont: text("pageNumberFont"),
    titleSize: size("titleSize"),
    bodySize: size("bodySize"),
    pageNumberSize: size("pageNumberSize"),
  };
}
