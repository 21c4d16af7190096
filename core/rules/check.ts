// Checks of a rule set as a whole, which no single value can fail: the four appraisal weights
// must sum to 1, a range must not be reversed. And zod's issues as our own words, in the user's
// language (never "Too small: expected number to be >=0").
import { t, type Lang, type MessageCode, type RULE_EXPECTED } from "../text.ts";
import { ruleName } from "./names.ts";
import type { RuleSet } from "./schema.ts";
import { columnKeys, MAX_MARKS, Scheme, SUBMITTED, type MarkDef } from "../marks.ts";

export interface RuleSetProblem {
  code: MessageCode;
  params: Record<string, string | number>;
  /** Canonical keys involved, so the message can point at a row that set one of them. */
  keys: string[];
}

/** Sums are compared to this tolerance: 0.333 + 0.333 + 0.334 is 1. */
const WEIGHT_TOLERANCE = 0.001;

const WEIGHT_KEYS = ["mass", "group", "meeting", "daily"] as const;

export function checkRuleSet(rules: RuleSet, lang: Lang): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const w = rules.appraisal.weights;
  const sum = WEIGHT_KEYS.reduce((s, k) => s + w[k], 0);
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
    problems.push({
      code: "weightsSum",
      params: { sum: Number(sum.toFixed(6)), mass: w.mass, group: w.group, meeting: w.meeting, daily: w.daily },
      keys: WEIGHT_KEYS.map((k) => `appraisal.weights.${k}`),
    });
  }
  for (const item of rules.staff.items) {
    if (item.amount.kind === "entered" && item.amount.min > item.amount.max) {
      const params = { name: ruleName(item.rule, rules, lang), min: item.amount.min, max: item.amount.max };
      problems.push({ code: "rangeReversed", params, keys: [item.rule] });
    }
  }
  problems.push(...checkScheme(rules));
  return problems;
}

/** The scheme as a whole: each mark's needed 采用 exists, no column is read twice, the reward level is a level. */
function checkScheme(rules: RuleSet): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const rows = rules.units.points.filter((p) => p.mark !== SUBMITTED);
  if (rows.length > MAX_MARKS) problems.push({ code: "markTooMany", params: { count: rows.length, max: MAX_MARKS }, keys: [] });
  const scheme = new Scheme(rows, rules.units.levels, rules.units.rewardLevel);
  const readers = new Map<string, MarkDef>();
  for (const mark of scheme.marks) {
    if (mark.requiresAdoption && !scheme.adoptionAt(mark.level))
      problems.push({ code: "markNeedsAdoption", params: { mark: mark.name, level: mark.level }, keys: [mark.rule] });
    mark.names.forEach((name, i) => {
      const other = readers.get(columnKeys(mark)[i]);
      if (other && other !== mark)
        problems.push({ code: "markColumnTwice", params: { mark: mark.name, other: other.name, column: name }, keys: [mark.rule] });
      else readers.set(columnKeys(mark)[i], mark);
    });
  }
  const reward = rules.units.rewardLevel;
  if (reward !== undefined && !scheme.levels.includes(reward))
    problems.push({ code: "rewardLevelUnknown", params: { level: reward, levels: scheme.levels.join("/") }, keys: ["units.rewardLevel"] });
  return problems;
}

export function expectedText(key: keyof typeof RULE_EXPECTED, lang: Lang, params: Record<string, string | number> = {}): string {
  return t(lang, `expected.${key}`, params);
}

/** The zod issue fields we read (zod 4's issue shapes). */
interface ZodIssueLike {
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  expected?: unknown;
  values?: unknown[];
}

export function zodIssueText(issue: ZodIssueLike, lang: Lang): string {
  switch (issue.code) {
    case "too_small":
      return expectedText(issue.inclusive === false ? "above" : "atLeast", lang, { limit: String(issue.minimum) });
    case "too_big":
      return expectedText(issue.inclusive === false ? "below" : "atMost", lang, { limit: String(issue.maximum) });
    case "invalid_type":
      return expectedText(issue.expected === "int" ? "integer" : "number", lang);
    case "invalid_value":
      return expectedText("oneOf", lang, { options: (issue.values ?? []).map(String).join(t(lang, "word.listSeparator")) });
    default:
      return expectedText("invalid", lang);
  }
}
