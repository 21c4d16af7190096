// Print-readiness and user templates, checked the way a user would see them: LibreOffice renders
// the result documents to PDF, `pdftotext -bbox-layout` gives every text line with its box, and
// pdftoppm makes PNGs (kept in test-artifacts/print to look at).
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { libreOfficePdf } from "../helpers/lo.ts";
import { onlySheets, overlaps, pdfPages, type Box, type PdfPage } from "../helpers/printPdf.ts";
import { Package } from "../../ooxml/package.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { recalc } from "../helpers/cli.ts";
import { tempDir } from "../helpers/tmp.ts";
import { realisticSample, realisticYear } from "./realistic.ts";
import { RESULT_SHEETS, sheetName } from "../../core/index.ts";

/** A month's result sheets (the registry's, the 通报 of a month only). */
const MONTH_SHEETS = RESULT_SHEETS.filter((s) => s.period === undefined || s.period === "month").map((s) => s.name);

const ARTIFACTS = join(process.cwd(), "test-artifacts", "print");
const dir = tempDir("infoscore-print-");
const INPUT_SHEETS = ["使用说明", "单位名册", "信息报送", "考核记录", "业务指标", "业务完成", "评议打分", "计分规则", "输出模板"];

interface Doc {
  sheet: string;
  pages: PdfPage[];
}

const docs = new Map<string, Doc>();
const sample = sampleSheets();

/** Renders the chosen sheets of an output, one PDF per sheet, with PNGs of every page. */
async function render(output: string, sheets: string[], tag: string): Promise<void> {
  for (const sheet of sheets) {
    const pdf = libreOfficePdf(await onlySheets(output, (n) => n === sheet, `${tag}-${sheet}`), dir);
    docs.set(sheet, { sheet, pages: pdfPages(pdf) });
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, `${tag}-${sheet}`)]);
  }
}

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const input = join(dir, "打印.xlsx");
  await buildInputWorkbook({ data: realisticSample() }).xlsx.writeFile(input);
  expect(await recalc(input, "--period", "2026-03", "--as-of", "2026-11-29")).toBe(0);
  await render(join(dir, "打印-结果-2026-03.xlsx"), MONTH_SHEETS, "月");
  // The year summary in April: assessed through March, and it says 截至.
  expect(await recalc(input, "--period", "2026", "--as-of", "2026-04-10")).toBe(0);
  await render(join(dir, "打印-结果-2026.xlsx"), [sheetName("ranking", "year"), sheetName("rankingAppendix", "year")], "年");
  await renderRealYear();
  await renderBigDistrict();
}, 900_000);

/** The documents of the 22-unit district with 按类别排名 = 是, by "期间:表". */
const real = new Map<string, Doc>();
/** Every cell of those documents' tables, as the xlsx holds it, by "期间:表". */
const realCells = new Map<string, string[]>();

