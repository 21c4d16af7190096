// Documents an office signs (D8–D10), with values worked out by hand: categories in the 正文, the
// 先进单位 quota per 类别 with a tie, 类别 ranks in the JSON, 前列 never naming a unit with 0 points,
// the appraisal's 阶段考核情况 for a month and its grades for the year, 文号 and 期号 from 输出模板.
import { describe, expect, it } from "vitest";
import {
  buildResultSheets,
  compute,
  defaultTemplateRows,
  DEFAULT_RULES,
  IssueLog,
  resolveTemplates,
  resultsJson,
  type RuleSet,
  type SheetModel,
  type TableBlock,
} from "../../core/index.ts";
import { day, event, input, period, ratingsAll, staffOnTarget, sub, unit } from "../helpers/records.ts";

const byCategory = (advancedUnits = 5): RuleSet => ({
  ...DEFAULT_RULES,
  selection: { ...DEFAULT_RULES.selection, rankWithinCategory: true, advancedUnits },
});

// Points: 1 an item, 区采用 +5, 市委办采用 +50, 省委办采用 +100. The roster interleaves the 类别;
// 镇街 is named first, so it comes first, and the units without a 类别 (其他单位) last.
//   镇一 2 items = 2      局一 plain + 区采用 = 1 + 6 = 7     镇二 区+市 = 56     镇三 2 items = 2
//   局二 1                镇四 nothing = 0                    局三 区+省 = 106    其他 1    其他二 nothing = 0
// Overall: 局三 1, 镇二 2, 局一 3, 镇一 and 镇三 4, 局二 and 其他 6, 镇四 and 其他二 8.
// Within 类别: 镇街 镇二 1, 镇一 2, 镇三 2, 镇四 4; 区直部门 局三 1, 局一 2, 局二 3; 其他单位 其他 1, 其他二 2.
function district() {
  const units = [
    unit("镇一", { category: "镇街", leader: "甲" }),
    unit("局一", { category: "区直部门", leader: "乙" }),
    unit("镇二", { category: "镇街", leader: "丙" }),
    unit("镇三", { category: "镇街", leader: "丁" }),
    unit("局二", { category: "区直部门", leader: "戊" }),
    unit("镇四", { category: "镇街", leader: "己" }),
    unit("局三", { category: "区直部门", leader: "庚" }),
    unit("其他", { leader: "辛" }),
    unit("其他二", { leader: "壬" }),
  ];
  const submissions = [
    sub("镇一", "2026-03-02"),
    sub("镇一", "2026-03-03"),
    sub("局一", "2026-03-04"),
    sub("局一", "2026-03-05", ["district.adopted"]),
    sub("镇二", "2026-03-06", ["district.adopted", "city.adopted"]),
    sub("镇三", "2026-03-09"),
    sub("镇三", "2026-03-10"),
    sub("局二", "2026-03-11"),
    sub("局三", "2026-03-12", ["district.adopted", "province.adopted"]),
    sub("其他", "2026-03-13"),
  ];
  return input({ units, submissions });
}

function run(rules: RuleSet, rows: Array<[string, string, string]> = [], data = district(), when = "2026-03") {
  const issues = new IssueLog();
  const results = compute(data, { period: period(when), asOf: day("2026-04-10"), rules, issues });
  const where = (i: number) => ({ sheet: "输出模板", cell: `C${i + 2}` });
  const templates = resolveTemplates(
    rows.map(([sheet, item, content], i) => ({ sheet, item, content, where: where(i) })),
    issues,
  );
  return { results, issues, sheets: buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues }) };
}

const byName = (sheets: SheetModel[], name: string) => sheets.find((s) => s.name === name)!;
const textsOf = (m: SheetModel) => m.blocks.flatMap((b) => (b.kind === "text" ? [b.text.replace(/\n/g, "")] : []));
const tablesOf = (m: SheetModel) => m.blocks.filter((b): b is TableBlock => b.kind === "table");
const rowsOf = (t: TableBlock) => [...t.rows()];

