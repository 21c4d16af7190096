// Task pane entry. Inside Excel it runs the jobs on the open workbook; opened as a plain page
// (no Excel) it works on workbook files chosen by the user, in a worker, on this machine only.
// File mode lives in addin/web/; both modes share ../ui/. The stylesheet is linked in the HTML.
import "../jitless.ts";
import { setupPeriod, toggleLang, translate } from "../ui/pane.ts";
import { quietOffice } from "../officeQuiet.ts";

async function start(): Promise<void> {
  translate();
  setupPeriod();
  document.getElementById("lang")!.addEventListener("click", toggleLang);
  const info = typeof Office !== "undefined" ? await Office.onReady() : undefined;
  quietOffice();
  const inExcel = info !== undefined && info.host === Office.HostType.Excel;
  if (inExcel) (await import("./excelMode.ts")).excelMode();
  else (await import("../web/fileMode.ts")).fileMode();
}

void start();
