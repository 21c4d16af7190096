// Decisions D1–D6 (docs/rules.md, "真实的日历与真实的输入"): as-of date, plausible dates,
// workers as (unit, author), every row validated, monthly actuals, forgiving names and numbers.
// Expected values are worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buildResultSheets,
  compute,
  defaultPeriod,
  IssueLog,
  isoDay,
  isoMonth,
  localDay,
  parseNumberWithUnit,
  readDate,
  readGrids,
  readStats,
  resultsJson,
  type CellValue,
} from "../../core/index.ts";
import { day, event, input, period, ratingsAll, staff, sub, unit } from "../helpers/records.ts";

const months = (from: number, to: number, unitName: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => sub(unitName, `2026-${String(from + i).padStart(2, "0")}-10`));

describe("D1: as-of date", () => {
  it("D1: default periods are the last complete month, quarter, half-year and year", () => {
    const label = (kind: "month" | "quarter" | "half" | "year", asOf: string) => defaultPeriod(kind, day(asOf)).label;
    // 2026-11-29: November has not ended → October; Q4 has not → Q3; H2 has not → H1; 2026 has not → 2025.
    expect(["month", "quarter", "half", "year"].map((k) => label(k as "month", "2026-11-29"))).toEqual([
      "2026-10",
      "2026-Q3",
      "2026-H1",
      "2025",
    ]);
    // The last day of a month ends it: on 2026-12-31 December, Q4, H2 and 2026 have all ended.
    expect(["month", "quarter", "half", "year"].map((k) => label(k as "month", "2026-12-31"))).toEqual([
      "2026-12",
      "2026-Q4",
      "2026-H2",
      "2026",
    ]);
    expect(label("month", "2026-01-15")).toBe("2025-12");
    expect(label("quarter", "2026-01-01")).toBe("2025-Q4");
  });

  it("D1: today is the local calendar day, whatever UTC says (07:30 on 1 April in Beijing)", () => {
    const beijingMorning = new Date(2026, 3, 1, 7, 30); // local components
    expect(isoDay(localDay(beijingMorning))).toBe("2026-04-01");
  });

  it("D1: a year run on 29 November names nobody for December and assesses October", () => {
    // 甲 submits every month to November; 乙 stops after August; 丙 stops after October.
    const units = [unit("甲"), unit("乙"), unit("丙")];
    const submissions = [...months(1, 11, "甲"), ...months(1, 8, "乙"), ...months(1, 10, "丙")];
    const r = compute(input({ units, submissions }), { period: period("2026"), asOf: day("2026-11-29") });
    expect(r.assessedMonth && isoMonth(r.assessedMonth)).toBe("2026-10");
    expect(r.periodEnded).toBe(false);
    // October is the assessed month: 乙 missed September and October (2 → 缺报通知单); 丙 and 甲 none.
    expect(r.units.map((u) => [u.unit.name, u.missing.streak, u.missing.action, u.missing.months.map(isoMonth)])).toEqual([
      ["甲", 0, null, []],
      ["丙", 0, null, []],
      ["乙", 2, "notice", ["2026-09", "2026-10"]],
    ]);
    expect(resultsJson(r).period).toEqual({
      kind: "year",
      start: "2026-01",
      end: "2026-12",
      asOf: "2026-11-29",
      assessedThrough: "2026-10",
    });
  });

  it("D1: the same year run on 10 January 2027 assesses December", () => {
    const units = [unit("甲"), unit("乙"), unit("丙")];
    const submissions = [...months(1, 11, "甲"), ...months(1, 8, "乙"), ...months(1, 10, "丙")];
    const r = compute(input({ units, submissions }), { period: period("2026"), asOf: day("2027-01-10") });
    // December ended: 甲 missed December (1, named), 丙 November–December (2, notice), 乙 September–December (4, assist).
    expect(r.units.map((u) => [u.unit.name, u.missing.streak, u.missing.action])).toEqual([
      ["甲", 1, "named"],
      ["丙", 2, "notice"],
      ["乙", 4, "assist"],
    ]);
    expect(r.periodEnded).toBe(true);
    expect(resultsJson(r).period.assessedThrough).toBe("2026-12");
  });

  it("D1: a period none of whose months has ended names nobody and says so in the JSON", () => {
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-10-05")] }), {
      period: period("2026-11"),
      asOf: day("2026-11-29"),
    });
    expect(r.assessedMonth).toBeNull();
    expect(r.units.map((u) => [u.missing.streak, u.missing.action])).toEqual([[0, null]]);
    expect(resultsJson(r).period.assessedThrough).toBeNull();
  });

  it("D1: an item dated after the as-of date is an error and is not counted", () => {
    const issues = new IssueLog();
    const r = compute(input({ units: [unit("甲")], submissions: [sub("甲", "2026-11-20"), sub("甲", "2026-12-03", ["city.adopted"])] }), {
      period: period("2026-Q4"),
      asOf: day("2026-11-29"),
      issues,
    });
    expect(r.units[0].score).toBe(1); // only the November item: U1 1
    expect(issues.list.map((i) => [i.severity, i.code, i.params.value])).toEqual([["error", "futureDate", "2026-12-03"]]);
    expect(issues.list[0].message).toContain("晚于截至日期 2026-11-29");
  });

  it("D1: staff targets of an unfinished year scale to the months assessed (Jan–Oct: 20 × 10/12 → 17)", () => {
    const r = compute(
      input({
        staff: [staff("张三", { S7: { actual: 16 }, S8: { actual: 25 }, S9: { actual: 250 }, S10: { actual: 500 } })],
        ratings: ratingsAll("张三", 90),
      }),
      {
        period: period("2026"),
        asOf: day("2026-11-29"),
      },
    );
    // Targets: S7 round(16.67)=17 (short 1 → −50); S8 25; S9 250; S10 500 → business 450.
    expect(r.staff[0].business).toBe(450);
  });
});

