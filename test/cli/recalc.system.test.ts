// The batch tool on real files: xlsx written, recalculated, read back with exceljs and opened
// by LibreOffice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runMain } from "../helpers/cli.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { libreOfficeSheets } from "../helpers/lo.ts";
import { sha256, tempDir } from "../helpers/tmp.ts";
import { RESULT_SHEETS } from "../../core/index.ts";
import { chinesePunctuation } from "../../core/sheets/punctuation.ts";

const run = runMain;

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const dir = tempDir();
let demoJson: Record<string, any>;
const demoOut = join(dir, "demo");

beforeAll(async () => {
  const r = await run("demo", "--out", demoOut);
  expect(r.code).toBe(0);
  demoJson = JSON.parse(readFileSync(join(demoOut, "示例工作簿-2026-03.json"), "utf8"));
});

describe("infoscore demo and recalc", () => {
  it("demo writes the sample, the result workbook and the JSON results", () => {
    for (const f of ["示例工作簿.xlsx", "示例工作簿-结果-2026-03.xlsx", "示例工作簿-2026-03.json"])
      expect(existsSync(join(demoOut, f)), f).toBe(true);
  });

  it("--json follows the results contract (README.md, --json) exactly", () => {
    expect(Object.keys(demoJson).sort()).toEqual(["issues", "period", "rulesVersion", "staff", "units", "workers"]);
    expect(demoJson.period).toMatchObject({ kind: "month", start: "2026-03", end: "2026-03", assessedThrough: "2026-03" });
    expect(demoJson.period.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(demoJson.units[0]).sort()).toEqual(
      [
        "action",
        "category",
        "categoryRank",
        "marks",
        "adoptedCentral",
        "adoptedCity",
        "adoptedDistrict",
        "adoptedProvince",
        "advancedCandidate",
        "endorsed",
        "excellent",
        "late",
        "missingStreak",
        "rank",
        "score",
        "submitted",
        "unit",
        "ytdScore",
      ].sort(),
    );
    expect(Object.keys(demoJson.workers[0]).sort()).toEqual(["author", "excellentCandidate", "items", "rank", "score", "unit"]);
    expect(Object.keys(demoJson.staff[0]).sort()).toEqual(
      [
        "bonus",
        "business",
        "composite",
        "daily",
        "grade",
        "gradeFinal",
        "group",
        "mass",
        "meeting",
        "name",
        "public",
        "rank",
        "unfinishedTasks",
      ].sort(),
    );
    expect(Object.keys(demoJson.issues[0]).sort()).toEqual(["cell", "message", "rule", "severity", "sheet"]);
    // The sample's deliberate cases come through.
    const unit = (name: string) => demoJson.units.find((u: any) => u.unit === name);
    expect([unit("区卫生健康局").missingStreak, unit("区卫生健康局").action]).toEqual([2, "notice"]);
    expect([unit("区农业农村局").missingStreak, unit("区农业农村局").action]).toEqual([1, "named"]);
    expect(unit("古邵镇").late).toBe(1);
    expect(demoJson.staff.find((s: any) => s.name === "赵磊")).toMatchObject({ grade: "待评", composite: null });
    // Only the March S1 row falls in the period: −50, one unfinished task.
    expect(demoJson.staff.find((s: any) => s.name === "刘敏")).toMatchObject({ public: 450, unfinishedTasks: 1 });
    expect(demoJson.issues.map((i: any) => i.rule).sort()).toEqual(["A2", "T4"]);
  });

  it("the result workbook holds every result sheet, with numbers as numbers equal to the JSON", async () => {
    const wb = await readBack(join(demoOut, "示例工作簿-结果-2026-03.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    const month = RESULT_SHEETS.filter((s) => s.period === undefined || s.period === "month").map((s) => s.name);
    for (const n of ["使用说明", "单位名册", "信息报送", ...month]) expect(names).toContain(n);
    const ranking = wb.getWorksheet("月度通报")!;
    // The 通报 opens with its 报头, 标题 and 正文; the ranking table follows them.
    expect(ranking.getCell("A1").value).toBe("信息工作通报");
    const texts = ranking.getColumn(1).values.map(String);
    expect(texts).toContain("2026年3月份全区信息工作情况通报");
    const headerRow = texts.indexOf("排名");
    const header = ranking.getRow(headerRow).values as unknown[];
    expect(header).toContain("本月得分");
    const scoreCol = header.indexOf("本月得分");
    const rows: Array<[string, number, number]> = [];
    for (let r = headerRow + 1; r <= headerRow + demoJson.units.length; r++) {
      const row = ranking.getRow(r);
      expect(typeof row.getCell(scoreCol).value).toBe("number");
      rows.push([row.getCell(2).value as string, row.getCell(1).value as number, row.getCell(scoreCol).value as number]);
    }
    expect(rows).toEqual(demoJson.units.map((u: any) => [u.unit, u.rank, u.score]));
  });

  it("LibreOffice opens the output and shows the same numbers on every result sheet", () => {
    const sheets = libreOfficeSheets(join(demoOut, "示例工作簿-结果-2026-03.xlsx"));
    const ranking = sheets.get("月度通报")!;
    const at = ranking.findIndex((r) => r[0] === "排名");
    const header = ranking[at];
    const col = (name: string) => header.indexOf(name);
    const shown = ranking
      .slice(at + 1, at + 1 + demoJson.units.length)
      .map((r) => [r[col("单位")], Number(r[col("排名")]), Number(r[col("本月得分")]), Number(r[col("本年累计得分")])]);
    expect(shown).toEqual(demoJson.units.map((u: any) => [u.unit, u.rank, u.score, u.ytdScore]));
    const staff = sheets.get("个人考核结果")!;
    const byName = new Map(staff.slice(staff.findIndex((r) => r[0] === "排名") + 1).map((r) => [r[1], r]));
    for (const s of demoJson.staff) {
      const r = byName.get(s.name)!;
      // The JSON keeps the contract's 优秀(推荐); the document prints it with full-width brackets.
      expect([Number(r[5]), r[9] === "" ? null : Number(r[9]), r[10]]).toEqual([s.daily, s.composite, chinesePunctuation(s.grade)]);
    }
    expect(sheets.get("缺报通知单")!.flat().join("")).toContain("区卫生健康局卫红同志");
    expect(sheets.get("校验问题")!.flat().join("")).toContain("阅签领导");
    for (const name of ["重点帮促", "用稿奖励", "先进单位", "优秀信息工作者", "计分明细"]) expect(sheets.has(name), name).toBe(true);
  });

  it("leaves the input byte for byte unchanged, and a second run replaces our sheets instead of adding more", async () => {
    const input = join(dir, "二次.xlsx");
    copyFileSync(join(demoOut, "示例工作簿-结果-2026-03.xlsx"), input);
    const before = sha256(input);
    const r = await run("recalc", input, "--period", "2026-Q1", "--out", join(dir, "second"));
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const wb = await readBack(join(dir, "second", "二次-结果-2026-Q1.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.filter((n) => n === "计分明细")).toHaveLength(1);
    expect(names).not.toContain("月度通报"); // the March sheets of the first run are gone…
    expect(names).toContain("季度汇总"); // …and the quarter's are there
    expect(names.filter((n) => n.startsWith("校验问题"))).toEqual(["校验问题"]);
  });

  it("keeps the user's chart, image, defined names and validations", async () => {
    const fixture = join(import.meta.dirname, "..", "fixtures", "with-chart.xlsx");
    const input = join(dir, "图表.xlsx");
    copyFileSync(fixture, input);
    const r = await run("recalc", input, "--period", "2026-03");
    expect(r.code).toBe(0);
    const source = await JSZip.loadAsync(readFileSync(input));
    const output = await JSZip.loadAsync(readFileSync(join(dir, "图表-结果-2026-03.xlsx")));
    const patched = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    for (const [path, file] of Object.entries(source.files)) {
      if (file.dir || patched.has(path)) continue;
      const copy = output.file(path);
      expect(copy, path).not.toBeNull();
      expect(await copy!.async("nodebuffer"), path).toEqual(await file.async("nodebuffer"));
    }
    const workbook = await output.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain('name="单位列表"');
    expect(workbook).toContain('name="月度条数"');
    expect(output.file("xl/charts/chart1.xml")).not.toBeNull();
    expect(output.file("xl/media/image1.png")).not.toBeNull();
    const wb = await readBack(join(dir, "图表-结果-2026-03.xlsx"));
    const validations = (wb.getWorksheet("信息报送") as unknown as { dataValidations: { model: object } }).dataValidations.model;
    expect(Object.keys(validations).length).toBeGreaterThan(0);
    const lo = libreOfficeSheets(join(dir, "图表-结果-2026-03.xlsx"));
    expect(lo.get("图表")![1]).toEqual(["1月", "40"]);
    expect(lo.has("月度通报")).toBe(true);
  });
});

describe("bad input and exit codes", () => {
  it("exit 1 with located errors when the input has errors; results are still written", async () => {
    const sample = sampleSheets();
    sample.submissions[0][1] = "三月五日";
    sample.submissions[1][2] = "古邵真";
    const wb = buildInputWorkbook({ data: sample });
    const input = join(dir, "有错误.xlsx");
    await wb.xlsx.writeFile(input);
    const r = await run("recalc", input, "--period", "2026-01", "--json", join(dir, "json") + "/", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain(join(dir, "有错误-结果-2026-01.xlsx"));
    // --json - asks for one JSON object per workbook on stdout.
    const piped = await run("recalc", input, "--period", "2026-01", "--out", join(dir, "piped"), "--json", "-", "--lang", "en");
    expect(JSON.parse(piped.out.trim().split("\n").pop()!)).toMatchObject({
      input,
      errors: 2,
      output: join(dir, "piped", "有错误-结果-2026-01.xlsx"),
    });
    const json = JSON.parse(readFileSync(join(dir, "json", "有错误-2026-01.json"), "utf8"));
    const errors = json.issues.filter((i: any) => i.severity === "error");
    expect(errors.map((i: any) => [i.sheet, i.cell])).toEqual([
      ["信息报送", "B2"],
      ["信息报送", "C3"],
    ]);
    expect(errors[0].message).toBe(
      "信息报送!B2: “三月五日” is not a date (expected 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date; a time of day may follow)",
    );
    expect(errors[1].message).toContain("did you mean “古邵镇”");
    expect(existsSync(join(dir, "有错误-结果-2026-01.xlsx"))).toBe(true);
  });

  it("exit 2 for a bad period, a missing file or a file that is not a workbook", async () => {
    expect((await run("recalc", join(demoOut, "示例工作簿.xlsx"), "--period", "2026-13")).code).toBe(2);
    expect((await run("recalc", join(dir, "nope.xlsx"), "--period", "2026-03")).code).toBe(2);
    const fake = join(dir, "假的.xlsx");
    writeFileSync(fake, "not a zip");
    const r = await run("recalc", fake, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain("这是文本文件（如 .csv），不是工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再试");
  });

  it("text that looks like a formula stays text in the output", async () => {
    const sample = sampleSheets();
    sample.units.push(['=HYPERLINK("http://x","点我")', "区直", "@某某", "", "", "", ""]);
    sample.submissions.push([
      "",
      "2026-03-03",
      '=HYPERLINK("http://x","点我")',
      "+张三",
      "-1+1",
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
      "",
      "",
      "",
      "",
      "",
    ]);
    const input = join(dir, "公式.xlsx");
    await buildInputWorkbook({ data: sample }).xlsx.writeFile(input);
    expect((await run("recalc", input, "--period", "2026-03")).code).toBe(0);
    const out = await JSZip.loadAsync(readFileSync(join(dir, "公式-结果-2026-03.xlsx")));
    for (const [path, file] of Object.entries(out.files)) {
      if (!path.startsWith("xl/worksheets/sheet")) continue;
      const xml = await file.async("string");
      if (!xml.includes("HYPERLINK")) continue;
      expect(xml, path).not.toMatch(/<f>/);
    }
    const wb = await readBack(join(dir, "公式-结果-2026-03.xlsx"));
    const ranking = wb.getWorksheet("月度通报")!;
    // A long name in a wrapped column carries the line breaks the sheet prints it with.
    const names = ranking.getColumn(2).values.map((v) => String(v).replace(/\n/g, ""));
    expect(names, JSON.stringify(names)).toContain('=HYPERLINK("http://x","点我")');
  });

  it("shows a progress bar on a terminal and sentences there, not JSON", () => {
    // `script` gives the child a pseudo-terminal, as a user's console would.
    const out = execFileSync(
      "script",
      ["-qc", `node cli/bin.mjs recalc ${join(demoOut, "示例工作簿.xlsx")} --period 2026-03 --out ${join(dir, "tty")}`, "/dev/null"],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(out).toMatch(/\r\[[#-]{20}\] 1\/1 /);
    expect(out).toContain("✓");
    expect(out).not.toContain('{"input"');
  });

  it("validate reports without writing anything", async () => {
    const r = await run("validate", join(demoOut, "示例工作簿.xlsx"), "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(r.out).toContain("信息报送：读取");
  });

  it("template writes an input workbook that reads back clean, with or without example rows", async () => {
    const out = join(dir, "模板.xlsx");
    expect((await run("template", "--out", out)).code).toBe(0);
    const r = await run("validate", out, "--period", "2026-03");
    expect(r.out).toContain("错误 0 条");
    const blank = join(dir, "空白模板.xlsx");
    expect((await run("template", "--blank", "--out", blank)).code).toBe(0);
    const wb = await readBack(blank);
    expect(wb.getWorksheet("信息报送")!.rowCount).toBe(1);
    expect(wb.getWorksheet("计分规则")!.rowCount).toBeGreaterThan(40);
  });
});

afterAll(() => {});

describe("macro workbooks", () => {
  it("keeps a .xlsm as .xlsm, with its parts copied", async () => {
    const folder = tempDir("infoscore-xlsm-");
    copyFileSync(join(demoOut, "示例工作簿.xlsx"), join(folder, "宏.xlsm"));
    const r = await run("recalc", folder, "--period", "2026-03", "--out", join(dir, "xlsm"));
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "xlsm", "宏-结果-2026-03.xlsm"))).toBe(true);
  });
});
