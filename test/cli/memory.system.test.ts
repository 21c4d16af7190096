// Inputs under 10 MB that used to take (nearly) a gigabyte or more: a 21 MB styles.xml (735 MB), 900,000 rows that each give an error
// (1.3 GB), and 9,000 titles of 32,000 characters (1.8 GB). Generated here (nothing big is
// committed) and run through the real command in a child process, whose peak memory
// (process.resourceUsage().maxRSS, read as it exits) and time are measured.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "../helpers/tmp.ts";
import { BIN } from "../helpers/cli.ts";
import { NS_MAIN, ROSTER, row, rowsXml, workbookParts, zipParts } from "../helpers/xlsxParts.ts";
import { IssueLog, MAX_ISSUES } from "../../core/issues.ts";
import { MAX_TITLE_CHARS } from "../../core/read/convert.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { listSheets, openPackage } from "../../ooxml/read.ts";

const dir = tempDir("infoscore-memory-");
const HEADER = row(1, ["报送日期", "报送单位", "标题"]);
const GB_KB = 1024 * 1024;

/** A log of `n` rows written by `rowXml` (cells without references keep the file small, as generators write it). */
async function writeLog(file: string, n: number, rowXml: (r: number) => string): Promise<number> {
  const rows = [HEADER];
  for (let r = 2; r <= n + 1; r++) rows.push(rowXml(r));
  const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: rowsXml(rows.join("")) }]));
  writeFileSync(file, bytes);
  return bytes.length;
}

/**
 * The batch tool in a child process: its output, exit code, peak memory (KB) and seconds. It is
 * started by a shell, not forked from this process: Linux keeps a forked child's peak memory
 * across exec, so a child of this test (which holds the generated workbooks) would report ours.
 */
function measured(args: string[]) {
  const hook = 'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`))';
  const start = performance.now();
  const r = spawnSync("sh", ["-c", '"$@"; exit $?', "sh", process.execPath, "--import", hook, BIN, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, INFOSCORE_DEBUG: "" },
  });
  const seconds = (performance.now() - start) / 1000;
  const maxRssKb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
  return { code: r.status, out: r.stdout, err: r.stderr, maxRssKb, seconds };
}

const PERIOD = ["--period", "2026-03", "--as-of", "2026-04-10"];
const badRows = join(dir, "九十万行.xlsx");
const longTitles = join(dir, "长标题.xlsx");
const bloatedStyles = join(dir, "样式膨胀.xlsx");

