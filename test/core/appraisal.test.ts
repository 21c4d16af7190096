import { describe, expect, it } from "vitest";
import { applyOverrides, compute, IssueLog, resultsJson } from "../../core/index.ts";
import { event, input, period, rating, ratingsAll, staffOnTarget } from "../helpers/records.ts";

const year = period("2026");
// The D5 notice that actuals are per period comes with every run without 业务完成; not the subject here.
const run = (parts: Parameters<typeof input>[0], rules?: ReturnType<typeof applyOverrides>) => {
  const r = compute(input(parts), { period: year, rules });
  return { ...r, issues: r.issues.filter((i) => i.code !== "actualsPerPeriod") };
};

describe("weighted appraisal", () => {
  it("A1: composite = 0.2 mass + 0.2 group + 0.2 meeting + 0.4 daily (ratings × 10)", () => {
    // mass mean (90 + 80) / 2 = 85 → 850; group 70 → 700; meeting 95 → 950; daily 1000 − 50 = 950.
    const r = run({
      staff: [staffOnTarget("张三")],
      staffEvents: [event("张三", "S2")],
      ratings: [rating("张三", "mass", 90), rating("张三", "mass", 80), rating("张三", "group", 70), rating("张三", "meeting", 95)],
    });
    const s = r.staff[0];
    expect([s.mass, s.group, s.meeting, s.daily]).toEqual([850, 700, 950, 950]);
    expect(s.composite).toBe(0.2 * 850 + 0.2 * 700 + 0.2 * 950 + 0.4 * 950); // 880
    expect(s.composite).toBe(880);
  });

  it("A1: composites are rounded to 2 decimals, half away from zero", () => {
    // mass (88 + 87 + 87) / 3 = 87.333… → 873.33…; × 0.2 = 174.666…; others 900: 180 + 180 + 400.
    const r = run({
      staff: [staffOnTarget("张三")],
      ratings: [
        rating("张三", "mass", 88),
        rating("张三", "mass", 87),
        rating("张三", "mass", 87),
        rating("张三", "group", 90),
        rating("张三", "meeting", 90),
      ],
    });
    expect(r.staff[0].composite).toBe(934.67);
  });

  it("A1: the trimmed-mean option drops the highest and lowest of 5 or more ratings", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([{ key: "去掉最高最低分", value: "是", where: { sheet: "计分规则", cell: "B2" } }], issues);
    const ratings = [10, 80, 80, 80, 100].map((s) => rating("张三", "mass", s));
    const r = run(
      { staff: [staffOnTarget("张三")], ratings: [...ratings, rating("张三", "group", 80), rating("张三", "meeting", 80)] },
      rules,
    );
    expect(r.staff[0].mass).toBe(800);
    const plain = run({
      staff: [staffOnTarget("张三")],
      ratings: [...ratings, rating("张三", "group", 80), rating("张三", "meeting", 80)],
    });
    expect(plain.staff[0].mass).toBe(700);
  });

  it("A1: a rating outside 0..100 is an error and not counted", () => {
    const r = run({ staff: [staffOnTarget("张三")], ratings: [...ratingsAll("张三", 90), rating("张三", "mass", 120)] });
    expect(r.staff[0].mass).toBe(900);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([["error", "ratingOutOfRange"]]);
  });

  it("A2: a person without meeting ratings gets no composite and grade 待评, with a warning naming what is missing", () => {
    const r = run({ staff: [staffOnTarget("张三")], ratings: [rating("张三", "mass", 90), rating("张三", "group", 90)] });
    const s = r.staff[0];
    expect([s.composite, s.rank, s.grade]).toEqual([null, null, "待评"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: "warning", rule: "A2" });
    expect(r.issues[0].message).toContain("主任办公会");
    expect(resultsJson(r).staff[0]).toMatchObject({ composite: null, rank: null, grade: "待评", meeting: null });
  });

  it("A2: the warning points at the person's ratings on 评议打分 (the 评议类型 cell of his first row) and says what to do", () => {
    const mass = rating("张三", "mass", 90);
    const r = run({ staff: [staffOnTarget("张三")], ratings: [rating("李四", "mass", 80), mass, rating("张三", "group", 90)] });
    const issue = r.issues.find((i) => i.code === "missingRatings")!;
    expect([issue.sheet, issue.cell]).toEqual(["评议打分", `B${mass.source.row}`]);
    expect(issue.detail).toBe("评议打分表中没有张三的主任办公会评分，暂不计算综合分（待评）；补录后重新计算");
  });

  it("A2: a person with no row on 评议打分 is pointed at the sheet itself, every missing kind named", () => {
    const r = run({ staff: [staffOnTarget("张三")], ratings: [] });
    const issue = r.issues.find((i) => i.code === "missingRatings")!;
    expect([issue.sheet, issue.cell]).toEqual(["评议打分", ""]);
    expect(issue.message).toBe("评议打分表中没有张三的群众评议、考评小组、主任办公会评分，暂不计算综合分（待评）；补录后重新计算");
  });

  it("A3: ranks by composite, high first, ties share a rank", () => {
    const names = ["甲", "乙", "丙", "丁"];
    const scores = [90, 95, 90, 70];
    const r = run({ staff: names.map(staffOnTarget), ratings: names.flatMap((n, i) => ratingsAll(n, scores[i])) });
    expect(r.staff.map((s) => [s.name, s.rank])).toEqual([
      ["甲", 2],
      ["乙", 1],
      ["丙", 2],
      ["丁", 4],
    ]);
  });

  it("A4: a composite below 600 is 不称职", () => {
    // ratings 30 → 300 each; daily 1000: 0.6 × 300 + 0.4 × 1000 = 580.
    const r = run({
      staff: [staffOnTarget("张三"), staffOnTarget("李四")],
      ratings: [...ratingsAll("张三", 30), ...ratingsAll("李四", 34)],
    });
    expect(r.staff.map((s) => [s.name, s.composite, s.grade])).toEqual([
      ["张三", 580, "不称职"],
      ["李四", 604, "优秀(推荐)"],
    ]);
  });

  it("A4: missing tasks more than 3 times is 不称职 whatever the score", () => {
    const r = run({ staff: [staffOnTarget("张三")], staffEvents: [event("张三", "S1", { count: 4 })], ratings: ratingsAll("张三", 100) });
    expect(r.staff[0].composite).toBe(0.6 * 1000 + 0.4 * 700);
    expect(r.staff[0].grade).toBe("不称职");
    expect(r.issues.some((i) => i.rule === "A4")).toBe(true);
  });

  it("A5: quota = 20% of persons, rounded down, at least 1; a tie that fits is 优秀(推荐)", () => {
    // 10 persons → quota 2. 甲 and 乙 tie at the top: 1 + 2 − 1 = 2 ≤ 2, both excellent.
    const names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    const scores = [95, 95, 90, 85, 80, 80, 75, 70, 65, 60];
    const r = run({ staff: names.map(staffOnTarget), ratings: names.flatMap((n, i) => ratingsAll(n, scores[i])) });
    expect(r.staff.filter((s) => s.grade === "优秀(推荐)").map((s) => s.name)).toEqual(["甲", "乙"]);
    const four = run({
      staff: names.slice(0, 4).map(staffOnTarget),
      ratings: names.slice(0, 4).flatMap((n, i) => ratingsAll(n, [90, 80, 70, 60][i])),
    });
    expect(four.staff.filter((s) => s.grade === "优秀(推荐)").map((s) => s.name)).toEqual(["甲"]); // 20% of 4 → 0 → at least 1
  });

  it("A5: a tie that straddles the quota is left to the committee with a warning", () => {
    // 10 persons, quota 2: 甲 first, 乙 and 丙 tie at position 2 → 2 + 2 − 1 = 3 > 2.
    const names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    const scores = [95, 90, 90, 85, 80, 80, 75, 70, 65, 60];
    const r = run({ staff: names.map(staffOnTarget), ratings: names.flatMap((n, i) => ratingsAll(n, scores[i])) });
    expect(r.staff.filter((s) => s.grade === "优秀(推荐)").map((s) => s.name)).toEqual(["甲"]);
    expect(r.staff.find((s) => s.name === "乙")!.grade).toBe("称职");
    const w = r.issues.filter((i) => i.rule === "A5");
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("乙、丙");
  });

  it("A5: 不称职 and 待评 persons are not candidates; the next eligible person is", () => {
    const r = run({
      staff: ["甲", "乙", "丙"].map(staffOnTarget),
      staffEvents: [event("甲", "S1", { count: 4 })],
      ratings: [...ratingsAll("甲", 100), ...ratingsAll("乙", 80), rating("丙", "mass", 100)],
    });
    expect(r.staff.map((s) => [s.name, s.grade])).toEqual([
      ["甲", "不称职"],
      ["乙", "优秀(推荐)"],
      ["丙", "待评"],
    ]);
  });

  it("A6: everyone else is 称职", () => {
    const names = ["甲", "乙", "丙", "丁", "戊"];
    const r = run({ staff: names.map(staffOnTarget), ratings: names.flatMap((n, i) => ratingsAll(n, 90 - i)) });
    expect(r.staff.map((s) => s.grade)).toEqual(["优秀(推荐)", "称职", "称职", "称职", "称职"]);
  });
});
