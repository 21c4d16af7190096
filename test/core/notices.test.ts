import { describe, expect, it } from "vitest";
import { applyOverrides, compute, IssueLog, resultsJson } from "../../core/index.ts";
import { input, period, sub, unit } from "../helpers/records.ts";

const byName = (r: ReturnType<typeof compute>, name: string) => r.units.find((u) => u.unit.name === name)!;

describe("monthly notice and escalation", () => {
  it("N1: every active unit is ranked by month score, high first, with year-to-date", () => {
    const units = [unit("甲"), unit("乙"), unit("丙"), unit("停用", { to: "2026-01" })];
    const submissions = [
      sub("甲", "2026-03-01"), // 1
      sub("乙", "2026-03-02", ["district.adopted"]), // 6
      sub("乙", "2026-01-10", ["city.adopted"]), // 51 in January, ytd only
      sub("丙", "2026-03-03"),
      sub("丙", "2026-03-04"), // 2
      sub("停用", "2026-01-05"),
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(r.units.map((u) => [u.unit.name, u.rank, u.score, u.ytdScore])).toEqual([
      ["乙", 1, 6, 57],
      ["丙", 2, 2, 2],
      ["甲", 3, 1, 1],
    ]);
  });

  it("N1: ties share a rank (competition 1,2,2,4); display order among ties is more adoptions, then more submissions", () => {
    const units = [unit("甲"), unit("乙"), unit("丙"), unit("丁")];
    const submissions = [
      sub("甲", "2026-03-01", ["district.adopted"]),
      sub("甲", "2026-03-01", ["district.adopted"]), // 12
      sub("乙", "2026-03-01"),
      sub("乙", "2026-03-02"),
      sub("乙", "2026-03-03"),
      sub("乙", "2026-03-04"),
      sub("乙", "2026-03-05"),
      sub("乙", "2026-03-06"), // 6 with 0 adoptions
      sub("丙", "2026-03-01", ["district.adopted"]), // 6 with 1 adoption → shown before 乙
      sub("丁", "2026-03-01"), // 1
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(r.units.map((u) => [u.unit.name, u.rank])).toEqual([
      ["甲", 1],
      ["丙", 2],
      ["乙", 2],
      ["丁", 4],
    ]);
    const issues = new IssueLog();
    const dense = applyOverrides([{ key: "排名方式", value: "中国式排名", where: { sheet: "计分规则", cell: "B2" } }], issues);
    expect(issues.list).toEqual([]);
    const d = compute(input({ units, submissions }), { period: period("2026-03"), rules: dense });
    expect(d.units.map((u) => u.rank)).toEqual([1, 2, 2, 3]);
  });

  it("N2: one missing month gets the unit named; N3: two months a notice to its 主要负责人; N4: three months key assistance", () => {
    const units = [unit("一月缺", { leader: "张主任" }), unit("两月缺", { leader: "李书记" }), unit("三月缺"), unit("按时")];
    const submissions = [
      sub("按时", "2025-12-01"),
      sub("按时", "2026-01-05"),
      sub("按时", "2026-02-05"),
      sub("按时", "2026-03-05"),
      sub("一月缺", "2026-02-10"),
      sub("两月缺", "2026-01-10"),
      sub("三月缺", "2025-11-10"),
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(
      [byName(r, "按时"), byName(r, "一月缺"), byName(r, "两月缺"), byName(r, "三月缺")].map((u) => [u.missing.streak, u.missing.action]),
    ).toEqual([
      [0, null],
      [1, "named"],
      [2, "notice"],
      [4, "assist"],
    ]);
    expect(byName(r, "两月缺").missing.months.map((m) => `${Math.floor(m / 12)}-${(m % 12) + 1}`)).toEqual(["2026-2", "2026-3"]);
    expect(byName(r, "两月缺").unit.leader).toBe("李书记");
  });

  it("N2: the streak counts back no further than the unit's 启用月份 and the first month of the log", () => {
    const units = [unit("新单位", { from: "2026-03" }), unit("老单位")];
    const submissions = [sub("老单位", "2026-02-01")];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(byName(r, "新单位").missing.streak).toBe(1); // March only: not active before
    expect(byName(r, "老单位").missing.streak).toBe(1);
    const noEarlierLog = compute(input({ units: [unit("甲"), unit("乙")], submissions: [sub("乙", "2026-03-01")] }), {
      period: period("2026-03"),
    });
    expect(byName(noEarlierLog, "甲").missing.streak).toBe(1); // the log starts in March
  });

  it("N2: history crosses a year boundary, and a unit not active in the last month has streak 0", () => {
    const units = [unit("甲"), unit("已停用", { to: "2026-01" })];
    const submissions = [sub("甲", "2025-10-03"), sub("已停用", "2025-10-03")];
    const r = compute(input({ units, submissions }), { period: period("2026-01") });
    expect(byName(r, "甲").missing.streak).toBe(3); // Nov, Dec, Jan
    const feb = compute(input({ units, submissions }), { period: period("2026-02") });
    expect(feb.units.find((u) => u.unit.name === "已停用")).toBeUndefined();
  });

  it("N2: thresholds are rules (noticeStreak = 3 makes a two-month gap only 'named')", () => {
    const issues = new IssueLog();
    const rules = applyOverrides(
      [
        { key: "noticeStreak", value: 3, where: { sheet: "计分规则", cell: "B2" } },
        { key: "assistStreak", value: 4, where: { sheet: "计分规则", cell: "B3" } },
      ],
      issues,
    );
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-01-05")] }), { period: period("2026-03"), rules });
    expect(r.units[0].missing).toMatchObject({ streak: 2, action: "named" });
  });

  it("N5: the reward list holds items adopted by city, province or central level in the period", () => {
    const units = [unit("甲"), unit("乙")];
    const submissions = [
      sub("甲", "2026-03-01", ["district.adopted"]),
      sub("甲", "2026-03-02", ["city.adopted"], { author: "王五" }),
      sub("乙", "2026-03-03", ["district.adopted", "city.adopted", "province.adopted"]),
      sub("乙", "2026-02-03", ["province.adopted"]),
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(r.rewards.map((x) => [x.unitName, x.adoptions.map((m) => m.level)])).toEqual([
      ["乙", ["省", "市"]],
      ["甲", ["市"]],
    ]);
  });

  it("N6: a quarter summary ranks units by the quarter's score with a score per month", () => {
    const units = [unit("甲"), unit("乙")];
    const submissions = [
      sub("甲", "2026-01-10", ["district.adopted"]),
      sub("乙", "2026-02-10"),
      sub("乙", "2026-03-10"),
      sub("乙", "2026-04-10", ["city.adopted"]),
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-Q1") });
    expect(r.units.map((u) => [u.unit.name, u.score, u.monthScores])).toEqual([
      ["甲", 6, [6, 0, 0]],
      ["乙", 2, [0, 1, 1]],
    ]);
    const half = compute(input({ units, submissions }), { period: period("2026-H1") });
    expect(half.units.map((u) => [u.unit.name, u.score])).toEqual([
      ["乙", 53],
      ["甲", 6],
    ]);
    expect(resultsJson(half).period).toEqual({ kind: "half", start: "2026-01", end: "2026-06", asOf: null, assessedThrough: "2026-06" });
  });

  it("N6: a custom date range counts items by date, inclusive", () => {
    const r = compute(
      input({
        units: [unit("甲")],
        submissions: [sub("甲", "2026-06-30"), sub("甲", "2026-07-01"), sub("甲", "2026-10-09"), sub("甲", "2026-10-10")],
      }),
      { period: period("2026-07-01..2026-10-09") },
    );
    expect(r.units[0].score).toBe(2);
    expect(resultsJson(r).period).toEqual({
      kind: "range",
      start: "2026-07-01",
      end: "2026-10-09",
      asOf: null,
      assessedThrough: "2026-10",
    });
  });

  it("N7: advanced units are rank ≤ 5 with ties at the boundary kept, never a unit scoring 0", () => {
    const names = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const units = names.map((n) => unit(n));
    const points = { A: 6, B: 5, C: 4, D: 3, E: 2, F: 2, G: 0, H: 0 } as Record<string, number>;
    const submissions = names.flatMap((n) =>
      Array.from({ length: points[n] }, (_, i) => sub(n, `2026-03-${String(i + 1).padStart(2, "0")}`)),
    );
    const r = compute(input({ units, submissions }), { period: period("2026") });
    expect(r.units.filter((u) => u.advancedCandidate).map((u) => u.unit.name)).toEqual(["A", "B", "C", "D", "E", "F"]);
    const issues = new IssueLog();
    const ten = applyOverrides([{ key: "先进单位名额", value: 10, where: { sheet: "计分规则", cell: "B2" } }], issues);
    const r10 = compute(input({ units, submissions }), { period: period("2026"), rules: ten });
    expect(r10.units.filter((u) => u.advancedCandidate)).toHaveLength(6); // G and H score 0
  });

  it("N7: ranking inside unit categories picks the top of each 类别", () => {
    const units = [
      unit("镇1", { category: "镇街" }),
      unit("镇2", { category: "镇街" }),
      unit("部门1", { category: "区直" }),
      unit("部门2", { category: "区直" }),
    ];
    const submissions = [
      sub("镇1", "2026-03-01", ["city.adopted"]),
      sub("镇2", "2026-03-01", ["district.adopted"]),
      sub("部门1", "2026-03-01"),
      sub("部门2", "2026-03-01"),
      sub("部门2", "2026-03-02"),
    ];
    const issues = new IssueLog();
    const rules = applyOverrides(
      [
        { key: "advancedUnits", value: 1, where: { sheet: "x", cell: "B2" } },
        { key: "按类别排名", value: "是", where: { sheet: "x", cell: "B3" } },
      ],
      issues,
    );
    const r = compute(input({ units, submissions }), { period: period("2026-03"), rules });
    expect(
      r.units
        .filter((u) => u.advancedCandidate)
        .map((u) => u.unit.name)
        .sort(),
    ).toEqual(["部门2", "镇1"]);
  });

  it("N8: excellent workers are authors ranked by their items' points; co-authors each credited; blanks left out", () => {
    const units = [unit("甲")];
    const submissions = [
      sub("甲", "2026-03-01", ["city.adopted"], { author: "张三、李四" }), // 51 each
      sub("甲", "2026-03-02", ["district.adopted"], { author: "李四" }), // +6 → 57
      sub("甲", "2026-03-03", [], { author: "" }),
      sub("甲", "2026-03-04", [], { author: "王五" }), // 1
    ];
    const issues = new IssueLog();
    const rules = applyOverrides([{ key: "excellentWorkers", value: 2, where: { sheet: "x", cell: "B2" } }], issues);
    const r = compute(input({ units, submissions }), { period: period("2026-03"), rules });
    expect(r.workers.map((w) => [w.author, w.rank, w.score, w.items, w.excellentCandidate])).toEqual([
      ["李四", 1, 57, 2, true],
      ["张三", 2, 51, 1, true],
      ["王五", 3, 1, 1, false],
    ]);
  });
});
