// Task pane entry. Inside Excel it runs the jobs on the open workbook; opened as a plain page
// (no Excel) it works on workbook files chosen by the user, in a worker, on this machine only.
// File mode lives in addin/web/; both modes share ../ui/. The stylesheet is linked in the HTML.
import "../jitless.ts";
import { setupPeriod, toggleLang, translate } from "../ui/pane.ts";

async function start(): Promise<void> {
  translate();
  setupPeriod();
  document.getElementById("lang")!.addEventListener("click", toggleLang);
  const inExcel = typeof Office !== "undefined" && (await Office.onReady()).host === Office.HostType.Excel;
  if (inExcel) (await import("./excelMode.ts")).excelMode();
  else (await import("../web/fileMode.ts")).fileMode();
}

void start();