describe("D8: categories everywhere", () => {
  it("JSON: category and categoryRank against the hand ranking; rank stays overall; null when off", () => {
    const units = resultsJson(run(byCategory()).results).units;
    const got = Object.fromEntries(units.map((u) => [u.unit, [u.category, u.rank, u.categoryRank]]));
    expect(got).toEqual({
      局三: ["区直部门", 1, 1],
      镇二: ["镇街", 2, 1],
      局一: ["区直部门", 3, 2],
      镇一: ["镇街", 4, 2],
      镇三: ["镇街", 4, 2],
      局二: ["区直部门", 6, 3],
      其他: ["", 6, 1],
      镇四: ["镇街", 8, 4],
      其他二: ["", 8, 2],
    });
    expect(resultsJson(run(DEFAULT_RULES).results).units.every((u) => u.categoryRank === null)).toBe(true);
  });

  it("正文: totals per 类别 in roster 类别 order (其他单位 last, no level with nothing), 前列 and 点名 per 类别", () => {
    const lines = textsOf(byName(run(byCategory()).sheets, "月度通报"));
    expect(lines).toContain(
      "\u3000\u30002026年3月，镇街共报送信息5条，区委办采用1条，被市委办采用1条；区直部门共报送信息4条，区委办采用2条，被省委办采用1条；" +
        "其他单位共报送信息1条。现将有关情况通报如下。",
    );
    // The top three of each 类别 with points: 其他二 (0 points, rank 2 of its group) is not named.
    expect(lines).toContain("\u3000\u3000镇街的镇二、镇一、镇三，区直部门的局三、局一、局二，其他单位的其他报送采用情况较好，位居前列。");
    expect(lines).toContain("\u3000\u30002026年3月份，镇四、其他二未报送信息，予以点名通报。");
  });

  it("without 按类别排名: the whole district's totals and the overall top three", () => {
    const lines = textsOf(byName(run(DEFAULT_RULES).sheets, "月度通报"));
    expect(lines).toContain(
      "\u3000\u30002026年3月，全区各单位共报送信息10条，区委办采用3条，被市委办采用1条、省委办采用1条。现将有关情况通报如下。",
    );
    expect(lines).toContain("\u3000\u3000局三、镇二、局一报送采用情况较好，位居前列。");
  });

  it("nobody scoring: no unit is named 前列, and none is a 先进单位 candidate", () => {
    const data = input({ units: district().units, submissions: [] });
    const { sheets, results } = run(byCategory(), [], data);
    expect(results.units.every((u) => u.categoryRank === 1 && !u.advancedCandidate)).toBe(true);
    expect(textsOf(byName(sheets, "月度通报")).some((l) => l.includes("位居前列"))).toBe(false);
    expect(rowsOf(tablesOf(byName(sheets, "先进单位"))[0])).toEqual([]);
  });

  it("先进单位: the quota applies per 类别, a tie at the boundary goes in together, grouped with 类别内排名", () => {
    const { sheets } = run(byCategory(2));
    const [t] = tablesOf(byName(sheets, "先进单位"));
    expect(t.header).toEqual(["类别内排名", "单位", "类别", "得分", "报送", "采用"]);
    // 镇一 and 镇三 share place 2 of 镇街; 其他二 is place 2 of its group with 0 points: not a candidate.
    // 采用 counts items: 镇二's one item adopted twice (区 and 市) is one.
    expect(rowsOf(t)).toEqual([
      [1, "镇二", "镇街", 56, 1, 1],
      [2, "镇一", "镇街", 2, 2, 0],
      [2, "镇三", "镇街", 2, 2, 0],
      [1, "局三", "区直部门", 106, 1, 1],
      [2, "局一", "区直部门", 7, 2, 1],
      [1, "其他", "其他单位", 1, 1, 0],
    ]);
  });

  it("an input template's own rows raise no warning in 类别 mode: earlier column lists and 发文单位 are read as the defaults", () => {
    // The rows the input template writes (made with 按类别排名 off) and the 发文单位 earlier templates wrote.
    const written = defaultTemplateRows(run(DEFAULT_RULES).sheets).filter(([, item]) => item === "列");
    const { issues, sheets } = run(byCategory(), [...written, ["全部", "发文单位", "区委办公室信息科"]]);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    expect(tablesOf(byName(sheets, "先进单位"))[0].header[0]).toBe("类别内排名");
    expect(tablesOf(byName(sheets, "月度通报"))[0].header).not.toContain("类别");
    expect(textsOf(byName(sheets, "月度通报"))).toContain("区委办公室\u3000\u3000");
  });

  it("排名 in a user's column list means the rank within 类别", () => {
    const { issues, sheets } = run(byCategory(2), [["先进单位", "列", "单位，排名"]]);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    const [t] = tablesOf(byName(sheets, "先进单位"));
    expect(t.header).toEqual(["单位", "类别内排名"]);
    expect(rowsOf(t)[1]).toEqual(["镇一", 2]);
  });
});

// Letters due (as of 2026-04-10, March assessed; the log starts in January with 丁局):
// 乙局 missed February–March (notice), 甲镇 January–March (assistance), 丙镇 February–March (notice).
function letters() {
  const units = [
    unit("乙局", { category: "区直部门", leader: "张" }),
    unit("甲镇", { category: "镇街", leader: "王" }),
    unit("丙镇", { category: "镇街", leader: "李" }),
    unit("丁局", { category: "区直部门", leader: "赵" }),
  ];
  const submissions = [
    sub("丁局", "2026-01-05"),
    sub("乙局", "2026-01-06"),
    sub("丙镇", "2026-01-07"),
    sub("丁局", "2026-02-05"),
    sub("丁局", "2026-03-05"),
  ];
  return input({ units, submissions });
}

