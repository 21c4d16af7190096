// docs/使用手册.md read as the clerk will: what it says about the pictures, the template's sample
// rows, the Word files and 起始期号 is checked against what the tool does.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBin, runMain } from "../helpers/cli.ts";
import { tempDir } from "../helpers/tmp.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { realisticSample } from "../print/realistic.ts";

const manual = readFileSync(join(import.meta.dirname, "..", "..", "docs", "使用手册.md"), "utf8");
const dir = tempDir("infoscore-manual-");

describe("docs/使用手册.md", () => {
  it("says how the pictures' workbook differs from the demo's sample, and that is how it differs", () => {
    const demo = sampleSheets();
    const pictured = realisticSample();
    const dropped = demo.submissions.filter(
      (r) => !pictured.submissions.includes(r) && !pictured.submissions.some((p) => p.join() === r.join()),
    );
    expect(new Set(dropped.map((r) => r[2]))).toEqual(new Set(["区农业农村局"]));
    expect(demo.submissions.filter((r) => r[2] === "区农业农村局")).toEqual(dropped);
    const added = pictured.staffEvents.slice(demo.staffEvents.length);
    expect(added.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["刘敏", "2026-03-03", "S1"],
      ["刘敏", "2026-03-10", "S1"],
      ["刘敏", "2026-03-24", "S1"],
    ]);
    expect(manual).toContain("`npx infoscore demo` 写出的\n“示例工作簿.xlsx”(在 infoscore-demo 文件夹中)");
    expect(manual).toContain("删去区农业农村局的全部报送");
    expect(manual).toContain("为刘敏\n加了 3 月 3 日、10 日、24 日三条“S1”记录;计算期间 2026-03,截至日期 2026-04-03");
    expect(manual).not.toContain("您得到的结果与此相同");
  });

  it("the period it names for a first try of the template names no sample unit for 重点帮促 or a notice", async () => {
    const period = /试算时请把期间选为[^`]*`--period (\d{4}-\d{2})`/.exec(manual)?.[1];
    expect(period).toBe("2026-01");
    const template = join(dir, "模板.xlsx");
    await runMain("template", "--out", template);
    const r = await runMain("recalc", template, "--period", period!, "--as-of", "2026-12-07", "--out", join(dir, "try"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("缺报通知单（无）；重点帮促（无）；重点帮促通知（无）");
  });

  it("lists every kind of Word file recalc --docx writes", async () => {
    const template = join(dir, "全部.xlsx");
    await runMain("template", "--out", template);
    // A quarter of the template's January rows: letters, 重点帮促 and the lists are all written.
    await runMain("recalc", template, "--period", "2026-Q1", "--as-of", "2026-04-03", "--docx", "--out", join(dir, "word"));
    const kinds = new Set(readdirSync(join(dir, "word", "全部-公文-2026-Q1")).map((f) => f.replace(/-[^-]+\.docx$/, "-单位.docx")));
    expect([...kinds].sort()).toEqual(
      [
        "优秀信息工作者.docx",
        "信息工作通报.docx",
        "先进单位.docx",
        "用稿奖励.docx",
        "缺报通知单-单位.docx",
        "重点帮促.docx",
        "重点帮促通知-单位.docx",
      ].sort(),
    );
    const paragraph = manual.slice(manual.indexOf("命令行:加 `--docx`"), manual.indexOf("- 离线网页:计算后"));
    for (const kind of kinds) expect(paragraph).toContain(kind);
    expect(paragraph).toContain("考核结果.docx");
  });

  it("its 起始期号 example is what the tool prints: 10 for January makes March 第12期", async () => {
    expect(manual).toContain("1 月是\n   第10期,就写“月度通报 | 起始期号 | 10”,2 月为第11期、3 月为第12期");
    const template = join(dir, "期号.json");
    writeFileSync(template, JSON.stringify({ 月度通报: { 起始期号: "10" } }));
    const demo = join(dir, "示例.xlsx");
    await runMain("template", "--out", demo);
    await runMain("recalc", demo, "--period", "2026-03", "--as-of", "2026-04-03", "--template", template, "--out", join(dir, "issue"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "issue", "示例-结果-2026-03.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("月度通报")!.eachRow((row) => row.eachCell((c) => void texts.push(String(c.text))));
    expect(texts.join("\n")).toContain("第12期");
  });

  it("has no developer text for the clerk; demo --help says what --out is", () => {
    expect(manual).not.toMatch(/npx tsx|test\//);
    const help = runBin(["demo", "--help"]);
    expect(help.out).toMatch(/--out <dir> +示例工作簿及其结果所在的文件夹/);
    const en = runBin(["template", "--help", "--lang", "en"]);
    expect(en.out).toMatch(/--out <file> +file name of the input template/);
  });
});
