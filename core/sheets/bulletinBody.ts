// The 正文 of the 通报, written from the results: totals (per 类别 when ranking by 类别, D8; levels
// with nothing left out), the leading units (per 类别; never a unit with 0 points), the units named
// for missing the month (in roster 类别 order), those sent a notice or put under assistance, the 要求.
import { KIND, levelLeaders, levelWord, type MarkDef, type Scheme } from "../marks.ts";
import { schemeOf } from "../rules/scheme.ts";
import { byCategory, categoryGroups, inRosterOrder, leadingUnits } from "../units/categories.ts";
import type { UnitRow } from "../units/ranking.ts";
import { DOC_LANG } from "../text.ts";
import { monthText, roundHalfAway } from "../values.ts";
import { fill, type SheetContext } from "./context.ts";
import { ACTIONS_PLACEHOLDER, fillTemplate, placeholders, WORDS } from "./outputTemplate.ts";

const join = (names: string[]) => names.join(WORDS.listSeparator);
const names = (units: readonly UnitRow[]) => units.map((u) => u.unit.name);

/** Places the 正文 calls 前列. */
const TOP_PLACES = 3;

/** Sums over units: the placeholders a user's 正文 may still use ({{报送条数}}, {{中央采用}}, {{国办采用}} …): one per mark of the scheme. */
function totals(units: readonly UnitRow[], scheme: Scheme): Record<string, number> {
  const sum = (f: (u: UnitRow) => number) => units.reduce((s, u) => s + f(u), 0);
  return {
    报送条数: sum((u) => u.submitted),
    ...Object.fromEntries(scheme.marks.map((m, i) => [m.name, sum((u) => u.marks[i])])),
    批示: sum((u) => u.endorsed),
    优秀: sum((u) => u.excellent),
    迟报: sum((u) => u.late),
    得分: roundHalfAway(sum((u) => u.score)),
  };
}

/**
 * "区委办采用12条，被市委办采用5条、中央采用1条，区领导批示2条": the office's own levels (below the
 * reward level), then the levels above it, then 批示 by level, from the scheme; levels with none are left out.
 */
function adoptionClauses(ctx: SheetContext, units: readonly UnitRow[]): string[] {
  const scheme = schemeOf(ctx.results.rules);
  const sum = (m: MarkDef) => units.reduce((s, u) => s + u.marks[scheme.marks.indexOf(m)], 0);
  const count = (level: string, n: number, template: string) => (n > 0 ? fillTemplate(template, { 级别: level, 条数: n }) : "");
  const adopted = (m: MarkDef) => count(levelWord(m.level), sum(m), WORDS.adoptedAt);
  const above = new Set(scheme.rewarded);
  const own = scheme.adoptions.filter((m) => !above.has(m)).map(adopted);
  const upper = scheme.adoptions
    .filter((m) => above.has(m))
    .map(adopted)
    .filter(Boolean);
  const endorsed = scheme.marks
    .filter((m) => m.kind === KIND.endorsed)
    .map((m) => count(levelLeaders(m.level), sum(m), WORDS.endorsedAt))
    .filter(Boolean);
  return [...own, upper.length ? fillTemplate(WORDS.adoptedAbove, { 采用: join(upper) }) : "", join(endorsed)].filter(Boolean);
}

/** {{报送情况}}: the whole district's figures, or each 类别's in roster order. */
function submissionSummary(ctx: SheetContext, withinCategory: boolean): string {
  const { units } = ctx.results;
  const clause = (template: string, category: string, rows: readonly UnitRow[]) =>
    [fillTemplate(template, { 类别: category, 条数: rows.reduce((n, u) => n + u.submitted, 0) }), ...adoptionClauses(ctx, rows)].join(
      WORDS.clauseSeparator,
    );
  if (!withinCategory) return clause(WORDS.totalsAll, "", units);
  return categoryGroups(units)
    .map((g) => clause(WORDS.totalsCategory, g.category || WORDS.otherUnits, g.units))
    .join(WORDS.groupSeparator);
}

/**
 * {{前列单位}}: the top three with points, or the top three of each 类别 ("镇街的…，区直部门的…").
 * A unit the same 通报 names for missing a month (or lists for 帮促) is not praised: the next ones are.
 */
function leaders(ctx: SheetContext, withinCategory: boolean): string {
  const units = ctx.results.units.filter((u) => u.missing.action === null);
  if (!withinCategory) return join(names(leadingUnits(units, TOP_PLACES, false)));
  return categoryGroups(units)
    .map((g) => ({ g, top: leadingUnits(g.units, TOP_PLACES, true) }))
    .filter((x) => x.top.length > 0)
    .map(({ g, top }) => fillTemplate(WORDS.topInCategory, { 类别: g.category || WORDS.otherUnits, 单位: join(names(top)) }))
    .join(WORDS.clauseSeparator);
}

