// The names users know the rules by, for messages: "群众评议权重", never appraisal.weights.mass.
// Keys are the canonical keys of core/rules/overrides.ts (a dotted path or a rule ID); the
// names themselves are in the catalogue (core/text.ts, section rule).
import { isTextKey, t, type Lang, type TextKey } from "../text.ts";
import type { RuleSet } from "./schema.ts";

/** The label of a rule ID in the rule set (U2 → 区委办采用), if it has one. */
function labelOf(rules: RuleSet, id: string, lang: Lang): string | undefined {
  return (
    rules.units.points.find((p) => p.rule === id)?.label ??
    rules.units.timeliness.find((t) => t.rule === id)?.label ??
    rules.staff.items.find((i) => i.rule === id)?.name ??
    rules.staff.targets.find((t) => t.rule === id)?.label ??
    (rules.staff.overtimeTotal.rule === id ? t(lang, "word.overtimeTotal") : undefined)
  );
}

const SUFFIXES: Record<string, TextKey> = {
  points: "word.ruleSuffixPoints",
  hours: "word.ruleSuffixHours",
  halfDays: "word.ruleSuffixHalfDays",
};

/** "群众评议权重", "U2（区委办采用）", "S7（信息快报）扣分"; English names in English. */
export function ruleName(key: string, rules: RuleSet, lang: Lang): string {
  const named = `rule.${key}`;
  if (isTextKey(named)) return t(lang, named);
  const [id, suffix] = key.split(".");
  const label = labelOf(rules, id, lang);
  const name = label ? t(lang, "word.ruleIdLabel", { id, label }) : id;
  const tail = suffix ? SUFFIXES[suffix] : undefined;
  return tail ? t(lang, "word.ruleIdTail", { name, tail: t(lang, tail) }) : name;
}
