// The words people write in 项目 of 考核记录 (D6): besides the rule ID and its short name, the
// regulation's own wording of each rule, so "空岗、脱岗、旷班而误事" is read as S2.
import type { RuleSet } from "../rules/schema.ts";
import { closest } from "../similar.ts";
import { normaliseName } from "./specs.ts";

const SEED_WORDING: Readonly<Record<string, readonly string[]>> = {
  S1: ["无正当理由不能按时完成工作任务", "不能按时完成工作任务", "未按时完成工作任务"],
  S2: ["空岗、脱岗、旷班而误事", "空岗脱岗旷班", "空岗", "脱岗", "旷班"],
  S3: ["其他违纪行为", "违纪"],
  S4: ["不按工作规范、制度和程序开展工作造成损失", "不按工作规范、制度和程序造成损失"],
  S5: ["秩序杂乱、职责不清影响工作", "秩序杂乱、职责不清"],
  S6: ["出现问题查不清责任人的", "查不清责任人的"],
  S11: ["误报、漏报、错报、迟报", "误报", "漏报", "错报", "迟报"],
  S12: ["其他失误", "失误", "业务失误"],
  S13: ["失误造成损失的", "造成损失的"],
  S14: ["年终被上级主管部门给予年度表彰", "上级主管部门年度表彰"],
  S15: ["受到区委领导在正式场合给予表扬", "区委领导在正式场合给予表扬"],
  S16: ["因工作需要加班"],
  S18: ["省委办每采用一条信息", "省委办采用信息"],
  S19: ["市委领导批示的信息"],
  S20: ["在各项社会公益活动中做出突出成绩", "社会公益活动做出突出成绩"],
};

/** Rule ID for a 项目 cell: an ID such as S2, a rule's name or the regulation's wording. */
export function itemResolver(rules: RuleSet): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const item of rules.staff.items) {
    byKey.set(item.rule.toLowerCase(), item.rule);
    for (const name of [item.name, ...(SEED_WORDING[item.rule] ?? [])]) {
      const key = normaliseName(name);
      if (!byKey.has(key)) byKey.set(key, item.rule);
    }
  }
  return (text) => byKey.get(text.trim().toLowerCase()) ?? byKey.get(normaliseName(text));
}

/** The rule name closest to an unrecognised 项目, to suggest. */
export function suggestItem(rules: RuleSet, text: string): string | undefined {
  const candidates = rules.staff.items.flatMap((item) =>
    [item.name, ...(SEED_WORDING[item.rule] ?? [])].map((name) => ({ key: normaliseName(name), value: item.name })),
  );
  return closest(normaliseName(text), candidates, 0.4);
}
