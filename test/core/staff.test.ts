import { describe, expect, it } from "vitest";
import { applyOverrides, compute, IssueLog, type StaffEvent, type StaffRecord } from "../../core/index.ts";
import { event, input, period, ratingsAll, staff, staffOnTarget } from "../helpers/records.ts";

const year = period("2026");

/** Daily assessment parts of one person who meets every target, given events. */
function parts(events: StaffEvent[], record: StaffRecord = staffOnTarget("张三")) {
  const r = compute(input({ staff: [record], staffEvents: events }), { period: year });
  const s = r.staff[0];
  return {
    public: s.public,
    business: s.business,
    bonus: s.bonus,
    daily: s.daily,
    issues: r.issues.filter((i) => i.rule !== "A2" && i.code !== "actualsPerPeriod"),
    person: s,
  };
}

describe("daily assessment: public part", () => {
  it("S1: 1 time −50, 2 times −150, 3 times −300 in total", () => {
    expect(parts([event("张三", "S1")]).public).toBe(450);
    expect(parts([event("张三", "S1"), event("张三", "S1")]).public).toBe(350);
    expect(parts([event("张三", "S1", { count: 3 })]).public).toBe(200);
  });
  it("S1: more than 3 times grades 不称职 whatever the score", () => {
    const p = parts([event("张三", "S1", { count: 4 })]);
    expect(p.public).toBe(200);
    expect(p.person.unfinishedTasks).toBe(4);
    const r = compute(
      input({ staff: [staffOnTarget("张三")], staffEvents: [event("张三", "S1", { count: 4 })], ratings: ratingsAll("张三", 100) }),
      { period: year },
    );
    expect(r.staff[0].grade).toBe("不称职");
  });
  it("S2: −50 for each absence that delays work", () => expect(parts([event("张三", "S2", { count: 2 })]).public).toBe(400));
  it("S3: other breach of discipline takes the entered amount (120 × 1)", () =>
    expect(parts([event("张三", "S3", { points: 120 })]).public).toBe(380));
  it("S3: an amount outside 50–200 is an error and not counted", () => {
    const p = parts([event("张三", "S3", { points: 300 })]);
    expect(p.public).toBe(500);
    expect(p.issues.map((i) => [i.severity, i.rule, i.code])).toEqual([["error", "S3", "pointsOutOfRange"]]);
    expect(p.issues[0].cell).toMatch(/^E\d+$/);
  });
  it("S4: work outside the procedures takes the entered amount × 次数 (80 × 2)", () =>
    expect(parts([event("张三", "S4", { points: 80, count: 2 })]).public).toBe(340));
  it("S4: a missing amount is an error", () => expect(parts([event("张三", "S4")]).issues[0].code).toBe("pointsRequired"));
  it("S5: disorder −50", () => expect(parts([event("张三", "S5")]).public).toBe(450));
  it("S6: no responsible person −100", () => expect(parts([event("张三", "S6")]).public).toBe(400));
  it("S6: the public part never goes below 0 (6 × 100 → 0)", () => expect(parts([event("张三", "S6", { count: 6 })]).public).toBe(0));
});

describe("daily assessment: business part", () => {
  const withActuals = (a: Partial<Record<"S7" | "S8" | "S9" | "S10", number>>) =>
    staff("张三", { S7: { actual: a.S7 ?? 20 }, S8: { actual: a.S8 ?? 30 }, S9: { actual: a.S9 ?? 300 }, S10: { actual: a.S10 ?? 600 } });
  it("S7: 信息快报 short by 1 → −50, by 2 → −150, by 3 or more → −300", () => {
    expect(parts([], withActuals({ S7: 19 })).business).toBe(450);
    expect(parts([], withActuals({ S7: 18 })).business).toBe(350);
    expect(parts([], withActuals({ S7: 10 })).business).toBe(200);
    expect(parts([], withActuals({ S7: 25 })).business).toBe(500);
  });
  it("S8: 峄城信息 is counted separately on the same scale (target 30, 28 done → −150)", () => {
    expect(parts([], withActuals({ S7: 19, S8: 28 })).business).toBe(500 - 50 - 150);
  });
  it("S9: provincial reports −10 per item short (295 of 300 → −50)", () => expect(parts([], withActuals({ S9: 295 })).business).toBe(450));
  it("S10: city reports −10 per item short (590 of 600 → −100)", () => expect(parts([], withActuals({ S10: 590 })).business).toBe(400));
  it("S10: an entered target replaces the default (target 500, 490 done → −100)", () => {
    expect(
      parts([], staff("张三", { S7: { actual: 20 }, S8: { actual: 30 }, S9: { actual: 300 }, S10: { target: 500, actual: 490 } })).business,
    ).toBe(400);
  });
  it("S9: targets scale to the period, halves up (quarter: 300 × 3/12 = 75; 70 done → −50)", () => {
    const r = compute(
      input({ staff: [staff("张三", { S7: { actual: 5 }, S8: { actual: 8 }, S9: { actual: 70 }, S10: { actual: 150 } })] }),
      { period: period("2026-Q1") },
    );
    // S7: 20 × 0.25 = 5 → met; S8: 30 × 0.25 = 7.5 → 8 (halves up) → met; S9 short 5 → −50.
    expect(r.staff[0].business).toBe(450);
  });
  it("S7: a blank actual counts as 0 and is reported as a warning", () => {
    const p = parts([], staff("张三", { S8: { actual: 30 }, S9: { actual: 300 }, S10: { actual: 600 } }));
    expect(p.business).toBe(200);
    expect(p.issues.map((i) => [i.severity, i.rule])).toEqual([["warning", "S7"]]);
  });
  it("S11: each wrong, missed or late report −50", () => expect(parts([event("张三", "S11", { count: 3 })]).business).toBe(350));
  it("S12: other mistake −50", () => expect(parts([event("张三", "S12")]).business).toBe(450));
  it("S13: a mistake causing loss takes the entered 100–200 (150)", () =>
    expect(parts([event("张三", "S13", { points: 150 })]).business).toBe(350));
  it("S13: 90 is outside 100–200 and not counted", () => expect(parts([event("张三", "S13", { points: 90 })]).business).toBe(500));
  it("S13: the business part never goes below 0", () => expect(parts([event("张三", "S13", { points: 200, count: 3 })]).business).toBe(0));
});

