// Cells whose message must name the real problem: invisible and full-width characters in a
// header, formulas whose result was never stored, a column named twice, refused dates, and a
// title holding a pasted article. Each case is a small generated workbook; the issue is checked
// by sheet, cell, code and text in both languages.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { IssueLog, readGrids, type CellValue, type GridWorkbook, type Lang } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { MAX_TITLE_CHARS } from "../../core/read/convert.ts";
import { ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

const UNITS: CellValue[][] = [["单位"], ["古邵镇"], ["峨山镇"]];

function read(sheets: GridWorkbook["sheets"], lang: Lang = "zh") {
  const issues = new IssueLog(lang);
  const result = readGrids({ sheets }, issues, { year: 2026 });
  return { ...result, issues: issues.list };
}

const items = (r: ReturnType<typeof read>) => r.data.submissions.map((s) => [s.source.row, s.unit, s.title, s.marks]);

describe("invisible and full-width characters in header names", () => {
  it("报送\\u200b单位, ＊标题, 区采用 with a no-break space and the other invisible marks are read as their columns", () => {
    const header = ["报送日期\u2060", "报送\u200b单位", "＊标题", "区\u00a0采用", "市采用\u200c", "\ufeff省采用"];
    const r = read([
      { name: "单位名册", rows: UNITS },
      { name: "信息报送", rows: [header, ["2026-03-05", "古邵镇", "春耕", "是", "否", "是"]] },
    ]);
    expect(r.issues).toEqual([]);
    // district 1, province 64
    expect(items(r)).toEqual([[2, "古邵镇", "春耕", 1 | 64]]);
  });
});

/** A log whose 区采用 and 标题 cells are formulas: with a stored result, or none (as openpyxl writes them). */
async function formulaLog(lang: Lang) {
  const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
  const log = {
    name: "信息报送",
    xml:
      row(1, ["报送日期", "报送单位", "标题", "区采用"]) +
      `<row r="2">${text("A2", "2026-03-05")}${text("B2", "古邵镇")}<c r="C2" t="str"><f>"春"&amp;"耕"</f><v>春耕</v></c><c r="D2" t="str"><f>IF(1,"是","否")</f><v>是</v></c></row>` +
      `<row r="3">${text("A3", "2026-03-06")}${text("B3", "峨山镇")}${text("C3", "防汛")}<c r="D3" t="str"><f>IF(1,"是","否")</f></c></row>` +
      `<row r="4">${text("A4", "2026-03-07")}${text("B4", "古邵镇")}<c r="C4"><f>E4</f></c><c r="D4" t="str"><f>IF(1,"是","否")</f><v></v></c></row>` +
      `<row r="5">${text("A5", "2026-03-08")}${text("B5", "峨山镇")}${text("C5", "秋收")}<c r="D5"/><c r="E5"><f>1+1</f></c></row>` +
      // A formula filled down a column InfoScore does not read, below the data: a blank row.
      `<row r="6"><c r="E6"><f>ROW()-1</f></c></row>`,
  };
  const issues = new IssueLog(lang);
  const result = await readWorkbookPackage(openPackage(await zipParts(workbookParts([ROSTER, log])), nodeCodec), issues);
  return { result, issues: issues.list };
}

describe("formulas without a stored result", () => {
  it("are named as such, not as empty cells; a formula with its result stored is read", async () => {
    const { result, issues } = await formulaLog("zh");
    expect(issues.map((i) => [i.severity, i.sheet, i.cell, i.code])).toEqual([
      ["error", "信息报送", "D3", "formulaNotCalculated"],
      ["error", "信息报送", "C4", "formulaNotCalculated"],
    ]);
    expect(issues[0].message).toBe(
      "信息报送!D3：“区采用”单元格是公式，但公式结果从未计算保存（由程序生成的工作簿常见），无法读取其值，此行未计分。请在 Excel 或 WPS 中打开该工作簿并保存一次，使公式结果写入文件后再试",
    );
    for (const i of issues) expect(i.message).not.toContain("不能为空");
    // Row 2 keeps its stored results; row 4's empty stored 区采用 is a stored blank (no), not unknown;
    // a formula in a column InfoScore does not read (E5, E6) changes nothing.
    expect(result.data.submissions.map((s) => [s.source.row, s.title, s.marks])).toEqual([
      [2, "春耕", 1],
      [5, "秋收", 0],
    ]);
    expect(result.stats.find((s) => s.sheet === "信息报送")).toMatchObject({ read: 4, used: 2, rejected: 2 });
  });

  it("as exceljs writes them (a formula without a result): a flag column is not read as “no”", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("单位名册").addRows(UNITS);
    const log = wb.addWorksheet("信息报送");
    log.addRows([
      ["报送日期", "报送单位", "标题", "区采用"],
      ["2026-03-05", "古邵镇", "春耕", null],
    ]);
    log.getCell("D2").value = { formula: 'IF(1,"是","否")' } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const issues = new IssueLog();
    const result = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
    expect(issues.list.map((i) => [i.cell, i.code])).toEqual([["D2", "formulaNotCalculated"]]);
    expect(result.data.submissions).toEqual([]);
  });

  it("in English too", async () => {
    const { issues } = await formulaLog("en");
    expect(issues[1].message).toBe(
      "信息报送!C4: the “标题” cell holds a formula whose result was never calculated and saved (common in workbooks written by programs), so its value cannot be read and the row is not counted. Open the workbook in Excel or WPS and save it once, so the results are stored, then try again",
    );
  });
});

