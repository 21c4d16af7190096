// `infoscore validate`: every check a recalculation would make (the same read-and-calculate path,
// ooxml/job.ts), every row of every input sheet whatever the period (D4); nothing is written but a
// --json file when one is named.
// Without --period it checks the year so far, so a gap in any ended month (业务完成 included) shows.
import { InfoScoreError, t } from "../core/index.ts";
import { writeText } from "./files.ts";
import { checkNotRead } from "./paths.ts";
import { checkFile } from "./recalc.ts";
import { calculationOptions, FileFailure, now, type CalculationArgs } from "./runOptions.ts";
import { asOfSummary, checkedPeriodLine, headlines, printIssues } from "./summary.ts";

/** `--json` with no value or "-": stdout; otherwise the file named (never one the run reads). */
async function jsonTarget(path: string, opts: CalculationArgs & { json?: string | true }): Promise<string | undefined> {
  if (opts.json === undefined || opts.json === true || opts.json === "-") return undefined;
  const read = [path, opts.rules, opts.template].filter((p): p is string => p !== undefined);
  await checkNotRead(opts.json, read);
  return opts.json;
}

export async function validate(path: string, opts: CalculationArgs & { json?: string | true }): Promise<number> {
  const lang = opts.lang;
  const options = await calculationOptions(opts, true);
  const jsonFile = await jsonTarget(path, opts);
  const checked = await checkFile(path, { ...options, now }).catch((e) => {
    throw new FileFailure(path, e instanceof InfoScoreError ? e : new InfoScoreError("internal"));
  });
  const { stats, issues, errors, warnings } = checked;
  if (opts.json) {
    const list = issues.map(({ severity, sheet, cell, rule, message }) => ({ severity, sheet, cell, rule, message }));
    const text = JSON.stringify({ stats, issues: list }, null, 2);
    if (jsonFile) await writeText(jsonFile, text + "\n");
    console.log(jsonFile ? t(lang, "cli.validateJsonWritten", { path: jsonFile }) : text);
    return errors ? 1 : 0;
  }
  console.log(checkedPeriodLine(checked.results, lang));
  for (const s of stats) console.log(t(lang, "cli.sheetStats", { ...s }));
  for (const line of headlines(issues)) console.log(`  ! ${line}`);
  printIssues(issues, 200);
  const asOfLine = asOfSummary(checked.results, lang);
  if (asOfLine) console.log(asOfLine);
  console.log(t(lang, errors ? "cli.validatedWithErrors" : "cli.validated", { errors, warnings }));
  return errors ? 1 : 0;
}
