// The pane inside Excel: run buttons over the open workbook, issues that select their cell.
import { parseDay, resultsJson, t } from "../../core/index.ts";
import { failureText } from "../ui/render.ts";
import { insertTemplate, rememberedPeriod, rememberPeriod, runJob, selectIssue, type Job } from "../jobs.ts";
import { JOB_API, requireExcelApi, TEMPLATE_API } from "../requirements.ts";
import { loadTemplate } from "../templateAsset.ts";
import { offerDocuments, setupDocuments } from "./paneDocuments.ts";
import { chosenAsOf, chosenPeriod, currentLang, finishedStatus, showPeriod, showResults, status } from "../ui/pane.ts";

export function excelMode(): void {
  const buttons = document.getElementById("excel-buttons")!;
  buttons.hidden = false;
  // 下载公文(Word) where this host lets the pane download a file; elsewhere the hint says where to get them.
  setupDocuments();
  // The period last used on this workbook (its document settings), if any.
  const remembered = rememberedPeriod();
  if (remembered) showPeriod(remembered);
  const setBusy = (busy: boolean) => buttons.querySelectorAll("button").forEach((b) => ((b as HTMLButtonElement).disabled = busy));
  buttons.querySelectorAll<HTMLButtonElement>("button[data-job]").forEach((button) =>
    button.addEventListener("click", async () => {
      const lang = currentLang();
      const period = chosenPeriod();
      if (!period) return;
      setBusy(true);
      offerDocuments(); // the previous run's documents are not this one's
      status(() => t(currentLang(), "ui.working"), true);
      try {
        requireExcelApi(JOB_API, lang);
        rememberPeriod(period.label);
        const asOf = parseDay(chosenAsOf())!;
        const outcome = await runJob(
          button.dataset.job as Job,
          period,
          lang,
          (step) => status(`${t(lang, "ui.working")} ${step}`, true),
          asOf,
        );
        status(finishedStatus("done", outcome.written.length, outcome.issues));
        showResults(resultsJson(outcome.results), outcome.issues, (issue) => void selectIssue(issue));
        offerDocuments(outcome.models, period.label);
      } catch (e) {
        status(t(lang, "ui.failed", { why: failureText(e, lang) }));
      } finally {
        setBusy(false);
      }
    }),
  );
  document.getElementById("insert-template")!.addEventListener("click", async () => {
    const lang = currentLang();
    setBusy(true);
    try {
      requireExcelApi(TEMPLATE_API, lang);
      const { base64, sheets } = await loadTemplate();
      const added = await insertTemplate(base64, sheets, lang);
      status(added.length ? t(lang, "ui.templateDone", { n: added.length }) : t(lang, "ui.templateNone"));
    } catch (e) {
      status(t(lang, "ui.failed", { why: failureText(e, lang) }));
    } finally {
      setBusy(false);
    }
  });
}
