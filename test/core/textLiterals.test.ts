// No user-facing literal outside the text catalogue: the source of core, ooxml, cli,
// addin and templates holds no CJK character in a string, a template or a name, except in the
// catalogue itself, the input contract's names and the templates' defaults. Comments and regular
// expressions (the syntax of what users type, never shown) are not texts. The HTML pages take
// every text from the catalogue through data-t / data-t-label.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { PRODUCT } from "../../folders.mjs";
import { describe, expect, it } from "vitest";
import { isTextKey, t } from "../../core/index.ts";

const ROOT = join(import.meta.dirname, "../..");
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Files allowed to hold CJK literals, each with the reason. */
const EXEMPT: Array<[RegExp, string]> = [
  [/^core\/text\.ts$/, "the catalogue"],
  [/^core\/read\/specs\.ts$/, "input contract: sheet and column names, values users type"],
  [/^core\/vocabulary\.ts$/, "input contract: flag columns, timeliness classes and words users type (below the calculation)"],
  [/^core\/read\/itemNames\.ts$/, "input contract: item names"],
  [/^core\/rules\/defaults\.ts$/, "input contract: the rules' labels"],
  [/^core\/marks\.ts$/, "input contract: the default scheme's marks (their columns, levels and kinds) and how 用稿奖励 writes its levels"],
  [/^core\/rules\/describe\.ts$/, "templates' defaults: the input template's 计分规则 sheet (used only by templates/inputTemplate.ts)"],
  [/^core\/sheets\/outputTemplate\.ts$/, "the 输出模板's defaults"],
  [/^templates\/[^/]+\.ts$/, "templates' defaults: sample data and instructions"],
  [
    /^core\/sheets\//,
    "result sheets: texts only in core/sheets/outputTemplate.ts and names in registry.ts, checked by test/core/sheetRegistry.test.ts (which allows the {{placeholder}} names)",
  ],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|html)$/.test(e.name) ? [path] : [];
  });
}

const FILES = PRODUCT.flatMap(sourceFiles);
const exempt = (file: string) => EXEMPT.some(([pattern]) => pattern.test(file));

/** "file:line: text" of every string, template part or name holding CJK (comments and regexes skipped). */
function cjkLiteralsOfScript(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isIdentifier(node) ||
      ts.isJsxText(node);
    if (literal && CJK.test(node.getText(source))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${file}:${line}: ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A fallback notice (no script, or a browser too old to run it): the catalogue's text in both languages. */
const FALLBACK = /<(\w+)[^>]*\bdata-fallback="(\w+)"[^>]*>([^<]*)<\/\1>/g;

/** The pages without comments, build-time template tags and fallback notices (checked apart). */
const pageText = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<%[\s\S]*?%>/g, "")
    .replace(FALLBACK, "");

describe("no user-facing literal outside the text catalogue", () => {
  it("finds the source files it checks, the catalogue among them", () => {
    expect(FILES).toContain("core/text.ts");
    expect(FILES).toContain("addin/taskpane/taskpane.html");
    expect(FILES.length).toBeGreaterThan(80);
  });

  it("no CJK string, template or name in TypeScript outside the catalogue, the input contract and the templates' defaults", () => {
    const found = FILES.filter((f) => !f.endsWith(".html") && !exempt(f)).flatMap((f) =>
      cjkLiteralsOfScript(f, readFileSync(join(ROOT, f), "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("the check sees strings, templates and names but not comments or regular expressions", () => {
    const sample = ['// 注释\nconst a = "中文";', "const b = `x${1}年`;", "const c = { 名称: 1 };", "/* 注释 */ const d = /[年月]/;"].join(
      "\n",
    );
    expect(cjkLiteralsOfScript("x.ts", sample).map((s) => s.split(": ")[0])).toEqual(["x.ts:2", "x.ts:3", "x.ts:4"]);
  });

  it("a fallback notice, shown where no script runs, is its catalogue text in Chinese then English", () => {
    const notices = FILES.filter((f) => f.endsWith(".html")).flatMap((f) => [...readFileSync(join(ROOT, f), "utf8").matchAll(FALLBACK)]);
    expect(notices.map((m) => m[2]).sort()).toEqual(["noScript", "oldBrowser"]);
    for (const m of notices) {
      const key = `ui.${m[2]}`;
      expect(isTextKey(key)).toBe(true);
      if (isTextKey(key)) expect(m[3].replace(/\s+/g, " ").trim()).toBe(`${t("zh", key)} ${t("en", key)}`);
    }
  });

  it("no CJK in the HTML pages: their texts come from the catalogue", () => {
    const pages = FILES.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(1);
    const found = pages.filter((f) => CJK.test(pageText(readFileSync(join(ROOT, f), "utf8"))));
    expect(found).toEqual([]);
  });

  it("every text an HTML page shows is a catalogue key (data-t) or a neutral token", () => {
    const NEUTRAL = /^(InfoScore|InfoScore commands|Q[1-4]|H[12])$/;
    const problems: string[] = [];
    for (const file of FILES.filter((f) => f.endsWith(".html"))) {
      const html = pageText(readFileSync(join(ROOT, file), "utf8")).replace(/<(style|script)\b[\s\S]*?<\/\1>/g, "");
      for (const m of html.matchAll(/data-t(?:-label)?="([^"]*)"/g))
        if (!isTextKey(`ui.${m[1]}`)) problems.push(`${file}: unknown key ${m[1]}`);
      for (const m of html.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) problems.push(`${file}: literal ${m[1]}="${m[2]}"`);
      for (const m of html.matchAll(/>([^<>]+)</g)) {
        const text = m[1].trim();
        if (text && /\p{L}/u.test(text) && !NEUTRAL.test(text)) problems.push(`${file}: text “${text}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists each exemption once and every one still matches a file", () => {
    for (const [pattern, why] of EXEMPT)
      expect(
        FILES.some((f) => pattern.test(f)),
        why,
      ).toBe(true);
    expect(relative(ROOT, join(ROOT, "core/text.ts"))).toBe("core/text.ts");
  });
});
