// User overrides of the default rule set: from the 计分规则 sheet (规则 | 值 rows) or a JSON
// file. A key is a rule ID (U2, S7, T1 …), a dotted path (appraisal.weights.mass), the last
// segment of a path when it is unique (advancedUnits), or a Chinese label (先进单位名额).
import { ruleSetSchema, type RuleSet } from "./schema.ts";
import { DEFAULT_RULES } from "./defaults.ts";
import type { IssueLog } from "../issues.ts";
import { parseFlag } from "../values.ts";

export interface RuleOverride {
  key: string;
  value: unknown;
  /** Where the row came from, for messages; a JSON file gives its own name. */
  where: { sheet: string; cell: string };
}

type Setter = { describe: string; set: (rules: RuleSet, value: unknown) => boolean };

const num = (v: unknown): number | undefined => {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v.trim()))) return Number(v.trim());
  return undefined;
};

const numList = (v: unknown): number[] | undefined => {
  if (Array.isArray(v)) {
    const list = v.map(num);
    return list.every((n) => n !== undefined) ? (list as number[]) : undefined;
  }
  if (typeof v === "number") return [v];
  if (typeof v !== "string") return undefined;
  const list = v.split(/[,，、;；\s]+/).filter(Boolean).map(num);
  return list.length && list.every((n) => n !== undefined) ? (list as number[]) : undefined;
};

const range = (v: unknown): [number, number] | undefined => {
  const list = typeof v === "string" ? numList(v.replace(/[-–~～至]/g, ",")) : numList(v);
  return list && list.length === 2 ? [list[0], list[1]] : undefined;
};

function numberAt(get: (r: RuleSet) => Record<string, unknown>, field: string, describe = "应为数字 / a number"): Setter {
  return {
    describe,
    set: (rules, value) => {
      const n = num(value);
      if (n === undefined) return false;
      get(rules)[field] = n;
      return true;
    },
  };
}

/** Every key a user may set, built from the rule set itself so new rules need no code here. */
function buildKeys(rules: RuleSet): Map<string, Setter> {
  const keys = new Map<string, Setter>();
  rules.units.points.forEach((_, i) => {
    const id = rules.units.points[i].rule;
    keys.set(id, numberAt((r) => r.units.points[i], "points"));
  });
  rules.units.timeliness.forEach((t, i) => keys.set(t.rule, numberAt((r) => r.units.timeliness[i], "maxDays", "应为天数 / days")));
  rules.staff.items.forEach((item, i) => {
    const at = (r: RuleSet) => r.staff.items[i].amount as Record<string, unknown>;
    switch (item.amount.kind) {
      case "fixed":
        keys.set(item.rule, numberAt(at, "points"));
        break;
      case "entered":
        keys.set(item.rule, {
          describe: "应为分值范围,如 50-200 / a range such as 50-200",
          set: (r, v) => {
            const pair = range(v);
            if (!pair) return false;
            Object.assign(at(r), { min: pair[0], max: pair[1] });
            return true;
          },
        });
        break;
      case "steps":
        keys.set(item.rule, stepsSetter(at));
        break;
      case "overtime":
        keys.set(item.rule, numberAt(at, "pointsPerHalfDay"));
        keys.set(`${item.rule}.hours`, numberAt(at, "hoursPerHalfDay", "应为小时数 / hours"));
        break;
    }
  });
  rules.staff.targets.forEach((t, i) => {
    keys.set(t.rule, numberAt((r) => r.staff.targets[i], "target", "应为年度目标数 / an annual target"));
    const at = (r: RuleSet) => r.staff.targets[i].shortfall as Record<string, unknown>;
    keys.set(`${t.rule}.points`, t.shortfall.kind === "steps" ? stepsSetter(at) : numberAt(at, "points"));
  });
  const total = rules.staff.overtimeTotal.rule;
  keys.set(total, numberAt((r) => r.staff.overtimeTotal, "points"));
  keys.set(`${total}.halfDays`, numberAt((r) => r.staff.overtimeTotal, "overHalfDays", "应为半天数 / half days"));
  addScalarPaths(keys, rules);
  for (const [label, path] of Object.entries(CHINESE_KEYS)) {
    const setter = keys.get(path);
    if (setter) keys.set(label, setter);
  }
  return keys;
}

function stepsSetter(at: (r: RuleSet) => Record<string, unknown>): Setter {
  return {
    describe: "应为累计扣分,如 50,150,300 / cumulative totals such as 50,150,300",
    set: (r, v) => {
      const list = numList(v);
      if (!list) return false;
      at(r).totals = list;
      return true;
    },
  };
}

