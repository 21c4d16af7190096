// The scoring marks as data (docs/rules.md, 计分方案): an office's scheme, written in the 计分规则
// sheet or a rules file, changes the reader's columns, the scores and ranking, the 通报's columns
// and 正文, 用稿奖励, the audit lines and the JSON, with no change of code. Values are hand-worked
// in test/helpers/schemes.ts.
import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  auditTrail,
  IssueLog,
  overridesFromJson,
  parseDay,
  parsePeriod,
  readGrids,
  recalculate,
  resultsJson,
  type RuleOverride,
  type SheetModel,
  type TableBlock,
} from "../../core/index.ts";
import { recalcWorkbook } from "../../ooxml/job.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { COUNTED_RULES, countedScheme, guobanScheme, xlsxOf, type SchemeWorkbook } from "../helpers/schemes.ts";

function run(book: SchemeWorkbook, overrides: RuleOverride[] = []) {
  const issues = new IssueLog();
  const read = readGrids(book, issues, { overrides });
  const out = recalculate(read, {
    period: parsePeriod("2026-03")!,
    asOf: parseDay("2026-04-10")!,
    issues,
    overrides,
    generatedAt: "2026-04-10 09:30",
  });
  return { ...out, issues, json: resultsJson(out.results) };
}

const byName = (sheets: SheetModel[], name: string) => sheets.find((s) => s.name === name)!;
const tablesOf = (m: SheetModel) => m.blocks.filter((b): b is TableBlock => b.kind === "table");
// Lines as written, without the breaks the layout puts into long paragraphs.
const textsOf = (m: SheetModel) => m.blocks.flatMap((b) => (b.kind === "text" ? [b.text.replace(/\n/g, "")] : []));
const column = (t: TableBlock, header: string) => [...t.rows()].map((r) => r[t.header.indexOf(header)]);
const scores = (r: ReturnType<typeof run>) => r.json.units.map((u) => [u.unit, u.rank, u.score]);

