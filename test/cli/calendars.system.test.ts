// Issue 9 on real files through the batch tool: a year run late in November names nobody for
// December; the same run in January assesses December; validate checks every row and counts truly.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runMain } from "../helpers/cli.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { tempDir } from "../helpers/tmp.ts";
import type { CellValue } from "../../core/index.ts";

const run = runMain;

const dir = tempDir();
afterAll(() => undefined);

/** 甲 submits every month to November, 乙 stops after August, 丙 after October. */
async function yearWorkbook(extra: CellValue[][] = [], events: CellValue[][] = []): Promise<string> {
  const units: CellValue[][] = [
    ["甲", "镇街", "张一"],
    ["乙", "镇街", "张二"],
    ["丙", "区直", "张三"],
  ];
  const submissions: CellValue[][] = [];
  const last = { 甲: 11, 乙: 8, 丙: 10 } as Record<string, number>;
  let id = 1;
  for (const name of Object.keys(last)) {
    for (let m = 1; m <= last[name]; m++) {
      submissions.push([
        `N${id++}`,
        `2026-${String(m).padStart(2, "0")}-15`,
        name,
        "王磊",
        `${name}${m}月信息`,
        "经验型",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "一般",
        "",
        "",
        "",
      ]);
    }
  }
  const file = join(dir, `全年-${Math.random().toString(36).slice(2, 8)}.xlsx`);
  await buildInputWorkbook({
    data: { units, submissions: [...submissions, ...extra], staffEvents: events, staff: [["赵六"]], actuals: [], ratings: [] },
  }).xlsx.writeFile(file);
  return file;
}

async function sheetText(file: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  const out: string[] = [];
  ws?.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ""))));
  return out.join("\n");
}

describe("as-of dates and calendars through the batch tool", () => {
  it("D1: recalc --period 2026 --as-of 2026-11-29 names no unit for December", async () => {
    const input = await yearWorkbook();
    const out = join(dir, "nov");
    const r = await run("recalc", input, "--period", "2026", "--as-of", "2026-11-29", "--out", out, "--json", join(out, "r.json"));
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "r.json"), "utf8"));
    expect(json.period).toEqual({ kind: "year", start: "2026-01", end: "2026-12", asOf: "2026-11-29", assessedThrough: "2026-10" });
    // October assessed: only 乙 (September and October missed) gets a notice; nobody is named for December.
    expect(json.units.map((u: any) => [u.unit, u.missingStreak, u.action])).toEqual([
      ["甲", 0, null],
      ["丙", 0, null],
      ["乙", 2, "notice"],
    ]);
    const result = join(out, input.split("/").pop()!.replace(".xlsx", "-结果-2026.xlsx"));
    const notices = await sheetText(result, "缺报通知单");
    expect(notices).toContain("2026年9月至10月");
    expect(notices).not.toContain("12月");
    expect(await sheetText(result, "重点帮促")).not.toContain("乙");
    expect(json.workers.map((w: any) => [w.author, w.unit])).toEqual([
      ["王磊", "甲"],
      ["王磊", "丙"],
      ["王磊", "乙"],
    ]);
  });

  it("D1: the same run with --as-of 2027-01-10 assesses December", async () => {
    const input = await yearWorkbook();
    const out = join(dir, "jan");
    const r = await run("recalc", input, "--period", "2026", "--as-of", "2027-01-10", "--out", out, "--json", join(out, "r.json"));
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "r.json"), "utf8"));
    expect(json.period.assessedThrough).toBe("2026-12");
    expect(json.units.map((u: any) => [u.unit, u.missingStreak, u.action])).toEqual([
      ["甲", 1, "named"],
      ["丙", 2, "notice"],
      ["乙", 4, "assist"],
    ]);
  });

  it("D1: a bad --as-of is refused with exit 2 and a Chinese message", async () => {
    const r = await run("recalc", await yearWorkbook(), "--as-of", "11/29", "--out", join(dir, "bad"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("截至日期“11/29”无效");
  });

  it("D4: validate without --period checks every row, and 读取 = 计入 + 未计入 with unknown units left out", async () => {
    const extra: CellValue[][] = [
      ["X1", "2026-03-02", "丁", "李四", "未知单位", "", "", "", "", "", "", "", "", "", "", "", "", "一般", "", "", ""],
      ["X2", 3.12, "甲", "李四", "坏日期", "", "", "", "", "", "", "", "", "", "", "", "", "一般", "", "", ""],
      ["N1", "2026-03-03", "甲", "李四", "重复编号", "", "", "", "", "", "", "", "", "", "", "", "", "一般", "", "", ""],
    ];
    const events: CellValue[][] = [
      ["赵六", "2026-03-10", "S14", 1, "", "", "", ""],
      ["赵六", "2026-05-06", "S3", 1, 500, "", "", ""],
    ];
    const input = await yearWorkbook(extra, events);
    const r = await run("validate", input, "--as-of", "2026-11-29", "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const log = report.stats.find((s: any) => s.sheet === "信息报送");
    // 11 + 8 + 10 good rows, and three bad ones.
    expect(log).toEqual({ sheet: "信息报送", read: 32, used: 29, rejected: 3 });
    for (const s of report.stats) expect(s.read).toBe(s.used + s.rejected);
    const codes = report.issues.filter((i: any) => i.severity === "error").map((i: any) => `${i.sheet}!${i.cell}`);
    // The March bonus without 理由依据 and the May 分值 of 500 are both found, though the default period is October.
    expect(codes).toEqual(["信息报送!B32", "信息报送!C31", "信息报送!A33", "考核记录!H2", "考核记录!E3"]);
  });
});

describe("D1: the batch tool's summary", () => {
  it("D1: says 截至 and the month assessed when the period has not ended", async () => {
    const input = await yearWorkbook();
    const isTTY = process.stdout.isTTY;
    Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
    try {
      const r = await run("recalc", input, "--period", "2026", "--as-of", "2026-11-29", "--out", join(dir, "summary"));
      expect(r.out).toContain("截至2026年11月29日，本期间尚未结束，缺报按已结束的2026年10月判断");
      const none = await run("recalc", input, "--period", "2026-Q4", "--as-of", "2026-10-20", "--out", join(dir, "summary2"));
      expect(none.out).toContain("! 截至2026年10月20日，本期间尚无已结束的月份，不点名通报、不寄发缺报通知单、不列重点帮促");
    } finally {
      Object.defineProperty(process.stdout, "isTTY", { value: isTTY, configurable: true });
    }
  });
});