describe("D2: plausible dates", () => {
  it("D2: readDate accepts 2000–2099 and gives back the month and day of 3.12 or 3月12日", () => {
    expect(readDate(46086)).toEqual({ day: day("2026-03-05") });
    expect(readDate(36526)).toEqual({ day: day("2000-01-01") }); // first serial accepted
    expect(readDate(36525)).toEqual({ why: "outOfRange" }); // 1999-12-31
    expect(readDate(3.12)).toEqual({ why: "noYear", meant: { month: 3, day: 12 } });
    expect(readDate("3.10")).toEqual({ why: "noYear", meant: { month: 3, day: 10 } });
    expect(readDate("3月12日")).toEqual({ why: "noYear", meant: { month: 3, day: 12 } });
    expect(readDate("1926-03-05")).toEqual({ why: "outOfRange", meant: { month: 3, day: 5 } });
    // A serial with a time of day in a General cell is not a date, but its date part is suggested.
    expect(readDate(46086.5)).toEqual({ why: "notDate", meant: { year: 2026, month: 3, day: 5 } });
    // 3.12 typed into a date-formatted cell reaches the reader as a date in January 1900.
    expect(readDate(new Date(Date.UTC(1899, 11, 30) + 3.12 * 86_400_000))).toEqual({ why: "noYear", meant: { month: 3, day: 12 } });
    for (const v of [Number.NaN, Infinity, -Infinity, 1e308, -1, 13.5, "", "abc", new Date(Number.NaN), new Date(Date.UTC(1899, 11, 31))]) {
      expect(readDate(v).day, String(v)).toBeUndefined();
    }
    // 1904 date system: serial 44624 is 2026-03-05 (1,462 days fewer than in the 1900 system).
    expect(readDate(44624, true)).toEqual({ day: day("2026-03-05") });
  });

  it("D2: a date typed as 3.12 is an error naming the cell and suggesting 2026-03-12", () => {
    const issues = new IssueLog();
    const read = readGrids(
      {
        sheets: [
          { name: "单位名册", rows: [["单位"], ["甲"]] },
          {
            name: "信息报送",
            rows: [
              ["报送日期", "报送单位", "标题"],
              [3.12, "甲", "一"],
              ["2026-03-13", "甲", "二"],
            ],
          },
        ],
      },
      issues,
      { year: 2026 },
    );
    expect(read.data.submissions.map((s) => isoDay(s.date))).toEqual(["2026-03-13"]);
    expect(issues.list.map((i) => [i.severity, i.cell, i.code])).toEqual([["error", "A2", "dateWithoutYear"]]);
    expect(issues.list[0].message).toBe("信息报送!A2：“3.12”不是完整日期：缺少年份，如指 2026年3月12日，请写成 2026-03-12");
  });

  it("D2: 3.12 in a date-formatted cell (shown by Excel as a day of 1900) is quoted as typed, with the suggestion", () => {
    const issues = new IssueLog();
    const typed = new Date(Date.UTC(1899, 11, 30) + 3.12 * 86_400_000);
    readGrids(
      {
        sheets: [
          { name: "单位名册", rows: [["单位"], ["甲"]] },
          {
            name: "信息报送",
            rows: [
              ["报送日期", "报送单位", "标题"],
              [typed, "甲", "一"],
            ],
          },
        ],
      },
      issues,
      { year: 2026 },
    );
    expect(issues.list.map((i) => i.message)).toEqual(["信息报送!A2：“3.12”不是完整日期：缺少年份，如指 2026年3月12日，请写成 2026-03-12"]);
  });
});

