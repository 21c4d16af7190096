// State and widgets shared by the Excel pane and the offline page: language, period picker,
// status line, results.
import { isoDay, localDay, parsePeriod, type Issue, type Lang, type ResultsJson } from "../../core/index.ts";
import { t, type TextKey } from "./text.ts";
import { renderIssues, renderSummary } from "./render.ts";

export let lang: Lang = (localStorage.getItem("infoscore.lang") as Lang) || "zh";
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function translate(): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = t(lang, el.dataset.t as TextKey)));
  $("lang").textContent = t(lang, "language");
  const month = $<HTMLSelectElement>("month");
  [...month.options].forEach((o) => (o.text = lang === "zh" ? `${o.value}月` : new Date(Date.UTC(2000, Number(o.value) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" })));
}

// ---- period picker --------------------------------------------------------------------------

export function setupPeriod(): void {
  const month = $<HTMLSelectElement>("month");
  for (let m = 1; m <= 12; m++) month.add(new Option(String(m), String(m)));
  translate(); // labels the months in the current language
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  $<HTMLInputElement>("year").value = String(last.getFullYear());
  month.value = String(last.getMonth() + 1);
  $<HTMLSelectElement>("quarter").value = String(Math.floor(last.getMonth() / 3) + 1);
  $<HTMLSelectElement>("half").value = last.getMonth() < 6 ? "1" : "2";
  const kind = $<HTMLSelectElement>("kind");
  const show = () => {
    const k = kind.value;
    $("month").hidden = k !== "month";
    $("quarter").hidden = k !== "quarter";
    $("half").hidden = k !== "half";
    $("year").hidden = k === "range";
    $("range-row").hidden = k !== "range";
  };
  kind.addEventListener("change", show);
  show();
}

export function periodLabel(): string {
  const year = $<HTMLInputElement>("year").value;
  switch ($<HTMLSelectElement>("kind").value) {
    case "month": return `${year}-${$<HTMLSelectElement>("month").value.padStart(2, "0")}`;
    case "quarter": return `${year}-Q${$<HTMLSelectElement>("quarter").value}`;
    case "half": return `${year}-H${$<HTMLSelectElement>("half").value}`;
    case "year": return year;
    default: return `${$<HTMLInputElement>("from").value}..${$<HTMLInputElement>("to").value}`;
  }
}

// ---- shared output -----------------------------------------------------------------------------

export function status(text: string, busy = false): void {
  $("status").textContent = text;
  $("progress").hidden = !busy;
}

export function showResults(json: ResultsJson, issues: Issue[], onIssue?: (issue: Issue) => void): void {
  $("summary-card").hidden = false;
  renderSummary($("summary"), $("chart") as unknown as SVGSVGElement, json, lang);
  $("issues-card").hidden = false;
  renderIssues($("issues"), $("issue-count"), issues, lang, onIssue);
}

/** The as-of date the user chose (an #as-of date input when the page has one), else today, local time. */
export function chosenAsOf(): string {
  const input = document.getElementById("as-of") as HTMLInputElement | null;
  if (input?.value) return input.value;
  return isoDay(localDay(new Date()));
}

export function currentLang(): Lang {
  return lang;
}

/** Parses the picker; shows the problem and returns undefined when it is not a period. */
export function chosenPeriod() {
  const label = periodLabel();
  const period = parsePeriod(label);
  if (!period) status(`${t(lang, "badPeriod")}: ${label}`);
  return period;
}


export function toggleLang(): void {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem("infoscore.lang", lang);
  translate();
}
