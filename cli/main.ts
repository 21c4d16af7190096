// `infoscore`: the batch tool. Exit codes: 0 clean, 1 the input had errors (results still
// written), 2 it could not run (bad arguments, unreadable file).
import { Command, CommanderError } from "commander";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  calculate, defaultPeriod, IssueLog, localDay, overridesFromJson, parseDay, parsePeriod, readStats, yearOfMonth,
  type Issue, type Lang, type Period, type RuleOverride, type TemplateRow,
} from "../core/index.ts";
import { openPackage, readWorkbookPackage } from "../xlsx/read.ts";
import { findLogo, type Logo } from "../xlsx/logo.ts";
import { sampleSheets } from "../templates/sample.ts";
import { findWorkbooks, writeAtomically } from "./files.ts";
import { nodeCodec } from "./nodeCodec.ts";
import { Progress } from "./progress.ts";
import { recalcFile, type RecalcOutcome } from "./recalc.ts";
import { say } from "./say.ts";

// The input template is built with exceljs, which alone takes a quarter of a second to load:
// loaded only by the commands that write one, so `infoscore --help` and `recalc` start fast.
const inputTemplate = () => import("../templates/inputTemplate.ts");

class UsageError extends Error {}

/** The as-of date (D1): --as-of, or today in this computer's local time zone. */
function asOfOf(text: string | undefined, lang: Lang): number {
  if (!text) return localDay(new Date());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseDay(text) : undefined;
  if (day === undefined) throw new UsageError(say(lang, "badAsOf", { value: text }));
  return day;
}

/** --period, or the last complete month as of the as-of date. */
function periodOf(text: string | undefined, lang: Lang, asOf: number): Period {
  if (!text) return defaultPeriod("month", asOf);
  const p = parsePeriod(text);
  if (!p) throw new UsageError(say(lang, "badPeriod", { value: text }));
  return p;
}

async function rulesFile(path: string | undefined, lang: Lang): Promise<RuleOverride[]> {
  if (!path) return [];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new UsageError(say(lang, "badRulesFile", { path, why: (e as Error).message }));
  }
  return overridesFromJson(json, path);
}

function printIssues(issues: readonly Issue[], limit = 20): void {
  for (const i of issues.slice(0, limit)) console.log(`  ${i.severity === "error" ? "✗" : "!"} ${i.message}`);
  if (issues.length > limit) console.log(`  … ${issues.length - limit}`);
}

/** A template file: an xlsx with an 输出模板 sheet, or JSON { "月度通报": { "标题": "…", "列": "…" } }. */
async function templateFile(path: string | undefined, lang: Lang): Promise<{ rows: TemplateRow[]; logo?: Logo }> {
  if (!path) return { rows: [] };
  try {
    if (/\.json$/i.test(path)) {
      const json = JSON.parse(await readFile(path, "utf8")) as Record<string, Record<string, string>>;
      const rows = Object.entries(json).flatMap(([sheet, items]) =>
        Object.entries(items).map(([item, content]) => ({ sheet, item, content: String(content), where: { sheet: path, cell: `${sheet}.${item}` } })));
      return { rows };
    }
    const issues = new IssueLog(lang);
    const pkg = openPackage(await readFile(path), nodeCodec);
    const read = await readWorkbookPackage(pkg, issues);
    if (!read.found.templates) throw new Error("没有“输出模板”工作表 / no 输出模板 sheet");
    return { rows: read.templateRows, logo: await findLogo(pkg) };
  } catch (e) {
    throw new UsageError(say(lang, "badTemplateFile", { path, why: (e as Error).message }));
  }
}

interface RecalcCliOptions { period?: string; asOf?: string; out?: string; json?: string; rules?: string; template?: string; lang: Lang }

async function recalc(paths: string[], opts: RecalcCliOptions): Promise<number> {
  const lang = opts.lang;
  const asOf = asOfOf(opts.asOf, lang);
  const period = periodOf(opts.period, lang, asOf);
  const overrides = await rulesFile(opts.rules, lang);
  const template = await templateFile(opts.template, lang);
  const { files, missing } = await findWorkbooks(paths);
  for (const m of missing) console.error(say(lang, "missingPath", { path: m }));
  if (files.length === 0) throw new UsageError(say(lang, "noWorkbooks"));
  const progress = new Progress(files.length);
  // On a terminal: a progress bar and sentences. In a pipe: one JSON object per workbook.
  const human = Boolean(process.stdout.isTTY);
  let code = missing.length ? 2 : 0;
  for (const [index, input] of files.entries()) {
    progress.file(index, input);
    let outcome: RecalcOutcome;
    try {
      outcome = await recalcFile(input, {
        period, asOf, lang, outDir: opts.out, json: opts.json, manyInputs: files.length > 1, overrides, templateRows: template.rows, templateLogo: template.logo, now: new Date(),
        onProgress: (rows) => progress.rows(rows),
      });
    } catch (e) {
      progress.clear();
      console.error(say(lang, "failed", { path: input, why: (e as Error).message }));
      if (!human) console.log(JSON.stringify({ input, error: (e as Error).message }));
      code = 2;
      continue;
    }
    progress.clear();
    if (human) {
      console.log(say(lang, "done", { input, output: outcome.output, errors: outcome.errors, warnings: outcome.warnings }));
      if (outcome.json) console.log(say(lang, "jsonWritten", { path: outcome.json }));
    } else {
      console.log(JSON.stringify({ input, output: outcome.output, json: outcome.json ?? null, errors: outcome.errors, warnings: outcome.warnings }));
    }
    if (outcome.errors) code = Math.max(code, 1);
  }
  progress.finish();
  return code;
}

