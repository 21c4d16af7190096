// N1 / N6 as a document an office issues: the 月度通报 (or a period summary) in 简报 form —
// 报头 (刊名, 期号, 编发单位 and date over a red rule), 标题, 正文 written from the results,
// the ranking table(s), 落款 and 成文日期, then the 报/送/抄送 lines.
import { containsDay, yearToDate } from "../period.ts";
import type { UnitRow } from "../units/ranking.ts";
import { monthNumber, monthText, roundHalfAway } from "../values.ts";
import { DOC_LANG } from "../text.ts";
import { asOfBlocks, fill, paragraphs, spanWidth, type SheetContext } from "./context.ts";
import { A4_LANDSCAPE, text, type Block, type SheetModel } from "./sheetModel.ts";
import { textUnits } from "./paper.ts";
import { rankingTables } from "./rankingTable.ts";
import { sheetName } from "./registry.ts";
import { DEFAULT_TEMPLATES, fillTemplate, WORDS } from "./outputTemplate.ts";
import type { MarkDef, Scheme } from "../marks.ts";
import { DEFAULT_SCHEME, schemeOf } from "../rules/scheme.ts";

const join = (names: string[]) => names.join("、");

/** Sums over the period's units: the figures the 正文 opens with, one per 采用 level of the scheme. */
function bulletinTotals(units: readonly UnitRow[], scheme: Scheme): Record<string, string | number> {
  const sum = (f: (u: UnitRow) => number) => units.reduce((s, u) => s + f(u), 0);
  const adopted = scheme.adoptions.map((m) => {
    const i = scheme.marks.indexOf(m);
    return [m.name, sum((u) => u.marks[i])] as const;
  });
  return {
    报送条数: sum((u) => u.submitted),
    ...Object.fromEntries(adopted),
    各级采用: adopted.map(([name, n]) => fillTemplate(WORDS.levelAdopted, { 项目: name, 条数: n })).join("、"),
    批示: sum((u) => u.endorsed),
    优秀: sum((u) => u.excellent),
    迟报: sum((u) => u.late),
    得分: roundHalfAway(sum((u) => u.score)),
  };
}

/**
 * The 正文's opening: the user's text, or the default one when it names exactly the scheme's 采用
 * levels; for another scheme, one phrase per level so that no level is left out.
 */
function totalsTemplate(ctx: SheetContext, scheme: Scheme): string {
  const text = ctx.templates.bodyTotals;
  if (text !== DEFAULT_TEMPLATES.bodyTotals) return text;
  const named = (m: MarkDef) => text.includes(`{{${m.name}}}`);
  const same =
    scheme.adoptions.every(named) && DEFAULT_SCHEME.adoptions.every((m) => !named(m) || scheme.adoptions.some((a) => a.name === m.name));
  return same ? text : WORDS.bodyTotalsScheme;
}

/** The paragraphs of the 正文, in order: totals, leading units, named, notices, assistance, 要求. */
function bulletinBody(ctx: SheetContext): string[] {
  const { units, assessedMonth } = ctx.results;
  const scheme = schemeOf(ctx.results.rules);
  const out = [fillTemplate(totalsTemplate(ctx, scheme), { ...ctx.vars, ...bulletinTotals(units, scheme) })];
  const top = units.filter((u) => u.rank <= 3 && u.score > 0).map((u) => u.unit.name);
  if (top.length) out.push(fill(ctx, "bodyTop", { 前列单位: join(top) }));
  if (assessedMonth === null) {
    out.push(fill(ctx, "noMonthEnded"));
  } else {
    const withAction = (pred: (u: UnitRow) => boolean) => units.filter((u) => u.missing.action !== null && pred(u));
    const named = withAction(() => true).map((u) =>
      fillTemplate(u.missing.streak > 1 ? WORDS.namedUnit : WORDS.namedUnitOne, { 单位: u.unit.name, 月数: u.missing.streak }),
    );
    // The month assessed, named: a quarter or a year summary is not "本期" for a missing month.
    if (named.length) out.push(fill(ctx, "namedLine", { 单位列表: join(named), 评估月份: monthText(assessedMonth, DOC_LANG) }));
    const notice = withAction((u) => u.missing.action === "notice").map((u) => u.unit.name);
    if (notice.length) out.push(fill(ctx, "bodyNotice", { 单位列表: join(notice) }));
    const assist = withAction((u) => u.missing.action === "assist").map((u) => u.unit.name);
    if (assist.length) out.push(fill(ctx, "bodyAssist", { 单位列表: join(assist) }));
  }
  out.push(fill(ctx, "bodyRequire"));
  return out;
}

/** 期号: the month's number in the year for a 月度通报; the quarter's or half's number otherwise. */
/**
 * The default 期号: the month's number for a monthly 通报. A summary shares the 刊名 with the
 * monthly issues, so any number we chose could repeat one of theirs: it is left blank to be
 * written in (or set on 输出模板).
 */
function issueNumber(ctx: SheetContext): number | string {
  const p = ctx.results.period;
  return p.kind === "month" ? monthNumber(p.startMonth) : "\u3000\u3000";
}

/** 编发单位 on the left and the date on the right of one line, padded with full-width spaces. */
function editorLine(ctx: SheetContext, width: number): string {
  const left = fill(ctx, "editorLine");
  const right = String(ctx.vars.成文日期);
  const room = (width - 2) * (11 / 12) - textUnits(left) - textUnits(right);
  return left + "\u3000".repeat(Math.max(2, Math.floor(room / 2.05))) + right;
}

/** Items per unit in the year to the period's end (累计条数). */
function ytdCounts(ctx: SheetContext): Map<number, number> {
  const ytd = yearToDate(ctx.results.period);
  const counts = new Map<number, number>();
  for (const item of ctx.results.items) {
    if (containsDay(ytd, item.sub.date)) counts.set(item.unitIndex, (counts.get(item.unitIndex) ?? 0) + 1);
  }
  return counts;
}

export function bulletinSheet(ctx: SheetContext): SheetModel {
  const { results } = ctx;
  const { tables, widths } = rankingTables(ctx, ytdCounts(ctx));
  const width = spanWidth(widths, widths.length);
  const blocks: Block[] = [
    text(fill(ctx, "masthead"), "masthead", 56),
    text(fill(ctx, "issueNo", { 期号: issueNumber(ctx) }), "issueNo", 24),
    text(editorLine(ctx, width), "editorLine", 24),
    { kind: "blank" },
    text(fill(ctx, results.period.kind === "month" ? "monthlyTitle" : "summaryTitle"), "title", 32),
    ...asOfBlocks(ctx),
    ...paragraphs(bulletinBody(ctx).join("\n"), "letterBody", width),
    ...tables,
    { kind: "blank" },
    ...fill(ctx, "bulletinSign")
      .split("\n")
      .filter(Boolean)
      .map((line) => text(line + "\u3000\u3000", "letterSign", 22)),
    { kind: "blank" },
  ];
  for (const key of ["bulletinReport", "bulletinSend", "bulletinCc"] as const) {
    const line = fill(ctx, key).trim();
    if (line) blocks.push(...paragraphs(line, "ccLine", width, false));
  }
  return { name: sheetName("ranking", results.period.kind), kind: "ranking", widths, blocks, freezeHeader: false, print: A4_LANDSCAPE };
}