describe("D2: property", () => {
  // Anything a cell can hold: numbers of every size and sign, fractions, dates of any year,
  // date-like and random text, booleans, blanks.
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -1e6, max: 3e6 }),
    fc.float({ min: 0, max: 13 }),
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }),
    fc.date({ noInvalidDate: false }),
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(
        ([y, m, d]) =>
          fc.sample(fc.constantFrom(`${y}-${m}-${d}`, `${y}年${m}月${d}日`, `${m}.${d}`, `${m}月${d}日`, `${y}/${m}/${d}`), 1)[0],
      ),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
  );

  it("D2: no generated workbook can produce a first month before 2000 (or after 2099)", () => {
    fc.assert(
      fc.property(fc.array(anyCell, { minLength: 1, maxLength: 30 }), fc.boolean(), (dates, date1904) => {
        const issues = new IssueLog();
        const rows = dates.map((d, i): CellValue[] => [d, "甲", `标题${i}`]);
        const read = readGrids(
          {
            sheets: [
              { name: "单位名册", rows: [["单位"], ["甲"], ["乙"]] },
              { name: "信息报送", rows: [["报送日期", "报送单位", "标题"], ...rows] },
            ],
          },
          issues,
          { year: 2026, date1904 },
        );
        for (const s of read.data.submissions) {
          expect(s.date).toBeGreaterThanOrEqual(day("2000-01-01"));
          expect(s.date).toBeLessThanOrEqual(day("2099-12-31"));
        }
        const r = compute(read.data, { period: period("2026-03"), asOf: day("2026-11-29"), issues });
        for (const u of r.units) for (const m of u.missing.months) expect(isoMonth(m) >= "2000-01").toBe(true);
        // 乙 never submitted: its streak can reach back at most to the log's first month, never 1900.
        const yi = r.units.find((u) => u.unit.name === "乙")!;
        expect(yi.missing.streak).toBeLessThanOrEqual((2026 - 2000) * 12 + 3);
      }),
      { numRuns: 300 },
    );
  });
});

describe("D3: workers are (unit, author)", () => {
  it("D3: 王磊 of 古邵镇 and 王磊 of 区农业农村局 are two people, shown with their units", () => {
    const units = [unit("古邵镇"), unit("区农业农村局")];
    const submissions = [
      sub("古邵镇", "2026-03-02", ["district.adopted"], { author: "王磊" }), // 6
      sub("古邵镇", "2026-03-03", [], { author: "王磊、李娜" }), // 1 each
      sub("区农业农村局", "2026-03-04", ["district.adopted", "city.adopted"], { author: "王磊" }), // 56
    ];
    const r = compute(input({ units, submissions }), { period: period("2026-03") });
    expect(r.workers.map((w) => [w.display, w.unit, w.score, w.items, w.rank])).toEqual([
      ["王磊（区农业农村局）", "区农业农村局", 56, 1, 1],
      ["王磊（古邵镇）", "古邵镇", 7, 2, 2],
      ["李娜", "古邵镇", 1, 1, 3],
    ]);
    expect(resultsJson(r).workers.map((w) => [w.author, w.unit])).toEqual([
      ["王磊", "区农业农村局"],
      ["王磊", "古邵镇"],
      ["李娜", "古邵镇"],
    ]);
  });
});

