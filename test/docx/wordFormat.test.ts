// The Word files' fonts and sizes from 输出模板 (全部: 标题字体, 标题字号, 正文字号, 一级标题字体,
// 二级标题字体, 页码字体, 页码字号): sizes read as offices write them, a bad value reported and the
// default kept, and the generated parts (styles.xml, document.xml, the footers, fontTable.xml)
// carrying the sizes in half-points, the grid derived from the body size and the font fallbacks.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildResultSheets, compute, IssueLog, officialDocuments, resolveTemplates } from "../../core/index.ts";
import { fontSize } from "../../core/sheets/wordFormat.ts";
import { renderDocument } from "../../ooxml/docx/render.ts";
import { day, input, period, sub, unit } from "../helpers/records.ts";

function bulletin(rows: Array<[string, string]>) {
  const issues = new IssueLog();
  const data = input({ units: [unit("甲", { leader: "张三" }), unit("乙", { leader: "李四" })], submissions: [sub("甲", "2026-03-02")] });
  const results = compute(data, { period: period("2026-03"), asOf: day("2026-04-10"), issues });
  const templates = resolveTemplates(
    rows.map(([item, content], i) => ({ sheet: "全部", item, content, where: { sheet: "输出模板", cell: `C${i + 2}` } })),
    issues,
  );
  const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues });
  return { doc: officialDocuments(sheets).find((d) => d.kind === "ranking")!, issues: issues.list };
}

async function parts(rows: Array<[string, string]>) {
  const { doc, issues } = bulletin(rows);
  const zip = await JSZip.loadAsync(await renderDocument(doc));
  const read = (path: string) => zip.file(path)!.async("string");
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map(read),
  );
  return {
    issues,
    styles: await read("word/styles.xml"),
    body: await read("word/document.xml"),
    footers,
    fonts: await read("word/fontTable.xml"),
  };
}