/** Scalar leaves (numbers, booleans, enums, the publication list) by path and by unique last segment. */
function addScalarPaths(keys: Map<string, Setter>, rules: RuleSet): void {
  const lastSegments = new Map<string, number>();
  const leaves: Array<{ path: string[]; sample: unknown }> = [];
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node) && path.join(".") !== "publications") return;
    if (node && typeof node === "object" && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      return;
    }
    leaves.push({ path, sample: node });
    const last = path[path.length - 1];
    lastSegments.set(last, (lastSegments.get(last) ?? 0) + 1);
  };
  walk(rules, []);
  for (const { path, sample } of leaves) {
    const setter = leafSetter(path, sample);
    keys.set(path.join("."), setter);
    const last = path[path.length - 1];
    if (lastSegments.get(last) === 1 && !keys.has(last)) keys.set(last, setter);
  }
}

function leafSetter(path: string[], sample: unknown): Setter {
  const parent = (r: RuleSet) => path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, r as unknown as Record<string, unknown>);
  const field = path[path.length - 1];
  if (typeof sample === "boolean") {
    return {
      describe: "应为 是/否 / yes or no",
      set: (r, v) => {
        const flag = typeof v === "boolean" ? v : parseFlag(v);
        if (flag === undefined) return false;
        parent(r)[field] = flag;
        return true;
      },
    };
  }
  if (Array.isArray(sample)) {
    return {
      describe: "应为以逗号分隔的名称 / names separated by commas",
      set: (r, v) => {
        const list = Array.isArray(v) ? v.map(String) : String(v).split(/[,，、;；]+/).map((s) => s.trim()).filter(Boolean);
        parent(r)[field] = list;
        return true;
      },
    };
  }
  if (typeof sample === "string") {
    return {
      describe: field === "method" ? "应为 competition(竞争排名)或 dense(中国式排名)" : "应为文字 / text",
      set: (r, v) => {
        const text = String(v).trim();
        parent(r)[field] = RANKING_WORDS[text] ?? text;
        return true;
      },
    };
  }
  return numberAt(parent, field);
}

const RANKING_WORDS: Record<string, string> = { 竞争排名: "competition", 标准排名: "competition", 中国式排名: "dense", 密集排名: "dense" };

/** Chinese names users may type in 计分规则 for the settings they change most. */
const CHINESE_KEYS: Record<string, string> = {
  先进单位名额: "advancedUnits",
  优秀信息工作者名额: "excellentWorkers",
  按类别排名: "rankWithinCategory",
  排名方式: "ranking.method",
  迟报扣分: "latePenalty",
  群众评议权重: "appraisal.weights.mass",
  考评小组权重: "appraisal.weights.group",
  主任办公会权重: "appraisal.weights.meeting",
  日常考核权重: "appraisal.weights.daily",
  评分满分: "ratingScale",
  去掉最高最低分: "trimmedMean",
  不称职分数线: "unfitBelow",
  优秀比例: "excellentShare",
  公共部分基准分: "publicBase",
  业务部分基准分: "businessBase",
};

const normaliseKey = (key: string) => key.trim().replace(/[\s:：]/g, "");

/**
 * Applies overrides to a copy of `base` (the defaults unless given). A bad key or value is
 * reported and skipped; the result is always a valid rule set.
 */
export function applyOverrides(overrides: RuleOverride[], issues: IssueLog, base: RuleSet = DEFAULT_RULES): RuleSet {
  let rules = structuredClone(base);
  const keys = buildKeys(rules);
  const lowerKeys = new Map([...keys].map(([k, v]) => [k.toLowerCase(), v]));
  for (const o of overrides) {
    const key = normaliseKey(o.key);
    const setter = keys.get(key) ?? keys.get(key.toUpperCase()) ?? lowerKeys.get(key.toLowerCase());
    if (!setter) {
      issues.error("unknownRuleKey", o.where, "RULES", { value: o.key });
      continue;
    }
    const trial = structuredClone(rules);
    const ok = setter.set(trial, o.value);
    const checked = ok ? ruleSetSchema.safeParse(trial) : undefined;
    if (!checked?.success) {
      const why = checked?.error.issues[0]?.message ?? setter.describe;
      issues.error("badRuleValue", o.where, "RULES", { key: o.key, value: String(o.value), expected: ok ? why : setter.describe });
      continue;
    }
    rules = checked.data;
  }
  return rules;
}

/** A JSON rules file: a flat map of keys, or sections of the rule set (deep-merged). */
export function overridesFromJson(json: unknown, fileName: string): RuleOverride[] {
  const out: RuleOverride[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (node && typeof node === "object" && !Array.isArray(node) && path.length < 4 && !isKnownLeafObject(path)) {
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
      return;
    }
    out.push({ key: path.join("."), value: node, where: { sheet: fileName, cell: path.join(".") } });
  };
  visit(json, []);
  return out;
}

const isKnownLeafObject = (path: string[]) => path.length === 1 && /^[UNSTA]\d+$/.test(path[0]);
