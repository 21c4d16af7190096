// Print-readiness and user templates, checked the way a user would see them: LibreOffice renders
// the result workbook to PDF, pdftotext reads the pages, pdftoppm makes PNGs (saved as artifacts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../cli/main.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { libreOfficePdf } from "../helpers/lo.ts";
import { Package } from "../../xlsx/pkg.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { tempDir } from "../helpers/tmp.ts";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "print");
const dir = tempDir("infoscore-print-");

async function recalc(...args: string[]): Promise<number> {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    return await main(["node", "infoscore", "recalc", ...args]);
  } finally {
    log.mockRestore();
  }
}

/** Text of every page of a PDF. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], { encoding: "utf8" }));
}

/**
 * The output with the input sheets hidden (LibreOffice prints no hidden sheet), so the PDF has
 * only the result pages. Only workbook.xml changes; every sheet part stays as we wrote it.
 */
async function resultsOnly(file: string): Promise<string> {
  const pkg = Package.open(readFileSync(file), nodeCodec);
  const inputs = ["使用说明", "单位名册", "信息报送", "考核记录", "业务指标", "业务完成", "评议打分", "计分规则", "输出模板"];
  let workbook = await pkg.text("xl/workbook.xml");
  workbook = workbook.replace(/<sheet\b[^>]*>/g, (tag) => {
    const name = /name="([^"]*)"/.exec(tag)![1];
    if (!inputs.includes(name)) return tag;
    return tag.replace(/\sstate="\w+"/, "").replace("<sheet", '<sheet state="hidden"');
  });
  // Open on the first result sheet: a hidden active sheet would still be printed.
  workbook = workbook.replace(/<bookViews>[\s\S]*?<\/bookViews>|<bookViews\/>/, "").replace("<sheets>", `<bookViews><workbookView activeTab="${inputs.length}"/></bookViews><sheets>`);
  pkg.set("xl/workbook.xml", workbook);
  const out = file.replace(/\.xlsx$/, "-仅结果.xlsx");
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b.slice()));
  writeFileSync(out, Buffer.concat(chunks));
  return out;
}

let pdfPages: string[] = [];
const sample = sampleSheets();
const noticeUnits = ["区教育和体育局", "区卫生健康局"];

beforeAll(async () => {
  const input = join(dir, "打印.xlsx");
  await buildInputWorkbook({ data: sample }).xlsx.writeFile(input);
  expect(await recalc(input, "--period", "2026-03")).toBe(0);
  // The PDF is made from the output itself: LibreOffice honours our print setup as written.
  const pdf = libreOfficePdf(await resultsOnly(join(dir, "打印-结果-2026-03.xlsx")), dir);
  pdfPages = pages(pdf);
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(ARTIFACTS, "result")]);
});

describe("result sheets fit to print", () => {
  it("renders Chinese text (fonts embedded) on the result pages", () => {
    const all = pdfPages.join("\n");
    for (const text of ["全区各单位信息报送采用情况通报", "信息缺报通知单", "重点帮促", "用稿奖励名单", "先进单位候选名单", "优秀信息工作者候选名单", "工作人员考核结果", "计分明细", "校验问题"]) {
      expect(all, text).toContain(text);
    }
    expect(readdirSync(ARTIFACTS).filter((f) => f.endsWith(".png")).length).toBe(pdfPages.length);
  });

  it("puts each 缺报通知单 on a page of its own", () => {
    const noticePages = pdfPages.filter((p) => p.includes("信息缺报通知单") && p.includes("同志"));
    expect(noticePages).toHaveLength(noticeUnits.length);
    noticeUnits.forEach((unit, i) => {
      expect(noticePages[i]).toContain(unit);
      for (const other of noticeUnits.filter((u) => u !== unit)) expect(noticePages[i]).not.toContain(`${other}`);
    });
  });

  it("never cuts a table across the page width: every page with a table's first column also has its last", () => {
    // Pairs of a table's first and last header (short ones: long headers wrap inside their cell).
    const checks: Array<[string, string]> = [["本月得分", "处理"], ["日常考核", "等次"], ["标题或事项", "来源"], ["单元格", "说明"], ["条数", "优秀候选"], ["采用级别", "得分"]];
    for (const [first, last] of checks) {
      const withFirst = pdfPages.filter((p) => p.includes(first));
      expect(withFirst.length, first).toBeGreaterThan(0);
      for (const p of withFirst) expect(p, `${first} … ${last}`).toContain(last);
    }
  });

  it("repeats the header row on every page of a long table, with page numbers in the footer", () => {
    const auditPages = pdfPages.filter((p) => p.includes("标题或事项") && p.includes("计分规则"));
    expect(auditPages.length).toBeGreaterThan(1);
    expect(pdfPages.every((p) => /第 \d+ 页,共 \d+ 页/.test(p))).toBe(true);
  });
});

