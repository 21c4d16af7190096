// Workbooks as offices draw them: two-row headers, titles above, hidden and blank columns,
// invisible and full-width characters in names, one log over several monthly sheets, and dates
// with times of day. Each case is a small generated workbook checked by value.
import { describe, expect, it } from "vitest";
import { IssueLog, isoDay, readDate, readGrids, type CellValue, type GridWorkbook } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

const UNITS: CellValue[][] = [["单位"], ["古邵镇"], ["峨山镇"]];

function read(sheets: GridWorkbook["sheets"]) {
  const issues = new IssueLog();
  const result = readGrids({ sheets }, issues, { year: 2026 });
  return { ...result, issues: issues.list };
}

const logOf = (r: ReturnType<typeof read>) =>
  r.data.submissions.map((s) => [s.source.sheet, s.source.row, isoDay(s.date), s.unit, s.title, s.marks]);

describe("headers as offices draw them", () => {
  it("a merged group label over 区采用/市采用/省采用 in the row below, with a title row above: every adoption is read", () => {
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["2026年信息报送登记表"],
          ["编号", "报送日期", "报送单位", "标题", "采用情况", null, null],
          [null, null, null, null, "区采用", "市采用", "省采用"],
          ["1", "2026-03-05", "古邵镇", "春耕", "是", "是", "否"],
          ["2", "2026-03-06", "峨山镇", "防汛", "否", "否", "是"],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    // marks: district.adopted 1, city.adopted 8, province.adopted 64
    expect(logOf(r)).toEqual([
      ["信息报送", 4, "2026-03-05", "古邵镇", "春耕", 1 | 8],
      ["信息报送", 5, "2026-03-06", "峨山镇", "防汛", 64],
    ]);
  });

  it("the names in the second row under group labels, required ones split over both rows", () => {
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["基本情况", null, "信息内容", null, "采用情况"],
          ["报送日期", "报送单位", "标题", "撰稿人", "区采用"],
          ["2026-03-05", "古邵镇", "春耕", "王", "√"],
        ],
      },
      {
        name: "单位名册 ",
        rows: [],
      },
    ]);
    expect(logOf(r)).toEqual([["信息报送", 3, "2026-03-05", "古邵镇", "春耕", 1]]);
    const split = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["报送日期", "报送单位", "信息", null],
          [null, null, "标题", "区采用"],
          ["2026-03-05", "古邵镇", "春耕", "是"],
        ],
      },
    ]);
    expect(split.issues).toEqual([]);
    expect(logOf(split)).toEqual([["信息报送", 3, "2026-03-05", "古邵镇", "春耕", 1]]);
  });

  it("hidden or blank columns between, zero-width and full-width characters in the names", () => {
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          [null, "报送\u200b日期", null, "报送单位\ufeff", "x", "标\u200d题", "区采用（是/否）", "ＣＩＴＹ　ＡＤＯＰＴＥＤ"],
          [null, "2026-03-05", null, "古邵镇", "y", "春耕", "是", "是"],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(logOf(r)).toEqual([["信息报送", 2, "2026-03-05", "古邵镇", "春耕", 1 | 8]]);
  });

  it("a flag column named almost right, and a column named twice, are warnings naming them", () => {
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["报送日期", "报送单位", "标题", "区采用", "区采用", "市级采用"],
          ["2026-03-05", "古邵镇", "春耕", "是", "否", "是"],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.severity, i.cell, i.code, i.message])).toEqual([
      ["warning", "E1", "columnTwice", "信息报送!E1：“区采用”列出现了两次，只读取了 D 列，此列未读取；请删除或改名其中一列"],
      ["warning", "F1", "columnNotPlaced", "信息报送!F1：表头“市级采用”不是可识别的列名，此列未读取；如指“市采用”，请把表头改为“市采用”"],
    ]);
    expect(logOf(r)).toEqual([["信息报送", 2, "2026-03-05", "古邵镇", "春耕", 1]]);
  });

  it("rows the XML writes before the header row are read in their place; rows above the header are not data", async () => {
    const log = {
      name: "信息报送",
      xml:
        row(3, ["2026-03-05", "古邵镇", "春耕", "是"]) +
        row(1, ["登记表"]) +
        row(2, ["报送日期", "报送单位", "标题", "区采用"]) +
        row(4, ["2026-03-06", "峨山镇", "防汛", "否"]),
    };
    const issues = new IssueLog();
    const result = await readWorkbookPackage(openPackage(await zipParts(workbookParts([ROSTER, log])), nodeCodec), issues);
    expect(issues.list).toEqual([]);
    expect(result.data.submissions.map((s) => [s.source.row, s.title])).toEqual([
      [3, "春耕"],
      [4, "防汛"],
    ]);
  });
});