/** 21 MB of styles.xml: 200,000 cell formats (as copy-and-paste style bloat leaves them), every 1000th a date. */
function stylesXml(formats: number): string {
  const xf = (i: number) =>
    `<xf numFmtId="${i % 1000 === 0 ? 14 : 0}" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center"/></xf>`;
  const xfs = Array.from({ length: formats }, (_, i) => xf(i)).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><cellXfs count="${formats}">${xfs}</cellXfs></styleSheet>`;
}

beforeAll(async () => {
  // Each row names a unit the roster lacks: 900,000 errors.
  const size = await writeLog(
    badRows,
    900_000,
    (r) =>
      `<row r="${r}"><c><v>${46082 + (r % 28)}</v></c><c t="inlineStr"><is><t>新${r % 50}镇</t></is></c><c t="inlineStr"><is><t>第${r % 1000}期</t></is></c></row>`,
  );
  expect(size).toBeLessThan(10 * 2 ** 20);
  // 9,000 titles of 32,000 characters, each repeating a phrase of its own (so the file stays small).
  const phrases = Array.from(
    { length: 40 },
    (_, i) => `${"乡村振兴基层治理安全生产民生实事营商环境生态保护".slice(i % 20)}第${i}项工作进展情况`,
  );
  const title = (r: number) => `${r}${phrases[r % 40].repeat(Math.ceil(32_000 / phrases[r % 40].length))}`.slice(0, 32_000);
  const size2 = await writeLog(
    longTitles,
    9_000,
    (r) =>
      `<row r="${r}"><c><v>${46082 + (r % 28)}</v></c><c t="inlineStr"><is><t>${r % 2 ? "古邵镇" : "峨山镇"}</t></is></c><c t="inlineStr"><is><t>${title(r)}</t></is></c></row>`,
  );
  expect(size2).toBeLessThan(10 * 2 ** 20);
  // One item dated by a date format far down the 200,000: the formats are all still read.
  const log =
    row(1, ["报送日期", "报送单位", "标题"]) +
    '<row r="2"><c r="A2" s="199000"><v>46086</v></c><c r="B2" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C2" t="inlineStr"><is><t>春耕备耕有序推进</t></is></c></row>';
  const styles = stylesXml(200_000);
  expect(styles.length).toBeGreaterThan(21 * 2 ** 20);
  const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: rowsXml(log) }], { "xl/styles.xml": styles }));
  writeFileSync(bloatedStyles, bytes);
}, 120_000);

describe("peak memory under 1 GB, time under 60 s, for inputs under 10 MB", () => {
  it("900,000 rows with an error each: every error counted, 100,000 listed, the rest said in the terminal, JSON and 校验问题", async () => {
    const out = tempDir("infoscore-memory-out-");
    const json = join(out, "r.json");
    const r = measured(["recalc", badRows, ...PERIOD, "--out", out, "--json", json]);
    expect(r.code).toBe(1);
    expect(r.maxRssKb).toBeLessThan(GB_KB);
    expect(r.seconds).toBeLessThan(60);
    const omitted = `另有 800000 个问题未列出（只列出前 ${MAX_ISSUES} 个）；请先改正已列出的问题，再重新检查`;
    expect(r.out).toContain("（错误 900000 条，提示 0 条）");
    expect(r.out).toContain(`  ! ${omitted}`);
    const issues = (JSON.parse(readFileSync(json, "utf8")) as { issues: Array<{ message: string }> }).issues;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0].message).toMatch(/^信息报送!B2：/);
    expect(issues[MAX_ISSUES].message).toBe(omitted);
    const result = join(out, "九十万行-结果-2026-03.xlsx");
    const pkg = openPackage(new Uint8Array(readFileSync(result)), nodeCodec);
    const issuesSheet = (await listSheets(pkg)).sheets.find((s) => s.name === "校验问题")!;
    const sheetXml = await pkg.text(issuesSheet.path);
    expect(sheetXml).toContain(omitted);
    expect(sheetXml).toContain("共900000条：错误900000条（相应行未计分），提示0条");
    console.log(`900,000 error rows (${statSync(badRows).size} bytes): ${Math.round(r.maxRssKb / 1024)} MB, ${r.seconds.toFixed(1)} s`);
  }, 120_000);

  it("9,000 titles of 32,000 characters: each kept to its first characters, with a warning naming the cell", () => {
    const out = tempDir("infoscore-memory-out-");
    const json = join(out, "r.json");
    const r = measured(["recalc", longTitles, ...PERIOD, "--out", out, "--json", json]);
    expect(r.code).toBe(0);
    expect(r.maxRssKb).toBeLessThan(GB_KB);
    expect(r.seconds).toBeLessThan(60);
    expect(r.out).toContain("（错误 0 条，提示 9000 条）");
    const issues = (JSON.parse(readFileSync(json, "utf8")) as { issues: Array<{ message: string }> }).issues;
    expect(issues).toHaveLength(9_000);
    expect(issues[0].message).toBe(
      `信息报送!C2：“标题”长 32000 个字，超过 ${MAX_TITLE_CHARS} 个字；查找重复和结果表只用前 ${MAX_TITLE_CHARS} 个字。如误将正文粘贴到了此列，请只保留标题`,
    );
    console.log(
      `9,000 titles of 32,000 characters (${statSync(longTitles).size} bytes): ${Math.round(r.maxRssKb / 1024)} MB, ${r.seconds.toFixed(1)} s`,
    );
  }, 120_000);

  it("a 21 MB styles.xml: read and patched, the date in format 199,000 still read", () => {
    const out = tempDir("infoscore-memory-out-");
    const json = join(out, "r.json");
    const r = measured(["recalc", bloatedStyles, ...PERIOD, "--out", out, "--json", json]);
    expect(r.code, r.err).toBe(0);
    expect(r.maxRssKb).toBeLessThan(GB_KB);
    expect(r.seconds).toBeLessThan(60);
    const result = JSON.parse(readFileSync(json, "utf8")) as { units: Array<{ unit: string; submitted: number }> };
    expect(result.units.find((u) => u.unit === "古邵镇")?.submitted).toBe(1);
    console.log(
      `21 MB styles.xml (${statSync(bloatedStyles).size} bytes zipped): ${Math.round(r.maxRssKb / 1024)} MB, ${r.seconds.toFixed(1)} s`,
    );
  }, 120_000);

  it("the count of issues left out, in English", () => {
    const log = new IssueLog("en");
    for (let i = 0; i < MAX_ISSUES + 3; i++)
      log.error("required", { sheet: "信息报送", cell: `C${i + 2}`, row: i + 2 }, "INPUT", { column: "标题" });
    expect(log.errorCount).toBe(MAX_ISSUES + 3);
    expect(log.list).toHaveLength(MAX_ISSUES + 1);
    expect(log.list[MAX_ISSUES].message).toBe(
      `3 more issues are not listed (only the first ${MAX_ISSUES} are); correct the listed ones first, then check again`,
    );
  });
});