describe("a column named twice", () => {
  it("two 报送单位 after normalisation: the first is read, the second named with the one used, in both languages", () => {
    const rows = [
      ["报送日期", "报送单位", "标题", "报送\u200b单位（镇街）"],
      ["2026-03-05", "古邵镇", "春耕", "峨山镇"],
    ];
    const zh = read([
      { name: "单位名册", rows: UNITS },
      { name: "信息报送", rows },
    ]);
    expect(zh.issues.map((i) => [i.severity, i.cell, i.code, i.message])).toEqual([
      ["warning", "D1", "columnTwice", "信息报送!D1：“报送单位”列出现了两次，只读取了 B 列，此列未读取；请删除或改名其中一列"],
    ]);
    expect(items(zh)).toEqual([[2, "古邵镇", "春耕", 0]]);
    const en = read(
      [
        { name: "单位名册", rows: UNITS },
        { name: "信息报送", rows },
      ],
      "en",
    );
    expect(en.issues[0].message).toBe(
      "信息报送!D1: column “报送单位” appears twice; only column B was read, not this one. Delete or rename one of them",
    );
  });
});

describe("refused dates say what is wrong", () => {
  it("dates with a time of day are read; no such day and not a date are told so in English, never the year rule", () => {
    const r = read(
      [
        { name: "单位名册", rows: UNITS },
        {
          name: "信息报送",
          rows: [
            ["报送日期", "报送单位", "标题"],
            ["2026/3/5 10:30", "古邵镇", "a"],
            ["2026年3月5日 10时", "峨山镇", "b"],
            ["2026-02-30 10:30", "古邵镇", "c"],
            ["上周五", "古邵镇", "d"],
          ],
        },
      ],
      "en",
    );
    expect(items(r)).toEqual([
      [2, "古邵镇", "a", 0],
      [3, "峨山镇", "b", 0],
    ]);
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([
      ["A4", "noSuchDay"],
      ["A5", "badDate"],
    ]);
    expect(r.issues[0].message).toMatch(/^信息报送!A4: .*2026-02-30 10:30.*(no such day|does not exist)/);
    for (const i of r.issues) expect(i.message).not.toMatch(/2000|2099/);
  });
});

describe("a title holding a pasted article", () => {
  it(`is kept to ${MAX_TITLE_CHARS} characters with a warning naming the cell; shorter titles are untouched`, () => {
    // An emoji (two UTF-16 units) straddles the cut: it is left out whole, never halved.
    const article = "乡".repeat(MAX_TITLE_CHARS - 1) + "😀".repeat(400);
    const exact = "防".repeat(MAX_TITLE_CHARS);
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["报送日期", "报送单位", "标题"],
          ["2026-03-05", "古邵镇", article],
          ["2026-03-06", "峨山镇", exact],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.severity, i.cell, i.code, i.message])).toEqual([
      [
        "warning",
        "C2",
        "textCut",
        `信息报送!C2：“标题”长 ${article.length} 个字，超过 ${MAX_TITLE_CHARS} 个字；查找重复和结果表只用前 ${MAX_TITLE_CHARS} 个字。如误将正文粘贴到了此列，请只保留标题`,
      ],
    ]);
    const en = read(
      [
        { name: "单位名册", rows: UNITS },
        {
          name: "信息报送",
          rows: [
            ["报送日期", "报送单位", "标题"],
            ["2026-03-05", "古邵镇", article],
          ],
        },
      ],
      "en",
    );
    expect(en.issues[0].message).toBe(
      `信息报送!C2: “标题” is ${article.length} characters long, over ${MAX_TITLE_CHARS}; only the first ${MAX_TITLE_CHARS} characters are used to find duplicates and in the result sheets. If body text was pasted here by mistake, keep only what belongs in this column`,
    );
    const [cut, kept] = r.data.submissions.map((s) => s.title);
    expect(cut).toBe("乡".repeat(MAX_TITLE_CHARS - 1));
    expect(kept).toBe(exact);
  });
});
