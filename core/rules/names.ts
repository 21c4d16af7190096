// The names users know the rules by, for messages: "群众评议权重", never appraisal.weights.mass.
// Keys are the canonical keys of core/rules/overrides.ts (a dotted path or a rule ID).
import type { Lang } from "../issues.ts";
import type { RuleSet } from "./schema.ts";

type Name = { zh: string; en: string };

const PATH_NAMES: Record<string, Name> = {
  "units.latePenalty": { zh: "迟报扣分", en: "late penalty" },
  "notices.namedStreak": { zh: "点名通报的连续缺报月数", en: "months missing before a unit is named" },
  "notices.noticeStreak": { zh: "寄发缺报通知单的连续缺报月数", en: "months missing before a notice is sent" },
  "notices.assistStreak": { zh: "列入重点帮促的连续缺报月数", en: "months missing before assistance" },
  "selection.advancedUnits": { zh: "先进单位名额", en: "advanced-unit places" },
  "selection.excellentWorkers": { zh: "优秀信息工作者名额", en: "excellent-worker places" },
  "selection.rankWithinCategory": { zh: "按类别排名", en: "rank within category" },
  "selection.authorSeparators": { zh: "撰稿人分隔符", en: "co-author separators" },
  "ranking.method": { zh: "排名方式", en: "ranking method" },
  "ranking.decimals": { zh: "得分小数位数", en: "score decimals" },
  publications: { zh: "计数刊物", en: "counted publications" },
  "staff.publicBase": { zh: "公共部分基准分", en: "public-part base points" },
  "staff.businessBase": { zh: "业务部分基准分", en: "business-part base points" },
  "appraisal.weights.mass": { zh: "群众评议权重", en: "mass rating weight" },
  "appraisal.weights.group": { zh: "考评小组权重", en: "appraisal group weight" },
  "appraisal.weights.meeting": { zh: "主任办公会权重", en: "directors' meeting weight" },
  "appraisal.weights.daily": { zh: "日常考核权重", en: "daily assessment weight" },
  "appraisal.ratingScale": { zh: "评分满分", en: "rating scale" },
  "appraisal.normalisedTo": { zh: "折算满分", en: "normalised scale" },
  "appraisal.trimmedMean": { zh: "去掉最高最低分", en: "drop highest and lowest rating" },
  "appraisal.trimMinCount": { zh: "去掉最高最低分的最少评议人数", en: "ratings needed to drop highest and lowest" },
  "appraisal.unfitBelow": { zh: "不称职分数线", en: "unfit threshold" },
  "appraisal.excellentShare": { zh: "优秀比例", en: "excellent share" },
  "appraisal.excellentMin": { zh: "优秀最少名额", en: "minimum excellent places" },
};

/** The label of a rule ID in the rule set (U2 → 区委办采用), if it has one. */
function labelOf(rules: RuleSet, id: string): string | undefined {
  return (
    rules.units.points.find((p) => p.rule === id)?.label ??
    rules.units.timeliness.find((t) => t.rule === id)?.label ??
    rules.staff.items.find((i) => i.rule === id)?.name ??
    rules.staff.targets.find((t) => t.rule === id)?.label ??
    (rules.staff.overtimeTotal.rule === id ? "加班累计加分" : undefined)
  );
}

const SUFFIXES: Record<string, Name> = {
  points: { zh: "扣分", en: "penalty" },
  hours: { zh: "每半天小时数", en: "hours per half day" },
  halfDays: { zh: "半天数", en: "half days" },
};

/** "群众评议权重", "U2(区委办采用)", "S7(信息快报)扣分"; English names in English. */
export function ruleName(key: string, rules: RuleSet, lang: Lang): string {
  const named = PATH_NAMES[key];
  if (named) return named[lang];
  const [id, suffix] = key.split(".");
  const label = labelOf(rules, id);
  const tail = suffix ? SUFFIXES[suffix]?.[lang] : undefined;
  if (lang === "en") return tail ? `${id} ${tail}` : id;
  return `${id}${label ? `(${label})` : ""}${tail ?? ""}`;
}