/** A year of 22 units in two 类别 to the end of November: the third quarter's and the year's summaries. */
async function renderRealYear(): Promise<void> {
  const wb = buildInputWorkbook({ data: realisticYear() });
  const rules = wb.getWorksheet("计分规则")!;
  rules.eachRow((row) => {
    if (row.getCell(1).value === "按类别排名") row.getCell(2).value = "是";
  });
  const input = join(dir, "全年.xlsx");
  await wb.xlsx.writeFile(input);
  const runs: Array<[string, string, string[]]> = [
    ["2026-Q3", "季度汇总", ["季度汇总", "季度汇总附件"]],
    ["2026", "年度汇总", ["年度汇总", "年度汇总附件", "用稿奖励", "先进单位", "缺报通知单", "重点帮促通知", "个人考核结果", "校验问题"]],
  ];
  for (const [when, , sheets] of runs) {
    expect(await recalc(input, "--period", when, "--as-of", "2026-11-29")).toBe(0);
    const output = join(dir, `全年-结果-${when}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    for (const sheet of sheets) {
      const pdf = libreOfficePdf(await onlySheets(output, (n) => n === sheet, `实-${when}-${sheet}`), dir);
      real.set(`${when}:${sheet}`, { sheet, pages: pdfPages(pdf) });
      execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, `实-${when}-${sheet}`)]);
      const cells: string[] = [];
      // Text cells (numbers and dates print in their own formats).
      book.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => (typeof c.value === "string" ? cells.push(c.value) : 0)));
      realCells.set(`${when}:${sheet}`, cells);
    }
  }
}

/** Units of the big district, in roster order. */
const BIG_UNITS = 52;
const bigUnits = realisticYear(BIG_UNITS).units.map((u) => String(u[0]));
/** How a unit is found on a page: its first six characters, which its cell's first printed line holds (and no other unit's). */
const unitKey = (name: string) => name.slice(0, 6);
/** The big district's year: 通报 (as written, and with its row breaks taken out) and 附件. */
const big = new Map<"通报" | "通报-无分页符" | "附件", Doc>();

/** A copy of a one-sheet print file with the sheet's manual row breaks taken out. */
async function withoutRowBreaks(file: string): Promise<string> {
  const pkg = Package.open(readFileSync(file), nodeCodec);
  for (let i = 1; pkg.has(`xl/worksheets/sheet${i}.xml`) || i < 20; i++) {
    const part = `xl/worksheets/sheet${i}.xml`;
    if (pkg.has(part)) pkg.set(part, (await pkg.text(part)).replace(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/, ""));
  }
  const out = file.replace(/\.xlsx$/, "-无分页符.xlsx");
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b.slice()));
  writeFileSync(out, Buffer.concat(chunks));
  return out;
}

/**
 * A district of 52 units ranked in one table, the year to November: its 附件 runs over pages, and
 * its ranking (as laid out without a keep-with-next break) ends at the foot of page 3, so that
 * 附件说明, 落款 and 抄送 would make page 4 under the repeated header with no row.
 */
async function renderBigDistrict(): Promise<void> {
  const input = join(dir, "大区.xlsx");
  await buildInputWorkbook({ data: realisticYear(BIG_UNITS) }).xlsx.writeFile(input);
  expect(await recalc(input, "--period", "2026", "--as-of", "2026-11-29")).toBe(0);
  const output = join(dir, "大区-结果-2026.xlsx");
  const bulletin = await onlySheets(output, (n) => n === "年度汇总", "通报");
  const files: Array<["通报" | "通报-无分页符" | "附件", string]> = [
    ["通报", bulletin],
    ["通报-无分页符", await withoutRowBreaks(bulletin)],
    ["附件", await onlySheets(output, (n) => n === "年度汇总附件", "附件")],
  ];
  for (const [key, file] of files) {
    const pdf = libreOfficePdf(file, dir);
    big.set(key, { sheet: key, pages: pdfPages(pdf) });
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, `大区-${key}`)]);
  }
}

const doc = (sheet: string) => docs.get(sheet)!;
/** A document's text, line by line, top to bottom and left to right on each page. */
const textOf = (d: Doc) =>
  d.pages
    .map((p) =>
      [...p.lines]
        // Lines of one row start within a few points of each other (fonts differ in ascent): a row is one band.
        .sort((a, b) => (Math.abs(a.yMin - b.yMin) < 4 ? a.xMin - b.xMin : a.yMin - b.yMin))
        .map((l) => l.text)
        .join("\n"),
    )
    .join("\n");

/** Each part found after the one before it. */
function expectInOrder(text: string, parts: Array<string | RegExp>, label: string): void {
  let from = 0;
  for (const part of parts) {
    const rest = text.slice(from);
    const found = typeof part === "string" ? null : part.exec(rest);
    const m =
      typeof part === "string"
        ? { index: rest.indexOf(part), length: part.length }
        : { index: found ? found.index : -1, length: found?.[0].length ?? 0 };
    expect(m.index, `${label}: “${part}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from += m.index + m.length;
  }
}

/** 成文日期: the day the sheets were made (the clock), in Chinese form. */
const DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

const MARGIN = 0.7 * 72; // left and right page margins of every result sheet, in points

describe("the documents print on A4 as an office issues them", () => {
  it("renders every document, with PNGs kept", () => {
    for (const [sheet, d] of docs) expect(d.pages.length, sheet).toBeGreaterThan(0);
    const pngs = readdirSync(ARTIFACTS).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBe([...docs.values(), ...real.values(), ...big.values()].reduce((n, d) => n + d.pages.length, 0));
  });

  it("月度通报: 报头, 标题, 正文, ranking table, 合计, 落款, 成文日期, 报/送/抄送, in that order", () => {
    expectInOrder(
      textOf(doc("月度通报")),
      [
        "信息工作通报",
        "第3期",
        "区委办公室编",
        DATE,
        "2026年3月份全区信息工作情况通报",
        "全区各单位共报送信息",
        "位居前列",
        // One sentence now, wrapped wherever the line ends.
        /予\s*以\s*点\s*名\s*通\s*报/,
        /已\s*寄\s*发\s*缺\s*报\s*通\s*知\s*单/,
        /列\s*为\s*重\s*点\s*帮\s*促\s*单\s*位/,
        "各单位要进一步提高思想认识",
        "排名",
        "上月排",
        "本年累计得",
        "合计",
        "区委办公室",
        DATE,
        "报：区委主要领导同志",
        "送：区委办公室领导同志",
        "抄送：",
      ],
      "月度通报",
    );
  });

  it("报头's date and the 印发 date end flush with the table's right edge, as the red rule does (landscape 通报 and summaries)", () => {
    const cases: Array<[string, Doc]> = [
      ["月度通报", doc("月度通报")],
      ["年度汇总", doc("年度汇总")],
      ["2026:年度汇总", real.get("2026:年度汇总")!],
    ];
    for (const [key, d] of cases) {
      const lines = d.pages.flatMap((p) => p.lines);
      // The table's right edge: the right-aligned counts of its last column (累计条数 or the 本年得分 beside it).
      const edge = Math.max(...lines.filter((l) => /^\d+$/.test(l.text.trim())).map((l) => l.xMax));
      const dated = lines.find((l) => /2026年\d{1,2}月\d{1,2}日$/.test(l.text.trim()) && l.yMin < 200)!;
      const printed = lines.find((l) => /日印发$/.test(l.text.trim()))!;
      expect(dated, key).toBeDefined();
      expect(printed, key).toBeDefined();
      for (const [what, l] of [
        ["报头 date", dated],
        ["印发 date", printed],
      ] as const) {
        expect(Math.abs(l.xMax - edge), `${key} ${what} ends at ${l.xMax}, the table at ${edge}`).toBeLessThan(6);
      }
    }
  });

  it("缺报通知单: 文号, 标题, salutation, 正文, 落款 and date, then the 回执, each letter on one page", () => {
    const d = doc("缺报通知单");
    expect(d.pages).toHaveLength(2);
    const units = ["区教育和体育局", "区卫生健康局"];
    d.pages.forEach((p, i) => {
      const text = textOf({ sheet: "", pages: [p] });
      expectInOrder(
        text,
        [
          "区委办信〔2026〕",
          "信息缺报通知单",
          `${units[i]}`,
          "同志：",
          "你单位2026年2月至3月连续2个月",
          "区委办公室",
          DATE,
          "沿此线剪下",
          "回",
          "单位：",
          "整改措施：",
          "联系人：",
          "电话：",
          "日期：",
        ],
        units[i],
      );
      expect(text).not.toContain(units[1 - i]);
    });
  });

  it("重点帮促: the list with columns to fill in, and the letter with its 回执", () => {
    expectInOrder(
      textOf(doc("重点帮促")),
      ["连续缺报单位重点帮促名单", "单位", "帮促措施", "责任人", "完成时限", "区农业农村局", "2026年1月至3月"],
      "重点帮促",
    );
    expectInOrder(
      textOf(doc("重点帮促通知")).replace(/\n/g, ""),
      ["信息工作重点帮促通知", "区农业农村局褚卫国同志：", "列为信息工作重点帮促单位", "回", "整改措施："],
      "重点帮促通知",
    );
  });

  it("个人考核结果 of a month: 阶段考核情况 with reasons in words, the footnote, 参考等次, no signature block", () => {
    // The footnote wraps in its cell: compare the text without line ends.
    const text = textOf(doc("个人考核结果")).replace(/\n/g, "");
    expectInOrder(
      text,
      [
        "信息室工作人员阶段考核情况",
        "参考等次",
        "主要扣分/加分事项",
        // The reason wraps in its cell, its second line printed after the row's other cells.
        "超过3次",
        "扣300分",
        "低于600分，或无正当理由不能按时完成工作任务超过3次的，为不称职",
        "仅供参考",
      ],
      "个人考核结果",
    );
    expect(text).not.toContain("考评小组（签字）");
    expect(doc("个人考核结果").pages[0].lines.some((l) => l.text === "不称职")).toBe(true);
  });

  it("年度汇总: landscape, 截至 date, the ranking, the 附件 note; the 附件 with its month-by-month table", () => {
    const d = doc("年度汇总");
    expect(d.pages.every((p) => p.width > p.height)).toBe(true);
    expectInOrder(
      textOf(d),
      ["2026年度全区信息工作情况通报", "（截至2026年4月10日）", "全区各单位共报送信息", "本年得分", "合计", "附件：", "抄送：", "印发"],
      "年度汇总",
    );
    expectInOrder(textOf(doc("年度汇总附件")), ["附件", "2026年度各单位逐月得分", "1月", "12月", "合计"], "年度汇总附件");
  });

  it("no two text boxes overlap on any page, and no text runs past the printable area", () => {
    for (const d of docs.values()) {
      d.pages.forEach((p, i) => {
        const where = `${d.sheet} page ${i + 1}`;
        expect(
          overlaps(p).map(([a, b]) => `${a.text} ⟂ ${b.text}`),
          where,
        ).toEqual([]);
        for (const l of p.lines) {
          expect(l.xMin, `${where}: ${l.text}`).toBeGreaterThanOrEqual(MARGIN - 3);
          expect(l.xMax, `${where}: ${l.text}`).toBeLessThanOrEqual(p.width - MARGIN + 3);
          expect(l.yMin, `${where}: ${l.text}`).toBeGreaterThanOrEqual(12);
          expect(l.yMax, `${where}: ${l.text}`).toBeLessThanOrEqual(p.height - 12);
        }
      });
    }
  });

  it("every table fits the page width: each page with a table's first column also has its last", () => {
    const checks: Array<[string, string, string]> = [
      ["月度通报", "单位", "累计条"],
      ["重点帮促", "主要负责人", "完成时限"],
      ["个人考核结果", "公共部分", "主要扣分/加分事项"],
      ["年度汇总", "单位", "本年得分"],
      ["年度汇总附件", "1月", "12月"],
      ["计分明细", "标题或事项", "来源"],
    ];
    for (const [sheet, first, last] of checks) {
      const pages = doc(sheet).pages.filter((p) => p.text.includes(first));
      expect(pages.length, `${sheet}: ${first}`).toBeGreaterThan(0);
      for (const p of pages) expect(p.text, `${sheet}: ${first} … ${last}`).toContain(last);
    }
  });

  it("prints whole numbers without decimals, no data bars on documents, the technical line only in the audit footer", async () => {
    const text = ["月度通报", "个人考核结果", "年度汇总"].map((s) => textOf(doc(s))).join("\n");
    expect(text).not.toMatch(/\b\d+\.00\b/);
    expect(text).not.toContain("规则版本");
    const audit = doc("计分明细").pages;
    expect(audit.length).toBeGreaterThan(1);
    for (const p of audit) expect(p.text).toMatch(/统计期间：2026年3月\s+规则版本：R-/);
    const pkg = Package.open(readFileSync(join(dir, "打印-结果-2026-03.xlsx")), nodeCodec);
    const names = [...(await pkg.text("xl/workbook.xml")).matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)];
    const rels = await pkg.text("xl/_rels/workbook.xml.rels");
    for (const [, name, rid] of names) {
      if (INPUT_SHEETS.includes(name)) continue;
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels) ??
        new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels);
      const xml = await pkg.text(`xl/${target![1]}`);
      expect(xml, name).not.toContain("dataBar");
    }
  });
});

