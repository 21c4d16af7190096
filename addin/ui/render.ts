// Summary and issue list, shared by the Excel pane and the offline page. textContent only:
// cell text from a workbook is never interpreted as HTML.
import { GRADE_WORDS, InfoScoreError, renderFailure, t, type Issue, type Lang, type ResultsJson, type TextKey } from "../../core/index.ts";
import { excelAdvice } from "../excel/errors.ts";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function table(headers: string[], rows: Array<Array<string | number>>): HTMLTableElement {
  const tbl = el("table", undefined, "summary");
  const head = tbl.createTHead().insertRow();
  for (const h of headers) head.appendChild(el("th", h));
  const body = tbl.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const v of r) tr.appendChild(el("td", String(v), typeof v === "number" ? "num" : undefined));
  }
  return tbl;
}

const ACTION: Record<string, TextKey> = { named: "word.actionNamed", notice: "word.actionNotice", assist: "word.actionAssist" };

/** A grade of the results (stored in Chinese) in the user's language. */
const gradeText = (grade: string, lang: Lang) => (GRADE_WORDS[grade] ? t(lang, GRADE_WORDS[grade]) : grade);

/**
 * Why a run failed: a failure of ours in the user's language; Excel's errors as advice with
 * their code and place as details; anything else as it says itself.
 */
export function failureText(e: unknown, lang: Lang): string {
  const excel = excelAdvice(e, lang);
  if (excel) return excel;
  if (e instanceof InfoScoreError || !(e instanceof Error) || !e.message) return renderFailure(e, lang);
  return e.message;
}

export function renderSummary(box: HTMLElement, chart: SVGSVGElement, json: ResultsJson, lang: Lang): void {
  box.replaceChildren();
  const cols = (...keys: TextKey[]) => keys.map((k) => t(lang, k));
  box.appendChild(el("h3", t(lang, "ui.topUnits")));
  box.appendChild(
    table(
      cols("ui.colRank", "ui.colUnit", "ui.colScore"),
      json.units.filter((u) => u.score > 0 && (u.categoryRank ?? u.rank) <= 5).map((u) => [u.categoryRank ?? u.rank, u.unit, u.score]),
    ),
  );
  const escalated = json.units.filter((u) => u.action);
  box.appendChild(el("h3", `${t(lang, "ui.escalations")} (${escalated.length})`));
  const escalationRows = escalated.map((u) => [u.unit, u.missingStreak, t(lang, ACTION[u.action!])]);
  box.appendChild(table(cols("ui.colUnit", "ui.colMonths", "ui.colAction"), escalationRows));
  // The scheme's marks as the JSON lists them (国办采用, 约稿 … when the office has them), summed over the units.
  const marks = new Map<string, number>();
  for (const u of json.units) for (const [name, n] of Object.entries(u.marks)) marks.set(name, (marks.get(name) ?? 0) + n);
  box.appendChild(el("h3", t(lang, "ui.markTotals")));
  box.appendChild(table(cols("ui.colMark", "ui.colTimes"), [...marks]));
  const grades = new Map<string, number>();
  for (const s of json.staff) grades.set(s.grade, (grades.get(s.grade) ?? 0) + 1);
  box.appendChild(el("h3", t(lang, "ui.grades")));
  box.appendChild(
    table(
      cols("ui.colGrade", "ui.colPeople"),
      [...grades].map(([g, n]) => [gradeText(g, lang), n]),
    ),
  );
  drawBars(
    chart,
    json.units.slice(0, 15).map((u) => ({ label: u.unit, value: u.score })),
  );
}

/** Counts of errors and warnings, for the status line. */
export function issueCounts(issues: Issue[], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  return issues.length ? t(lang, "ui.counts", { errors, warnings }) : t(lang, "ui.countsClean");
}

/**
 * A plain SVG bar chart of unit scores: no chart library, nothing fetched. Drawn at the width it
 * is shown (one unit per CSS pixel), so labels stay 12 px on a 390 px phone as on a desktop.
 */
function drawBars(svg: SVGSVGElement, bars: Array<{ label: string; value: number }>): void {
  const NS = "http://www.w3.org/2000/svg";
  svg.replaceChildren();
  const width = Math.max(280, Math.round(svg.getBoundingClientRect().width || 600));
  const rowH = 22;
  const height = Math.max(40, bars.length * rowH + 8);
  const labelW = Math.min(160, Math.round(width * 0.38));
  const barMax = width - labelW - 48;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.style.height = `${height}px`;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const text = (x: number, y: number, content: string, anchor = "start") => {
    const e = document.createElementNS(NS, "text");
    e.setAttribute("x", String(x));
    e.setAttribute("y", String(y));
    e.setAttribute("font-size", "12");
    e.setAttribute("text-anchor", anchor);
    e.textContent = content;
    return e;
  };
  bars.forEach((b, i) => {
    const y = 4 + i * rowH;
    const label = b.label.length > 9 && width < 500 ? `${b.label.slice(0, 8)}…` : b.label;
    const name = text(labelW - 6, y + 14, label, "end");
    const title = document.createElementNS(NS, "title");
    title.textContent = b.label;
    name.appendChild(title);
    const rect = document.createElementNS(NS, "rect");
    const w = Math.max(1, (b.value / max) * barMax);
    rect.setAttribute("x", String(labelW));
    rect.setAttribute("y", String(y + 3));
    rect.setAttribute("height", "14");
    rect.setAttribute("width", String(w));
    rect.setAttribute("fill", "#5b9bd5");
    svg.append(name, rect, text(labelW + w + 4, y + 14, String(b.value)));
  });
}

const ICON = { error: "✖", warning: "⚠" } as const;

/** Issues listed in the pane; the rest are counted at the end (all are in the 校验问题 sheet). */
export const SHOWN_ISSUES = 500;

/** The issue list: severity by icon and word (not colour alone); each item a keyboard-reachable button. */
export function renderIssues(list: HTMLElement, count: HTMLElement, issues: Issue[], lang: Lang, onClick?: (issue: Issue) => void): void {
  list.replaceChildren();
  count.textContent = issues.length ? issueCounts(issues, lang) : "";
  if (!issues.length) list.appendChild(el("li", t(lang, "ui.noIssues")));
  for (const issue of issues.slice(0, SHOWN_ISSUES)) {
    const li = el("li", undefined, issue.severity);
    li.dataset.sheet = issue.sheet;
    li.dataset.cell = issue.cell;
    const word = t(lang, issue.severity === "error" ? "word.severityError" : "word.severityWarning");
    const badge = el("span", `${ICON[issue.severity]} ${word}`, "severity");
    const body = onClick ? el("button") : el("span");
    if (body instanceof HTMLButtonElement) {
      body.type = "button";
      body.addEventListener("click", () => onClick!(issue));
    }
    body.className = "issue";
    body.append(badge, el("span", issue.message, "message"));
    li.appendChild(body);
    list.appendChild(li);
  }
  if (issues.length > SHOWN_ISSUES) list.appendChild(el("li", t(lang, "ui.issuesMore", { n: issues.length - SHOWN_ISSUES }), "more"));
}
