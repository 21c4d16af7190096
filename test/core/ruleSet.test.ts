// Rules validated as a whole: the appraisal weights are a set that must sum to 1, a refused
// override takes its whole set with it, and messages name rules as users know them.
import { describe, expect, it } from "vitest";
import { applyOverrides, DEFAULT_RULES, IssueLog, overridesFromJson, type RuleOverride } from "../../core/index.ts";

const at = (cell: string) => ({ sheet: "计分规则", cell });
const weights = (mass: unknown, group: unknown, meeting: unknown, daily: unknown): RuleOverride[] => [
  { key: "群众评议权重", value: mass, where: at("B2") },
  { key: "考评小组权重", value: group, where: at("B3") },
  { key: "主任办公会权重", value: meeting, where: at("B4") },
  { key: "日常考核权重", value: daily, where: at("B5") },
];

describe("the four appraisal weights as one set", () => {
  it("weights summing to 2 are refused with a located message naming them in Chinese; the defaults stay", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([...weights(0.4, 0.4, 0.4, 0.8), { key: "先进单位名额", value: 3, where: at("B6") }], issues);
    expect(issues.list.map((i) => [i.cell, i.code])).toEqual([
      ["B2", "weightsSum"],
      ["", "ruleSetRefused"],
    ]);
    expect(issues.list[0].message).toBe(
      "计分规则!B2：四项权重之和为 2，应为 1（群众评议权重 0.4、考评小组权重 0.4、主任办公会权重 0.4、日常考核权重 0.8）",
    );
    expect(issues.list[1].message).toBe("计分规则：“计分规则”中的计分规则有错误，整套未采用，其中的设置均不生效；请改正后重新计算");
    expect(rules.appraisal.weights).toEqual(DEFAULT_RULES.appraisal.weights);
    expect(rules.selection.advancedUnits).toBe(5); // in the refused set too
  });

  it("all-zero weights are refused (they would grade everyone 不称职)", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(weights(0, 0, 0, 0), issues);
    expect(issues.list.map((i) => i.code)).toEqual(["weightsSum", "ruleSetRefused"]);
    expect(rules.appraisal.weights).toEqual(DEFAULT_RULES.appraisal.weights);
  });

  it("a negative weight is refused and the others are not applied either (no sum of 1.4)", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(weights(-0.2, 0.4, 0.4, 0.6), issues);
    expect(issues.list.map((i) => [i.cell, i.code])).toEqual([
      ["B2", "badRuleValue"],
      ["", "ruleSetRefused"],
    ]);
    expect(issues.list[0].message).toBe("计分规则!B2：规则“群众评议权重”的值“-0.2”无效：应不小于 0");
    expect(rules.appraisal.weights).toEqual({ mass: 0.2, group: 0.2, meeting: 0.2, daily: 0.4 });
  });

  it("a sum within 0.001 of 1 is accepted", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(weights(0.333, 0.333, 0.334, 0), issues);
    expect(issues.list).toEqual([]);
    expect(rules.appraisal.weights).toEqual({ mass: 0.333, group: 0.333, meeting: 0.334, daily: 0 });
    expect(applyOverrides(weights(0.3, 0.3, 0.3, 0.102), new IssueLog()).appraisal.weights.daily).toBe(0.4); // 1.002: refused
  });

  it("a set is judged on the rule set it leads to: a file may change one weight if another stays in step", () => {
    const issues = new IssueLog();
    const sheet = weights(0.1, 0.2, 0.2, 0.5);
    const file = overridesFromJson({ appraisal: { weights: { mass: 0.3, daily: 0.3 } } }, "rules.json");
    const rules = applyOverrides([...sheet, ...file], issues);
    expect(issues.list).toEqual([]);
    expect(rules.appraisal.weights).toEqual({ mass: 0.3, group: 0.2, meeting: 0.2, daily: 0.3 });
    // A file set that breaks the sum is refused alone; the sheet's set stays applied.
    const refused = new IssueLog();
    const kept = applyOverrides([...sheet, ...overridesFromJson({ appraisal: { weights: { mass: 0.5 } } }, "rules.json")], refused);
    expect(refused.list.map((i) => [i.sheet, i.code])).toEqual([
      ["rules.json", "weightsSum"],
      ["rules.json", "ruleSetRefused"],
    ]);
    expect(kept.appraisal.weights).toEqual({ mass: 0.1, group: 0.2, meeting: 0.2, daily: 0.5 });
  });

  it("a reversed range is refused", () => {
    const issues = new IssueLog();
    applyOverrides([{ key: "S3", value: "200-50", where: at("B2") }], issues);
    expect(issues.list[0].message).toBe("计分规则!B2：S3（其他违纪行为） 的分值范围 200–50 下限大于上限");
  });
});

describe("messages name rules in words, in the user's language", () => {
  const json = overridesFromJson(
    { appraisal: { weights: { mass: -1 }, trimMinCount: 2.5 }, ranking: { method: "随便" }, notices: { namedStreak: 0 } },
    "rules.json",
  );

  it("Chinese: no internal keys, no zod English", () => {
    const issues = new IssueLog("zh");
    applyOverrides(json, issues);
    const text = issues.list.map((i) => i.message).join("\n");
    expect(issues.list.map((i) => i.message)).toEqual([
      "rules.json：规则“群众评议权重”的值“-1”无效：应不小于 0",
      "rules.json：规则“去掉最高最低分的最少评议人数”的值“2.5”无效：应为整数",
      "rules.json：规则“排名方式”的值“随便”无效：应为 竞争排名 或 中国式排名",
      "rules.json：规则“点名通报的连续缺报月数”的值“0”无效：应不小于 1",
      "rules.json：“rules.json”中的计分规则有错误，整套未采用，其中的设置均不生效；请改正后重新计算",
    ]);
    expect(text).not.toMatch(/appraisal|weights|Too small|Invalid|expected/);
  });

  it("English: English names and reasons", () => {
    const issues = new IssueLog("en");
    applyOverrides(json, issues);
    expect(issues.list[0].message).toBe("rules.json: rule “mass rating weight” has an invalid value “-1”: it must be at least 0");
    expect(issues.list[1].message).toBe(
      "rules.json: rule “ratings needed to drop highest and lowest” has an invalid value “2.5”: a whole number is expected",
    );
    // Chinese only inside quotes, where it is the user's own value ("随便").
    expect(issues.list.map((i) => i.message.replace(/“[^”]*”/g, "")).join("\n")).not.toMatch(/[\u3400-\u9fff]/);
  });
});