describe("one log in several sheets", () => {
  it("信息报送1月, 信息报送(2) and 3月信息报送 are read together, each row located by its own sheet", () => {
    const header = ["报送日期", "报送单位", "标题", "区采用"];
    const r = read([
      { name: "单位名册", rows: UNITS },
      { name: "信息报送1月", rows: [header, ["2026-01-05", "古邵镇", "一月", "是"]] },
      { name: "信息报送(2)", rows: [header, ["2026-02-05", "峨山镇", "二月", "否"]] },
      { name: "3月信息报送", rows: [["三月"], header, ["2026-03-05", "古邵镇", "三月", "是"]] },
      { name: "信息报送 12月份", rows: [header] },
    ]);
    expect(r.issues).toEqual([]);
    expect(logOf(r)).toEqual([
      ["信息报送1月", 2, "2026-01-05", "古邵镇", "一月", 1],
      ["信息报送(2)", 2, "2026-02-05", "峨山镇", "二月", 0],
      ["3月信息报送", 3, "2026-03-05", "古邵镇", "三月", 1],
    ]);
    expect(r.data.submissions[2].source.columns.unit).toBe("B");
  });
});

describe("dates exactly as written", () => {
  it("every common form with a time of day is read as its date; a time never moves the date", () => {
    const forms = [
      "2026/3/5 10:30",
      "2026-03-05 10:30",
      "2026-3-5 23:59:59",
      "2026年3月5日 10时",
      "2026年3月5日10时30分",
      "2026年3月5日 下午3点",
      "2026.3.5 10:30:00",
      "2026-03-05T23:59:59Z",
      "２０２６年３月５日　１０：３０",
    ];
    for (const f of forms) expect(readDate(f), f).toEqual({ day: readDate("2026-03-05").day });
    // 23:59:59 of 31 March stays in March, as a date object or an Excel serial
    expect(isoDay(readDate(new Date(Date.UTC(2026, 2, 31, 23, 59, 59))).day!)).toBe("2026-03-31");
    expect(isoDay(readDate(new Date(Date.UTC(2026, 2, 31, 23, 59, 59, 990))).day!)).toBe("2026-03-31");
  });

  it("a refused date says what is wrong with it: no such day, not a date, no year", () => {
    const r = read([
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          ["报送日期", "报送单位", "标题"],
          ["2026-02-30", "古邵镇", "a"],
          ["2026/2/29 10:30", "古邵镇", "b"],
          ["下周三", "古邵镇", "c"],
          ["3月5日", "古邵镇", "d"],
          ["2026-03-05 25:99", "古邵镇", "e"],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([
      ["A2", "noSuchDay"],
      ["A3", "noSuchDay"],
      ["A4", "badDate"],
      ["A5", "dateWithoutYear"],
      ["A6", "badDate"],
    ]);
    expect(r.issues[0].message).toBe("信息报送!A2：“2026-02-30”这一天不存在：该月没有这一日，请核对日期");
    for (const i of r.issues) expect(i.message).not.toContain("2000");
  });

  it('t="d" cells are the date written, whatever the time zone; serials with 23:59:59 stay on their day', async () => {
    const log = {
      name: "信息报送",
      xml:
        row(1, ["报送日期", "报送单位", "标题"]) +
        '<row r="2"><c r="A2" t="d"><v>2026-04-01T00:00:00</v></c><c r="B2" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C2" t="inlineStr"><is><t>a</t></is></c></row>' +
        '<row r="3"><c r="A3" t="d"><v>2026-03-31T23:59:59.999</v></c><c r="B3" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C3" t="inlineStr"><is><t>b</t></is></c></row>' +
        '<row r="4"><c r="A4" t="d"><v>2026-03-31T23:30:00+08:00</v></c><c r="B4" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C4" t="inlineStr"><is><t>c</t></is></c></row>' +
        '<row r="5"><c r="A5" s="1"><v>46112.999988426</v></c><c r="B5" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C5" t="inlineStr"><is><t>d</t></is></c></row>',
    };
    const styles =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>';
    const bytes = await zipParts(workbookParts([ROSTER, log], { "xl/styles.xml": styles }));
    const issues = new IssueLog();
    const result = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
    expect(issues.list).toEqual([]);
    expect(result.data.submissions.map((s) => [s.title, isoDay(s.date)])).toEqual([
      ["a", "2026-04-01"],
      ["b", "2026-03-31"],
      ["c", "2026-03-31"],
      ["d", "2026-03-31"],
    ]);
  });
});
