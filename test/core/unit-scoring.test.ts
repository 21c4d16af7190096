import { describe, expect, it } from "vitest";
import { auditTrail, compute, resultsJson, DEFAULT_RULES, IssueLog, applyOverrides, type MarkKey } from "../../core/index.ts";
import { input, period, sub, unit } from "../helpers/records.ts";

const march = period("2026-03");

/** Score of unit 甲 for a single March item carrying `marks`. */
function scoreOf(marks: MarkKey[]): number {
  const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-03-05", marks)] }), { period: march });
  return r.units[0].score;
}

describe("unit point scheme", () => {
  it("U1: a submitted item scores 1", () => expect(scoreOf([])).toBe(1));
  it("U2: district adoption adds 5 (1 + 5 = 6)", () => expect(scoreOf(["district.adopted"])).toBe(6));
  it("U3: district excellent adds 10 (1 + 5 + 10 = 16)", () => expect(scoreOf(["district.adopted", "district.excellent"])).toBe(16));
  it("U4: district leader endorsement adds 10 (1 + 5 + 10 = 16)", () =>
    expect(scoreOf(["district.adopted", "district.endorsed"])).toBe(16));
  it("U5: city adoption adds 50 on top of the district (1 + 5 + 50 = 56)", () =>
    expect(scoreOf(["district.adopted", "city.adopted"])).toBe(56));
  it("U6: city excellent adds 50 (1 + 50 + 50 = 101)", () => expect(scoreOf(["city.adopted", "city.excellent"])).toBe(101));
  it("U7: city leader endorsement adds 50 (1 + 50 + 50 = 101)", () => expect(scoreOf(["city.adopted", "city.endorsed"])).toBe(101));
  it("U8: provincial adoption adds 100 (1 + 5 + 50 + 100 = 156)", () =>
    expect(scoreOf(["district.adopted", "city.adopted", "province.adopted"])).toBe(156));
  it("U9: provincial excellent adds 100 (1 + 100 + 100 = 201)", () =>
    expect(scoreOf(["province.adopted", "province.excellent"])).toBe(201));
  it("U10: provincial leader endorsement adds 100 (1 + 100 + 100 = 201)", () =>
    expect(scoreOf(["province.adopted", "province.endorsed"])).toBe(201));
  it("U11: central adoption gives no points by default but is counted for rewards", () => {
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-03-05", ["central.adopted"])] }), { period: march });
    expect(r.units[0].score).toBe(1);
    expect(resultsJson(r).units[0].adoptedCentral).toBe(1);
    expect(r.rewards.map((x) => x.adoptions.map((m) => m.key))).toEqual([["central.adopted"]]);
  });
  it("U11: central adoption points are configurable (U11 = 200 → 1 + 200 = 201)", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([{ key: "U11", value: 200, where: { sheet: "计分规则", cell: "B2" } }], issues);
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-03-05", ["central.adopted"])] }), {
      period: march,
      rules,
    });
    expect(issues.list).toEqual([]);
    expect(r.units[0].score).toBe(201);
  });
  it("U1–U10 all marks: 1+5+10+10+50+50+50+100+100+100 = 476", () => {
    const all: MarkKey[] = [
      "district.adopted",
      "district.excellent",
      "district.endorsed",
      "city.adopted",
      "city.excellent",
      "city.endorsed",
      "province.adopted",
      "province.excellent",
      "province.endorsed",
    ];
    expect(scoreOf(all)).toBe(476);
  });

  it("U3 without U2: an excellent mark without adoption is counted and warned", () => {
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-03-05", ["district.excellent"])] }), { period: march });
    expect(r.units[0].score).toBe(11);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: "warning", sheet: "信息报送" });
    expect(r.issues[0].cell).toMatch(/^H\d+$/);
    expect(r.issues[0].message).toContain("区优秀");
  });

  it("U1: points belong to the month of the submission date", () => {
    const r = compute(
      input({ units: [unit("甲")], submissions: [sub("甲", "2026-02-28", ["district.adopted"]), sub("甲", "2026-03-01")] }),
      { period: march },
    );
    expect(r.units[0].score).toBe(1);
    expect(r.units[0].ytdScore).toBe(7);
  });

  it("U1: an unknown unit is an error naming the cell, with the nearest roster name; the rest is computed", () => {
    const r = compute(
      input({ units: [unit("峨山镇"), unit("古邵镇")], submissions: [sub("峨山真", "2026-03-02"), sub("古邵镇", "2026-03-03")] }),
      { period: march },
    );
    expect(r.units.find((u) => u.unit.name === "古邵镇")!.score).toBe(1);
    expect(r.units.find((u) => u.unit.name === "峨山镇")!.score).toBe(0);
    const e = r.issues.find((i) => i.code === "unknownUnit")!;
    expect(e.severity).toBe("error");
    expect(e.cell).toMatch(/^C\d+$/);
    expect(e.message).toContain("峨山真");
    expect(e.message).toContain("峨山镇");
  });

  it("U1: former names (曾用名) map to the current unit", () => {
    const r = compute(
      input({
        units: [unit("区融媒体中心", { former: ["区广播电视台", "区新闻中心"] })],
        submissions: [sub("区广播电视台", "2026-03-02"), sub("区新闻中心", "2026-03-03")],
      }),
      { period: march },
    );
    expect(r.units[0].score).toBe(2);
    expect(r.issues).toEqual([]);
  });

  it("U1: a repeated 编号 is an error and the second row is left out", () => {
    const r = compute(
      input({
        units: [unit("甲")],
        submissions: [sub("甲", "2026-03-02", [], { id: "X-1" }), sub("甲", "2026-03-03", ["city.adopted"], { id: "X-1" })],
      }),
      { period: march },
    );
    expect(r.units[0].score).toBe(1);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([["error", "duplicateId"]]);
  });

  it("U1: rows without 编号 sharing unit, title and date count each time (每条次) with a warning", () => {
    const r = compute(
      input({
        units: [unit("甲")],
        submissions: [sub("甲", "2026-03-02", [], { title: "同题" }), sub("甲", "2026-03-02", [], { title: "同题" })],
      }),
      { period: march },
    );
    expect(r.units[0].score).toBe(2);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([["warning", "possibleDuplicate"]]);
  });

  it("U1–U10: the audit trail of a unit adds up to its score and names rule and cell", () => {
    const r = compute(
      input({ units: [unit("甲")], submissions: [sub("甲", "2026-03-05", ["district.adopted", "city.adopted", "city.endorsed"])] }),
      { period: march },
    );
    const trail = [...auditTrail(r)].filter((a) => a.subject === "甲");
    expect(trail.map((a) => [a.rule, a.points])).toEqual([
      ["U1", 1],
      ["U2", 5],
      ["U5", 50],
      ["U7", 50],
    ]);
    expect(trail.reduce((s, a) => s + a.points, 0)).toBe(r.units[0].score);
    expect(trail[3].cell).toMatch(/^L\d+$/);
  });

  it("default rules hold every U point of the regulation", () => {
    expect(DEFAULT_RULES.units.points.map((p) => p.points)).toEqual([1, 5, 10, 10, 50, 50, 50, 100, 100, 100, 0]);
  });
});