describe("daily assessment: bonus", () => {
  const reason = "区委办通报表扬";
  it("S14: a year commendation +100", () => expect(parts([event("张三", "S14", { reason })]).bonus).toBe(100));
  it("S14: a bonus without a written reason is an error and not counted", () => {
    const p = parts([event("张三", "S14")]);
    expect(p.bonus).toBe(0);
    expect(p.issues.map((i) => [i.severity, i.code, i.rule])).toEqual([["error", "reasonRequired", "S14"]]);
  });
  it("S15: praise by a district leader +50", () => expect(parts([event("张三", "S15", { reason })]).bonus).toBe(50));
  it("S16: overtime: every 2 hours is half a day worth +10 (5 hours → 2 half days → +20)", () =>
    expect(parts([event("张三", "S16", { hours: 5, reason })]).bonus).toBe(20));
  it("S16: overtime caused by poor planning (安排不当) gives 0", () =>
    expect(parts([event("张三", "S16", { hours: 8, reason, poorPlanning: true })]).bonus).toBe(0));
  it("S17: more than 10 working days (20 half days) of overtime adds 50 once", () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      event("张三", "S16", { hours: 4, reason, date: `2026-02-${String(i + 1).padStart(2, "0")}` }),
    );
    expect(parts(eleven.slice(0, 10)).bonus).toBe(10 * 20); // 20 half days: not more than 20
    expect(parts(eleven).bonus).toBe(11 * 20 + 50);
    expect(parts([...eleven, ...eleven.map((e) => ({ ...e }))]).bonus).toBe(22 * 20 + 50);
  });
  it("S18: own item adopted by the provincial office +50", () =>
    expect(parts([event("张三", "S18", { reason, count: 2 })]).bonus).toBe(100));
  it("S19: own item endorsed by a city leader +50", () => expect(parts([event("张三", "S19", { reason })]).bonus).toBe(50));
  it("S20: outstanding public-welfare result +100", () => expect(parts([event("张三", "S20", { reason })]).bonus).toBe(100));
  it("S1–S20: daily = public + business + bonus, and rows outside the period are left out", () => {
    const p = parts([
      event("张三", "S2", { date: "2026-05-01" }),
      event("张三", "S2", { date: "2025-12-31" }), // previous year: left out
      event("张三", "S12"), // undated: counts in any period
      event("张三", "S15", { reason, date: "2026-06-01" }),
    ]);
    expect([p.public, p.business, p.bonus, p.daily]).toEqual([450, 450, 50, 950]);
  });
  it("S2: a name not on the staff sheet is an error for that row", () => {
    const p = parts([event("李四", "S2"), event("张三", "S2")]);
    expect(p.public).toBe(450);
    expect(p.issues.map((i) => [i.severity, i.code])).toEqual([["error", "unknownStaff"]]);
  });
  it("S1: the audit trail adds up to the daily score (including the floor)", () => {
    const p = parts([
      event("张三", "S1", { date: "2026-01-01" }),
      event("张三", "S1", { date: "2026-02-01" }),
      event("张三", "S6", { count: 4 }),
      event("张三", "S20", { reason }),
    ]);
    const sum = p.person.audit.reduce((s, a) => s + a.points, 0);
    expect(sum).toBe(p.daily);
    expect(p.daily).toBe(0 + 500 + 100);
    expect(p.person.audit.filter((a) => a.rule === "S1").map((a) => a.points)).toEqual([-50, -100]);
  });
  it("S16: overrides change the scale (S16 = 15 per half day)", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([{ key: "S16", value: "15", where: { sheet: "计分规则", cell: "B2" } }], issues);
    const r = compute(input({ staff: [staffOnTarget("张三")], staffEvents: [event("张三", "S16", { hours: 4, reason })] }), {
      period: year,
      rules,
    });
    expect(r.staff[0].bonus).toBe(30);
  });
});
