// State and widgets shared by the Excel pane and the offline page: language, period picker,
// status line, results.
import {
  defaultPeriod,
  isoDay,
  localDay,
  parseDay,
  parsePeriod,
  yearOfMonth,
  isTextKey,
  t,
  type Issue,
  type Lang,
  type Period,
  type PickerKind,
  type ResultsJson,
} from "../../core/index.ts";
import { issueCounts, renderIssues, renderSummary } from "./render.ts";
import { loadSetting, saveSetting } from "./storage.ts";

export let lang: Lang = loadSetting("infoscore.lang") === "en" ? "en" : "zh";
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function translate(): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = uiText(el.dataset.t!)));
  document.querySelectorAll<HTMLElement>("[data-t-label]").forEach((el) => el.setAttribute("aria-label", uiText(el.dataset.tLabel!)));
  const month = $<HTMLSelectElement>("month");
  [...month.options].forEach((o) => {
    const abbr = new Date(Date.UTC(2000, Number(o.value) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" });
    o.text = t(lang, "word.monthOption", { month: o.value, abbr });
  });
}

/** The text of a ui key named in a data-t attribute (pages name ui keys without "ui."). */
function uiText(key: string): string {
  const full = `ui.${key}`;
  return isTextKey(full) ? t(lang, full) : key;
}

// ---- period picker --------------------------------------------------------------------------

/** The as-of day (D1) in the picker: the #as-of input when valid, else today in local time. */
function asOfDay(now = new Date()): number {
  const input = document.getElementById("as-of") as HTMLInputElement | null;
  return (input?.value ? parseDay(input.value) : undefined) ?? localDay(now);
}

/** Puts a period into the picker (kind, year and the month / quarter / half selector). */
export function showPeriod(period: Period): void {
  $<HTMLSelectElement>("kind").value = period.kind;
  if (period.kind === "range") {
    const [from, to] = period.label.split("..");
    $<HTMLInputElement>("from").value = from;
    $<HTMLInputElement>("to").value = to;
  } else {
    const start = period.startMonth;
    $<HTMLInputElement>("year").value = String(yearOfMonth(start));
    const m = (start % 12) + 1;
    if (period.kind === "month") $<HTMLSelectElement>("month").value = String(m);
    if (period.kind === "quarter") $<HTMLSelectElement>("quarter").value = String(Math.floor((m - 1) / 3) + 1);
    if (period.kind === "half") $<HTMLSelectElement>("half").value = m <= 6 ? "1" : "2";
  }
  showKind();
}

function showKind(): void {
  const k = $<HTMLSelectElement>("kind").value;
  $("month").hidden = k !== "month";
  $("quarter").hidden = k !== "quarter";
  $("half").hidden = k !== "half";
  $("year").hidden = k === "range";
  $("range-row").hidden = k !== "range";
}

/** The picker on the last complete period of its kind as of the as-of date (core defaultPeriod). */
function showDefault(): void {
  const kind = $<HTMLSelectElement>("kind").value;
  if (kind === "range") return showKind();
  showPeriod(defaultPeriod(kind as PickerKind, asOfDay()));
}

export function setupPeriod(remembered?: Period): void {
  const month = $<HTMLSelectElement>("month");
  for (let m = 1; m <= 12; m++) month.add(new Option(String(m), String(m)));
  translate(); // labels the months in the current language
  const asOf = document.getElementById("as-of") as HTMLInputElement | null;
  if (asOf) {
    asOf.value = isoDay(localDay(new Date()));
    asOf.addEventListener("change", showDefault);
  }
  $<HTMLSelectElement>("kind").addEventListener("change", showDefault);
  if (remembered) showPeriod(remembered);
  else showDefault();
}

export function periodLabel(): string {
  const year = $<HTMLInputElement>("year").value;
  switch ($<HTMLSelectElement>("kind").value) {
    case "month":
      return `${year}-${$<HTMLSelectElement>("month").value.padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${$<HTMLSelectElement>("quarter").value}`;
    case "half":
      return `${year}-H${$<HTMLSelectElement>("half").value}`;
    case "year":
      return year;
    default:
      return `${$<HTMLInputElement>("from").value}..${$<HTMLInputElement>("to").value}`;
  }
}

// ---- shared output -----------------------------------------------------------------------------

/** The status line; a function is re-evaluated when the language changes. */
let shownStatus: { text: string | (() => string); busy: boolean } = { text: "", busy: false };
let shownResults: { json: ResultsJson; issues: Issue[]; onIssue?: (issue: Issue) => void } | undefined;

export function status(text: string | (() => string), busy = false): void {
  shownStatus = { text, busy };
  $("status").textContent = typeof text === "function" ? text() : text;
  $("progress").hidden = !busy;
}

export function showResults(json: ResultsJson, issues: Issue[], onIssue?: (issue: Issue) => void): void {
  shownResults = { json, issues, onIssue };
  $("summary-card").hidden = false;
  renderSummary($("summary"), $("chart") as unknown as SVGSVGElement, json, lang);
  $("issues-card").hidden = false;
  renderIssues($("issues"), $("issue-count"), issues, lang, onIssue);
}

/** The status of a finished run: what was produced and how many errors and warnings. */
export function finishedStatus(key: "done" | "doneFiles", n: number, issues: Issue[]): () => string {
  return () => t(lang, `ui.${key}`, { n, counts: issueCounts(issues, lang) });
}

/** The as-of date the user chose (an #as-of date input when the page has one), else today, local time. */
export function chosenAsOf(now?: Date): string {
  return isoDay(asOfDay(now));
}

export function currentLang(): Lang {
  return lang;
}

/** Parses the picker; shows the problem and returns undefined when it is not a period. */
export function chosenPeriod() {
  const label = periodLabel();
  const period = parsePeriod(label);
  if (!period) status(t(lang, "failure.badPeriod", { value: label }));
  return period;
}

const languageListeners: Array<() => void> = [];

/** Runs `render` again whenever the user switches the language (texts a page made itself). */
export function onLanguageChange(render: () => void): void {
  languageListeners.push(render);
}

export function toggleLang(): void {
  lang = lang === "zh" ? "en" : "zh";
  saveSetting("infoscore.lang", lang);
  translate();
  for (const render of languageListeners) render();
  // The summary, the issue counts and the status follow the language too.
  status(shownStatus.text, shownStatus.busy);
  if (shownResults) showResults(shownResults.json, shownResults.issues, shownResults.onIssue);
}