/** Checks every row of every input sheet (D4), whatever the period; writes nothing. */
async function validate(path: string, opts: { period?: string; asOf?: string; lang: Lang; json?: boolean }): Promise<number> {
  const lang = opts.lang;
  const asOf = asOfOf(opts.asOf, lang);
  const period = periodOf(opts.period, lang, asOf);
  const zip = openPackage(await readFile(path), nodeCodec);
  const issues = new IssueLog(lang);
  const read = await readWorkbookPackage(zip, issues, { year: yearOfMonth(period.endMonth) });
  calculate(read, { period, asOf, issues });
  const stats = readStats(read, issues);
  if (opts.json) console.log(JSON.stringify({ stats, issues: issues.list.map(({ severity, sheet, cell, rule, message }) => ({ severity, sheet, cell, rule, message })) }, null, 2));
  else {
    for (const s of stats) console.log(say(lang, "sheetStats", { ...s }));
    printIssues(issues.list, 200);
    console.log(say(lang, "validated", { errors: issues.errorCount, warnings: issues.list.length - issues.errorCount }));
  }
  return issues.errorCount ? 1 : 0;
}

async function template(opts: { out?: string; lang: Lang; blank?: boolean }): Promise<number> {
  const out = opts.out ?? "InfoScore-输入模板.xlsx";
  const blank = { units: [], submissions: [], staffEvents: [], staff: [], actuals: [], ratings: [] };
  const { buildInputWorkbook } = await inputTemplate();
  await writeAtomically(out, (tmp) => buildInputWorkbook(opts.blank ? { data: blank } : {}).xlsx.writeFile(tmp));
  console.log(say(opts.lang, "templateWritten", { path: out }));
  return 0;
}

async function demo(opts: { out?: string; lang: Lang }): Promise<number> {
  const dir = opts.out ?? "infoscore-demo";
  await mkdir(dir, { recursive: true });
  const sample = join(dir, "示例工作簿.xlsx");
  const { buildInputWorkbook } = await inputTemplate();
  await writeAtomically(sample, (tmp) => buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(tmp));
  console.log(say(opts.lang, "sampleWritten", { path: sample }));
  const code = await recalc([sample], { period: "2026-03", out: dir, json: join(dir, "示例工作簿-2026-03.json"), lang: opts.lang });
  return code === 1 ? 0 : code; // the sample holds deliberate problems to show the 校验问题 sheet
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let result: Promise<number> = Promise.resolve(0);
  const lang = (v: string): Lang => (v === "en" ? "en" : "zh");
  program.name("infoscore").description("InfoScore 信息工作考核 — 批量重算 / batch recalculation").exitOverride();
  program
    .command("recalc")
    .description("重算工作簿,生成结果工作簿 / recalculate workbooks into result workbooks")
    .argument("<paths...>", "xlsx 文件或文件夹 / xlsx files or folders")
    .option("--period <period>", "2026-03 | 2026-Q1 | 2026-H1 | 2026 | 2026-01-01..2026-03-31(默认上一个完整月份)")
    .option("--as-of <date>", "截至日期 YYYY-MM-DD(默认今天):未结束的月份不算缺报")
    .option("--out <dir>", "结果工作簿目录(默认与输入同目录)")
    .option("--json <file|dir>", "写出 JSON 结果")
    .option("--rules <file>", "计分规则 JSON 文件(优先于工作簿中的计分规则表)")
    .option("--template <file>", "输出模板(含“输出模板”表的 xlsx 或 JSON;优先于工作簿中的输出模板表)")
    .option("--lang <lang>", "zh | en", lang, "zh" as Lang)
    .action((paths: string[], o) => { result = recalc(paths, o); });
  program.command("validate").description("只检查输入 / check the input only").argument("<file>")
    .option("--period <period>").option("--as-of <date>", "截至日期 YYYY-MM-DD(默认今天)").option("--json", "JSON 输出").option("--lang <lang>", "zh | en", lang, "zh" as Lang)
    .action((file: string, o) => { result = validate(file, o); });
  program.command("template").description("写出输入模板 / write the input template").option("--out <file>")
    .option("--blank", "不带示例行 / without example rows")
    .option("--lang <lang>", "zh | en", lang, "zh" as Lang)
    .action((o) => { result = template(o); });
  program.command("demo").description("用内置示例数据运行 / run on the bundled sample").option("--out <dir>")
    .option("--lang <lang>", "zh | en", lang, "zh" as Lang)
    .action((o) => { result = demo(o); });
  try {
    await program.parseAsync(argv);
    return await result;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    console.error(e instanceof UsageError ? e.message : `InfoScore: ${(e as Error).message}`);
    return 2;
  }
}

