// `infoscore template` and `infoscore demo`: the input template to fill in, and the bundled sample
// recalculated, for a first look. exceljs (a quarter of a second to load) is loaded only here.
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { applyOverrides, FILE_NAMES, InfoScoreError, IssueLog, t, type Lang } from "../core/index.ts";
import { sampleSheets } from "../templates/sample.ts";
import { recalc } from "./batch.ts";
import { writeAtomically } from "./files.ts";
import { writeFailure } from "./osErrors.ts";
import { rulesOption } from "./runOptions.ts";

const inputTemplate = () => import("../templates/inputTemplate.ts");

const TEMPLATE_NAME = FILE_NAMES.inputTemplate;

export async function template(opts: { out?: string; lang: Lang; blank?: boolean; force?: boolean; rules?: string }): Promise<number> {
  const given = opts.out ?? TEMPLATE_NAME;
  // An office's scheme (a rules file) gives the log its mark columns and the 计分规则 sheet its rows.
  const rules = applyOverrides(await rulesOption(opts.rules, opts.lang), new IssueLog(opts.lang));
  // An existing folder gets the template inside it; an existing file is kept unless --force.
  const out = (await stat(given).catch(() => undefined))?.isDirectory() ? join(given, TEMPLATE_NAME) : given;
  if (!opts.force && (await stat(out).catch(() => undefined))) throw new InfoScoreError("outputExists", { path: out });
  const blank = { units: [], submissions: [], staffEvents: [], staff: [], actuals: [], ratings: [] };
  const { buildInputWorkbook } = await inputTemplate();
  await writeAtomically(out, (tmp) => buildInputWorkbook(opts.blank ? { data: blank, rules } : { rules }).xlsx.writeFile(tmp));
  console.log(t(opts.lang, "cli.templateWritten", { path: out }));
  return 0;
}

export async function demo(opts: { out?: string; lang: Lang; force?: boolean }): Promise<number> {
  const dir = opts.out ?? "infoscore-demo";
  await mkdir(dir, { recursive: true }).catch((e) => writeFailure(e, dir, dir));
  const sample = join(dir, `${FILE_NAMES.sample}.xlsx`);
  // A sample the user may have edited is kept unless --force, as template does.
  if (!opts.force && (await stat(sample).catch(() => undefined))) throw new InfoScoreError("outputExists", { path: sample });
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
