// `infoscore recalc`: every workbook named (files or folders) recalculated in turn. One workbook's
// failure is reported and the batch goes on. The terminal gets sentences (cli/summary.ts), in a
// pipe too; `--json -` puts one JSON object per workbook on stdout instead, and the sentences on stderr.
import { InfoScoreError, periodJson, renderFailure, t, type Lang } from "../core/index.ts";
import { findWorkbooks } from "./files.ts";
import { planOutputs } from "./paths.ts";
import { Progress } from "./progress.ts";
import { recalcFile, type RecalcOutcome } from "./recalc.ts";
import { calculationOptions, now, UsageError, type CalculationArgs } from "./runOptions.ts";
import { headlines, outcomeLines } from "./summary.ts";

export interface RecalcArgs extends CalculationArgs {
  out?: string;
  /** A file for one workbook, a folder for several, "-" for stdout, or true (no value): beside each result workbook. */
  json?: string | true;
  /** Word files (公文) in a folder next to each result workbook. */
  docx?: boolean;
}

/** `--json -`: the run's report and the results, one line per workbook, for a program reading stdout. */
function jsonLine(input: string, output: string, outcome: RecalcOutcome): string {
  const { errors, warnings, results, json } = outcome;
  const { asOf, assessedThrough } = periodJson(results.period, results.asOf);
  const docx = outcome.docx?.folder ?? null;
  return JSON.stringify({
    input,
    output,
    docx,
    errors,
    warnings,
    headline: headlines(outcome.issues),
    asOf,
    assessedThrough,
    results: json,
  });
}

/** Everything read and checked before the first workbook: a failure here writes nothing. */
async function prepare(paths: string[], opts: RecalcArgs) {
  const options = await calculationOptions(opts);
  const { files, failed, unreadable } = await findWorkbooks(paths);
  const lang = opts.lang;
  for (const f of failed) console.error(t(lang, "cli.failed", { path: f.path, why: renderFailure(f.failure, lang) }));
  for (const u of unreadable) console.error(t(lang, "cli.skippedNotXlsx", { path: u }));
  if (files.length === 0) throw new UsageError(t(lang, "cli.noWorkbooks"));
  const json = opts.json === "-" ? undefined : opts.json;
  const alsoRead = [opts.rules, opts.template].filter((p): p is string => p !== undefined);
  const plans = await planOutputs(files, { periodLabel: options.period.label, outDir: opts.out, json, alsoRead, docx: opts.docx });
  return { options, plans, failed };
}

export async function recalc(paths: string[], opts: RecalcArgs): Promise<number> {
  const lang: Lang = opts.lang;
  const { options, plans, failed } = await prepare(paths, opts);
  const jsonOut = opts.json === "-";
  const say = jsonOut ? console.error : console.log;
  const progress = new Progress(plans.length, lang);
  let code = failed.length ? 2 : 0;
  for (const [index, plan] of plans.entries()) {
    const { input, output, json } = plan;
    progress.file(index, input);
    try {
      const outcome = await recalcFile(input, plan, { ...options, now, onProgress: (rows) => progress.rows(rows) });
      progress.clear();
      for (const line of outcomeLines(input, output, outcome, lang, json)) say(line);
      if (jsonOut) console.log(jsonLine(input, output, outcome));
      if (outcome.errors) code = Math.max(code, 1);
    } catch (e) {
      progress.clear();
      const why = renderFailure(e, lang);
      console.error(t(lang, "cli.failed", { path: input, why }));
      if (jsonOut) console.log(JSON.stringify({ input, error: why, code: e instanceof InfoScoreError ? e.code : "internal" }));
      code = 2;
    }
  }
  progress.finish();
  return code;
}