describe("a year of 22 units in two 类别, as a district office prints it", () => {
  /** Without spaces and line ends: how a cell's text is found in a PDF however it was broken. */
  const squeezed = (t: string) => t.replace(/\s+/g, "");

  it("every page of each 附件 is headed by the 附件's own header, never the ranking table's", () => {
    for (const [key, months] of [
      ["2026-Q3:季度汇总附件", ["7月", "8月", "9月"]],
      ["2026:年度汇总附件", ["1月", "6月", "12月"]],
    ] as const) {
      const d = real.get(key)!;
      expect(d.pages.length, key).toBeGreaterThan(0);
      d.pages.forEach((p, i) => {
        const top = [...p.lines].sort((a, b) => a.yMin - b.yMin);
        const header = top.find((l) => l.text.includes("类别内排名"));
        expect(header, `${key} page ${i + 1}`).toBeDefined();
        for (const m of months) expect(p.text, `${key} page ${i + 1}`).toContain(m);
        // Nothing of a unit's row above the header: the header opens the page's table.
        const firstUnit = top.find((l) => /(镇|街道|局)$/.test(l.text.trim()));
        if (firstUnit) expect(firstUnit.yMin, `${key} page ${i + 1}`).toBeGreaterThan(header!.yMin);
        expect(p.text, key).not.toContain("区采用");
      });
    }
  });

  it("the 通报 of a summary is by 类别: totals, 前列 and 点名 per 类别, its 附件 named after the tables", () => {
    const year = textOf(real.get("2026:年度汇总")!).replace(/\n/g, "");
    expectInOrder(
      year,
      [
        "镇街共报送信息",
        "区直部门共报送信息",
        "镇街的",
        "区直部门的",
        "位居前列",
        "10月份，底阁镇、南湖镇未报送信息",
        "一、镇街",
        "二、区直部门",
        "附件：",
      ],
      "年度汇总",
    );
    expect(year).not.toMatch(/采用0条/);
    const quarter = textOf(real.get("2026-Q3:季度汇总")!).replace(/\n/g, "");
    expectInOrder(quarter, ["镇街共报送信息", "区直部门共报送信息", "一、镇街", "二、区直部门", "附件："], "季度汇总");
  });

  it("no cell is clipped: the text of every cell appears whole in the PDF", () => {
    for (const [key, cells] of realCells) {
      const pdf = squeezed(
        real
          .get(key)!
          .pages.map((p) => p.lines.map((l) => l.text).join(""))
          .join(""),
      );
      const pdfLines = new Set(real.get(key)!.pages.flatMap((p) => p.lines.map((l) => squeezed(l.text))));
      for (const cell of cells) {
        // Each printed line of the cell is found whole (a line cut at the cell's edge is not); words set
        // apart by spaces (联系人： 电话：) print as separate pieces.
        for (const line of cell
          .split(/[\n\s]+/)
          .map(squeezed)
          .filter(Boolean)) {
          const found = pdf.includes(line) || [...pdfLines].some((l) => l.includes(line));
          expect(found, `${key}: “${line}” of “${cell}”`).toBe(true);
        }
      }
    }
  });

  it("用稿奖励 shows every adopting level, 中央 first, and each 刊物 list whole", () => {
    const text = textOf(real.get("2026:用稿奖励")!);
    expect(text).toContain("中央、省委办、市委办");
  });

  it("the year's 用稿奖励 runs over pages, each headed by its header with rewards under it", () => {
    const d = real.get("2026:用稿奖励")!;
    expect(d.pages.length).toBeGreaterThan(1);
    d.pages.forEach((p, i) => {
      const top = [...p.lines].sort((a, b) => a.yMin - b.yMin);
      const header = top.find((l) => l.text.trim() === "序号");
      expect(header, `用稿奖励 page ${i + 1}`).toBeDefined();
      // A reward row is dated: 2026年5月8日 under the header.
      const rows = p.lines.filter((l) => l.yMin > header!.yMax && /^2026年\d{1,2}月\d{1,2}日$/.test(l.text.trim()));
      expect(rows.length, `用稿奖励 page ${i + 1}`).toBeGreaterThan(0);
    });
  });

  it("a cell holds its text whole: no line break put inside a sentence or a name (the spreadsheet wraps it)", () => {
    for (const [key, cells] of realCells) {
      // A 落款 is two lines by the template's own line break (office, date).
      const broken = cells.filter((c) => c.includes("\n") && !/^\S+\n\d{4}年\d{1,2}月\d{1,2}日$/.test(c));
      expect(broken, key).toEqual([]);
    }
  });

  it("each letter is a document of its own: no page count across letters, 文号 left blank to be filled in", () => {
    for (const key of ["2026:缺报通知单", "2026:重点帮促通知"]) {
      const d = real.get(key)!;
      expect(d.pages.length, key).toBeGreaterThan(0);
      for (const p of d.pages) {
        expect(p.text, key).not.toMatch(/第\s*\d+\s*页/);
        expect(p.text, key).toMatch(/区委办信〔2026〕\s*号/);
      }
    }
  });

  it("the year's appraisal keeps its grades and signatures; 先进单位 by 类别 with 类别内排名", () => {
    const staff = textOf(real.get("2026:个人考核结果")!).replace(/\n/g, "");
    expectInOrder(staff, ["2026年度信息室工作人员考核结果", "等次", "考评小组（签字）"], "个人考核结果");
    expect(staff).not.toMatch(/S1\d/);
    expectInOrder(textOf(real.get("2026:先进单位")!), ["类别内排名", "镇街", "区直部门"], "先进单位");
  });
});

