// Inputs that used to give a silently wrong result: roster contradictions, unbounded rule values,
// placeholders that reached JavaScript's own objects, template values beyond Excel's limits.
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../core/sheets/outputTemplate.ts";
import {
  IssueLog,
  parseDay,
  parsePeriod,
  readGrids,
  recalculate,
  resolveTemplates,
  type CellValue,
  type GridWorkbook,
} from "../../core/index.ts";

const LOG_HEADER = ["报送日期", "报送单位", "标题", "区采用"];

function run(sheets: GridWorkbook["sheets"], period = "2026-03", templateRows = undefined) {
  const issues = new IssueLog();
  const read = readGrids({ sheets }, issues);
  const { results, sheets: models } = recalculate(read, {
    period: parsePeriod(period)!,
    asOf: parseDay("2026-12-31")!,
    issues,
    generatedAt: "2026-12-31 09:00",
    templateRows,
  });
  return { results, models, issues: issues.list };
}

const scoreOf = (r: ReturnType<typeof run>, name: string) => r.results.units.find((u) => u.unit.name === name)?.score;

describe("roster contradictions are issues", () => {
  it("a 停用月份 before the 启用月份 keeps the unit, with a warning naming both months", () => {
    const r = run([
      {
        name: "单位名册",
        rows: [
          ["单位", "启用月份", "停用月份"],
          ["甲镇", "2026-02", "2026-01"],
        ],
      },
      { name: "信息报送", rows: [LOG_HEADER, ["2026-03-05", "甲镇", "a", "是"]] },
    ]);
    expect(r.issues.map((i) => [i.severity, i.sheet, i.cell, i.code])).toEqual([["warning", "单位名册", "C2", "unitMonthsReversed"]]);
    expect(r.issues[0].message).toContain("2026年1月");
    expect(r.issues[0].message).toContain("2026年2月");
    expect(scoreOf(r, "甲镇")).toBe(6); // U1 1 + U2 5
  });

  it("items before a unit's 启用月份 or after its 停用月份 are not counted, each an error naming the month", () => {
    const r = run(
      [
        {
          name: "单位名册",
          rows: [
            ["单位", "启用月份", "停用月份"],
            ["甲镇", "2026-03", ""],
            ["乙镇", "", "2026-02"],
          ],
        },
        {
          name: "信息报送",
          rows: [LOG_HEADER, ["2026-02-27", "甲镇", "a", "是"], ["2026-03-05", "甲镇", "b", "是"], ["2026-03-06", "乙镇", "c", "是"]],
        },
      ],
      "2026-Q1",
    );
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([
      ["A2", "itemBeforeUnitStart"],
      ["A4", "itemAfterUnitEnd"],
    ]);
    expect(r.issues[0].message).toBe(
      "信息报送!A2：报送日期 2026-02-27 早于“甲镇”的启用月份（2026年3月），本行不计；请核对日期、单位或单位名册",
    );
    expect(scoreOf(r, "甲镇")).toBe(6);
    expect(scoreOf(r, "乙镇")).toBe(0);
  });

  it("a 曾用名 claimed by two units: the item's unit is asked for, neither is credited", () => {
    const r = run([
      {
        name: "单位名册",
        rows: [
          ["单位", "曾用名"],
          ["区融媒体中心", "区广播电视台"],
          ["区文旅局", "区广播电视台、区文化局"],
        ],
      },
      {
        name: "信息报送",
        rows: [LOG_HEADER, ["2026-03-05", "区广播电视台", "a", "是"], ["2026-03-06", "区文化局", "b", "是"]],
      },
    ]);
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([["B2", "formerNameShared"]]);
    expect(r.issues[0].message).toBe(
      "信息报送!B2：“区广播电视台”是区融媒体中心、区文旅局共同的曾用名，无法确定是哪个单位，本行不计；请写明该条信息的现用单位名称",
    );
    expect(scoreOf(r, "区融媒体中心")).toBe(0);
    expect(scoreOf(r, "区文旅局")).toBe(6);
  });
});

