// `infoscore`: the batch tool. Exit codes: 0 clean, 1 the input had errors (results still
// written), 2 it could not run (bad arguments, unreadable file).
import { Command, CommanderError, type Option } from "commander";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  calculate,
  defaultPeriod,
  HEADLINE_CODES,
  FILE_NAMES,
  InfoScoreError,
  isoDay,
  applyOverrides,
  IssueLog,
  localDay,
  parseDay,
  monthText,
  parsePeriod,
  periodJson,
  readStats,
  renderFailure,
  t,
  yearOfMonth,
  type Issue,
  type Lang,
  type Period,
  type Results,
} from "../core/index.ts";
import { openPackage, readWorkbookPackage } from "../ooxml/read.ts";
import { sampleSheets } from "../templates/sample.ts";
import { findWorkbooks, readInput, removeTemporaries, writeAtomically } from "./files.ts";
import { rulesFile, templateFile } from "./inputs.ts";
import { writeFailure } from "./osErrors.ts";
import { planOutputs } from "./paths.ts";
import { nodeCodec } from "./nodeCodec.ts";
import { Progress } from "./progress.ts";
import { recalcFile, type RecalcOutcome } from "./recalc.ts";

// The input template is built with exceljs, which alone takes a quarter of a second to load:
// loaded only by the commands that write one, so `infoscore --help` and `recalc` start fast.
const inputTemplate = () => import("../templates/inputTemplate.ts");

class UsageError extends Error {}

/** The clock, read once per run (D7): today and the 生成时间 of the audit footers both come from it. */
const now = new Date();

/** Issues worth a line of their own in the summary: they mean the results may be beside the point. */

