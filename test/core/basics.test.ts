import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  DEFAULT_RULES,
  IssueLog,
  lastCompleteMonth,
  overridesFromJson,
  parseDay,
  parseFlag,
  parseMonth,
  parseNumber,
  parsePeriod,
  periodTitle,
  rankDescending,
  roundHalfAway,
  ruleSetVersion,
  yearFraction,
  isoDay,
  isoMonth,
} from "../../core/index.ts";

describe("values", () => {
  it("flags accept every listed spelling, blank is no, anything else is undefined", () => {
    for (const yes of ["是", "√", "✓", "Y", "y", "yes", "TRUE", "true", "1", 1, true]) expect(parseFlag(yes)).toBe(true);
    for (const no of ["否", "×", "N", "no", "false", "0", 0, false, "", null, undefined]) expect(parseFlag(no)).toBe(false);
    expect(parseFlag("也许")).toBeUndefined();
    expect(parseFlag(2)).toBeUndefined();
  });

  it("dates accept real dates, serial numbers and text forms", () => {
    const expected = "2026-03-05";
    for (const v of [
      new Date(Date.UTC(2026, 2, 5)),
      46086,
      "46086",
      "2026-03-05",
      "2026/3/5",
      "2026.3.5",
      "2026年3月5日",
      " 2026-3-5 ",
      "2026-03-05T00:00:00.000Z",
      "2026年3月5号",
      "２０２６年３月５日",
      "２０２６－０３－０５",
    ]) {
      expect(isoDay(parseDay(v)!), String(v)).toBe(expected);
    }
    for (const bad of ["2026-02-30", "2026/13/1", "三月五日", "", null, -3, "abc"]) expect(parseDay(bad), String(bad)).toBeUndefined();
  });

  it("months accept 2026-04, 2026/4, 2026年4月 or any date in the month", () => {
    for (const v of ["2026-04", "2026/4", "2026年4月", "2026-04-17", new Date(Date.UTC(2026, 3, 30)), "２０２６年４月"])
      expect(isoMonth(parseMonth(v)!)).toBe("2026-04");
    expect(parseMonth("2026-13")).toBeUndefined();
  });

  it("numbers accept thousands separators and full-width digits", () => {
    expect([parseNumber("1,200"), parseNumber("８５"), parseNumber(" 88.5 "), parseNumber("八十")]).toEqual([1200, 85, 88.5, undefined]);
  });

  it("rounding is half away from zero at 2 decimals, even where binary floats fall short", () => {
    expect([roundHalfAway(1.005), roundHalfAway(2.675), roundHalfAway(-1.005), roundHalfAway(0.125), roundHalfAway(934.665)]).toEqual([
      1.01, 2.68, -1.01, 0.13, 934.67,
    ]);
  });
});

describe("periods", () => {
  it("parses month, quarter, half-year, year and custom range", () => {
    const p = (t: string) => {
      const x = parsePeriod(t)!;
      return [x.kind, isoDay(x.startDay), isoDay(x.endDay)];
    };
    expect(p("2026-03")).toEqual(["month", "2026-03-01", "2026-03-31"]);
    expect(p("2026-q2")).toEqual(["quarter", "2026-04-01", "2026-06-30"]);
    expect(p("2026-H2")).toEqual(["half", "2026-07-01", "2026-12-31"]);
    expect(p("2024")).toEqual(["year", "2024-01-01", "2024-12-31"]);
    expect(p("2026-07-01..2026-10-09")).toEqual(["range", "2026-07-01", "2026-10-09"]);
    for (const bad of ["2026-13", "2026-Q5", "2026-10-09..2026-07-01", "下个月"]) expect(parsePeriod(bad), bad).toBeUndefined();
  });

  it("titles are Chinese, the year fraction scales targets", () => {
    expect(["2026-03", "2026-Q1", "2026-H2", "2026"].map((t) => periodTitle(parsePeriod(t)!))).toEqual([
      "2026年3月",
      "2026年第一季度",
      "2026年下半年",
      "2026年度",
    ]);
    expect(yearFraction(parsePeriod("2026-Q3")!)).toBe(0.25);
    expect(yearFraction(parsePeriod("2026-01-01..2026-01-31")!)).toBeCloseTo(31 / 365);
    expect(isoMonth(lastCompleteMonth(parseDay("2026-01-15")!).endMonth)).toBe("2025-12");
  });
});

