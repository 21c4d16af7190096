// A1–A6 as the document the appraisal committee signs: the table in rank order (待评 last)
// with, per person, the main deductions and bonuses in words; a footnote that states the
// weights and both 不称职 rules as the rules in force set them; and a signature block.
import type { RuleSet } from "../rules/schema.ts";
import type { StaffResult } from "../staff/appraise.ts";
import { DOC_LANG, GRADE_WORDS, t } from "../text.ts";
import { roundHalfAway } from "../values.ts";
import { fill, paragraphs, sheet, spanWidth, titleBlocks, type SheetContext } from "./context.ts";
import { yearLong } from "../period.ts";
import { table, text, type Block, type CellV, type SheetModel } from "./sheetModel.ts";
import { fillTemplate, HEADERS, GRADE_HEADER, scaleName, STAGE_GRADE_HEADER, WORDS } from "./outputTemplate.ts";

const r2 = (x: number | null) => (x === null ? null : roundHalfAway(x));
const num = (x: number) => String(roundHalfAway(x));

/** The item whose repetition alone makes a person 不称职 (S1 by default), if the rules have one. */
export const unfitItem = (rules: RuleSet) => rules.staff.items.find((i) => i.unfitAbove !== undefined);

/**
 * 主要扣分/加分事项: one phrase per rule that moved the person's points, deductions first,
 * e.g. "S1 无正当理由不能按时完成工作任务4次,超过3次(扣300分);信息快报少2(扣20分)".
 */
function staffReasons(person: StaffResult, rules: RuleSet): string {
  const byRule = new Map<string, { points: number; count: number }>();
  for (const e of person.audit) {
    // Entries of 0 points still count as occurrences (S1 beyond its last step adds nothing more).
    if (e.rule === "BASE" || e.rule === "FLOOR") continue;
    const times = e.count ?? 1;
    const seen = byRule.get(e.rule) ?? { points: 0, count: 0 };
    byRule.set(e.rule, { points: seen.points + e.points, count: seen.count + times });
  }
  const unfit = unfitItem(rules);
  const phrases: Array<[number, string]> = [];
  for (const [rule, { points, count }] of byRule) {
    if (points === 0) continue;
    const amount = fillTemplate(points < 0 ? WORDS.deduct : WORDS.add, { 分: num(Math.abs(points)) });
    const target = rules.staff.targets.find((t) => t.rule === rule);
    if (target) {
      const short = person.audit.find((e) => e.rule === rule && e.short !== undefined)?.short;
      phrases.push([points, fillTemplate(WORDS.shortOf, { 指标: target.label, 差额: short ?? "", 分值: amount })]);
      continue;
    }
    const item = rules.staff.items.find((i) => i.rule === rule);
    if (item?.amount.kind === "overtime" && item.amount.pointsPerHalfDay > 0) {
      // 加班28个半日加280分: the half days the points were given for, in words.
      phrases.push([points, fillTemplate(WORDS.overtimeReason, { 数量: num(points / item.amount.pointsPerHalfDay), 分值: amount })]);
      continue;
    }
    const name = item?.name ?? (rule === rules.staff.overtimeTotal.rule ? overtimeTotalName(person, rule) : rule);
    const over = unfit && unfit.rule === rule && count > unfit.unfitAbove! ? fillTemplate(WORDS.over, { 次数: unfit.unfitAbove! }) : "";
    const times = item && item.amount.kind !== "overtime" ? fillTemplate(WORDS.times, { 次数: count }) : "";
    phrases.push([points, fillTemplate(WORDS.reason, { 事项: name, 次数: times, 超过: over, 分值: amount })]);
  }
  // Deductions first, largest first; then bonuses, largest first.
  phrases.sort((a, b) => (a[0] < 0 !== b[0] < 0 ? a[0] - b[0] : Math.abs(b[0]) - Math.abs(a[0])));
  // A part whose deductions passed its base counts 0: say so, or the amounts above look like the score.
  for (const e of person.audit.filter((x) => x.rule === "FLOOR")) {
    phrases.push([0, fillTemplate(WORDS.floored, { 部分: e.part ?? "" })]);
  }
  if (person.composite === null) phrases.push([0, pendingReason(person)]);
  return phrases.map((p) => p[1]).join(WORDS.reasonSeparator);
}

/** The overtime-total bonus by its audit label (加班累计超过10天), or 加班累计. */
const overtimeTotalName = (person: StaffResult, rule: string): string => person.audit.find((e) => e.rule === rule)?.label ?? WORDS.overtime;

/** 待评: which ratings are missing, so the office knows what to collect. */
function pendingReason(person: StaffResult): string {
  const missing = (["mass", "group", "meeting"] as const).filter((k) => person[k] === null).map((k) => WORDS.ratings[k]);
  return fillTemplate(WORDS.pending, { 评分: missing.join(WORDS.listSeparator) });
}

const signature = (ctx: SheetContext): Block[] => [
  { kind: "blank" },
  ...fill(ctx, "staffSign")
    .split("\n")
    .filter(Boolean)
    .map((line) => text(line, "letterBody", 28)),
];

/** Placeholders of the footnote, from the rules in force (no number is written into the text). */
function staffNoteVars(rules: RuleSet): Record<string, string | number> {
  const w = rules.appraisal.weights;
  const unfit = unfitItem(rules);
  return {
    群众评议权重: w.mass,
    考评小组权重: w.group,
    主任办公会权重: w.meeting,
    日常考核权重: w.daily,
    不称职分数线: rules.appraisal.unfitBelow,
    评议分制: scaleName(rules.appraisal.ratingScale),
    评议折算倍数: rules.appraisal.normalisedTo / rules.appraisal.ratingScale,
    不称职事项: unfit?.name ?? "",
    不称职次数: unfit?.unfitAbove ?? "",
  };
}

/**
 * D9: grades are the year's verdicts. For a shorter period the sheet is a 阶段考核情况: the grade is a
 * 参考等次 and there is no signature block; the year keeps 等次 and the signatures.
 */
export function staffSheet(ctx: SheetContext): SheetModel {
  const { rules } = ctx.results;
  const final = yearLong(ctx.results.period);
  const people = [...ctx.results.staff].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const rows = people.map((s): CellV[] => [
    s.rank,
    s.name,
    r2(s.public),
    r2(s.business),
    r2(s.bonus),
    r2(s.daily),
    r2(s.mass),
    r2(s.group),
    r2(s.meeting),
    r2(s.composite),
    GRADE_WORDS[s.grade] ? t(DOC_LANG, GRADE_WORDS[s.grade]) : s.grade,
    staffReasons(s, rules),
  ]);
  // 等次 holds 优秀（推荐）: six full-width characters, 12 units and a margin.
  const widths = [5, 8, 7, 7, 7, 7, 7, 7, 11, 8, 14, 35];
  const width = spanWidth(widths, widths.length);
  return sheet(
    "staff",
    widths,
    [
      ...titleBlocks(ctx, final ? "staffTitle" : "stageTitle"),
      table(
        HEADERS.staff.map((h) => (h === GRADE_HEADER && !final ? STAGE_GRADE_HEADER : h)),
        ["center", "text", "score", "score", "score", "score", "score", "score", "score", "score", "center", "textWrap"],
        rows,
        { repeatHeader: true },
      ),
      ...paragraphs(fill(ctx, "staffNote", staffNoteVars(rules)), "note", width, false),
      ...(final ? signature(ctx) : paragraphs(fill(ctx, "stageNote"), "note", width, false)),
    ],
    true,
  );
}
