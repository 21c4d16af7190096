import { describe, expect, it } from "vitest";
import {
  calculate,
  IssueLog,
  parseDay,
  isoDay,
  isoMonth,
  parsePeriod,
  readGrids,
  type CellValue,
  type GridWorkbook,
} from "../../core/index.ts";

const ROSTER: CellValue[][] = [
  ["单位", "类别", "主要负责人", "曾用名"],
  ["古邵镇", "镇街", "张书记", ""],
  ["区融媒体中心", "区直", "李主任", "区广播电视台、区新闻中心"],
];
const LOG_HEADER = ["编号", "报送日期", "报送单位", "撰稿人", "标题", "区采用", "市采用"];

function read(sheets: GridWorkbook["sheets"], lang: "zh" | "en" = "zh") {
  const issues = new IssueLog(lang);
  const result = readGrids({ sheets }, issues);
  return { ...result, issues: issues.list };
}

describe("reading the input workbook (docs/input.md)", () => {
  it("finds the header below a banner and a merged title, in any column order, ignoring extra columns and blank rows", () => {
    const r = read([
      { name: "单位名册", rows: ROSTER },
      {
        name: "信息报送",
        rows: [
          ["峄城区委办公室信息报送登记表"],
          [],
          ["备注", "市采用", "标题", "报送单位", "报送日期(必填)", "区采用", "撰稿人"],
          ["x", "否", "春耕", "古邵镇", "2026-03-05", "是", "王"],
          [null, null, null, null, null, null, null],
          ["", "√", "夏收", "区广播电视台", 46090, "Y", ""],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.data.submissions.map((s) => [s.unit, s.title, isoDay(s.date), s.marks])).toEqual([
      ["古邵镇", "春耕", "2026-03-05", 1],
      ["区广播电视台", "夏收", "2026-03-09", 1 | 8],
    ]);
    expect(r.data.submissions[0].source).toMatchObject({ sheet: "信息报送", row: 4 });
    expect(r.data.submissions[0].source.columns.unit).toBe("D");
    expect(r.stats.find((s) => s.sheet === "信息报送")).toEqual({ sheet: "信息报送", read: 2, used: 2, rejected: 0 });
  });

  it("accepts English sheet names and column aliases", () => {
    const r = read([
      {
        name: "Units",
        rows: [
          ["unit", "leader"],
          ["Town A", "Zhang"],
        ],
      },
      {
        name: "submissions",
        rows: [
          ["Date", "Unit", "Title", "City adopted"],
          [new Date(Date.UTC(2026, 2, 1)), "Town A", "t", "yes"],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.found).toEqual({ units: "Units", submissions: "submissions" });
    expect(r.data.submissions[0].marks).toBe(8);
  });

  it("reads every flag spelling and date form", () => {
    const flags = ["是", "否", "√", "×", "✓", "Y", "N", "yes", "no", "TRUE", "false", 1, 0, null, true];
    const dates: CellValue[] = [new Date(Date.UTC(2026, 2, 5)), 46086, "2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日"];
    const rows: CellValue[][] = [["报送日期", "报送单位", "标题", "市采用"]];
    flags.forEach((f, i) => rows.push([dates[i % dates.length], "古邵镇", `t${i}`, f]));
    const r = read([
      { name: "单位名册", rows: ROSTER },
      { name: "信息报送", rows },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.data.submissions.map((s) => s.marks === 8)).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(new Set(r.data.submissions.map((s) => isoDay(s.date)))).toEqual(new Set(["2026-03-05"]));
  });

  it("reads months, 项目 names or IDs, and rating kinds", () => {
    const r = read([
      {
        name: "单位名册",
        rows: [
          ["单位", "启用月份", "停用月份"],
          ["甲", "2026-04", "2026年9月"],
          ["乙", "2026/4", new Date(Date.UTC(2026, 10, 17))],
        ],
      },
      {
        name: "业务指标",
        rows: [
          ["姓名", "信息快报完成"],
          ["张三", 20],
        ],
      },
      {
        name: "考核记录",
        rows: [
          ["姓名", "项目", "次数", "分值", "理由依据"],
          ["张三", "S2", 2, null, null],
          ["张三", "空岗、脱岗、旷班误事", null, null, null],
          ["张三", "其他违纪行为", 1, 80, null],
          ["张三", "s14", 1, null, "区表彰文件"],
        ],
      },
      {
        name: "评议打分",
        rows: [
          ["姓名", "评议类型", "分数"],
          ["张三", "群众评议", 90],
          ["张三", "考评小组", "85"],
          ["张三", "主任办公会", 88.5],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.data.units.map((u) => [isoMonth(u.fromMonth!), isoMonth(u.toMonth!)])).toEqual([
      ["2026-04", "2026-09"],
      ["2026-04", "2026-11"],
    ]);
    expect(r.data.staffEvents.map((e) => [e.rule, e.count, e.points])).toEqual([
      ["S2", 2, undefined],
      ["S2", 1, undefined],
      ["S3", 1, 80],
      ["S14", 1, undefined],
    ]);
    expect(r.data.ratings.map((x) => [x.kind, x.score])).toEqual([
      ["mass", 90],
      ["group", 85],
      ["meeting", 88.5],
    ]);
    expect(r.data.staff[0].targets.S7).toEqual({ target: undefined, actual: 20 });
  });

  it("reports each bad input with sheet, A1 cell, value and expectation, and keeps reading the other rows", () => {
    const r = read([
      {
        name: "单位名册",
        rows: [
          ["单位", "启用月份"],
          ["古邵镇", "明年"],
        ],
      },
      {
        name: "信息报送",
        rows: [
          ["报送日期", "报送单位", "标题", "市采用"],
          ["3月5日", "古邵镇", "a", "是"], // bad date
          ["2026-03-05", "", "b", "是"], // missing unit
          ["2026-03-05", "古邵镇", "c", "也许"], // bad flag
          ["2026-03-06", "古邵镇", "d", "否"], // good
        ],
      },
      {
        name: "业务指标",
        rows: [
          ["姓名", "信息快报完成"],
          ["张三", "二十"],
        ],
      },
      {
        name: "考核记录",
        rows: [
          ["姓名", "项目", "次数"],
          ["张三", "迟到", 1],
          ["张三", "S2", 0],
        ],
      },
      {
        name: "评议打分",
        rows: [
          ["姓名", "评议类型", "分数"],
          ["张三", "领导评议", 90],
          ["张三", "群众评议", "优"],
        ],
      },
    ]);
    const got = r.issues.map((i) => [i.severity, i.sheet, i.cell, i.code]);
    expect(got).toEqual([
      ["error", "单位名册", "B2", "badMonth"],
      ["error", "信息报送", "A2", "dateWithoutYear"],
      ["error", "信息报送", "B3", "required"],
      ["error", "信息报送", "D4", "badFlag"],
      ["error", "业务指标", "B2", "badNumber"],
      ["error", "考核记录", "B2", "unknownItem"],
      ["error", "考核记录", "C3", "badCount"],
      ["error", "评议打分", "B2", "badChoice"],
      ["error", "评议打分", "C3", "badNumber"],
    ]);
    expect(r.issues[1].message).toBe("信息报送!A2：“3月5日”不是完整日期：缺少年份");
    expect(r.issues[3].message).toContain("也许");
    expect(r.data.submissions.map((s) => s.title)).toEqual(["d"]);
    for (const s of r.stats) expect(s.read).toBe(s.used + s.rejected);
    expect(r.stats.find((s) => s.sheet === "信息报送")).toMatchObject({ read: 4, used: 1, rejected: 3 });
  });

  it("speaks English with lang en", () => {
    const r = read(
      [
        { name: "单位名册", rows: ROSTER },
        {
          name: "信息报送",
          rows: [
            ["报送日期", "报送单位", "标题"],
            ["soon", "古邵镇", "a"],
          ],
        },
      ],
      "en",
    );
    expect(r.issues[0].message).toBe(
      "信息报送!A2: “soon” is not a date (expected 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date; a time of day may follow)",
    );
  });

  it("names missing sheets and columns", () => {
    const r = read([
      {
        name: "信息报送",
        rows: [
          ["报送日期", "单位名"],
          ["2026-03-01", "甲"],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([
      ["信息报送", "A1", "columnMissing"],
      ["信息报送", "A1", "columnMissing"],
      ["单位名册", "", "sheetMissing"],
    ]);
    expect(r.issues.map((i) => i.params.column ?? i.params.expected)).toEqual(["报送单位", "标题", "单位名册"]);
  });

  it("applies the 计分规则 sheet and a rules file, the file last", () => {
    const issues = new IssueLog();
    const read = readGrids(
      {
        sheets: [
          { name: "单位名册", rows: ROSTER },
          { name: "信息报送", rows: [LOG_HEADER, ["", "2026-03-02", "古邵镇", "", "t", "是", "是"]] },
          {
            name: "计分规则",
            rows: [
              ["规则", "值", "说明"],
              ["U2", 8, "区采用改为 8 分"],
              ["U5", 40, ""],
            ],
          },
        ],
      },
      issues,
    );
    const r = calculate(read, {
      period: parsePeriod("2026-03")!,
      asOf: parseDay("2026-11-29")!,
      issues,
      overrides: [{ key: "U5", value: 30, where: { sheet: "rules.json", cell: "U5" } }],
    });
    expect(issues.list).toEqual([]);
    expect(r.units.find((u) => u.unit.name === "古邵镇")!.score).toBe(1 + 8 + 30);
  });
});
