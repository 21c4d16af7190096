// The effective rule set as 规则 | 值 | 说明 rows: what the template's 计分规则 sheet shows and
// what a user edits. Every key here is accepted back by applyOverrides.
import type { RuleSet } from "./schema.ts";
import { DEFAULT_RULES } from "./defaults.ts";
import { schemeOf } from "./scheme.ts";

export type RuleRow = [key: string, value: string | number | boolean, note: string, ...mark: Array<string | boolean>];

/** The scheme's marks: a default mark as 规则 | 值; a mark an office added or changed with 列名 | 级别 | 类型 | 需要采用 | 计数; a default mark it removed as 删除. */
function markRows(rules: RuleSet): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const p of rules.units.points) {
    const note = `${p.label}(${p.count ? "每次计分" : "每条计分"})`;
    const own =
      p.column !== undefined || p.level !== undefined || p.kind !== undefined || p.requiresAdoption !== undefined || p.count !== undefined;
    if (!own) rows.push([p.rule, p.points, note]);
    else {
      const scheme = schemeOf(rules).get(p.mark);
      const yes = (f: boolean | undefined) => (f ? "是" : "否");
      rows.push([
        p.rule,
        p.points,
        note,
        (p.column ?? [p.mark]).join("、"),
        scheme?.level ?? "",
        scheme?.kind ?? "",
        yes(scheme?.requiresAdoption),
        yes(p.count),
      ]);
    }
  }
  const kept = new Set(rules.units.points.map((p) => p.mark));
  for (const p of DEFAULT_RULES.units.points) if (!kept.has(p.mark)) rows.push([p.rule, "删除", `${p.label}(本方案不计)`]);
  return rows;
}

export function ruleRows(rules: RuleSet): RuleRow[] {
  const rows: RuleRow[] = markRows(rules);
  rows.push(["迟报扣分", rules.units.latePenalty, "每条迟报信息扣分,0 为不扣分"]);
  for (const t of rules.units.timeliness) rows.push([t.rule, t.maxDays, `${t.label}(事件后最多天数)`]);
  rows.push(["namedStreak", rules.notices.namedStreak, "连续缺报几个月点名通报"]);
  rows.push(["noticeStreak", rules.notices.noticeStreak, "连续缺报几个月寄发缺报通知单"]);
  rows.push(["assistStreak", rules.notices.assistStreak, "连续缺报几个月列入重点帮促"]);
  rows.push(["先进单位名额", rules.selection.advancedUnits, "先进单位候选:排名前几名(并列同进)"]);
  rows.push(["优秀信息工作者名额", rules.selection.excellentWorkers, "优秀信息工作者候选:排名前几名"]);
  rows.push(["按类别排名", rules.selection.rankWithinCategory ? "是" : "否", "先进单位按单位类别分别排名"]);
  rows.push(["排名方式", rules.ranking.method === "dense" ? "中国式排名" : "竞争排名", "竞争排名(1,2,2,4)或中国式排名(1,2,2,3)"]);
  for (const item of rules.staff.items) {
    const a = item.amount;
    const value =
      a.kind === "fixed"
        ? a.points
        : a.kind === "entered"
          ? `${a.min}-${a.max}`
          : a.kind === "steps"
            ? a.totals.join(",")
            : a.pointsPerHalfDay;
    const what =
      a.kind === "steps"
        ? "累计扣分(1次,2次,3次及以上)"
        : a.kind === "entered"
          ? "每次扣分范围,按填写分值"
          : a.kind === "overtime"
            ? `每半个工作日(${a.hoursPerHalfDay}小时)加分`
            : item.part === "bonus"
              ? "每次加分"
              : "每次扣分";
    rows.push([item.rule, value, `${item.name}:${what}`]);
  }
  for (const t of rules.staff.targets) {
    rows.push([t.rule, t.target, `${t.label}年度目标`]);
    rows.push([
      `${t.rule}.points`,
      t.shortfall.kind === "steps" ? t.shortfall.totals.join(",") : t.shortfall.points,
      t.shortfall.kind === "steps" ? `${t.label}少1期、2期、3期及以上累计扣分` : `${t.label}每少一期扣分`,
    ]);
  }
  rows.push([
    rules.staff.overtimeTotal.rule,
    rules.staff.overtimeTotal.points,
    `加班累计超过 ${rules.staff.overtimeTotal.overHalfDays / 2} 个工作日加分`,
  ]);
  rows.push(["群众评议权重", rules.appraisal.weights.mass, "综合计分权重"]);
  rows.push(["考评小组权重", rules.appraisal.weights.group, "综合计分权重"]);
  rows.push(["主任办公会权重", rules.appraisal.weights.meeting, "综合计分权重"]);
  rows.push(["日常考核权重", rules.appraisal.weights.daily, "综合计分权重"]);
  rows.push(["评分满分", rules.appraisal.ratingScale, "评议打分的满分,折算为 1000 分"]);
  rows.push([
    "去掉最高最低分",
    rules.appraisal.trimmedMean ? "是" : "否",
    `评议人数不少于 ${rules.appraisal.trimMinCount} 人时去掉一个最高分和一个最低分`,
  ]);
  rows.push(["不称职分数线", rules.appraisal.unfitBelow, "综合得分低于此分为不称职"]);
  rows.push(["优秀比例", rules.appraisal.excellentShare, "优秀名额占考核人数的比例(向下取整,至少 1 名)"]);
  return rows;
}