describe("ranking", () => {
  const values = [90, 85.004, 85, 70, 70, 60];
  it("competition ranking 1,2,2,4 on values rounded to 2 decimals", () => {
    expect(rankDescending(values, (x) => x, "competition", 2).map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 6]);
  });
  it("dense ranking 1,2,2,3 (中国式排名)", () => {
    expect(rankDescending(values, (x) => x, "dense", 2).map((r) => r.rank)).toEqual([1, 2, 2, 3, 3, 4]);
  });
});

describe("rule overrides", () => {
  const at = (cell: string) => ({ sheet: "计分规则", cell });
  it("accepts IDs, paths, unique last segments and Chinese labels", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(
      [
        { key: "U2", value: "6", where: at("B2") },
        { key: "S3", value: "60-180", where: at("B3") },
        { key: "S7", value: 24, where: at("B4") },
        { key: "S1", value: "40,120,240", where: at("B5") },
        { key: "appraisal.weights.daily", value: 0.5, where: at("B6") },
        { key: "优秀信息工作者名额", value: 8, where: at("B7") },
        { key: "publications", value: "信息快报、要情专报", where: at("B8") },
        { key: "群众评议权重", value: 0.1, where: at("B9") },
      ],
      issues,
    );
    expect(issues.list).toEqual([]);
    expect(rules.units.points[1].points).toBe(6);
    expect(rules.staff.items.find((i) => i.rule === "S3")!.amount).toEqual({ kind: "entered", min: 60, max: 180 });
    expect(rules.staff.targets[0].target).toBe(24);
    expect(rules.staff.items[0].amount).toEqual({ kind: "steps", totals: [40, 120, 240] });
    expect(rules.appraisal.weights.daily).toBe(0.5);
    expect(rules.selection.excellentWorkers).toBe(8);
    expect(rules.publications).toEqual(["信息快报", "要情专报"]);
    expect(DEFAULT_RULES.units.points[1].points).toBe(5); // defaults untouched
  });

  it("a bad key or value is an error naming the cell, and then none of its set applies", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(
      [
        { key: "U99", value: 3, where: at("A2") },
        { key: "U2", value: "很多", where: at("B3") },
        { key: "advancedUnits", value: -1, where: at("B4") },
        { key: "U3", value: 12, where: at("B5") },
      ],
      issues,
    );
    expect(issues.list.map((i) => [i.severity, i.cell, i.code])).toEqual([
      ["error", "A2", "unknownRuleKey"],
      ["error", "B3", "badRuleValue"],
      ["error", "B4", "badRuleValue"],
      ["error", "", "ruleSetRefused"],
    ]);
    expect(issues.list[1].message).toBe("计分规则!B3：规则“U2（区委办采用）”的值“很多”无效：应为数字");
    expect(issues.list[2].message).toBe("计分规则!B4：规则“先进单位名额”的值“-1”无效：应不小于 0");
    expect(rules.units.points[2].points).toBe(10); // U3 = 12 was in the refused set
    expect(rules.units.points[1].points).toBe(5);
    const en = new IssueLog("en");
    applyOverrides([{ key: "U99", value: 3, where: at("A2") }], en);
    expect(en.list[0].message).toBe("计分规则!A2: rule “U99” is not known");
  });

  it("a JSON file may be flat or nested", () => {
    const issues = new IssueLog();
    const json = { U5: 60, appraisal: { weights: { mass: 0.1, daily: 0.5 } }, ranking: { method: "dense" } };
    const rules = applyOverrides(overridesFromJson(json, "rules.json"), issues);
    expect(issues.list).toEqual([]);
    expect([rules.units.points[4].points, rules.appraisal.weights.mass, rules.ranking.method]).toEqual([60, 0.1, "dense"]);
  });

  it("the rule-set version is stable and changes with any number", () => {
    const issues = new IssueLog();
    expect(ruleSetVersion(DEFAULT_RULES)).toBe(ruleSetVersion(structuredClone(DEFAULT_RULES)));
    expect(ruleSetVersion(DEFAULT_RULES)).toMatch(/^R-[0-9a-f]{8}$/);
    const changed = applyOverrides([{ key: "U1", value: 2, where: at("B2") }], issues);
    expect(ruleSetVersion(changed)).not.toBe(ruleSetVersion(DEFAULT_RULES));
  });
});
