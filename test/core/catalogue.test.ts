// The text catalogue in both languages: every key rendered with sample parameters, English with
// no Chinese outside quotes, sheet names and the input's own words; Chinese with no English
// words besides program, format and file names, codes and command-line options. Covers the
// pane's and the page's texts as well as the core's and the CLI's (the CLI's output is checked
// end to end by test/cli/language.system.test.ts).
import { describe, expect, it } from "vitest";
import { SHEETS, t, TEXT_KEYS, type Lang, type TextKey } from "../../core/index.ts";
import { zodIssueText } from "../../core/rules/check.ts";

/** Sample parameters for a key: digits for plain placeholders, word keys for {x|t}. */
function sampleParams(key: TextKey): Record<string, string> {
  const params: Record<string, string> = {};
  for (const lang of ["zh", "en"] as const) {
    // Rendering with no params leaves the template's own text; the placeholders are read from it.
    const template = t(lang, key, new Proxy({}, { get: (_, name) => `{${String(name)}}` }));
    for (const m of template.matchAll(/\{(\w+)\}/g)) params[m[1]] ??= "7";
  }
  return params;
}

const KEYS_WITH_WORDS = new Set<string>();
function render(key: TextKey, lang: Lang): string {
  const params = sampleParams(key);
  // {x|t} placeholders: a word key must render as a word of the same language.
  const raw = t(lang, key, new Proxy(params, { get: (target, name) => target[String(name)] ?? "word.ratingMass,word.ratingGroup" }));
  if (raw.includes("群众评议") || raw.includes("mass evaluation")) KEYS_WITH_WORDS.add(key);
  return raw;
}

/** Parts of a text that are neither language: the user's values in quotes, sheet names, date forms users type. */
function stripNeutral(text: string): string {
  const sheetNames = Object.values(SHEETS)
    .flatMap((s) => [s.name, ...s.aliases])
    .sort((a, b) => b.length - a.length);
  let out = text
    .replace(/“[^”]*”/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/\d{4}年\d{1,2}月(\d{1,2}日)?/g, " ");
  out = out.replace(/是\/否|√\/×/g, " "); // the flag forms users type, shown as examples
  for (const name of [...sheetNames, "校验问题", "输出模板", "计分规则"]) out = out.split(name).join(" ");
  return out;
}

/**
 * Chinese an English text may name because it is the input's or the documents' own word, always
 * in brackets beside its English: the column a user must fill in (阅签领导), the grade a result
 * sheet shows (不称职).
 */
const bracketed = (text: string) => text.replace(/\(([^()]*)\)/g, (all, inner: string) => (/^[\u3400-\u9fff]+$/.test(inner) ? " " : all));

/** English words a Chinese text may hold: names of programs, formats and options, codes. */
const ALLOWED_IN_ZH = new Set([
  "Excel",
  // browsers and keys the page and the pane name
  "Chrome",
  "Edge",
  "Chromium",
  "JavaScript",
  "Enter",
  "Esc",
  "ExcelApi",
  "Word",
  "docx",
  "WPS",
  "Microsoft",
  "JSON",
  "HTTP",
  "MB",
  "InfoScore",
  "infoscore",
  "help",
  "out",
  "json",
  "force",
  "rules",
  "template",
  "recalc",
  "validate",
  "demo",
  "xlsx",
  "xls",
  "et",
  "csv",
  // formats and codes the package layer's refusals name
  "PNG",
  "JPEG",
  "GIF",
  "UTF",
  "DOCTYPE",
  "DTD",
  "CRC",
  "zh",
  "en",
  "YYYY",
  "MM",
  "DD",
  "English",
  "Y",
  "N",
]);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("the text catalogue", () => {
  it("holds every section's keys, and renders an unknown key as itself", () => {
    for (const section of ["issue", "expected", "failure", "rule", "word", "doc", "cli", "ui"]) {
      expect(
        TEXT_KEYS.some((k) => k.startsWith(`${section}.`)),
        section,
      ).toBe(true);
    }
    expect(TEXT_KEYS.length).toBeGreaterThan(200);
    expect(t("en", "nope.nothing" as TextKey)).toBe("nope.nothing");
  });

  it("renders word parameters in the text's own language", () => {
    expect(t("en", "issue.missingRatings", { name: "A", missing: "word.ratingMass,word.ratingMeeting" })).toBe(
      "the ratings sheet has no mass evaluation, director office meeting rating for A: no composite yet (pending); add it and recalculate",
    );
    expect(t("zh", "issue.missingRatings", { name: "甲", missing: "word.ratingMass,word.ratingMeeting" })).toBe(
      "评议打分表中没有甲的群众评议、主任办公会评分，暂不计算综合分（待评）；补录后重新计算",
    );
  });

  it("English texts hold no Chinese outside quotes, sheet names and the input's own words", () => {
    const left: string[] = [];
    for (const key of TEXT_KEYS) {
      if (key === "ui.language") continue; // the switch names the other language: 中文
      if (key.startsWith("doc.")) continue; // the documents' words: rendered in Chinese (DOC_LANG); checked below
      const text = bracketed(stripNeutral(render(key, "en")));
      if (CJK.test(text)) left.push(`${key}: ${text}`);
    }
    expect(left).toEqual([]);
  });

  it("the documents' words have English texts with no Chinese either", () => {
    const left = TEXT_KEYS.filter((k) => k.startsWith("doc.") && k !== "doc.actualColumn" && CJK.test(render(k, "en")));
    expect(left).toEqual([]);
  });

  it("Chinese texts hold no English words besides program, format and option names and codes", () => {
    const left: string[] = [];
    for (const key of TEXT_KEYS) {
      const text = stripNeutral(render(key, "zh"))
        .replace(/\b[SUNTAD]\d+\b/g, " ")
        .replace(/\b(Q|H)\d\b/g, " ");
      const words = (text.match(/[A-Za-z][A-Za-z]+|\b[A-Za-z]\b/g) ?? []).filter((w) => !ALLOWED_IN_ZH.has(w));
      if (words.length) left.push(`${key}: ${words.join(" ")}`);
    }
    expect(left).toEqual([]);
  });

  it("zod's own words never reach a user: every zod issue is said in the user's language", () => {
    const issues = [
      { code: "too_small", minimum: 0, inclusive: true },
      { code: "too_big", maximum: 1, inclusive: false },
      { code: "invalid_type", expected: "number" },
      { code: "invalid_value", values: ["competition", "dense"] },
      { code: "custom" },
    ];
    for (const issue of issues) {
      const zh = zodIssueText(issue, "zh").replace(/competition|dense/g, " ");
      expect(zh, issue.code).not.toMatch(/[A-Za-z]{2,}/);
      expect(zodIssueText(issue, "en"), issue.code).not.toMatch(CJK);
    }
  });
});