describe("D11: 国办采用 200分 added through the 计分规则 sheet alone", () => {
  const r = run(guobanScheme());

  it("reads the sheet without a problem", () => expect(r.issues.list).toEqual([]));

  it("scores and ranks as worked by hand (甲镇 260, 丙局 201, 乙镇 110)", () => {
    expect(scores(r)).toEqual([
      ["甲镇", 1, 260],
      ["丙局", 2, 201],
      ["乙镇", 3, 110],
    ]);
  });

  it("the 通报 has a 国办采用 column after 中央采用, with its counts and total", () => {
    const [t] = tablesOf(byName(r.sheets, "月度通报"));
    expect(t.header.slice(3, 9)).toEqual(["报送", "区采用", "市采用", "省采用", "中央采用", "国办采用"]);
    expect(column(t, "国办采用")).toEqual([1, 1, 0, 2]);
  });

  it("the 正文 totals name every level, 国办 included", () => {
    expect(textsOf(byName(r.sheets, "月度通报"))).toContain(
      "\u3000\u30002026年3月，全区各单位共报送信息5条，区委办采用2条，被市委办采用1条、省委办采用1条、中央采用1条、国办采用2条。现将有关情况通报如下。",
    );
  });

  it("用稿奖励 lists 国办 adoptions first, then 中央, 省, 市", () => {
    const [t] = tablesOf(byName(r.sheets, "用稿奖励"));
    expect(column(t, "标题")).toEqual(["甲镇春耕", "丙局专报", "乙镇动态", "乙镇经验"]);
    expect(column(t, "采用级别")).toEqual(["国办、市委办", "国办", "中央", "省委办"]);
  });

  it("JSON: marks.国办采用 and marks.约稿 beside the default keys", () => {
    const jia = r.json.units[0];
    expect(jia.marks).toEqual({
      区采用: 1,
      区优秀: 0,
      区领导批示: 0,
      市采用: 1,
      市优秀: 0,
      市领导批示: 0,
      省采用: 0,
      省优秀: 0,
      省领导批示: 0,
      中央采用: 0,
      国办采用: 1,
      约稿: 1,
    });
    expect([jia.adoptedDistrict, jia.adoptedCity, jia.adoptedProvince, jia.adoptedCentral]).toEqual([1, 1, 0, 0]);
    expect(r.json.units.map((u) => u.marks.国办采用)).toEqual([1, 1, 0]);
  });

  it("the audit trail has a 国办采用 line of 200 at its cell", () => {
    const lines = [...auditTrail(r.results)].filter((a) => a.rule === "国办采用");
    expect(lines.map((a) => [a.subject, a.points, a.cell])).toEqual([
      ["甲镇", 200, "J2"],
      ["丙局", 200, "J6"],
    ]);
  });

  it("用稿奖励级别 = 国办: only 国办 adoptions are rewarded; a level the scheme lacks is refused", () => {
    const book = guobanScheme();
    const rulesSheet = book.sheets[2].rows;
    const withLevel = (level: string) => ({
      ...book,
      sheets: [book.sheets[0], book.sheets[1], { name: "计分规则", rows: [...rulesSheet, ["用稿奖励级别", "", "", "", level, ""]] }],
    });
    const [t] = tablesOf(byName(run(withLevel("国办")).sheets, "用稿奖励"));
    expect(column(t, "标题")).toEqual(["甲镇春耕", "丙局专报"]);
    const refused = run(withLevel("县"));
    expect(refused.issues.list.map((i) => [i.code, i.cell])).toEqual([
      ["rewardLevelUnknown", "E4"],
      ["ruleSetRefused", ""],
    ]);
    expect(refused.issues.list[0].message).toContain("区/市/省/中央/国办");
  });

  it("an adoption at a new level counts in the tie-break like any other", () => {
    const book = guobanScheme();
    book.sheets[2].rows[1][4] = 0; // 国办采用 0分: 丙局 (A5) and 乙镇 (a plain item) both score 1
    book.sheets[1].rows = [book.sheets[1].rows[0], book.sheets[1].rows[2], book.sheets[1].rows[5]];
    book.sheets[1].rows.push(["A6", "2026-03-07", "乙镇", "李二", "乙镇简讯", "", "", "", "", "", ""]);
    const tie = run(book);
    expect(scores(tie)).toEqual([
      ["甲镇", 1, 4],
      ["丙局", 2, 1],
      ["乙镇", 2, 1],
    ]);
  });
});

describe("批示 by number and no 区 level, through a rules file", () => {
  const overrides = overridesFromJson(COUNTED_RULES, "counted.json");
  const r = run(countedScheme(), overrides);

  it("scores and ranks as worked by hand (乙镇 451, 甲镇 152, 丙局 51)", () => {
    expect(scores(r)).toEqual([
      ["乙镇", 1, 451],
      ["甲镇", 2, 152],
      ["丙局", 3, 51],
    ]);
  });

  it("a count column holding text is an error at its cell; 批示 without 采用 is a warning", () => {
    const found = r.issues.list.map((i) => [i.severity, i.cell, i.code]);
    expect(found).toEqual([
      ["error", "G6", "badMarkCount"],
      ["warning", "G5", "markWithoutAdoption"],
    ]);
    expect(r.issues.list[0].message).toContain("两次");
  });

  it("the 通报 has no 区 column, and the 正文 counts 批示 by number", () => {
    const m = byName(r.sheets, "月度通报");
    expect(tablesOf(m)[0].header.slice(3, 7)).toEqual(["报送", "市采用", "省采用", "中央采用"]);
    expect(textsOf(m)).toContain(
      "\u3000\u30002026年3月，全区各单位共报送信息4条，被市委办采用2条、省委办采用1条，市领导批示3条、省领导批示3条。现将有关情况通报如下。",
    );
  });

  it("JSON: the default keys the scheme lacks are 0; marks hold the numbers", () => {
    const jia = r.json.units.find((u) => u.unit === "甲镇")!;
    expect(jia.adoptedDistrict).toBe(0);
    expect(jia.endorsed).toBe(2);
    expect(jia.marks).toEqual({ 市采用: 1, 市优秀: 0, 市领导批示: 2, 省采用: 0, 省优秀: 0, 省领导批示: 0, 中央采用: 0 });
    expect(r.json.units.find((u) => u.unit === "乙镇")!.marks.省领导批示).toBe(3);
  });

  it("the audit line of a count says how many times", () => {
    const line = [...auditTrail(r.results)].find((a) => a.rule === "U7")!;
    expect([line.subject, line.label, line.points, line.cell]).toEqual(["甲镇", "市委领导批示×2", 100, "G2"]);
  });
});

