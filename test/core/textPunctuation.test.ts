// Chinese text takes full-width punctuation (GB/T 15834): every Chinese text of the catalogue, as
// written in core/text.ts, has （），；：？ where the mark sits in Chinese text. Half-width marks stay
// only where the text around them is not Chinese: codes and examples (2026-03-05, 50,150,300,
// S1–S20), file names, options, a {placeholder} beside a code ({ratio}:1), a JSON example.
import { describe, expect, it } from "vitest";
import { CLI, DOC, FAILURES, MESSAGES, RULE_EXPECTED, RULE_NAMES, TEXT_KEYS, UI, WORDS } from "../../core/text.ts";

const SECTIONS = { issue: MESSAGES, expected: RULE_EXPECTED, failure: FAILURES, rule: RULE_NAMES, word: WORDS, doc: DOC, cli: CLI, ui: UI };

/** A Chinese character, or a mark of Chinese text (、。“”‘’…, the full-width forms). */
const CHINESE = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2026";
/** A half-width ( ) , ; : ? with Chinese text right before or right after it. */
const BESIDE_CHINESE = new RegExp(`(?<=[${CHINESE}])[(),;:?]|[(),;:?](?=[${CHINESE}])`, "gu");
/** A half-width pair around Chinese text: (编号 {method}) is Chinese even where its ends touch no character. */
const AROUND_CHINESE = new RegExp(`\\([^()]*\\p{Script=Han}[^()]*\\)`, "gu");
/** A pair opened in one width and closed in the other. */
const MIXED_PAIR = /（[^（）()]*\)|\([^（）()]*）/g;

/**
 * Half-width marks beside Chinese text that must stay, each with the reason. (None at present: every
 * such mark is Chinese text's own. A code or a user's value that must keep its half-width mark
 * goes here, as the section.key and the exact text around the mark.)
 */
const ALLOWED: ReadonlyArray<readonly [key: string, text: string, reason: string]> = [];

/** Every Chinese text of the catalogue, by section.key. */
function chineseTexts(): Array<[string, string]> {
  return Object.entries(SECTIONS).flatMap(([section, entries]) =>
    Object.entries(entries as Record<string, { zh: string }>).map(([key, pair]): [string, string] => [`${section}.${key}`, pair.zh]),
  );
}

/** The half-width marks of one text that sit in Chinese text, one "key: …context…" excerpt per mark. */
function halfWidthInChinese(key: string, text: string): string[] {
  let kept = text;
  for (const [allowedKey, allowed] of ALLOWED) if (allowedKey === key) kept = kept.split(allowed).join(" ".repeat(allowed.length));
  const at = new Set<number>();
  for (const m of kept.matchAll(BESIDE_CHINESE)) at.add(m.index);
  for (const m of kept.matchAll(AROUND_CHINESE)) at.add(m.index).add(m.index + m[0].length - 1);
  for (const m of kept.matchAll(MIXED_PAIR)) at.add(m[0].startsWith("(") ? m.index : m.index + m[0].length - 1);
  return [...at].sort((a, b) => a - b).map((i) => `${key}: …${text.slice(Math.max(0, i - 8), i)}[${text[i]}]${text.slice(i + 1, i + 9)}…`);
}

describe("the catalogue's Chinese punctuation", () => {
  it("has no half-width ( ) , ; : ? in Chinese text", () => {
    const found = chineseTexts().flatMap(([key, text]) => halfWidthInChinese(key, text));
    expect(found).toEqual([]);
  });

  it("walks every Chinese text of the catalogue, and finds what it looks for", () => {
    expect(chineseTexts().map(([key]) => key)).toEqual(TEXT_KEYS);
    expect(halfWidthInChinese("x", "找不到表头:应有列 {columns}")).toHaveLength(1);
    expect(halfWidthInChinese("x", "“{value}”不是有效日期(应为 2026-03-05、2026/3/5)")).toHaveLength(2);
    expect(halfWidthInChinese("x", "方式(编号 {method})。")).toHaveLength(2);
    expect(halfWidthInChinese("x", "方式（编号 {method})。")).toHaveLength(1);
    expect(halfWidthInChinese("x", "是否为“{suggestion}”?")).toHaveLength(1);
    // What is not Chinese text keeps its marks.
    expect(halfWidthInChinese("x", '如 50,150,300；{ratio}:1；--out；{id}（{label}）；12:30；1,234；{"群众评议权重": 0.2}')).toEqual([]);
  });

  it("keeps only allowed marks that are still in the catalogue", () => {
    const texts = new Map(chineseTexts());
    for (const [key, text, reason] of ALLOWED) expect(texts.get(key), `${key}: ${reason}`).toContain(text);
  });
});