describe("a customised template is honoured by the batch tool", () => {
  const custom: Array<[string, string, string]> = [
    ["全部", "发文单位", "峄城区委办公室信息科"],
    ["月度通报", "标题", "{{期间}}信息工作通报（第 3 期）"],
    ["月度通报", "列", "单位，本月得分，排名，升降"],
    ["缺报通知单", "正文", "{{单位}}：你单位{{缺报月份}}未报送信息，请于本周内说明情况。"],
    ["月度通报", "落款", "峄城区委办公室\n{{成文日期}}"],
    ["月度通报", "正文", "{{期间}}共收到信息{{报送条数}}条。"],
    ["月度通报", "抄送", "抄送：各镇街、区直部门。"],
  ];

  async function rankingOf(file: string): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.getWorksheet("月度通报")!;
  }

  /** The 通报's title (the line after its 报头) and its table's header row number. */
  const titleOf = (ws: ExcelJS.Worksheet) => ws.getCell("A5").value;
  const headerRowOf = (ws: ExcelJS.Worksheet, first: string) => ws.getColumn(1).values.findIndex((v) => v === first);

  it("from the workbook's own 输出模板 sheet", async () => {
    const wb = buildInputWorkbook({ data: sample });
    const sheet = wb.getWorksheet("输出模板")!;
    for (const row of custom) sheet.addRow(row);
    const input = join(dir, "自定义.xlsx");
    await wb.xlsx.writeFile(input);
    expect(await recalc(input, "--period", "2026-03")).toBe(0);
    const ranking = await rankingOf(join(dir, "自定义-结果-2026-03.xlsx"));
    expect(titleOf(ranking)).toBe("2026年3月信息工作通报（第 3 期）");
    const h = headerRowOf(ranking, "单位");
    expect(ranking.getRow(h).values).toEqual([undefined, "单位", "本月得分", "排名", "升降"]);
    const first = ranking.getRow(h + 1).values as unknown[];
    expect(typeof first[2]).toBe("number");
    expect(first[3]).toBe(1);
    const lines = ranking
      .getColumn(1)
      .values.map(String)
      .map((t) => t.trim());
    expect(lines).toEqual(expect.arrayContaining(["峄城区委办公室", "2026年3月共收到信息37条。", "抄送：各镇街、区直部门。"]));
    const letter = await (async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(join(dir, "自定义-结果-2026-03.xlsx"));
      return w.getWorksheet("缺报通知单")!;
    })();
    const texts = letter.getColumn(1).values.map(String).join("\n");
    expect(texts).toContain("区卫生健康局：你单位2026年2月至3月未报送信息");
    expect(texts).toContain("峄城区委办公室信息科");
  });

  it("from a template file, which wins over the workbook's sheet (xlsx and JSON)", async () => {
    const input = join(dir, "自定义.xlsx");
    const templateBook = new ExcelJS.Workbook();
    templateBook.addWorksheet("输出模板").addRows([
      ["表", "项目", "内容"],
      ["月度通报", "标题", "文件模板：{{期间}}"],
      ["月度通报", "列", "排名，单位，本年累计得分"],
    ]);
    const templateFile = join(dir, "模板.xlsx");
    await templateBook.xlsx.writeFile(templateFile);
    const out = join(dir, "文件模板");
    expect(await recalc(input, "--period", "2026-03", "--template", templateFile, "--out", out)).toBe(0);
    const ranking = await rankingOf(join(out, "自定义-结果-2026-03.xlsx"));
    expect(titleOf(ranking)).toBe("文件模板：2026年3月");
    expect(ranking.getRow(headerRowOf(ranking, "排名")).values).toEqual([undefined, "排名", "单位", "本年累计得分"]);

    const jsonFile = join(dir, "模板.json");
    writeFileSync(jsonFile, JSON.stringify({ 月度通报: { 标题: "JSON 模板", 列: "单位，排名" } }));
    const out2 = join(dir, "json模板");
    expect(await recalc(input, "--period", "2026-03", "--template", jsonFile, "--out", out2)).toBe(0);
    const r2 = await rankingOf(join(out2, "自定义-结果-2026-03.xlsx"));
    expect([titleOf(r2), ...(r2.getRow(headerRowOf(r2, "单位")).values as unknown[]).slice(1)]).toEqual(["JSON 模板", "单位", "排名"]);
  });

  it("puts the logo from the 输出模板 sheet on the notice and each letter, in the template's font", async () => {
    const wb = buildInputWorkbook({ data: sample });
    const sheet = wb.getWorksheet("输出模板")!;
    sheet.addRow(["全部", "字体", "仿宋"]);
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAHklEQVR4nGPgXGLO0ObIwKHDQA7gHNUwqmFUw9DUAACShAbJzb2bCQAAAABJRU5ErkJggg==",
      "base64",
    );
    sheet.addImage(wb.addImage({ buffer: png as never, extension: "png" }), "E2:F4");
    const input = join(dir, "标志.xlsx");
    await wb.xlsx.writeFile(input);
    expect(await recalc(input, "--period", "2026-03")).toBe(0);
    const output = join(dir, "标志-结果-2026-03.xlsx");
    const pkg = Package.open(readFileSync(output), nodeCodec);
    expect(pkg.has("xl/media/infoscore-logo.png")).toBe(true);
    expect(await pkg.text("xl/styles.xml")).toContain('<name val="仿宋"/>');
    const pdf = libreOfficePdf(await onlySheets(output, (n) => !INPUT_SHEETS.includes(n), "仅结果"), dir);
    const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
    // The ranking notice plus one per letter (two units at streak 2).
    expect(images.length).toBeGreaterThanOrEqual(3);
    // A second run replaces our drawings instead of piling them up.
    copyFileSync(output, join(dir, "标志2.xlsx"));
    expect(await recalc(join(dir, "标志2.xlsx"), "--period", "2026-03")).toBe(0);
    const again = Package.open(readFileSync(join(dir, "标志2-结果-2026-03.xlsx")), nodeCodec);
    const types = await again.text("[Content_Types].xml");
    // The 通报, the 缺报通知单 and the 重点帮促通知 sheets carry the logo.
    expect(types.match(/infoscore-drawing/g)?.length).toBe(3);
  });

  it("reports a template column that does not exist on the 校验问题 sheet", async () => {
    const wb = buildInputWorkbook({ data: sample });
    wb.getWorksheet("输出模板")!.addRow(["月度通报", "列", "单位，得分率"]);
    const input = join(dir, "错列.xlsx");
    await wb.xlsx.writeFile(input);
    await recalc(input, "--period", "2026-03");
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, "错列-结果-2026-03.xlsx"));
    const issues = out.getWorksheet("校验问题")!.getColumn(5).values.map(String).join("\n");
    expect(issues).toContain("得分率");
  });
});

