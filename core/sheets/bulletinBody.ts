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
import { chineseCount, fillTemplate, WORDS } from "./outputTemplate.ts";

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

/** {{前列单位}}: the top three with points, or the top three of each 类别 ("镇街的…，区直部门的…"). */
function leaders(ctx: SheetContext, withinCategory: boolean): string {
  const { units } = ctx.results;
  if (!withinCategory) return join(names(leadingUnits(units, TOP_PLACES, false)));
  return categoryGroups(units)
    .map((g) => ({ g, top: leadingUnits(g.units, TOP_PLACES, true) }))
    .filter((x) => x.top.length > 0)
    .map(({ g, top }) => fillTemplate(WORDS.topInCategory, { 类别: g.category || WORDS.otherUnits, 单位: join(names(top)) }))
    .join(WORDS.clauseSeparator);
}

/** 两 for two months, as officialese says it; other small counts in words. */
const monthsInWords = (n: number): string => (n === 2 ? WORDS.two : chineseCount(n));

/** {{点名情况}}: "底阁镇、南湖镇未报送信息，予以点名通报；榴园镇已连续两个月未报送信息，予以点名通报". */
function namedClauses(named: readonly UnitRow[]): string {
  const once = named.filter((u) => u.missing.streak <= 1);
  const streaks = [...new Set(named.filter((u) => u.missing.streak > 1).map((u) => u.missing.streak))].sort((a, b) => a - b);
  const parts: string[] = [];
  if (once.length) parts.push(fillTemplate(WORDS.namedOnce, { 单位: join(names(once)) }));
  if (streaks.length) {
    const runs = streaks.map((s) =>
      fillTemplate(WORDS.namedRun, { 单位: join(names(named.filter((u) => u.missing.streak === s))), 月数: monthsInWords(s) }),
    );
    parts.push(fillTemplate(WORDS.namedRuns, { 连续: runs.join(WORDS.clauseSeparator) }));
  }
  return parts.join(WORDS.groupSeparator);
}

/** Units due an action, in roster order; by 类别 first (roster 类别 order) when ranking by 类别. */
function dueUnits(ctx: SheetContext, withinCategory: boolean, pred: (u: UnitRow) => boolean): UnitRow[] {
  const due = ctx.results.units.filter((u) => u.missing.action !== null && pred(u));
  return withinCategory ? categoryGroups(due).flatMap((g) => inRosterOrder(g.units)) : inRosterOrder(due);
}

/** The paragraphs of the 正文, in order: totals, leading units, named, notices, assistance, 要求. */
export function bulletinBody(ctx: SheetContext): string[] {
  const { units, assessedMonth, rules } = ctx.results;
  const withinCategory = byCategory(units, rules.selection.rankWithinCategory);
  const out = [fill(ctx, "bodyTotals", { ...totals(units, schemeOf(rules)), 报送情况: submissionSummary(ctx, withinCategory) })];
  const top = leaders(ctx, withinCategory);
  if (top) out.push(fill(ctx, "bodyTop", { 前列单位: top }));
  if (assessedMonth === null) {
    out.push(fill(ctx, "noMonthEnded"));
  } else {
    const named = dueUnits(ctx, withinCategory, () => true);
    // The month assessed, named: a quarter or a year summary is not "本期" for a missing month.
    if (named.length) {
      out.push(
        fill(ctx, "namedLine", {
          单位列表: join(names(named)),
          点名情况: namedClauses(named),
          评估月份: monthText(assessedMonth, DOC_LANG),
        }),
      );
    }
    const notice = dueUnits(ctx, withinCategory, (u) => u.missing.action === "notice");
    if (notice.length) out.push(fill(ctx, "bodyNotice", { 单位列表: join(names(notice)) }));
    const assist = dueUnits(ctx, withinCategory, (u) => u.missing.action === "assist");
    if (assist.length) out.push(fill(ctx, "bodyAssist", { 单位列表: join(names(assist)) }));
  }
  out.push(fill(ctx, "bodyRequire"));
  return out;
}