describe("D10: numbers an office assigns", () => {
  const numberOf = (m: SheetModel) => textsOf(m).filter((l) => l.startsWith("区委办信"));

  it("by default every letter's 文号 has its number left blank", () => {
    const { sheets } = run(DEFAULT_RULES, [], letters());
    expect(numberOf(byName(sheets, "缺报通知单"))).toEqual(["区委办信〔2026〕\u3000号", "区委办信〔2026〕\u3000号"]);
    expect(numberOf(byName(sheets, "重点帮促通知"))).toEqual(["区委办信〔2026〕\u3000号"]);
  });

  it("起始文号 = 15 numbers the run's three letters 15–17 in roster order, over both kinds of letter", () => {
    const { sheets, issues } = run(DEFAULT_RULES, [["全部", "起始文号", "15"]], letters());
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    const notices = byName(sheets, "缺报通知单");
    expect(numberOf(notices)).toEqual(["区委办信〔2026〕15号", "区委办信〔2026〕17号"]);
    expect(textsOf(notices).filter((l) => l.endsWith("同志："))).toEqual(["乙局张同志：", "丙镇李同志："]);
    expect(numberOf(byName(sheets, "重点帮促通知"))).toEqual(["区委办信〔2026〕16号"]);
    // Each letter is a document of its own: no page count across the sheet's letters.
    expect(notices.print.footer).toBe("");
  });

  it("起始文号 that is not a number is a warning naming the cell, and the number stays blank", () => {
    const { sheets, issues } = run(DEFAULT_RULES, [["全部", "起始文号", "十五"]], letters());
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toMatchObject([{ sheet: "输出模板", cell: "C2" }]);
    expect(numberOf(byName(sheets, "缺报通知单"))[0]).toBe("区委办信〔2026〕\u3000号");
  });

  it("期号: the month's number; counted on from 起始期号; blank on a summary", () => {
    const issueNo = (sheets: SheetModel[], name: string) => textsOf(byName(sheets, name))[1];
    expect(issueNo(run(DEFAULT_RULES).sheets, "月度通报")).toBe("第3期");
    // January is 第10期, so March is 第12期.
    expect(issueNo(run(DEFAULT_RULES, [["月度通报", "起始期号", "10"]]).sheets, "月度通报")).toBe("第12期");
    expect(issueNo(run(DEFAULT_RULES, [["月度通报", "起始期号", "10"]], district(), "2026-Q1").sheets, "季度汇总")).toBe(
      "第\u3000\u3000期",
    );
  });
});

describe("D9: grades belong to the year", () => {
  const people = () =>
    input({
      staff: [staffOnTarget("赵一"), staffOnTarget("钱二")],
      staffEvents: [event("钱二", "S16", { date: "2026-03-10", hours: 56, reason: "防汛值守" })],
      ratings: ratingsAll("赵一", 90),
    });
  const staffSheet = (when: string, rows: Array<[string, string, string]> = []) => {
    const issues = new IssueLog();
    const results = compute(people(), { period: period(when), asOf: day("2027-01-05"), issues });
    const templates = resolveTemplates(
      rows.map(([sheet, item, content]) => ({ sheet, item, content, where: { sheet: "输出模板", cell: "C2" } })),
      issues,
    );
    const sheets = buildResultSheets(results, { generatedAt: "2027-01-05 09:00", templates, issues });
    return { results, issues, sheet: byName(sheets, "个人考核结果"), sheets };
  };

  it("the column list a month's template wrote (with 参考等次) keeps 等次 in the year, without a warning", () => {
    const written = defaultTemplateRows(staffSheet("2026-03").sheets).filter(([sheet, item]) => sheet === "个人考核结果" && item === "列");
    expect(written[0][2]).toContain("参考等次");
    const { sheet, issues } = staffSheet("2026", written);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    expect(tablesOf(sheet)[0].header).toContain("等次");
  });

  it("a month: 阶段考核情况 with a 参考等次 column and no signature block", () => {
    const { sheet, results } = staffSheet("2026-03");
    expect(textsOf(sheet)[0]).toBe("2026年3月信息室工作人员阶段考核情况");
    expect(tablesOf(sheet)[0].header).toContain("参考等次");
    expect(tablesOf(sheet)[0].header).not.toContain("等次");
    expect(textsOf(sheet).some((l) => l.includes("签字"))).toBe(false);
    expect(resultsJson(results).staff.map((s) => s.gradeFinal)).toEqual([false, false]);
  });

  it("the year: 等次, reasons in words (加班28个半日加280分), the 待评 reason names the missing ratings, signatures", () => {
    const { sheet, results } = staffSheet("2026");
    expect(textsOf(sheet)[0]).toBe("2026年度信息室工作人员考核结果");
    const [t] = tablesOf(sheet);
    expect(t.header).toContain("等次");
    const reasons = new Map(rowsOf(t).map((r) => [r[1], String(r.at(-1)).replace(/\n/g, "")]));
    // 56 hours at 2 hours a half day: 28 half days at 10 points = 280; and more than 20 half days: 加班累计 50.
    expect(reasons.get("钱二")).toMatch(/^加班28个半日加280分；/);
    expect(reasons.get("钱二")).not.toMatch(/S1\d/);
    expect(reasons.get("钱二")).toMatch(/缺群众评议、考评小组评分、主任办公会评分，待评$/);
    expect(textsOf(sheet).some((l) => l.startsWith("考评小组（签字）"))).toBe(true);
    expect(resultsJson(results).staff.map((s) => s.gradeFinal)).toEqual([true, true]);
  });
});