describe("a district of 52 units: the ranking and its 附件 over pages", () => {
  /** The table's header on a page (its 排名 cell), and the table rows under it (a unit's name, or 合计). */
  function tableOn(p: PdfPage): { header?: Box; rows: Box[] } {
    const header = [...p.lines].sort((a, b) => a.yMin - b.yMin).find((l) => l.text.trim() === "排名");
    const rows = header
      ? p.lines.filter(
          (l) => l.yMin > header.yMax && (l.text.trim().startsWith("合计") || bigUnits.some((u) => l.text.includes(unitKey(u)))),
        )
      : [];
    return { header, rows };
  }

  it("the 附件 runs over pages, each headed by its header with units under it", () => {
    const d = big.get("附件")!;
    expect(d.pages.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    d.pages.forEach((p, i) => {
      const { header, rows } = tableOn(p);
      expect(header, `附件 page ${i + 1}`).toBeDefined();
      for (const m of ["1月", "12月", "合计"]) expect(p.text, `附件 page ${i + 1}`).toContain(m);
      expect(rows.length, `附件 page ${i + 1}`).toBeGreaterThan(0);
      // The header opens the page: no unit's row above it.
      for (const u of bigUnits) if (rows.some((l) => l.text.includes(unitKey(u)))) seen.add(u);
      const above = p.lines.filter((l) => l.yMax < header!.yMin && bigUnits.some((u) => l.text.includes(unitKey(u))));
      expect(
        above.map((l) => l.text),
        `附件 page ${i + 1}`,
      ).toEqual([]);
    });
    expect([...seen].sort()).toEqual([...bigUnits].sort());
  });

  it("as laid out without the keep-with-next break, the ranking ends at a page's foot and the next page is header only", () => {
    const pages = big.get("通报-无分页符")!.pages;
    const last = pages[pages.length - 1];
    expect(tableOn(last).header, "the last page repeats the ranking header").toBeDefined();
    expect(tableOn(last).rows).toEqual([]);
    expect(last.text).toContain("抄送：");
    // The page before ends with the 合计 row: the table met the page's foot.
    const before = tableOn(pages[pages.length - 2]).rows;
    expect(before.at(-1)?.text.trim()).toMatch(/^合计/);
  });

  it("no page of the 通报 shows the repeated ranking header without a ranking row under it; 合计 goes with 附件说明 and 抄送", () => {
    const pages = big.get("通报")!.pages;
    expect(pages.length).toBeGreaterThan(2);
    const first = pages.findIndex((p) => tableOn(p).header !== undefined);
    pages.slice(first).forEach((p, i) => {
      const { header, rows } = tableOn(p);
      expect(header, `通报 page ${first + i + 1}`).toBeDefined();
      expect(rows.length, `通报 page ${first + i + 1}`).toBeGreaterThan(0);
    });
    const last = pages[pages.length - 1];
    expect(
      tableOn(last)
        .rows.map((l) => l.text.trim())
        .at(-1),
    ).toMatch(/^合计/);
    expectInOrder(textOf({ sheet: "", pages: [last] }), ["合计", "附件：", "区委办公室", "抄送："], "通报 last page");
    // Every unit is printed once, whichever page it is on.
    for (const u of bigUnits) expect(pages.filter((p) => tableOn(p).rows.some((l) => l.text.includes(unitKey(u)))).length, u).toBe(1);
  });
});
