// The input contract on real xlsx files written by exceljs (as another program would write
// them), read back through the package reader the batch tool uses.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { IssueLog, isoDay, parseDay, isoMonth, type ReadResult } from "../../core/index.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";

async function readXlsx(wb: ExcelJS.Workbook, lang: "zh" | "en" = "zh"): Promise<ReadResult & { issues: IssueLog["list"] }> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const issues = new IssueLog(lang);
  const read = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
  return { ...read, issues: issues.list };
}

function roster(wb: ExcelJS.Workbook, name = "单位名册"): void {
  const ws = wb.addWorksheet(name);
  ws.addRows([
    ["单位", "主要负责人", "启用月份"],
    ["古邵镇", "张书记", "2026年1月"],
    ["峨山镇", "李镇长", new Date(Date.UTC(2026, 0, 15))],
  ]);
}

describe("layout variants of the input workbook (docs/input.md) in real xlsx files", () => {
  it("banner and merged title rows above the header, shuffled and extra columns, blank rows", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb);
    const ws = wb.addWorksheet("信息报送");
    ws.mergeCells("A1:F1");
    ws.getCell("A1").value = "峄城区党政信息报送登记表(2026年)";
    ws.getCell("A2").value = "填表说明:每条信息一行";
    ws.addRow([]);
    ws.addRow(["标题", "备注", "市采用", "报送单位(必填)", "报送日期", "区采用"]);
    ws.addRow(["春耕", "内部", "√", "古邵镇", new Date(Date.UTC(2026, 2, 5)), "是"]);
    ws.addRow([]);
    ws.addRow(["夏收", null, "×", "峨山镇", 46090, "Y"]);
    ws.addRow(["秋种", null, null, "峨山镇", "2026年3月10日", "1"]);
    const r = await readXlsx(wb);
    expect(r.issues).toEqual([]);
    expect(r.data.submissions.map((s) => [s.title, s.unit, isoDay(s.date), s.marks])).toEqual([
      ["春耕", "古邵镇", "2026-03-05", 1 | 8],
      ["夏收", "峨山镇", "2026-03-09", 1],
      ["秋种", "峨山镇", "2026-03-10", 1],
    ]);
    expect(r.data.submissions.map((s) => s.source.row)).toEqual([5, 7, 8]);
    expect(r.data.units.map((u) => isoMonth(u.fromMonth!))).toEqual(["2026-01", "2026-01"]);
  });

  it("English sheet names and column aliases, numbers and booleans as real cell types", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Units").addRows([
      ["Unit", "Leader"],
      ["Town A", "Zhang"],
    ]);
    wb.addWorksheet("Submissions").addRows([
      ["Date", "Unit", "Title", "City adopted", "Important", "Approver"],
      [new Date(Date.UTC(2026, 2, 1)), "Town A", "t", true, false, null],
    ]);
    wb.addWorksheet("Staff targets").addRows([
      ["Name", "express actual"],
      ["Wang", 18],
    ]);
    wb.addWorksheet("Staff events").addRows([
      ["Name", "Item", "Count", "Reason"],
      ["Wang", "S14", 1, "commended"],
    ]);
    wb.addWorksheet("Ratings").addRows([
      ["Name", "Kind", "Score"],
      ["Wang", "mass", 88],
    ]);
    const r = await readXlsx(wb);
    expect(r.issues).toEqual([]);
    expect(r.found).toEqual({
      units: "Units",
      submissions: "Submissions",
      staff: "Staff targets",
      staffEvents: "Staff events",
      ratings: "Ratings",
    });
    expect(r.data.submissions[0].marks).toBe(8);
    expect(r.data.staff[0].targets.S7).toEqual({ target: undefined, actual: 18 });
    expect(r.data.staffEvents[0].rule).toBe("S14");
    expect(r.data.ratings[0]).toMatchObject({ kind: "mass", score: 88 });
  });

  it("rich text and formulas with cached values are read as their text and value", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb);
    const ws = wb.addWorksheet("信息报送");
    ws.addRow(["报送日期", "报送单位", "标题", "区采用"]);
    ws.addRow([
      new Date(Date.UTC(2026, 2, 2)),
      { richText: [{ text: "古邵" }, { text: "镇", font: { bold: true } }] },
      { formula: 'CONCATENATE("春","耕")', result: "春耕" },
      "是",
    ]);
    const r = await readXlsx(wb);
    expect(r.issues).toEqual([]);
    expect(r.data.submissions[0]).toMatchObject({ unit: "古邵镇", title: "春耕" });
  });
});