/** The run holding a text: its w:rPr. */
const runOf = (xml: string, text: string) => new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${text}`).exec(xml)?.[1] ?? "";

describe("font sizes as offices write them", () => {
  it("reads 号数 (三号, 3号, 小四, 初号) and points (16, 10.5pt, 16磅)", () => {
    expect([fontSize("三号"), fontSize("3号"), fontSize("小四"), fontSize("初号"), fontSize("小初"), fontSize("五号")]).toEqual([
      16, 16, 12, 42, 36, 10.5,
    ]);
    expect([fontSize("16"), fontSize("10.5pt"), fontSize("16磅"), fontSize(" 22 ")]).toEqual([16, 10.5, 16, 22]);
  });

  it("refuses what is no size or beyond 小五–初号 (9–42 pt)", () => {
    for (const bad of ["特大", "0", "8", "43", "100", "六号", "三", ""]) expect(fontSize(bad), bad).toBeUndefined();
  });
});

describe("the Word files' fonts and sizes from 输出模板", () => {
  it("by default: 3号 仿宋_GB2312 body on the 28 × 22 grid, 2号 方正小标宋简体 title, 4号 宋体 page numbers", async () => {
    const p = await parts([]);
    expect(p.styles).toContain(`w:ascii="仿宋_GB2312"`);
    expect(p.styles).toContain(`<w:sz w:val="32"/>`);
    expect(p.styles).toContain(`<w:spacing w:val="-5"/>`);
    expect(p.styles).toContain(`w:line="579" w:lineRule="exact"`);
    const title = runOf(p.body, "2026年3月份全区信息工作情况通报");
    expect(title).toContain(`w:eastAsia="方正小标宋简体"`);
    expect(title).toContain(`<w:sz w:val="44"/>`);
    for (const f of p.footers.filter((x) => x.includes("PAGE"))) {
      expect(f).toContain(`w:eastAsia="宋体"`);
      expect(f).toContain(`<w:sz w:val="28"/>`);
    }
  });

  it("sets the sizes and fonts named; the body's grid follows its size (4号: 32 characters of 25 lines)", async () => {
    const p = await parts([
      ["正文字号", "四号"],
      ["标题字号", "小一"],
      ["标题字体", "方正小标宋_GBK"],
      ["页码字体", "Times New Roman"],
      ["页码字号", "3号"],
      ["字体", "方正仿宋_GBK"],
    ]);
    expect(p.issues).toEqual([]);
    expect(p.styles).toContain(`w:ascii="方正仿宋_GBK"`);
    expect(p.styles).toContain(`<w:sz w:val="28"/>`);
    // 4号 is 280 twips: 32 characters at −5 take 8800 of the 8844 twips of the 版心; 25 lines of 510 twips take 12750 of 12756.
    expect(p.styles).toContain(`<w:spacing w:val="-5"/>`);
    expect(p.styles).toContain(`w:line="510" w:lineRule="exact"`);
    const title = runOf(p.body, "2026年3月份全区信息工作情况通报");
    expect(title).toContain(`w:eastAsia="方正小标宋_GBK"`);
    expect(title).toContain(`<w:sz w:val="48"/>`);
    // 首行缩进 two characters of 4号 with its spacing: 2 × 275 twips.
    expect(p.body).toContain(`w:firstLine="550"`);
    for (const f of p.footers.filter((x) => x.includes("PAGE"))) {
      expect(f).toContain(`w:ascii="Times New Roman"`);
      expect(f).toContain(`<w:sz w:val="32"/>`);
    }
  });

  it("reports a bad size or a too-long font name, naming the item and value, and keeps the default", async () => {
    const p = await parts([
      ["正文字号", "特大号"],
      ["标题字体", "字".repeat(40)],
    ]);
    expect(p.issues.map((i) => [i.cell, i.code])).toEqual([
      ["C2", "templateBadSize"],
      ["C3", "templateValueOutOfRange"],
    ]);
    expect(p.issues[0].message).toContain("正文字号");
    expect(p.issues[0].message).toContain("特大号");
    expect(p.issues[0].message).toContain("三号");
    expect(p.styles).toContain(`<w:sz w:val="32"/>`);
    expect(runOf(p.body, "2026年3月份全区信息工作情况通报")).toContain(`w:eastAsia="方正小标宋简体"`);
    const en = new IssueLog("en");
    en.warn("templateBadSize", { sheet: "输出模板", cell: "C2" }, "TEMPLATE", { item: "正文字号", value: "特大号", default: "三号" });
    expect(en.list[0].message).toMatch(/正文字号.*特大号.*not a font size.*三号/);
  });

  it("names in fontTable.xml the font Word tries when one is missing, with the GB2312 character set", async () => {
    const { fonts } = await parts([]);
    const entry = (name: string) => new RegExp(`<w:font w:name="${name}">(.*?)</w:font>`).exec(fonts)?.[1] ?? "";
    expect(entry("仿宋_GB2312")).toContain(`<w:altName w:val="仿宋"/>`);
    expect(entry("方正小标宋简体")).toContain(`<w:altName w:val="小标宋"/>`);
    expect(entry("方正小标宋简体")).toContain(`<w:panose1 w:val="02010600030101010101"/>`);
    expect(entry("黑体")).toContain(`<w:altName w:val="SimHei"/>`);
    expect(entry("楷体_GB2312")).toContain(`<w:altName w:val="楷体"/>`);
    expect(entry("宋体")).toContain(`<w:altName w:val="SimSun"/>`);
    for (const name of ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"])
      expect(entry(name), name).toContain(`<w:charset w:val="86"/>`);
  });
});

describe("the Word parts' values as Word's schema types them", () => {
  it("writes every measure in whole numbers (no 289.5 twips), in every part of every document, and the office as author", async () => {
    const issues = new IssueLog();
    const data = input({
      units: [unit("甲", { leader: "张三" }), unit("乙", { leader: "李四" }), unit("丙", { leader: "王五" })],
      // 乙 misses February and March (缺报通知单), 丙 the whole quarter (重点帮促通知).
      submissions: [sub("甲", "2026-01-05"), sub("甲", "2026-02-05"), sub("甲", "2026-03-02"), sub("乙", "2026-01-06")],
    });
    const results = compute(data, { period: period("2026-03"), asOf: day("2026-04-10"), issues });
    const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates: resolveTemplates([], issues), issues });
    const docs = officialDocuments(sheets);
    // Sizes other than 3号 give other grids: 4号 and 小四 too.
    for (const [item, size] of [
      ["正文字号", "四号"],
      ["正文字号", "小四"],
    ]) {
      const t = resolveTemplates([{ sheet: "全部", item, content: size, where: { sheet: "输出模板", cell: "C2" } }], issues);
      docs.push(...officialDocuments(buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates: t, issues })));
    }
    expect(new Set(docs.map((d) => d.name))).toEqual(new Set(["信息工作通报", "先进单位", "缺报通知单-乙", "重点帮促通知-丙", "重点帮促"]));
    let checked = 0;
    for (const doc of docs) {
      const zip = await JSZip.loadAsync(await renderDocument(doc));
      for (const path of Object.keys(zip.files).filter((f) => /^word\/.*\.xml$/.test(f))) {
        const xml = await zip.file(path)!.async("string");
        const fractions = [...xml.matchAll(/ w:[A-Za-z]+="-?\d*\.\d+"/g)].map((m) => m[0]);
        expect(fractions, `${doc.name} ${path}`).toEqual([]);
        checked++;
      }
      const core = await zip.file("docProps/core.xml")!.async("string");
      expect(core, doc.name).not.toContain("Un-named");
      expect(core, doc.name).toContain(`<dc:creator>${doc.issuer!.office}</dc:creator>`);
    }
    expect(checked).toBeGreaterThan(20);
  });
});
