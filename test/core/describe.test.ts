import { describe, expect, it } from "vitest";
import { applyOverrides, DEFAULT_RULES, IssueLog, ruleRows, ruleSetVersion } from "../../core/index.ts";

describe("rule rows of the 计分规则 sheet", () => {
  it("every row reads back through applyOverrides to the same rule set", () => {
    const issues = new IssueLog();
    const rows = ruleRows(DEFAULT_RULES);
    const back = applyOverrides(
      rows.map(([key, value], i) => ({ key, value, where: { sheet: "计分规则", cell: `B${i + 2}` } })),
      issues,
    );
    expect(issues.list).toEqual([]);
    expect(ruleSetVersion(back)).toBe(ruleSetVersion(DEFAULT_RULES));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["U1", "U11", "T1", "T3", "S1", "S7", "S7.points", "S17", "S20"]));
  });
});