/** The as-of date (D1): --as-of, or today in this computer's local time zone. */
function asOfOf(text: string | undefined, lang: Lang): number {
  if (!text) return localDay(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseDay(text) : undefined;
  if (day === undefined) throw new UsageError(t(lang, "failure.badAsOf", { value: text }));
  return day;
}

/** --period, or the last complete month as of the as-of date. */
function periodOf(text: string | undefined, lang: Lang, asOf: number): Period {
  if (!text) return defaultPeriod("month", asOf);
  const p = parsePeriod(text);
  if (!p) throw new UsageError(t(lang, "failure.badPeriod", { value: text }));
  return p;
}

function printIssues(issues: readonly Issue[], limit = 20, print = console.log): void {
  for (const i of issues.slice(0, limit)) print(`  ${i.severity === "error" ? "✗" : "!"} ${i.message}`);
  if (issues.length > limit) print(`  … ${issues.length - limit}`);
}

interface RecalcArgs {
  period?: string;
  asOf?: string;
  out?: string;
  json?: string;
  rules?: string;
  template?: string;
  lang: Lang;
}

/** Everything read and checked before the first workbook: a failure here writes nothing. */
async function prepare(paths: string[], opts: RecalcArgs) {
  const lang = opts.lang;
  const asOf = asOfOf(opts.asOf, lang);
  const period = periodOf(opts.period, lang, asOf);
  const rules = await rulesFile(opts.rules, lang).catch((e) => rethrowAbout(opts.rules!, e));
  if (rules.problems.length) {
    printIssues(rules.problems, 50, console.error);
    throw new InfoScoreError("rulesRefused", { path: opts.rules!, count: rules.problems.length });
  }
  const template = await templateFile(opts.template, lang).catch((e) => rethrowAbout(opts.template!, e));
  const { files, missing, unreadable } = await findWorkbooks(paths);
  for (const m of missing) console.error(t(lang, "cli.failed", { path: m, why: renderFailure(new InfoScoreError("notFound"), lang) }));
  for (const u of unreadable) console.error(t(lang, "cli.skippedNotXlsx", { path: u }));
  if (files.length === 0) throw new UsageError(t(lang, "cli.noWorkbooks"));
  const alsoRead = [opts.rules, opts.template].filter((p): p is string => p !== undefined);
  const plans = await planOutputs(files, { periodLabel: period.label, outDir: opts.out, json: opts.json, alsoRead });
  return { period, asOf, overrides: rules.overrides, template, plans, missing };
}

/** A failure about a side file (--rules, --template) names it, as workbook failures do. */
function rethrowAbout(path: string, e: unknown): never {
  if (e instanceof InfoScoreError && !("path" in e.params)) throw new FileFailure(path, e);
  throw e;
}

class FileFailure extends Error {
  constructor(
    readonly path: string,
    readonly failure: InfoScoreError,
  ) {
    super(failure.message);
  }
}

/** D1: a period not yet ended says how far it was assessed. */
function asOfSummary(results: Results, lang: Lang): string | undefined {
  if (results.periodEnded || results.asOf === undefined) return undefined;
  const asOf = isoDay(results.asOf);
  if (results.assessedMonth === null) return t(lang, "cli.asOfNothing", { asOf });
  return t(lang, "cli.asOfAssessed", { asOf, month: monthText(results.assessedMonth, lang) });
}

async function recalc(paths: string[], opts: RecalcArgs): Promise<number> {
  const lang = opts.lang;
  const { period, asOf, overrides, template, plans, missing } = await prepare(paths, opts);
  const progress = new Progress(plans.length, lang);
  // On a terminal: a progress bar and sentences. In a pipe: one JSON object per workbook.
  const human = Boolean(process.stdout.isTTY);
  let code = missing.length ? 2 : 0;
  for (const [index, plan] of plans.entries()) {
    const { input } = plan;
    progress.file(index, input);
    let outcome: RecalcOutcome;
    try {
      outcome = await recalcFile(input, {
        period,
        asOf,
        lang,
        output: plan.output,
        json: plan.json,
        overrides,
        templateRows: template.rows,
        templateLogo: template.logo,
        now,
        onProgress: (rows) => progress.rows(rows),
      });
    } catch (e) {
      // One workbook's failure is reported and the batch goes on with the next.
      progress.clear();
      const why = renderFailure(e, lang);
      console.error(t(lang, "cli.failed", { path: input, why }));
      if (!human) console.log(JSON.stringify({ input, error: why, code: e instanceof InfoScoreError ? e.code : "internal" }));
      code = 2;
      continue;
    }
    progress.clear();
    const headline = outcome.results.issues.filter((i) => HEADLINE_CODES.has(i.code)).map((i) => i.message);
    if (human) {
      console.log(t(lang, "cli.done", { input, output: outcome.output, errors: outcome.errors, warnings: outcome.warnings }));
      for (const line of headline) console.log(`  ! ${line}`);
      const asOfLine = asOfSummary(outcome.results, lang);
      if (asOfLine) console.log(asOfLine);
      if (outcome.json) console.log(t(lang, "cli.jsonWritten", { path: outcome.json }));
    } else {
      const { output, json, errors, warnings } = outcome;
      const { asOf: asOfDay, assessedThrough } = periodJson(outcome.results.period, outcome.results.asOf);
      console.log(JSON.stringify({ input, output, json: json ?? null, errors, warnings, headline, asOf: asOfDay, assessedThrough }));
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
  let zip;
  try {
    zip = openPackage(await readInput(path), nodeCodec);
  } catch (e) {
    throw new FileFailure(path, e instanceof InfoScoreError ? e : new InfoScoreError("internal", { name: (e as Error).name }));
  }
  const issues = new IssueLog(lang);
  const read = await readWorkbookPackage(zip, issues, { year: yearOfMonth(period.endMonth) }).catch((e) => rethrowAbout(path, e));
  calculate(read, { period, asOf, issues });
  const stats = readStats(read, issues);
  if (opts.json)
    console.log(
      JSON.stringify(
        { stats, issues: issues.list.map(({ severity, sheet, cell, rule, message }) => ({ severity, sheet, cell, rule, message })) },
        null,
        2,
      ),
    );
  else {
    for (const s of stats) console.log(t(lang, "cli.sheetStats", { ...s }));
    printIssues(issues.list, 200);
    console.log(t(lang, "cli.validated", { errors: issues.errorCount, warnings: issues.list.length - issues.errorCount }));
  }
  return issues.errorCount ? 1 : 0;
}

const TEMPLATE_NAME = FILE_NAMES.inputTemplate;

async function template(opts: { out?: string; lang: Lang; blank?: boolean; force?: boolean; rules?: string }): Promise<number> {
  const given = opts.out ?? TEMPLATE_NAME;
  // An office's scheme (a rules file) gives the log its mark columns and the 计分规则 sheet its rows.
  const scheme = await rulesFile(opts.rules, opts.lang).catch((e) => rethrowAbout(opts.rules!, e));
  if (scheme.problems.length) {
    printIssues(scheme.problems, 50, console.error);
    throw new InfoScoreError("rulesRefused", { path: opts.rules!, count: scheme.problems.length });
  }
  const rules = applyOverrides(scheme.overrides, new IssueLog(opts.lang));
  // An existing folder gets the template inside it; an existing file is kept unless --force.
  const out = (await stat(given).catch(() => undefined))?.isDirectory() ? join(given, TEMPLATE_NAME) : given;
  if (!opts.force && (await stat(out).catch(() => undefined))) throw new InfoScoreError("outputExists", { path: out });
  const blank = { units: [], submissions: [], staffEvents: [], staff: [], actuals: [], ratings: [] };
  const { buildInputWorkbook } = await inputTemplate();
  await writeAtomically(out, (tmp) => buildInputWorkbook(opts.blank ? { data: blank, rules } : { rules }).xlsx.writeFile(tmp));
  console.log(t(opts.lang, "cli.templateWritten", { path: out }));
  return 0;
}

async function demo(opts: { out?: string; lang: Lang }): Promise<number> {
  const dir = opts.out ?? "infoscore-demo";
  await mkdir(dir, { recursive: true }).catch((e) => writeFailure(e, dir));
  const sample = join(dir, `${FILE_NAMES.sample}.xlsx`);
  const { buildInputWorkbook } = await inputTemplate();
  await writeAtomically(sample, (tmp) => buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(tmp));
  console.log(t(opts.lang, "cli.sampleWritten", { path: sample }));
  const code = await recalc([sample], {
    period: "2026-03",
    out: dir,
    json: join(dir, `${FILE_NAMES.sample}-2026-03.json`),
    lang: opts.lang,
  });
  return code === 1 ? 0 : code; // the sample holds deliberate problems to show the 校验问题 sheet
}

/** The language asked for, known before the command line is parsed (for its own errors). */
const langOf = (argv: string[]): Lang => {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? "zh" : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh";
};

/** Commander's own English errors ("error: unknown option '--x'") in the user's language. */
function commandLineError(e: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownOption":
      return t(lang, "cli.unknownOption", { option: quoted });
    case "commander.unknownCommand":
      return t(lang, "cli.unknownCommand", { command: quoted });
    case "commander.missingArgument":
      return t(lang, "cli.missingArgument", { name: quoted });
    case "commander.optionMissingArgument":
      return t(lang, "cli.optionMissingArgument", { option: quoted.split(" ")[0] });
    default:
      return t(lang, "cli.badCommandLine");
  }
}

/** Ctrl-C or SIGTERM mid-write: no temporary file is left behind. */
function onInterrupt(lang: Lang): () => void {
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = () => {
      removeTemporaries();
      console.error(renderFailure(new InfoScoreError("interrupted"), lang));
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

const HELP_TITLES: Record<string, Parameters<typeof t>[1]> = {
  "Usage:": "cli.helpUsage",
  "Arguments:": "cli.helpArguments",
  "Options:": "cli.helpOptions",
  "Commands:": "cli.helpCommands",
};

/** Commander's help in the user's language: its titles through the catalogue, no "(default: …)" (the texts say the defaults). */
const helpInLanguage = (lang: Lang) => ({
  styleTitle: (title: string) => (HELP_TITLES[title] ? t(lang, HELP_TITLES[title]) : title),
  optionDescription: (option: Option) => option.description,
});

function program(setResult: (r: Promise<number>) => void, helpLang: Lang): Command {
  const program = new Command();
  const lang = (v: string): Lang => (v === "en" ? "en" : "zh");
  const h = (key: Parameters<typeof t>[1]) => t(helpLang, key);
  program
    .name("infoscore")
    .description(h("cli.helpProgram"))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .configureHelp(helpInLanguage(helpLang))
    .helpOption("-h, --help", h("cli.helpHelp"))
    .helpCommand("help [command]", h("cli.helpHelp"));
  program
    .command("recalc")
    .description(h("cli.helpRecalc"))
    .argument("<paths...>", h("cli.helpPaths"))
    .option("--period <period>", h("cli.helpPeriod"))
    .option("--as-of <date>", h("cli.helpAsOf"))
    .option("--out <dir>", h("cli.helpOut"))
    .option("--json <file|dir>", h("cli.helpJson"))
    .option("--rules <file>", h("cli.helpRules"))
    .option("--template <file>", h("cli.helpTemplate"))
    .option("--lang <lang>", h("cli.helpLang"), lang, "zh" as Lang)
    .action((paths: string[], o) => setResult(recalc(paths, o)));
  program
    .command("validate")
    .description(h("cli.helpValidate"))
    .argument("<file>")
    .option("--period <period>", h("cli.helpPeriod"))
    .option("--as-of <date>", h("cli.helpAsOfShort"))
    .option("--json", h("cli.helpJsonOutput"))
    .option("--lang <lang>", h("cli.helpLang"), lang, "zh" as Lang)
    .action((file: string, o) => setResult(validate(file, o)));
  program
    .command("template")
    .description(h("cli.helpTemplateCommand"))
    .option("--out <file>")
    .option("--blank", h("cli.helpBlank"))
    .option("--rules <file>", h("cli.helpTemplateRules"))
    .option("--force", h("cli.helpForce"))
    .option("--lang <lang>", h("cli.helpLang"), lang, "zh" as Lang)
    .action((o) => setResult(template(o)));
  program
    .command("demo")
    .description(h("cli.helpDemo"))
    .option("--out <dir>")
    .option("--lang <lang>", h("cli.helpLang"), lang, "zh" as Lang)
    .action((o) => setResult(demo(o)));
  return program;
}

/** Runs one command; never throws and never prints a stack trace (INFOSCORE_DEBUG=1 shows it). */
export async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  let result: Promise<number> = Promise.resolve(0);
  const stop = onInterrupt(lang);
  try {
    await program((r) => (result = r), lang).parseAsync(argv);
    return await result;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      console.error(commandLineError(e, lang));
      return 2;
    }
    if (process.env.INFOSCORE_DEBUG) console.error(e);
    if (e instanceof UsageError) console.error(e.message);
    else if (e instanceof FileFailure) console.error(t(lang, "cli.failed", { path: e.path, why: renderFailure(e.failure, lang) }));
    else console.error(renderFailure(e, lang));
    return 2;
  } finally {
    removeTemporaries();
    stop();
  }
}
