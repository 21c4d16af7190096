// Ribbon commands (ExecuteFunction). Each one always calls event.completed, also on error,
// and reports errors in Chinese in a small dialog.
import { periodTitle } from "../../core/index.ts";
import { defaultPeriod, insertTemplate, runJob, type Job } from "../jobs.ts";
import { JOB_API, requireExcelApi, TEMPLATE_API } from "../requirements.ts";
import { loadTemplate } from "../templateAsset.ts";
import { COMMANDS, type CommandName } from "./names.ts";


function showMessage(text: string): Promise<void> {
  const url = `${location.origin}${location.pathname.replace(/[^/]*$/, "")}message.html?m=${encodeURIComponent(text)}`;
  return new Promise((resolve) => Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, () => resolve()));
}

async function job(job: Job): Promise<void> {
  requireExcelApi(JOB_API, "zh");
  const period = defaultPeriod(job);
  const outcome = await runJob(job, period, "zh");
  const errors = outcome.issues.filter((i) => i.severity === "error").length;
  if (errors) await showMessage(`已生成 ${periodTitle(period)} 的结果。输入中有 ${errors} 处错误,相应行未计分,请查看“校验问题”表。`);
}

const ACTIONS: Record<CommandName, () => Promise<void>> = {
  insertTemplate: async () => {
    requireExcelApi(TEMPLATE_API, "zh");
    const { base64, sheets } = await loadTemplate();
    await insertTemplate(base64, sheets);
  },
  runMonthly: () => job("monthly"),
  runSummary: () => job("summary"),
  runStaff: () => job("staff"),
  runAll: () => job("all"),
};

export async function runCommand(name: CommandName, event: Office.AddinCommands.Event): Promise<void> {
  try {
    await ACTIONS[name]();
  } catch (e) {
    await showMessage(`InfoScore 未能完成:${(e as Error).message}`).catch(() => undefined);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  for (const name of COMMANDS) Office.actions.associate(name, (event: Office.AddinCommands.Event) => runCommand(name, event));
});
