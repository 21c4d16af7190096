// A --rules file: read once before any workbook; saved by Notepad (with a BOM) it is accepted;
// refused whole, with located messages, when any of it is wrong.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers/tmp.ts";
import ExcelJS from "exceljs";
import { runMain, smallWorkbook } from "../helpers/cli.ts";
import { COUNTED_RULES, countedScheme, xlsxOf } from "../helpers/schemes.ts";
import { NS_R, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

/** The counted scheme with 国办采用 added as well. */
const COUNTED_RULES_WITH_GUOBAN = {
  marks: [...COUNTED_RULES.marks, { 项目: "国办采用", 列名: "国办采用", 级别: "国办", 类型: "采用", 分值: 200 }],
};

const dir = tempDir("infoscore-rules-");
const input = join(dir, "in.xlsx");
beforeAll(() => smallWorkbook(input));

describe("--rules", () => {
  it("accepts a UTF-8 file with a byte-order mark and applies it", async () => {
    const rules = join(dir, "bom.json");
    writeFileSync(rules, "\uFEFF" + JSON.stringify({ U1: 3 }), "utf8");
    const json = join(dir, "bom-out.json");
    const r = await runMain("recalc", input, "--rules", rules, "--json", json, "--period", "2026-03", "--out", join(dir, "bom"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    // Two units, one item each: U1 is 3 points per item now.
    expect(JSON.parse(readFileSync(json, "utf8")).units.map((u: { score: number }) => u.score)).toEqual([3, 3]);
  });

  it("weights summing to 2: exit 2, the problems located and named in Chinese, nothing written", async () => {
    const rules = join(dir, "weights.json");
    writeFileSync(rules, JSON.stringify({ 群众评议权重: 0.5, 考评小组权重: 0.5, 主任办公会权重: 0.5, 日常考核权重: 0.5 }));
    const out = join(dir, "weights-out");
    const r = await runMain("recalc", input, "--rules", rules, "--period", "2026-03", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${rules}：四项权重之和为 2，应为 1（群众评议权重 0.5、考评小组权重 0.5、主任办公会权重 0.5、日常考核权重 0.5）`,
    );
    expect(r.err).toContain(`计分规则文件 ${rules} 有 2 处错误，整套规则未采用，未处理任何工作簿`);
    expect(existsSync(out)).toBe(false);
  });

  it("a file that is not JSON is located by line and column, in the user's language", async () => {
    const rules = join(dir, "broken.json");
    writeFileSync(rules, '{\n  "U1": 3,\n  "U2": ,\n}');
    const zh = await runMain("recalc", input, "--rules", rules, "--period", "2026-03");
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/计分规则文件 .*broken\.json 不是有效的 JSON（第 3 行第 9 列附近）。请检查括号、引号和逗号/);
    expect(zh.err).not.toMatch(/Unexpected|token|position/);
    const en = await runMain("recalc", input, "--rules", rules, "--period", "2026-03", "--lang", "en");
    expect(en.err).toMatch(/the rules file .*broken\.json is not valid JSON \(near line 3, column 9\)/);
    expect(readdirSync(dir).filter((f) => f.includes("结果"))).toEqual([]);
  });

  it("a missing rules file is named", async () => {
    const r = await runMain("recalc", input, "--rules", join(dir, "nope.json"), "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`✗ ${join(dir, "nope.json")}：找不到该文件或文件夹`);
  });
});

describe("an office's scheme in a rules file (marks added, removed, counted)", () => {
  it("recalc reads the scheme's columns and template --rules writes them", async () => {
    const rules = join(dir, "scheme.json");
    writeFileSync(rules, JSON.stringify(COUNTED_RULES_WITH_GUOBAN));
    const template = join(dir, "scheme-template.xlsx");
    const t = await runMain("template", "--rules", rules, "--blank", "--out", template);
    expect(t.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const headers = (wb.getWorksheet("信息报送")!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(["市采用", "国办采用"]));
    expect(headers).not.toContain("区采用");
    // The counted scheme's workbook: 乙镇 451, 甲镇 152, 丙局 51 (test/helpers/schemes.ts).
    const book = join(dir, "counted.xlsx");
    writeFileSync(book, await xlsxOf(countedScheme()));
    const json = join(dir, "counted.json");
    const r = await runMain(
      "recalc",
      book,
      "--rules",
      rules,
      "--json",
      json,
      "--period",
      "2026-03",
      "--as-of",
      "2026-04-10",
      "--out",
      join(dir, "counted"),
    );
    expect(r.code).toBe(1); // the row with 两次 is an error
    const units = JSON.parse(readFileSync(json, "utf8")).units;
    expect(units.map((u: { unit: string; score: number }) => [u.unit, u.score])).toEqual([
      ["乙镇", 451],
      ["甲镇", 152],
      ["丙局", 51],
    ]);
    expect(units[0].marks).toMatchObject({ 省领导批示: 3, 国办采用: 0 });
  });
});

describe("--template", () => {
  it("a workbook without an 输出模板 sheet, or broken JSON, is refused with what to do; JSON with a BOM is read", async () => {
    const noSheet = await runMain("recalc", input, "--template", input, "--period", "2026-03", "--out", join(dir, "t1"));
    expect(noSheet.code).toBe(2);
    expect(noSheet.err).toContain(`输出模板文件 ${input} 中没有“输出模板”工作表。请用 infoscore template 生成的模板填写`);
    const broken = join(dir, "template.json");
    writeFileSync(broken, '{"月度通报": {"标题": "x"');
    const bad = await runMain("recalc", input, "--template", broken, "--period", "2026-03", "--out", join(dir, "t2"), "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the template file .*template\.json is not valid JSON \(near line 1, column 20\)/);
    const bom = join(dir, "bom-template.json");
    writeFileSync(bom, "\uFEFF" + JSON.stringify({ 月度通报: { 标题: "自定义标题" } }));
    expect((await runMain("recalc", input, "--template", bom, "--period", "2026-03", "--out", join(dir, "t3"))).code).toBe(0);
  });

  it("a logo in the template file that is no picture refuses the run, naming the file and the part, before any result is written", async () => {
    const rels = (type: string, target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/${type}" Target="${target}"/></Relationships>`;
    const template = join(dir, "标志模板.xlsx");
    const parts = workbookParts([{ name: "输出模板", xml: row(1, ["表", "项目", "内容"]) }], {
      "xl/worksheets/_rels/sheet1.xml.rels": rels("drawing", "../drawings/drawing1.xml"),
      "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
      "xl/drawings/_rels/drawing1.xml.rels": rels("image", "../media/image1.png"),
      "xl/media/image1.png": new TextEncoder().encode("<html>这不是图片</html>"),
    });
    writeFileSync(template, await zipParts(parts));
    const out = join(dir, "t4");
    const r = await runMain("recalc", input, "--template", template, "--period", "2026-03", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`输出模板文件 ${template} 中的标志图片 xl/media/image1.png 不是 PNG、JPEG 或 GIF 图片`);
    expect(existsSync(out) && readdirSync(out).length > 0).toBe(false);
    const en = await runMain("recalc", input, "--template", template, "--period", "2026-03", "--out", out, "--lang", "en");
    expect(en.err).toContain(`the logo xl/media/image1.png in the template file ${template} is not a PNG, JPEG or GIF picture`);
  });
});