describe("D4: every row is validated", () => {
  it("D4: staff rows outside the period are still checked and reported", () => {
    const issues = new IssueLog();
    compute(
      input({
        staff: [staff("张三")],
        staffEvents: [
          event("张三", "S14", { date: "2026-03-10" }),
          event("张三", "S3", { date: "2026-05-06", points: 500 }),
          event("王五", "S2", { date: "2026-06-01" }),
        ],
      }),
      { period: period("2026-03"), asOf: day("2026-11-29"), issues },
    );
    expect(issues.list.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "reasonRequired",
      "pointsOutOfRange",
      "unknownStaff",
    ]);
  });

  it("D4: read counts are true: 读取 = 计入 + 未计入, and an unknown unit is 未计入", () => {
    const issues = new IssueLog();
    const read = readGrids(
      {
        sheets: [
          { name: "单位名册", rows: [["单位"], ["甲"], ["甲"]] }, // duplicate → 1 left out
          {
            name: "信息报送",
            rows: [
              ["编号", "报送日期", "报送单位", "标题", "区采用"],
              ["1", "2026-03-02", "甲", "好", "是"], // used
              ["2", "2026-03-02", "乙", "未知单位", ""], // unknown unit → left out later
              ["3", 3.12, "甲", "坏日期", ""], // implausible date
              ["4", "2026-03-03", "甲", "", ""], // no title
              ["5", "2026-03-04", "甲", "坏标记", "也许"], // bad flag
              ["1", "2026-03-05", "甲", "重复编号", ""], // duplicate id → left out later
              ["7", "2026-12-01", "甲", "未来", ""], // after the as-of date
              ["8", "1999-12-31", "甲", "太早", ""], // before 2000
            ],
          },
        ],
      },
      issues,
      { year: 2026 },
    );
    compute(read.data, { period: period("2026-03"), asOf: day("2026-11-29"), issues });
    const stats = readStats(read, issues);
    expect(stats).toEqual([
      { sheet: "单位名册", read: 2, used: 1, rejected: 1 },
      { sheet: "信息报送", read: 8, used: 1, rejected: 7 },
    ]);
    for (const s of stats) expect(s.read).toBe(s.used + s.rejected);
  });
});

