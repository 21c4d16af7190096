// Task pane entry. Inside Excel it runs the jobs on the open workbook; opened as a plain page
// (no Excel) it works on workbook files chosen by the user, in a worker, on this machine only.
// File mode lives in addin/web/; both modes share ../ui/. The stylesheet is linked in the HTML.
import "../jitless.ts";
import { t } from "../../core/index.ts";
import { currentLang, setupPeriod, toggleLang, translate } from "../ui/pane.ts";
import { missingFeatures } from "../web/features.ts";
import { quietOffice } from "../officeQuiet.ts";
import { applyOfficeTheme, followSystemTheme } from "./officeTheme.ts";

async function start(): Promise<void> {
  followSystemTheme(document.documentElement, window.matchMedia?.bind(window));
  translate();
  setupPeriod();
  document.getElementById("lang")!.addEventListener("click", toggleLang);
  const info = typeof Office !== "undefined" ? await Office.onReady() : undefined;
  quietOffice();
  const inExcel = info !== undefined && info.host === Office.HostType.Excel;
  if (inExcel) {
    applyOfficeTheme(Office.context.officeTheme, document.documentElement);
    hideCheck();
    return (await import("./excelMode.ts")).excelMode();
  }
  const missing = missingFeatures();
  if (missing.length) return tooOld(missing);
  hideCheck();
  (await import("../web/fileMode.ts")).fileMode();
}

const check = () => document.getElementById("browser-check")!;
const hideCheck = () => void (check().hidden = true);

/** The browser lacks what the page needs: say so in the page's language, name what is missing. */
function tooOld(missing: string[]): void {
  const box = check();
  box.classList.remove("fallback");
  box.dataset.t = "oldBrowser";
  translate();
  const list = document.createElement("span");
  list.dataset.missing = "";
  list.textContent = t(currentLang(), "ui.missingFeatures", { features: missing.join(", ") });
  box.append(list);
  document.body.dataset.state = "unsupported";
}

void start();