describe("a customised template is honoured by the batch tool", () => {
  const custom: Array<[string, string, string]> = [
    ["全部", "发文单位", "峄城区委办公室信息科"],
    ["月度通报", "标题", "{{期间}}信息工作通报(第 3 期)"],
    ["月度通报", "列", "单位,本月得分,排名,处理"],
    ["缺报通知单", "正文", "{{单位}}:你单位{{缺报月份}}未报送信息,请于本周内说明情况。"],
  ];

  async function rankingOf(file: string): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.getWorksheet("月度通报")!;
  }

  it("from the workbook's own 输出模板 sheet", async () => {
    const wb = buildInputWorkbook({ data: sample });
    const sheet = wb.getWorksheet("输出模板")!;
    for (const row of custom) sheet.addRow(row);
    const input = join(dir, "自定义.xlsx");
    await wb.xlsx.writeFile(input);
    expect(await recalc(input, "--period", "2026-03")).toBe(0);
    const ranking = await rankingOf(join(dir, "自定义-结果-2026-03.xlsx"));
    expect(ranking.getCell("A1").value).toBe("2026年3月信息工作通报(第 3 期)");
    expect(ranking.getRow(3).values).toEqual([undefined, "单位", "本月得分", "排名", "处理"]);
    const first = ranking.getRow(4).values as unknown[];
    expect(typeof first[2]).toBe("number");
    expect(first[3]).toBe(1);
    const letter = (await (async () => { const w = new ExcelJS.Workbook(); await w.xlsx.readFile(join(dir, "自定义-结果-2026-03.xlsx")); return w.getWorksheet("缺报通知单")!; })());
    const texts = letter.getColumn(1).values.map(String).join("\n");
    expect(texts).toContain("区卫生健康局:你单位2026年2月、2026年3月未报送信息");
    expect(texts).toContain("峄城区委办公室信息科");
  });

  it("from a template file, which wins over the workbook's sheet (xlsx and JSON)", async () => {
    const input = join(dir, "自定义.xlsx");
    const templateBook = new ExcelJS.Workbook();
    templateBook.addWorksheet("输出模板").addRows([["表", "项目", "内容"], ["月度通报", "标题", "文件模板:{{期间}}"], ["月度通报", "列", "排名,单位,本年累计"]]);
    const templateFile = join(dir, "模板.xlsx");
    await templateBook.xlsx.writeFile(templateFile);
    const out = join(dir, "文件模板");
    expect(await recalc(input, "--period", "2026-03", "--template", templateFile, "--out", out)).toBe(0);
    const ranking = await rankingOf(join(out, "自定义-结果-2026-03.xlsx"));
    expect(ranking.getCell("A1").value).toBe("文件模板:2026年3月");
    expect(ranking.getRow(3).values).toEqual([undefined, "排名", "单位", "本年累计"]);

    const jsonFile = join(dir, "模板.json");
    writeFileSync(jsonFile, JSON.stringify({ 月度通报: { 标题: "JSON 模板", 列: "单位,排名" } }));
    const out2 = join(dir, "json模板");
    expect(await recalc(input, "--period", "2026-03", "--template", jsonFile, "--out", out2)).toBe(0);
    const r2 = await rankingOf(join(out2, "自定义-结果-2026-03.xlsx"));
    expect([r2.getCell("A1").value, ...(r2.getRow(3).values as unknown[]).slice(1)]).toEqual(["JSON 模板", "单位", "排名"]);
  });

  it("puts the logo from the 输出模板 sheet on the notice and each letter, in the template's font", async () => {
    const wb = buildInputWorkbook({ data: sample });
    const sheet = wb.getWorksheet("输出模板")!;
    sheet.addRow(["全部", "字体", "仿宋"]);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAHklEQVR4nGPgXGLO0ObIwKHDQA7gHNUwqmFUw9DUAACShAbJzb2bCQAAAABJRU5ErkJggg==", "base64");
    sheet.addImage(wb.addImage({ buffer: png as never, extension: "png" }), "E2:F4");
    const input = join(dir, "标志.xlsx");
    await wb.xlsx.writeFile(input);
    expect(await recalc(input, "--period", "2026-03")).toBe(0);
    const output = join(dir, "标志-结果-2026-03.xlsx");
    const pkg = Package.open(readFileSync(output), nodeCodec);
    expect(pkg.has("xl/media/infoscore-logo.png")).toBe(true);
    expect(await pkg.text("xl/styles.xml")).toContain('<name val="仿宋"/>');
    const pdf = libreOfficePdf(await resultsOnly(output), dir);
    const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
    // The ranking notice plus one per letter (two units at streak 2).
    expect(images.length).toBeGreaterThanOrEqual(3);
    // A second run replaces our drawings instead of piling them up.
    copyFileSync(output, join(dir, "标志2.xlsx"));
    expect(await recalc(join(dir, "标志2.xlsx"), "--period", "2026-03")).toBe(0);
    const again = Package.open(readFileSync(join(dir, "标志2-结果-2026-03.xlsx")), nodeCodec);
    const types = await again.text("[Content_Types].xml");
    expect(types.match(/infoscore-drawing/g)?.length).toBe(2);
  });

  it("reports a template column that does not exist on the 校验问题 sheet", async () => {
    const wb = buildInputWorkbook({ data: sample });
    wb.getWorksheet("输出模板")!.addRow(["月度通报", "列", "单位,得分率"]);
    const input = join(dir, "错列.xlsx");
    await wb.xlsx.writeFile(input);
    await recalc(input, "--period", "2026-03");
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, "错列-结果-2026-03.xlsx"));
    const issues = out.getWorksheet("校验问题")!.getColumn(5).values.map(String).join("\n");
    expect(issues).toContain("得分率");
  });
});