describe("D5: monthly actuals", () => {
  const grids = (actuals: CellValue[][], staffRow: CellValue[] = ["张三"]) => ({
    sheets: [
      { name: "业务指标", rows: [["姓名", "信息快报完成"], staffRow, ["李四"]] },
      { name: "业务完成", rows: [["姓名", "月份", "信息快报", "峄城信息", "上报省委", "上报市委"], ...actuals] },
    ],
  });
  const actuals: CellValue[][] = [
    ["张三", "2026-01", 2, 3, 25, 50],
    ["张三", "2026-02", 1, 3, 25, 50],
    ["张三", "2026年3月", 1, 3, 24, 50],
    ["李四", "2026-01", 2, 3, 25, 50],
    ["李四", "2026-02", 2, 3, 25, 50],
  ];

  it("D5: a quarter sums its months; a missing month counts 0 with a warning", () => {
    const issues = new IssueLog();
    const read = readGrids(grids(actuals), issues);
    const r = compute(read.data, { period: period("2026-Q1"), asOf: day("2026-11-29"), issues });
    // Q1 targets: S7 5, S8 round(7.5)=8, S9 75, S10 150.
    // 张三: 4, 9, 74, 150 → S7 short 1 (−50), S9 short 1 (−10) → 440.
    // 李四 (no March row): 4, 6, 50, 100 → −50, −150, −250, −500 → floor 0.
    expect(r.staff.map((s) => [s.name, s.business])).toEqual([
      ["张三", 440],
      ["李四", 0],
    ]);
    expect(issues.list.filter((i) => i.rule === "D5").map((i) => i.code)).toEqual(["actualMonthsMissing"]);
    expect(issues.list.find((i) => i.code === "actualMonthsMissing")!.message).toContain("李四2026年3月");
  });

  it("D5: missing months are said as spans with what follows; 校验问题's 规则 column shows the code D5", () => {
    const issues = new IssueLog();
    const rows: CellValue[][] = ["2026-01", "2026-02", "2026-05", "2026-11"].map((m) => ["李四", m, 2, 3, 25, 50]);
    const read = readGrids(grids([...rows, ...rows.map((r) => ["张三", ...r.slice(1)])]), issues);
    const results = compute(read.data, { period: period("2026"), asOf: day("2026-12-07"), issues });
    const said = issues.list.filter((i) => i.code === "actualMonthsMissing").map((i) => i.detail);
    const tail = "的数据：这些月份的完成数按0计，少完成的按S7–S10从业务部分扣分（最低扣至0分）；请补录后重新计算";
    expect(said).toEqual([
      `业务完成表中没有张三2026年3月至4月、2026年6月至10月${tail}`,
      `业务完成表中没有李四2026年3月至4月、2026年6月至10月${tail}`,
    ]);
    const sheet = buildResultSheets(results, { generatedAt: "2026-12-07 09:00", issues }).find((s) => s.name === "校验问题")!;
    const table = sheet.blocks.find((b) => b.kind === "table")!;
    const ruleCol = table.header.indexOf("规则");
    const gapRows = [...table.rows()].filter((r) => String(r[4]).startsWith("业务完成表中没有"));
    expect(gapRows.map((r) => r[ruleCol])).toEqual(["D5", "D5"]);
  });

  it("D5: a single missing month is named alone, months across a new year as one span", () => {
    const issues = new IssueLog();
    const rows: CellValue[][] = [
      ["张三", "2025-10", 2, 3, 25, 50],
      ["张三", "2026-03", 2, 3, 25, 50],
      ["李四", "2025-10", 2, 3, 25, 50],
      ["李四", "2025-11", 2, 3, 25, 50],
      ["李四", "2025-12", 2, 3, 25, 50],
      ["李四", "2026-01", 2, 3, 25, 50],
      ["李四", "2026-03", 2, 3, 25, 50],
    ];
    const read = readGrids(grids(rows), issues);
    compute(read.data, { period: period("2025-10-01..2026-03-31"), asOf: day("2026-04-01"), issues });
    const said = issues.list.filter((i) => i.code === "actualMonthsMissing").map((i) => i.detail.split("的数据")[0]);
    expect(said).toEqual(["业务完成表中没有张三2025年11月至2026年2月", "业务完成表中没有李四2026年2月"]);
  });

  it("D5: month, quarter and year runs of one workbook agree with the months they cover", () => {
    const business = (p: string, asOf: string) => {
      const issues = new IssueLog();
      return compute(readGrids(grids(actuals), issues).data, { period: period(p), asOf: day(asOf), issues }).staff[0].business;
    };
    expect(business("2026-03", "2026-11-29")).toBe(440); // S7 target 2, done 1 → −50; S9 target 25, done 24 → −10
    expect(business("2026-02", "2026-11-29")).toBe(450); // S7 target 2, done 1 → −50
    expect(business("2026-01", "2026-11-29")).toBe(500); // every target met
  });

  it("D5: with 业务完成 the 完成 columns of 业务指标 are ignored, with a warning", () => {
    const issues = new IssueLog();
    const read = readGrids(grids(actuals, ["张三", 99]), issues);
    compute(read.data, { period: period("2026-Q1"), asOf: day("2026-11-29"), issues });
    expect(issues.list.filter((i) => i.rule === "D5").map((i) => [i.code, i.cell])).toEqual([
      ["actualColumnsIgnored", "B2"],
      ["actualMonthsMissing", ""],
    ]);
  });

  it("D5: without 业务完成 every run says the actuals are the period's, once", () => {
    const issues = new IssueLog();
    compute(input({ staff: [staff("张三"), staff("李四")] }), { period: period("2026-03"), issues });
    expect(issues.list.filter((i) => i.code === "actualsPerPeriod")).toHaveLength(1);
  });
});

describe("D6: forgiving names and numbers", () => {
  it("D6: the regulation's own wording names the rule, and numbers may carry 分, 次, 小时 or 条", () => {
    const issues = new IssueLog();
    const read = readGrids(
      {
        sheets: [
          { name: "业务指标", rows: [["姓名"], ["张三"]] },
          {
            name: "考核记录",
            rows: [
              ["姓名", "项目", "次数", "分值", "时长", "理由依据"],
              ["张三", "空岗、脱岗、旷班而误事", "2次", null, null, null],
              ["张三", "其他违纪行为", null, "120分", null, null],
              ["张三", "因工作需要加班", null, null, "4小时", "防汛值守"],
              ["张三", "查不清责任", null, null, null, null],
            ],
          },
        ],
      },
      issues,
    );
    expect(read.data.staffEvents.map((e) => [e.rule, e.count, e.points ?? null, e.hours ?? null])).toEqual([
      ["S2", 2, null, null],
      ["S3", 1, 120, null],
      ["S16", 1, null, 4],
    ]);
    expect(issues.list.map((i) => [i.cell, i.code])).toEqual([["B5", "unknownItemSuggest"]]);
    expect(issues.list[0].message).toContain("是否为“查不清责任人”");
    expect([
      parseNumberWithUnit("120分"),
      parseNumberWithUnit("3 条"),
      parseNumberWithUnit("１２０分"),
      parseNumberWithUnit("很多分"),
    ]).toEqual([120, 3, 120, undefined]);
  });
});