describe("date systems", () => {
  it("reads dates of a 1904-date-system workbook (old Mac Excel) as the same calendar days", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    roster(wb);
    const ws = wb.addWorksheet("信息报送");
    ws.addRow(["报送日期", "报送单位", "标题"]);
    ws.addRow([new Date(Date.UTC(2026, 2, 5)), "古邵镇", "春耕"]);
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    const r = await readXlsx(wb);
    expect(r.issues).toEqual([]);
    expect(isoDay(r.data.submissions[0].date)).toBe("2026-03-05");
  });
});

describe("every bad-input kind in a real xlsx file is reported with sheet, cell and value", () => {
  it("reports and keeps going", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("单位名册").addRows([
      ["单位", "启用月份"],
      ["古邵镇", "下个月"],
      ["古邵镇", null],
    ]);
    wb.addWorksheet("信息报送").addRows([
      ["编号", "报送日期", "报送单位", "标题", "市采用", "事件日期"],
      ["A1", "3月5日", "古邵镇", "a", "是", null], // bad date (error)
      ["A2", "2026-03-05", null, "b", "是", null], // missing required
      ["A3", "2026-03-05", "古邵镇", "c", "可能", null], // bad flag
      ["A4", "2026-03-05", "古绍镇", "d", "否", null], // unknown unit (near name)
      ["A4", "2026-03-06", "古邵镇", "e", "否", null], // repeated ID
      ["A5", "2026-03-07", "古邵镇", "f", "否", "上周"], // bad optional date (warning)
      ["A5", "2026-03-08", "古邵镇", "g", "否", null], // repeated ID
    ]);
    wb.addWorksheet("业务指标").addRows([
      ["姓名", "上报市委完成"],
      ["张三", "六百"],
    ]);
    wb.addWorksheet("考核记录").addRows([
      ["姓名", "项目", "次数", "分值"],
      ["张三", "迟到早退", 1, null],
      ["李四", "S2", 1, null],
      ["张三", "S3", 1, 500],
    ]);
    wb.addWorksheet("评议打分").addRows([
      ["姓名", "评议类型", "分数"],
      ["张三", "领导评议", 90],
    ]);
    wb.addWorksheet("计分规则").addRows([
      ["规则", "值"],
      ["U2", "很多"],
      ["U99", 1],
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const issues = new IssueLog();
    const read = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
    const { calculate, parsePeriod, readStats } = await import("../../core/index.ts");
    calculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-11-29")!, issues });
    const got = issues.list.map((i) => [i.severity, i.sheet, i.cell, i.code]);
    expect(got).toEqual(
      [
        ["error", "单位名册", "B2", "badMonth"],
        ["error", "信息报送", "B2", "dateWithoutYear"],
        ["error", "信息报送", "C3", "required"],
        ["error", "信息报送", "E4", "badFlag"],
        ["warning", "信息报送", "F7", "badDate"],
        ["error", "业务指标", "B2", "badNumber"],
        ["error", "考核记录", "B2", "unknownItem"],
        ["error", "评议打分", "B2", "badChoice"],
        ["error", "计分规则", "B2", "badRuleValue"],
        ["error", "计分规则", "B3", "unknownRuleKey"],
        ["error", "计分规则", "", "ruleSetRefused"],
        ["error", "单位名册", "A3", "duplicateUnit"],
        ["error", "信息报送", "C5", "unknownUnit"],
        ["error", "信息报送", "A8", "duplicateId"],
        ["error", "考核记录", "A3", "unknownStaff"],
        ["error", "考核记录", "D4", "pointsOutOfRange"],
        ["warning", "业务指标", "", "actualsPerPeriod"],
        ["warning", "业务指标", "A2", "actualMissing"],
        ["warning", "业务指标", "A2", "actualMissing"],
        ["warning", "业务指标", "A2", "actualMissing"],
        ["warning", "业务指标", "B2", "actualMissing"],
        ["warning", "评议打分", "", "missingRatings"],
      ].map(([severity, sheet, cell, code]) => [severity, sheet, cell, code]),
    );
    for (const i of issues.list) {
      expect(i.message.startsWith(`${i.sheet}!${i.cell}`) || i.cell === "").toBe(true);
    }
    expect(issues.list.find((i) => i.code === "unknownUnit")!.message).toContain("古邵镇");
    for (const s of readStats(read, issues)) expect(s.read).toBe(s.used + s.rejected);
  });
});
