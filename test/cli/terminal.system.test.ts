// What the batch tool says on a terminal and in a pipe, run as the real command: which documents it
// produced and for whom, ✓ only when there are no errors, sentences in a pipe unless `--json -`
// asks for JSON, `validate` reporting what `recalc` would, the 校验问题 sheet's frame in the
// language asked for, and commander's refusals in that language.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { tempDir } from "../helpers/tmp.ts";
import { runBin } from "../helpers/cli.ts";

const dir = tempDir("infoscore-terminal-");
const letters = join(dir, "缺报.xlsx");
const gaps = join(dir, "业务完成缺月.xlsx");

beforeAll(async () => {
  // 南湖镇 and 区民政局 miss February and March (缺报通知单), 榴园镇 misses all three months (重点帮促);
  // 峨山镇 misses only February, so March names nobody.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("单位名册").addRows([
    ["单位", "主要负责人"],
    ["古邵镇", "张书记"],
    ["峨山镇", "李镇长"],
    ["南湖镇", "王镇长"],
    ["区民政局", "赵局长"],
    ["榴园镇", "钱镇长"],
  ]);
  wb.addWorksheet("信息报送").addRows([
    ["报送单位", "报送日期", "标题"],
    ["古邵镇", "2026-01-05", "春耕"],
    ["峨山镇", "2026-01-06", "防汛"],
    ["南湖镇", "2026-01-07", "植树"],
    ["区民政局", "2026-01-08", "救助"],
    ["古邵镇", "2026-02-05", "备耕"],
    ["古邵镇", "2026-03-05", "春播"],
    ["峨山镇", "2026-03-09", "汛前检查"],
  ]);
  await wb.xlsx.writeFile(letters);
  // The sample without 王芳's February row on 业务完成: a gap a quarter's recalculation reports.
  const sample = sampleSheets();
  sample.actuals = sample.actuals.filter((r) => !(r[0] === "王芳" && r[1] === "2026-02"));
  await buildInputWorkbook({ data: sample }).xlsx.writeFile(gaps);
});

