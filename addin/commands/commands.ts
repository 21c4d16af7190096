// Ribbon commands (ExecuteFunction). Each one reports in a dialog — a short summary on success,
// the reason on failure — and calls event.completed once the user has closed it (dialog.ts).
import "../jitless.ts";
import { periodTitle, type Issue } from "../../core/index.ts";
import { defaultPeriod, insertTemplate, runJob, type Job } from "../jobs.ts";
import { JOB_API, requireExcelApi, TEMPLATE_API } from "../requirements.ts";
import { loadTemplate } from "../templateAsset.ts";
import { issueCounts } from "../ui/render.ts";
import { showMessage } from "./dialog.ts";
import { COMMANDS, type CommandName } from "./names.ts";
import { quietOffice } from "../officeQuiet.ts";

/** What a successful run says: the period, the sheets written, the errors and warnings. */
export function jobSummary(title: string, written: string[], issues: Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const advice = errors ? "有错误的行未计分,请查看“校验问题”表。" : "";
  return `已生成 ${title} 的结果:写入 ${written.length} 个工作表(${written.join("、")});${issueCounts(issues, "zh")}。${advice}`;
}

async function job(job: Job): Promise<string> {
  requireExcelApi(JOB_API, "zh");
  const period = defaultPeriod(job);
  const outcome = await runJob(job, period, "zh");
  return jobSummary(periodTitle(period), outcome.written, outcome.issues);
}

const ACTIONS: Record<CommandName, () => Promise<string>> = {
  insertTemplate: async () => {
    requireExcelApi(TEMPLATE_API, "zh");
    const { base64, sheets } = await loadTemplate();
    const added = await insertTemplate(base64, sheets, "zh");
    return added.length ? `已插入 ${added.length} 个输入表:${added.join("、")}。` : "输入表都已存在,未插入新表。";
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
    text = `InfoScore 未能完成:${(e as Error).message}`;
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
