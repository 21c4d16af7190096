// Ribbon commands (ExecuteFunction). Each one reports in a dialog — a short summary on success,
// the reason on failure — and calls event.completed once the user has closed it (dialog.ts).
import "../jitless.ts";
import { listOf, localDay, periodTitle, t, type Issue, type Lang } from "../../core/index.ts";
import { defaultPeriod, insertTemplate, runJob, type Job } from "../jobs.ts";
import { JOB_API, requireExcelApi, TEMPLATE_API } from "../requirements.ts";
import { loadTemplate } from "../templateAsset.ts";
import { failureText, issueCounts } from "../ui/render.ts";
import { loadSetting } from "../ui/storage.ts";
import { showMessage } from "./dialog.ts";
import { COMMANDS, type CommandName } from "./names.ts";
import { quietOffice } from "../officeQuiet.ts";

/** What a successful run says: the period, the sheets written, the errors and warnings. */
export function jobSummary(title: string, written: string[], issues: Issue[], lang: Lang = commandLang()): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const advice = errors ? t(lang, "ui.commandAdvice") : "";
  return t(lang, "ui.commandDone", { title, n: written.length, sheets: listOf(lang, written), counts: issueCounts(issues, lang), advice });
}

/** The language the user chose in the task pane (the ribbon has no switch of its own). */
const commandLang = (): Lang => (loadSetting("infoscore.lang") === "en" ? "en" : "zh");

async function job(job: Job): Promise<string> {
  const lang = commandLang();
  requireExcelApi(JOB_API, lang);
  // The clock, read once for this run (D7): the period's default and the run's as-of day.
  const now = new Date();
  const period = defaultPeriod(job, localDay(now));
  const outcome = await runJob(job, period, lang, undefined, undefined, now);
  return jobSummary(periodTitle(period, lang), outcome.written, outcome.issues, lang);
}

const ACTIONS: Record<CommandName, () => Promise<string>> = {
  insertTemplate: async () => {
    const lang = commandLang();
    requireExcelApi(TEMPLATE_API, lang);
    const { base64, sheets } = await loadTemplate();
    const added = await insertTemplate(base64, sheets, lang);
    if (!added.length) return t(lang, "ui.commandTemplateNone");
    return t(lang, "ui.commandTemplateDone", { n: added.length, sheets: listOf(lang, added) });
  },
  runMonthly: () => job("monthly"),
  runSummary: () => job("summary"),
  runStaff: () => job("staff"),
  runAll: () => job("all"),
};

export async function runCommand(name: CommandName, event: Office.AddinCommands.Event): Promise<void> {
  let text: string;
  try {
    text = await ACTIONS[name]();
  } catch (e) {
    text = t(commandLang(), "ui.commandFailed", { why: failureText(e, commandLang()) });
  }
  try {
    await showMessage(text);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  quietOffice();
  for (const name of COMMANDS) Office.actions.associate(name, (event: Office.AddinCommands.Event) => runCommand(name, event));
});
