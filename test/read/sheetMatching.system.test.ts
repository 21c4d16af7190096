// No silent misread of the sheets: a misnamed input sheet is named with a suggestion, two sheets
// of one kind are settled openly, and a period the log never reaches is said out loud.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { calculate, IssueLog, parseDay, parsePeriod, readGrids, resultSheetNames, type CellValue } from "../../core/index.ts";
import { runMain, smallWorkbook } from "../helpers/cli.ts";
import { tempDir } from "../helpers/tmp.ts";

const roster: CellValue[][] = [["单位"], ["古邵镇"], ["峨山镇"]];
const log: CellValue[][] = [
  ["报送单位", "报送日期", "标题"],
  ["古邵镇", "2026-03-05", "春耕"],
  ["峨山镇", "2026-03-09", "防汛"],
];

function read(sheets: Array<[string, CellValue[][]]>, period = "2026-03") {
  const issues = new IssueLog();
  const result = readGrids({ sheets: sheets.map(([name, rows]) => ({ name, rows })) }, issues);
  calculate(result, { period: parsePeriod(period)!, asOf: parseDay("2026-11-29")!, issues });
  return { result, issues: issues.list, messages: issues.list.map((i) => `${i.severity}|${i.message}`) };
}

describe("a required sheet under another name", () => {
  it.each(["2026年信息报送", "信息报送表", "Submissions 2026", "信息报达"])("“%s” is an error that suggests it", (name) => {
    const r = read([
      ["单位名册", roster],
      [name, log],
    ]);
    expect(r.messages).toContain(`error|${name}：未找到“信息报送”表，是否为“${name}”？请将该表改名为“信息报送”`);
    expect(r.result.data.submissions).toEqual([]);
  });

  it("the roster under another name is suggested too, and not also reported as plainly missing", () => {
    const r = read([
      ["单位名册(2026)", roster.slice(0, 1)],
      ["2026年单位名册", roster],
      ["信息报送", log],
    ]);
    // "单位名册(2026)" is 单位名册 itself (a bracketed note is ignored); so this reads it.
    expect(r.result.found.units).toBe("单位名册(2026)");
    const s = read([
      ["2026年单位名册", roster],
      ["信息报送", log],
    ]);
    expect(s.issues.map((i) => i.code)).toContain("sheetLooksLike");
    expect(s.issues.map((i) => i.code)).not.toContain("sheetMissing");
  });

  it("result sheets and other sheets of ours are not mistaken for input sheets", () => {
    const others = [...resultSheetNames(), "使用说明"];
    const r = read([
      ["单位名册", roster],
      ["信息报送", log],
      ["业务指标", [["姓名"], ["王五"]]],
      ...others.map((n): [string, CellValue[][]] => [n, [["x"]]]),
    ]);
    expect(r.issues.filter((i) => i.code === "sheetLooksLike")).toEqual([]);
  });
});

describe("two sheets that both match one input sheet", () => {
  it.each(["Submissions"])(
    "an empty 信息报送 beside “%s” with the data: the one with data is read, with a warning naming both",
    (other) => {
      const r = read([
        ["单位名册", roster],
        ["信息报送", []],
        [other, log],
      ]);
      expect(r.result.data.submissions.map((s) => s.title)).toEqual(["春耕", "防汛"]);
      expect(r.result.found.submissions).toBe(other);
      expect(r.messages).toEqual([
        `warning|信息报送：“信息报送”与“${other}”都是“信息报送”表；“信息报送”没有数据，已读取“${other}”。请删除或改名其中一个`,
      ]);
      expect(r.result.stats.map((s) => s.sheet)).toEqual(["单位名册", other]);
    },
  );

  it("both with data: neither is read, and an error names both", () => {
    const r = read([
      ["单位名册", roster],
      ["信息报送", log],
      ["Submissions", log.slice(0, 2)],
    ]);
    expect(r.result.data.submissions).toEqual([]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      "信息报送：“信息报送”与“Submissions”都是“信息报送”表，无法确定读哪一个，两个都未读取；请删除或改名其中一个",
    ]);
  });
});

describe("a period the log does not reach", () => {
  it("a log that ends before the period: a warning with the last date", () => {
    const r = read(
      [
        ["单位名册", roster],
        ["信息报送", log],
      ],
      "2026-06",
    );
    expect(r.messages).toEqual(["warning|信息报送：报送记录止于 2026-03-09，早于本期间（2026-06），请确认期间与工作簿"]);
  });

  it("no item at all in the period (a log of a later time, or none): a warning", () => {
    expect(
      read(
        [
          ["单位名册", roster],
          ["信息报送", log],
        ],
        "2025-12",
      ).messages,
    ).toEqual(["warning|信息报送：本期间（2025-12）没有任何报送记录，请确认期间与工作簿"]);
    expect(
      read([
        ["单位名册", roster],
        ["信息报送", log.slice(0, 1)],
      ]).messages,
    ).toEqual(["warning|信息报送：本期间（2026-03）没有任何报送记录，请确认期间与工作簿"]);
    expect(
      read([
        ["单位名册", roster],
        ["信息报送", log],
      ]).messages,
    ).toEqual([]);
  });

  it("the batch tool's summary says it, in a pipe and on a terminal", async () => {
    const dir = tempDir("infoscore-coverage-");
    const input = join(dir, "去年.xlsx");
    await smallWorkbook(input);
    const piped = await runMain("recalc", input, "--period", "2026-06", "--as-of", "2026-11-29", "--json", "-");
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out).headline).toEqual(["信息报送：报送记录止于 2026-03-09，早于本期间（2026-06），请确认期间与工作簿"]);
    const tty = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
    Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
    try {
      const human = await runMain("recalc", input, "--period", "2025-12", "--as-of", "2026-11-29");
      expect(human.out).toContain("  ! 信息报送：本期间（2025-12）没有任何报送记录，请确认期间与工作簿");
    } finally {
      if (tty) Object.defineProperty(process.stdout, "isTTY", tty);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
    }
  });
});