describe("rule values are bounded", () => {
  it("a point value of 1e308 is refused with its limit; scores stay finite", () => {
    const rules: CellValue[][] = [
      ["规则", "值"],
      ["U2", 1e308],
    ];
    const r = run([
      { name: "单位名册", rows: [["单位"], ["甲镇"]] },
      { name: "信息报送", rows: [LOG_HEADER, ["2026-03-05", "甲镇", "a", "是"]] },
      { name: "计分规则", rows: rules },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(["badRuleValue", "ruleSetRefused"]);
    expect(r.issues[0].message).toContain("100000");
    expect(scoreOf(r, "甲镇")).toBe(6);
  });

  it("an input number past 1,000,000,000 is an error, not an infinite score", () => {
    const r = run([
      { name: "单位名册", rows: [["单位"], ["甲镇"]] },
      {
        name: "业务指标",
        rows: [
          ["姓名", "信息快报目标"],
          ["张三", "1e308"],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.cell, i.code])).toContainEqual(["B2", "numberTooLarge"]);
    expect(r.results.staff.length).toBe(1);
    for (const s of r.results.staff) for (const v of [s.public, s.business]) expect(Number.isFinite(v)).toBe(true);
  });

  it("100,000 rule rows are grouped in linear time and refused as a whole, with one error", () => {
    const rows: CellValue[][] = [["规则", "值"]];
    for (let i = 0; i < 100_000; i++) rows.push(["U2", "x"]);
    const started = performance.now();
    const issues = new IssueLog();
    const read = readGrids({ sheets: [{ name: "计分规则", rows }] }, issues);
    recalculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-12-31")!, issues, generatedAt: "2026-12-31 09:00" });
    expect(performance.now() - started).toBeLessThan(5_000);
    const long = issues.list.filter((i) => i.sheet === "计分规则");
    expect(long.map((i) => i.code)).toEqual(["ruleSetTooLong"]);
    expect(long[0].message).toBe("计分规则有 100000 行规则，超过 2000 行，不是规则表；本组规则全部未采用");
  });
});

describe("placeholders and template limits", () => {
  it("{{constructor}} and {{hasOwnProperty}} are never evaluated, and unknown placeholders are reported", () => {
    expect(fillTemplate("{{constructor}}{{ hasOwnProperty }}{{__proto__}}{{期间}}", { 期间: "3月" })).toBe(
      "{{constructor}}{{ hasOwnProperty }}{{__proto__}}3月",
    );
    const issues = new IssueLog();
    const where = { sheet: "输出模板", cell: "C2" };
    resolveTemplates([{ sheet: "全部", item: "发文单位", content: "{{constructor}}办{{期间}}{{单位列表x}}", where }], issues);
    expect(issues.list.map((i) => [i.cell, i.code])).toEqual([["C2", "unknownPlaceholder"]]);
    expect(issues.list[0].message).toContain("{{constructor}}、{{单位列表x}}");
    expect(issues.list[0].message).not.toContain("{{期间}} ");
  });

  it("a placeholder scan is linear: “{{” and 200,000 spaces, and 100,000 nested braces, take milliseconds", () => {
    const started = performance.now();
    expect(fillTemplate(`{{${" ".repeat(200_000)}`, {})).toHaveLength(200_002);
    expect(fillTemplate("{{".repeat(100_000) + " a " + "}}".repeat(100_000), { a: 1 })).toContain(
      "{{ a }}".replace(" a ", "1").slice(0, 1),
    );
    expect(fillTemplate(`{{${" ".repeat(50_000)}a${" ".repeat(50_000)}}}`, { a: "x" })).toBe("x");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("font names over 31 characters and widths outside 0–255 are refused; a long footer line is cut to 255", () => {
    const issues = new IssueLog();
    const where = { sheet: "输出模板", cell: "C2" };
    const t = resolveTemplates(
      [
        { sheet: "全部", item: "字体", content: "字".repeat(300), where },
        { sheet: "月度通报", item: "列宽", content: "单位=Infinity,排名=300,标题=-1,单位名称=20", where },
      ],
      issues,
    );
    expect(t.font).toBeUndefined();
    expect(issues.list.map((i) => i.code)).toEqual([
      "templateValueOutOfRange",
      "templateValueOutOfRange",
      "templateValueOutOfRange",
      "templateValueOutOfRange",
    ]);
    expect(t.widths["月度通报"]).toEqual({ 单位名称: 20 });
    const long = run(
      [
        { name: "单位名册", rows: [["单位"], ["甲镇"]] },
        { name: "信息报送", rows: [LOG_HEADER, ["2026-03-05", "甲镇", "a", "是"]] },
      ],
      "2026-03",
      // @ts-expect-error the helper's parameter is typed by its default
      [{ sheet: "全部", item: "说明行", content: "&".repeat(100_033), where }],
    );
    const footers = long.models.map((m) => m.print.footer).filter((f) => f.includes("&&"));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f.length).toBeLessThanOrEqual(255);
      expect(/(?<!&)&(&&)*…/.test(f)).toBe(false);
    }
  });
});

describe("name suggestions", () => {
  const log = (units: string[]) => [LOG_HEADER, ...units.map((u, i) => ["2026-03-05", u, `t${i}`, "是"])];

  it("only when one name is clearly nearest; a homophone counts as near", () => {
    const r = run([
      { name: "单位名册", rows: [["单位"], ["区发改局"], ["区民政局"], ["峨山镇"]] },
      { name: "信息报送", rows: log(["区统计局", "峨山真"]) },
      { name: "业务指标", rows: [["姓名"], ["张伟"], ["张三"]] },
      {
        name: "考核记录",
        rows: [
          ["姓名", "项目"],
          ["张玮", "S2"],
        ],
      },
    ]);
    const messages = r.issues.map((i) => i.message);
    expect(messages).toContain("信息报送!B2：报送单位“区统计局”不在单位名册中");
    expect(messages).toContain("信息报送!B3：报送单位“峨山真”不在单位名册中，是否为“峨山镇”？");
    expect(messages).toContain("考核记录!A2：“张玮”不在业务指标表（人员名册）中，是否为“张伟”？");
  });

  it("30,000-character names and thousands of typos against thousands of units stay fast", () => {
    const units = Array.from({ length: 5_000 }, (_, i) => [`单位${i}号`]);
    const typos = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? `单${i}号位` : "长".repeat(30_000) + i));
    const started = performance.now();
    const r = run([
      { name: "单位名册", rows: [["单位"], ...units] },
      { name: "信息报送", rows: log(typos) },
    ]);
    expect(r.issues.filter((i) => i.code === "unknownUnit")).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(30_000);
    // A pasted paragraph is quoted by its start, not whole.
    for (const i of r.issues) expect(i.message.length).toBeLessThan(400);
  });
});
