// Summary and issue list, shared by the Excel pane and the offline page. textContent only:
// cell text from a workbook is never interpreted as HTML.
import type { Issue, Lang, ResultsJson } from "../../core/index.ts";
import { t } from "./text.ts";

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

const ACTION = { named: { zh: "点名通报", en: "named" }, notice: { zh: "缺报通知单", en: "notice" }, assist: { zh: "重点帮促", en: "key assistance" } } as const;

export function renderSummary(box: HTMLElement, chart: SVGSVGElement, json: ResultsJson, lang: Lang): void {
  box.replaceChildren();
  const zh = lang === "zh";
  box.appendChild(el("h3", t(lang, "topUnits")));
  box.appendChild(table(zh ? ["排名", "单位", "得分"] : ["Rank", "Unit", "Score"], json.units.slice(0, 5).map((u) => [u.rank, u.unit, u.score])));
  const escalated = json.units.filter((u) => u.action);
  box.appendChild(el("h3", `${t(lang, "escalations")} (${escalated.length})`));
  box.appendChild(table(zh ? ["单位", "缺报月数", "处理"] : ["Unit", "Months", "Action"], escalated.map((u) => [u.unit, u.missingStreak, ACTION[u.action!][lang]])));
  const grades = new Map<string, number>();
  for (const s of json.staff) grades.set(s.grade, (grades.get(s.grade) ?? 0) + 1);
  box.appendChild(el("h3", t(lang, "grades")));
  box.appendChild(table(zh ? ["等次", "人数"] : ["Grade", "People"], [...grades].map(([g, n]) => [g, n])));
  drawBars(chart, json.units.slice(0, 15).map((u) => ({ label: u.unit, value: u.score })));
}

/** A plain SVG bar chart of unit scores: no chart library, nothing fetched. */
function drawBars(svg: SVGSVGElement, bars: Array<{ label: string; value: number }>): void {
  const NS = "http://www.w3.org/2000/svg";
  svg.replaceChildren();
  const width = 600;
  const rowH = 14;
  const height = Math.max(40, bars.length * rowH + 10);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const max = Math.max(1, ...bars.map((b) => b.value));
  bars.forEach((b, i) => {
    const y = 5 + i * rowH;
    const label = document.createElementNS(NS, "text");
    label.setAttribute("x", "0");
    label.setAttribute("y", String(y + 10));
    label.setAttribute("font-size", "10");
    label.textContent = b.label;
    const rect = document.createElementNS(NS, "rect");
    rect.setAttribute("x", "150");
    rect.setAttribute("y", String(y + 2));
    rect.setAttribute("height", "10");
    rect.setAttribute("width", String(Math.max(1, (b.value / max) * (width - 220))));
    rect.setAttribute("fill", "#5b9bd5");
    const value = document.createElementNS(NS, "text");
    value.setAttribute("x", String(155 + (b.value / max) * (width - 220)));
    value.setAttribute("y", String(y + 10));
    value.setAttribute("font-size", "10");
    value.textContent = String(b.value);
    svg.append(label, rect, value);
  });
}

export function renderIssues(list: HTMLElement, count: HTMLElement, issues: Issue[], lang: Lang, onClick?: (issue: Issue) => void): void {
  list.replaceChildren();
  const errors = issues.filter((i) => i.severity === "error").length;
  count.textContent = issues.length ? `${errors} / ${issues.length}` : "";
  if (!issues.length) list.appendChild(el("li", t(lang, "noIssues")));
  for (const issue of issues.slice(0, 500)) {
    const li = el("li", issue.message, issue.severity);
    li.dataset.sheet = issue.sheet;
    li.dataset.cell = issue.cell;
    if (onClick) li.addEventListener("click", () => onClick(issue));
    list.appendChild(li);
  }
}