/**
 * {{点名情况}}: every unit named once, then 予以点名通报 once: "底阁镇未报送信息，榴园镇已连续2个月
 * 未报送信息，予以点名通报". Counts of months in digits (docs/templates.md).
 */
function namedClauses(named: readonly UnitRow[]): string {
  const once = named.filter((u) => u.missing.streak <= 1);
  const streaks = [...new Set(named.filter((u) => u.missing.streak > 1).map((u) => u.missing.streak))].sort((a, b) => a - b);
  const units: string[] = [];
  if (once.length) units.push(fillTemplate(WORDS.namedOnce, { 单位: join(names(once)) }));
  for (const s of streaks) {
    units.push(fillTemplate(WORDS.namedRun, { 单位: join(names(named.filter((u) => u.missing.streak === s))), 月数: s }));
  }
  return fillTemplate(WORDS.namedRuns, { 连续: units.join(WORDS.clauseSeparator) });
}

/** A 输出模板 clause without the 。 a user may have ended it with: it is part of a longer sentence. */
function asClause(text: string): string {
  let out = text.trimEnd();
  while (out.endsWith(WORDS.fullStop) || out.endsWith(".")) out = out.slice(0, -1).trimEnd();
  return out;
}

/**
 * What was done for those missing longer, by the rules' thresholds, without naming the units again:
 * "连续2个月未报送信息的单位已寄发缺报通知单", "连续3个月及以上……列为重点帮促单位".
 */
function actionClauses(ctx: SheetContext, named: readonly UnitRow[]): string[] {
  const { noticeStreak, assistStreak } = ctx.results.rules.notices;
  const has = (action: string) => named.some((u) => u.missing.action === action);
  const out: string[] = [];
  if (has("notice")) {
    const last = assistStreak - 1;
    const months = last > noticeStreak ? fillTemplate(WORDS.monthSpan, { 起: noticeStreak, 止: last }) : noticeStreak;
    out.push(asClause(fill(ctx, "bodyNotice", { 缺报月数: months })));
  }
  if (has("assist")) out.push(asClause(fill(ctx, "bodyAssist", { 缺报月数: assistStreak })));
  return out.filter(Boolean);
}

/** Units due an action, in roster order; by 类别 first (roster 类别 order) when ranking by 类别. */
function dueUnits(ctx: SheetContext, withinCategory: boolean, pred: (u: UnitRow) => boolean): UnitRow[] {
  const due = ctx.results.units.filter((u) => u.missing.action !== null && pred(u));
  return withinCategory ? categoryGroups(due).flatMap((g) => inRosterOrder(g.units)) : inRosterOrder(due);
}

/**
 * The 点名 paragraph, with {{处理情况}} ("；连续2个月……已寄发缺报通知单") in it; a user's 点名 text
 * without that placeholder is followed by those clauses as a sentence of their own, so no fact is lost.
 */
function namedParagraphs(ctx: SheetContext, named: readonly UnitRow[], month: string): string[] {
  const actions = actionClauses(ctx, named).join(WORDS.clauseSeparator);
  const paragraph = fill(ctx, "namedLine", {
    单位列表: join(names(named)),
    点名情况: namedClauses(named),
    [ACTIONS_PLACEHOLDER]: actions ? WORDS.groupSeparator + actions : "",
    评估月份: month,
  });
  const placed = placeholders(ctx.templates.namedLine).some((p) => p.name === ACTIONS_PLACEHOLDER);
  return actions && !placed ? [paragraph, actions + WORDS.fullStop] : [paragraph];
}

/** The paragraphs of the 正文, in order: totals, leading units, named, notices, assistance, 要求. */
export function bulletinBody(ctx: SheetContext): string[] {
  const { units, assessedMonth, rules } = ctx.results;
  const withinCategory = byCategory(units, rules.selection.rankWithinCategory);
  const out = [fill(ctx, "bodyTotals", { ...totals(units, schemeOf(rules)), 报送情况: submissionSummary(ctx, withinCategory) })];
  const top = leaders(ctx, withinCategory);
  if (top) out.push(fill(ctx, "bodyTop", { 前列单位: top }));
  // With no month ended nobody is named; the 正文 says nothing of it (D1: the clerk reads that on 校验问题).
  if (assessedMonth !== null) {
    const named = dueUnits(ctx, withinCategory, () => true);
    // The month assessed, named: a quarter or a year summary is not "本期" for a missing month.
    if (named.length) out.push(...namedParagraphs(ctx, named, monthText(assessedMonth, DOC_LANG)));
  }
  out.push(fill(ctx, "bodyRequire"));
  return out;
}