describe("the summary of a run", () => {
  it("says which documents it produced and whom each letter goes to, in roster order, with ✓ when clean", () => {
    const r = runBin(["recalc", letters, "--period", "2026-03", "--as-of", "2026-11-29", "--out", join(dir, "zh")]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(`✓ ${letters} → ${join(dir, "zh", "缺报-结果-2026-03.xlsx")}（错误 0 条，提示 0 条）`);
    expect(lines[1]).toContain("已生成：月度通报；缺报通知单（南湖镇、区民政局）；重点帮促（榴园镇）；重点帮促通知（榴园镇）；");
    expect(lines[1]).toContain("；校验问题");
  });

  it("in English, the same sentences; the documents keep their Chinese names", () => {
    const r = runBin(["recalc", letters, "--period", "2026-03", "--as-of", "2026-11-29", "--out", join(dir, "en"), "--lang", "en"]);
    expect(r.out).toContain("(0 errors, 0 warnings)");
    expect(r.out).toContain("produced: 月度通报; 缺报通知单 for 南湖镇 and 区民政局; 重点帮促 for 榴园镇; 重点帮促通知 for 榴园镇;");
  });

  it("never shows ✓ beside errors", () => {
    const sample = sampleSheets();
    sample.submissions[0][1] = "三月五日";
    const bad = join(dir, "有错误.xlsx");
    return buildInputWorkbook({ data: sample })
      .xlsx.writeFile(bad)
      .then(() => {
        const r = runBin(["recalc", bad, "--period", "2026-03", "--as-of", "2026-11-29", "--out", join(dir, "bad")]);
        expect(r.code).toBe(1);
        expect(r.out).not.toContain("✓");
        expect(r.out.split("\n")[0]).toMatch(/^! .*（错误 1 条，提示 \d+ 条）：出错的行未计分，请看“校验问题”表$/);
      });
  });

  it("in a pipe it writes sentences; `--json -` puts one JSON object per workbook on stdout and the sentences on stderr", () => {
    const args = ["recalc", letters, "--period", "2026-03", "--as-of", "2026-11-29", "--out", join(dir, "pipe")];
    const piped = runBin(args);
    expect(piped.out.startsWith("✓ ")).toBe(true);
    expect(piped.out).not.toContain("{");
    const json = runBin([...args, "--json", "-"]);
    expect(json.code).toBe(0);
    const lines = json.out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    expect(report).toMatchObject({ input: letters, errors: 0, warnings: 0, asOf: "2026-11-29", assessedThrough: "2026-03" });
    const actions = Object.fromEntries(report.results.units.map((u: { unit: string; action: string | null }) => [u.unit, u.action]));
    expect(actions).toEqual({ 古邵镇: null, 峨山镇: null, 南湖镇: "notice", 区民政局: "notice", 榴园镇: "assist" });
    expect(json.err).toContain("缺报通知单（南湖镇、区民政局）");
  });
});

describe("validate", () => {
  it("reports every issue recalc reports for the same period, 业务完成's gaps included", () => {
    const period = ["--period", "2026-Q1", "--as-of", "2026-11-29"];
    const recalc = runBin(["recalc", gaps, ...period, "--out", join(dir, "gaps"), "--json", "-"]);
    const recalcIssues: string[] = JSON.parse(recalc.out).results.issues.map((i: { message: string }) => i.message);
    expect(recalcIssues).toContain(
      "业务完成表中没有王芳2026年2月的数据：这些月份的完成数按0计，少完成的按S7–S10从业务部分扣分（最低扣至0分）；请补录后重新计算",
    );
    const validate = runBin(["validate", gaps, ...period, "--json"]);
    expect(JSON.parse(validate.out).issues.map((i: { message: string }) => i.message)).toEqual(recalcIssues);
  });

  it("without a period checks the year so far, so the gap shows as it would in any run of that year", () => {
    const r = runBin(["validate", gaps, "--as-of", "2026-03-31"]);
    expect(r.out.split("\n")[0]).toBe("检查期间：2026年1月至3月");
    expect(r.out).not.toMatch(/截至 ?\d{4}-/);
    const en = runBin(["validate", gaps, "--as-of", "2026-03-31", "--lang", "en"]);
    expect(en.out.split("\n")[0]).toBe("period checked: 2026-01 to 2026-03");
    expect(r.out).toContain(
      "业务完成表中没有王芳2026年2月的数据：这些月份的完成数按0计，少完成的按S7–S10从业务部分扣分（最低扣至0分）；请补录后重新计算",
    );
  });
});

describe("--lang en", () => {
  it("frames the 校验问题 sheet in English, and its 说明 does not repeat the sheet and cell; the documents stay Chinese", async () => {
    const sample = sampleSheets();
    sample.submissions[0][1] = "三月五日";
    const bad = join(dir, "英文.xlsx");
    await buildInputWorkbook({ data: sample }).xlsx.writeFile(bad);
    const out = join(dir, "英文");
    runBin(["recalc", bad, "--period", "2026-03", "--as-of", "2026-11-29", "--out", out, "--lang", "en"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "英文-结果-2026-03.xlsx"));
    const issues = wb.getWorksheet("校验问题")!;
    const texts = issues.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((v) => typeof v === "string") : []));
    expect(texts[0]).toBe("Issues");
    expect(texts).toContain("Description");
    const error = issues.getSheetValues().find((row) => Array.isArray(row) && row.includes("Error")) as string[];
    // Long cells carry the line breaks the writer puts in for printing.
    expect(error.slice(1).map((v) => v.replace(/\n/g, ""))).toEqual([
      "Error",
      "信息报送",
      "B2",
      "Input format",
      "“三月五日” is not a date (expected 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date; a time of day may follow)",
    ]);
    expect(wb.getWorksheet("月度通报")!.getCell("A1").text).toMatch(/[\u4e00-\u9fff]/);
  });

  it("commander's refusals in the language asked for, naming the option, the argument or the command", () => {
    expect(runBin(["recalc", letters, "--lang", "en", "--period"]).err.trim()).toBe("option --period needs a value");
    expect(runBin(["validate", "--lang", "en"]).err.trim()).toBe("missing argument: file. See infoscore --help");
    expect(runBin(["recalc", letters, "--frob=1", "--lang", "en"]).err.trim()).toBe("unknown option: --frob. See infoscore --help");
    expect(runBin(["recalk", letters]).err.trim()).toBe("未知命令：recalk（可用 recalc、validate、template、demo）");
    expect(runBin(["recalc", letters, "--period"]).code).toBe(2);
  });
});
