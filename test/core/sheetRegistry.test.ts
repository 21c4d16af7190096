// One list per vocabulary: the result sheets' names, kinds and 输出模板 items come from
// core/sheets/registry.ts, and the sheets' texts from core/sheets/outputTemplate.ts; no other file of
// core/sheets writes Chinese text of its own.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { acceptedItems, buildResultSheets, compute, RESULT_SHEETS, resultSheetNames, sheetName } from "../../core/index.ts";
import { day, input, period, staffOnTarget, sub, unit } from "../helpers/records.ts";

const SHEETS_DIR = "core/sheets";
/** Where the sheets' words may be written: the texts and the sheet names. */
const TEXT_FILES = new Set(["outputTemplate.ts", "registry.ts"]);
const CJK = /[\u3400-\u9fff]/;

/** String and template literals holding a Chinese character, as "file:line: text". */
function chineseLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (literal && CJK.test(node.text)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the result sheets' texts", () => {
  it("no file of core/sheets but outputTemplate.ts and registry.ts holds a Chinese text literal", () => {
    const files = readdirSync(SHEETS_DIR).filter((f) => f.endsWith(".ts") && !TEXT_FILES.has(f));
    expect(files.length).toBeGreaterThan(8);
    expect(files.flatMap((f) => chineseLiterals(join(SHEETS_DIR, f), readFileSync(join(SHEETS_DIR, f), "utf8")))).toEqual([]);
  });

  it("the check sees Chinese in strings and templates, not in comments or placeholder names", () => {
    const code = '// 注释\nconst a = "本期";\nconst b = `第${n}期`;\nconst c = { 期间: 1 };\nconst d = "plain";';
    expect(chineseLiterals("x.ts", code)).toEqual(["x.ts:2: 本期", "x.ts:3: 第", "x.ts:3: 期"]);
  });
});

describe("the result-sheet registry", () => {
  const units = [unit("甲", { category: "镇街", leader: "张三" }), unit("乙", { category: "区直" }), unit("丙", { category: "区直" })];
  const submissions = [sub("甲", "2026-01-05"), sub("甲", "2026-02-03"), sub("甲", "2026-03-02", ["district.adopted", "city.adopted"])];
  const data = input({ units, submissions, staff: [staffOnTarget("赵一")] });
  const build = (p: string) =>
    buildResultSheets(compute(data, { period: period(p), asOf: day("2026-12-31") }), { generatedAt: "2026-12-31 09:00" });

  it("every sheet built has the name and kind the registry gives it, and every registry sheet is built for some period", () => {
    const built = ["2026-03", "2026-Q1", "2026-H1", "2026", "2026-01-01..2026-02-28"].flatMap(build);
    const registered = new Map(RESULT_SHEETS.map((s) => [s.name, s.kind]));
    expect(built.filter((m) => registered.get(m.name) !== m.kind).map((m) => `${m.name}/${m.kind}`)).toEqual([]);
    expect(resultSheetNames().filter((name) => !built.some((m) => m.name === name))).toEqual([]);
  });

  it("names the 通报 per period kind: 月度通报 for a month, 年度汇总 for a year", () => {
    expect(build("2026-03")[0].name).toBe(sheetName("ranking", "month"));
    expect(build("2026")[0].name).toBe(sheetName("ranking", "year"));
    expect(sheetName("ranking", "year")).toBe("年度汇总");
  });

  it("输出模板 accepts 标题 on every result sheet, and 列 / 列宽 exactly on those with a table to lay out", () => {
    for (const s of RESULT_SHEETS) {
      const items = acceptedItems(s.name);
      expect(items, s.name).toContain("标题");
      expect(items.includes("列") && items.includes("列宽"), s.name).toBe(s.table);
      for (const item of [...Object.keys(s.items), ...Object.keys(s.more ?? {})]) expect(items, s.name).toContain(item);
    }
  });
});