describe("a scheme is validated whole, with located messages", () => {
  it("a mark the office added whose column the log lacks: a warning naming it", () => {
    const book = guobanScheme();
    book.sheets[1].rows = book.sheets[1].rows.map((r) => r.slice(0, 10));
    const r = run(book);
    expect(r.issues.list.map((i) => [i.severity, i.sheet, i.code, i.message])).toEqual([
      ["warning", "信息报送", "markColumnAbsent", "信息报送：计分项目“约稿”的列“约稿”不在信息报送表中，该项目按未标记计"],
    ]);
    expect(scores(r)[0]).toEqual(["甲镇", 1, 257]);
  });

  const sheetRow = (key: string, mark: Record<string, string>, cell: string): RuleOverride => ({
    key,
    value: mark,
    mark: true,
    where: { sheet: "计分规则", cell },
  });

  it("优秀 left without the 采用 of its level: refused, at the row that removed it", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([sheetRow("区采用", { points: "删除" }, "E2")], issues);
    expect(rules.units.points.some((p) => p.mark === "district.adopted")).toBe(true);
    expect(issues.list.map((i) => [i.code, i.cell])).toEqual([
      ["markNeedsAdoption", "E2"],
      ["markNeedsAdoption", "E2"],
      ["ruleSetRefused", ""],
    ]);
    expect(issues.list[0].message).toContain("区优秀");
  });

  it("two marks reading one column: refused, at the row", () => {
    const issues = new IssueLog();
    applyOverrides([sheetRow("国办采用", { column: "市采用", level: "国办", kind: "采用", points: "200" }, "E3")], issues);
    expect(issues.list[0]).toMatchObject({ code: "markColumnTwice", cell: "E3" });
    expect(issues.list[0].message).toContain("市采用");
  });

  it("a new mark without its kind, or with points that are not a number", () => {
    const issues = new IssueLog();
    applyOverrides([sheetRow("专报", { points: "5" }, "E4"), sheetRow("约稿", { kind: "约稿", points: "三分" }, "E5")], issues);
    expect(issues.list.map((i) => [i.code, i.cell])).toEqual([
      ["markUnknown", "E4"],
      ["badMarkField", "E5"],
      ["ruleSetRefused", ""],
    ]);
  });
});

describe("the schemes' workbooks through the package reader", () => {
  it("国办: the JSON of the real workbook equals the grid's", async () => {
    const job = await recalcWorkbook(await xlsxOf(guobanScheme()), nodeCodec, {
      period: parsePeriod("2026-03")!,
      asOf: parseDay("2026-04-10")!,
      lang: "zh",
      generatedAt: "2026-04-10 09:30",
    });
    expect(job.json().units).toEqual(run(guobanScheme()).json.units);
  });

  it("批示 by number: with the rules file, as the batch tool runs it", async () => {
    const overrides = overridesFromJson(COUNTED_RULES, "counted.json");
    const job = await recalcWorkbook(await xlsxOf(countedScheme()), nodeCodec, {
      period: parsePeriod("2026-03")!,
      asOf: parseDay("2026-04-10")!,
      lang: "zh",
      generatedAt: "2026-04-10 09:30",
      overrides,
    });
    expect(job.json().units.map((u) => [u.unit, u.score, u.marks.市领导批示])).toEqual([
      ["乙镇", 451, 0],
      ["甲镇", 152, 2],
      ["丙局", 51, 1],
    ]);
  });
});
