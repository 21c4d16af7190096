// `infoscore`: the batch tool's command line. Exit codes: 0 clean, 1 the input had errors (results
// still written), 2 it could not run (bad arguments, unreadable file). The commands themselves are
// cli/batch.ts (recalc), cli/validate.ts and cli/starters.ts (template, demo).
import { Command, CommanderError, type Option } from "commander";
import { renderFailure, t, InfoScoreError, type Lang } from "../core/index.ts";
import { recalc } from "./batch.ts";
import { CommandLineError, localiseErrors, pathValue } from "./commandLine.ts";
import { removeTemporaries } from "./files.ts";
import { FileFailure, UsageError } from "./runOptions.ts";
import { demo, template } from "./starters.ts";
import { validate } from "./validate.ts";

/** The language asked for, known before the command line is parsed (for its own errors). */
const langOf = (argv: string[]): Lang => {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? "zh" : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh";
};

/** The exit code of a run ended by a signal: 128 + its number. */
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** Ctrl-C, SIGTERM or a closed terminal (SIGHUP) mid-write: no temporary file is left behind. */
function onInterrupt(lang: Lang): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>).map((signal) => {
    const handler = () => {
      removeTemporaries();
      console.error(renderFailure(new InfoScoreError("interrupted"), lang));
      process.exit(SIGNAL_EXIT[signal]);
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

function program(setResult: (r: Promise<number>) => void, argv: string[], helpLang: Lang): Command {
  const program = new Command();
  const lang = (v: string): Lang => (v === "en" ? "en" : "zh");
  const h = (key: Parameters<typeof t>[1]) => t(helpLang, key);
  const command = (name: string, description: Parameters<typeof t>[1]) =>
    localiseErrors(program.command(name).description(h(description)), argv, helpLang).option(
      "--lang <lang>",
      h("cli.helpLang"),
      lang,
      "zh" as Lang,
    );
  localiseErrors(program.name("infoscore").description(h("cli.helpProgram")), argv, helpLang)
    .configureHelp(helpInLanguage(helpLang))
    .helpOption("-h, --help", h("cli.helpHelp"))
    .helpCommand("help [command]", h("cli.helpHelp"));
  const path = (option: string, dashIsStdout = false) => pathValue(option, helpLang, dashIsStdout);
  command("recalc", "cli.helpRecalc")
    .argument("<paths...>", h("cli.helpPaths"))
    .option("--period <period>", h("cli.helpPeriod"))
    .option("--as-of <date>", h("cli.helpAsOf"))
    .option("--out <dir>", h("cli.helpOut"), path("--out"))
    .option("--json [file|dir|-]", h("cli.helpJson"), path("--json", true))
    .option("--rules <file>", h("cli.helpRules"), path("--rules"))
    .option("--template <file>", h("cli.helpTemplate"), path("--template"))
    .option("--docx", h("cli.helpDocx"))
    .action((paths: string[], o) => setResult(recalc(paths, o)));
  command("validate", "cli.helpValidate")
    .argument("<file>")
    .option("--period <period>", h("cli.helpValidatePeriod"))
    .option("--as-of <date>", h("cli.helpAsOfShort"))
    .option("--rules <file>", h("cli.helpRules"), path("--rules"))
    .option("--template <file>", h("cli.helpTemplate"), path("--template"))
    .option("--json [file|-]", h("cli.helpJsonOutput"), path("--json", true))
    .action((file: string, o) => setResult(validate(file, o)));
  command("template", "cli.helpTemplateCommand")
    .option("--out <file>", h("cli.helpTemplateOut"), path("--out"))
    .option("--blank", h("cli.helpBlank"))
    .option("--rules <file>", h("cli.helpTemplateRules"), path("--rules"))
    .option("--force", h("cli.helpForce"))
    .action((o) => setResult(template(o)));
  command("demo", "cli.helpDemo")
    .option("--out <dir>", h("cli.helpDemoOut"), path("--out"))
    .option("--force", h("cli.helpForce"))
    .action((o) => setResult(demo(o)));
  return program;
}

/** Runs one command; never throws and never prints a stack trace (INFOSCORE_DEBUG=1 shows it). */
export async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  let result: Promise<number> = Promise.resolve(0);
  const stop = onInterrupt(lang);
  try {
    await program((r) => (result = r), argv, lang).parseAsync(argv);
    return await result;
  } catch (e) {
    if (e instanceof CommanderError && e.exitCode === 0) return 0;
    if (process.env.INFOSCORE_DEBUG) console.error(e);
    if (e instanceof CommandLineError || e instanceof UsageError) console.error(e.message);
    else if (e instanceof FileFailure) console.error(t(lang, "cli.failed", { path: e.path, why: renderFailure(e.failure, lang) }));
    else console.error(renderFailure(e, lang));
    return 2;
  } finally {
    removeTemporaries();
    stop();
  }
}
