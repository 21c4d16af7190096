// User overrides of the default rule set: from the 计分规则 sheet (规则 | 值 rows) or a JSON
// file. A key is a rule ID (U2, S7, T1 …), a dotted path (appraisal.weights.mass), the last
// segment of a path when it is unique (advancedUnits), or a Chinese label (先进单位名额).
import { ruleSetSchema, type RuleSet } from "./schema.ts";
import { DEFAULT_RULES } from "./defaults.ts";
import { checkRuleSet, expectedText, zodIssueText } from "./check.ts";
import { ruleName } from "./names.ts";
import type { IssueLog } from "../issues.ts";
import type { RULE_EXPECTED } from "../text.ts";
import { CHINESE_KEYS, RANKING_WORDS } from "../vocabulary.ts";
import { parseFlag } from "../values.ts";
import { DEFAULT_MARKS, SUBMITTED } from "../marks.ts";
import { changeMark, findMarkRow, isRemoval, markEntry, type MarkChange } from "./marksOverride.ts";

export interface RuleOverride {
  key: string;
  value: unknown;
  /** Where the row came from, for messages; a JSON file gives its own name. */
  where: { sheet: string; cell: string };
  /** The row adds, renames or removes a mark (D11): `value` is its MarkChange. */
  mark?: boolean;
}

/** How to set one key: its canonical key (for its name in messages), what it expects, the setter. */
type Setter = { path: string; describe: keyof typeof RULE_EXPECTED; set: (rules: RuleSet, value: unknown) => boolean };

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
  const list = v
    .split(/[,，、;；\s]+/)
    .filter(Boolean)
    .map(num);
  return list.length && list.every((n) => n !== undefined) ? (list as number[]) : undefined;
};

const range = (v: unknown): [number, number] | undefined => {
  const list = typeof v === "string" ? numList(v.replace(/[-–~～至]/g, ",")) : numList(v);
  return list && list.length === 2 ? [list[0], list[1]] : undefined;
};

function numberAt(
  path: string,
  get: (r: RuleSet) => Record<string, unknown>,
  field: string,
  describe: Setter["describe"] = "number",
): Setter {
  return {
    path,
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
    keys.set(
      id,
      numberAt(id, (r) => r.units.points[i], "points"),
    );
  });
  // A mark by its column's name (市采用 = 60) sets its points too.
  for (const p of rules.units.points) {
    if (p.mark === SUBMITTED) continue;
    for (const name of p.column ?? DEFAULT_MARKS[p.mark]?.names ?? []) if (!keys.has(name)) keys.set(name, keys.get(p.rule)!);
  }
  for (const [path, field, describe] of [
    ["units.rewardLevel", "rewardLevel", "text"],
    ["units.levels", "levels", "names"],
  ] as const) {
    const setter = describe === "text" ? leafSetter(["units", field], "") : leafSetter(["units", field], []);
    keys.set(path, { ...setter, path });
    keys.set(field, { ...setter, path });
  }
  rules.units.timeliness.forEach((t, i) =>
    keys.set(
      t.rule,
      numberAt(t.rule, (r) => r.units.timeliness[i], "maxDays", "days"),
    ),
  );
  rules.staff.items.forEach((item, i) => {
    const at = (r: RuleSet) => r.staff.items[i].amount as Record<string, unknown>;
    switch (item.amount.kind) {
      case "fixed":
        keys.set(item.rule, numberAt(item.rule, at, "points"));
        break;
      case "entered":
        keys.set(item.rule, {
          path: item.rule,
          describe: "range",
          set: (r, v) => {
            const pair = range(v);
            if (!pair) return false;
            Object.assign(at(r), { min: pair[0], max: pair[1] });
            return true;
          },
        });
        break;
      case "steps":
        keys.set(item.rule, stepsSetter(item.rule, at));
        break;
      case "overtime":
        keys.set(item.rule, numberAt(item.rule, at, "pointsPerHalfDay"));
        keys.set(`${item.rule}.hours`, numberAt(`${item.rule}.hours`, at, "hoursPerHalfDay", "hours"));
        break;
    }
  });
  rules.staff.targets.forEach((t, i) => {
    keys.set(
      t.rule,
      numberAt(t.rule, (r) => r.staff.targets[i], "target", "target"),
    );
    const at = (r: RuleSet) => r.staff.targets[i].shortfall as Record<string, unknown>;
    const key = `${t.rule}.points`;
    keys.set(key, t.shortfall.kind === "steps" ? stepsSetter(key, at) : numberAt(key, at, "points"));
  });
  const total = rules.staff.overtimeTotal.rule;
  keys.set(
    total,
    numberAt(total, (r) => r.staff.overtimeTotal, "points"),
  );
  keys.set(
    `${total}.halfDays`,
    numberAt(`${total}.halfDays`, (r) => r.staff.overtimeTotal, "overHalfDays", "halfDays"),
  );
  addScalarPaths(keys, rules);
  for (const [label, path] of Object.entries(CHINESE_KEYS)) {
    const setter = keys.get(path);
    if (setter) keys.set(label, setter);
  }
  return keys;
}

function stepsSetter(path: string, at: (r: RuleSet) => Record<string, unknown>): Setter {
  return {
    path,
    describe: "steps",
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
  const parent = (r: RuleSet) =>
    path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, r as unknown as Record<string, unknown>);
  const field = path[path.length - 1];
  const key = path.join(".");
  if (typeof sample === "boolean") {
    return {
      path: key,
      describe: "flag",
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
      path: key,
      describe: "names",
      set: (r, v) => {
        const list = Array.isArray(v)
          ? v.map(String)
          : String(v)
              .split(/[,，、;；]+/)
              .map((s) => s.trim())
              .filter(Boolean);
        parent(r)[field] = list;
        return true;
      },
    };
  }
  if (typeof sample === "string") {
    return {
      path: key,
      describe: field === "method" ? "method" : "text",
      set: (r, v) => {
        const text = String(v).trim();
        parent(r)[field] = RANKING_WORDS[text] ?? text;
        return true;
      },
    };
  }
  return numberAt(key, parent, field);
}

const normaliseKey = (key: string) => key.trim().replace(/[\s:：]/g, "");

/**
 * Applies overrides to a copy of `base` (the defaults unless given), one set at a time: the rows
 * of the workbook's 计分规则 sheet are one set, a rules file another. A set is taken whole or not
 * at all — a bad key or value, or a set whose result fails the whole-set checks (the weights
 * sum to 1), is reported and none of its rows apply. The result is always a valid rule set.
 */
export function applyOverrides(overrides: RuleOverride[], issues: IssueLog, base: RuleSet = DEFAULT_RULES): RuleSet {
  let rules = structuredClone(base);
  for (const set of bySource(overrides)) {
    if (set.length > MAX_RULE_ROWS) {
      // A rule set has some sixty keys: thousands of rows are not rules, and checking each would take minutes.
      issues.error("ruleSetTooLong", { sheet: set[0].where.sheet, cell: "" }, "RULES", { count: set.length, limit: MAX_RULE_ROWS });
      continue;
    }
    const applied = applySet(set, rules, issues);
    if (applied) rules = applied;
    else issues.error("ruleSetRefused", { sheet: set[0].where.sheet, cell: "" }, "RULES", { source: set[0].where.sheet });
  }
  return rules;
}

/** More rows than any rule set needs (each key once, a few repeated). */
const MAX_RULE_ROWS = 2_000;

/** Overrides grouped by where they came from, in order of first appearance. */
function bySource(overrides: RuleOverride[]): RuleOverride[][] {
  const sets = new Map<string, RuleOverride[]>();
  for (const o of overrides) {
    const set = sets.get(o.where.sheet);
    if (set) set.push(o);
    else sets.set(o.where.sheet, [o]);
  }
  return [...sets.values()];
}

/** The rule set with every row of `set` applied, or undefined (each problem reported) when any is refused. */
function applySet(set: RuleOverride[], base: RuleSet, issues: IssueLog): RuleSet | undefined {
  const keys = buildKeys(base);
  const lowerKeys = new Map([...keys].map(([k, v]) => [k.toLowerCase(), v]));
  const lang = issues.lang;
  let rules = structuredClone(base);
  let refused = false;
  const touched = new Map<string, RuleOverride>();
  let firstMark: RuleOverride | undefined;
  for (const o of set) {
    if (o.mark || (isRemoval(o.value) && findMarkRow(rules, o.key) >= 0)) {
      const changed = applyMark(o, rules, issues);
      if (changed) {
        rules = changed;
        const at = findMarkRow(rules, o.key.trim());
        touched.set(at >= 0 ? rules.units.points[at].rule : o.key, o);
        firstMark ??= o;
      } else refused = true;
      continue;
    }
    const key = normaliseKey(o.key);
    const setter = keys.get(key) ?? keys.get(key.toUpperCase()) ?? lowerKeys.get(key.toLowerCase());
    if (!setter) {
      issues.error("unknownRuleKey", o.where, "RULES", { value: o.key });
      refused = true;
      continue;
    }
    const name = ruleName(setter.path, base, lang);
    const trial = structuredClone(rules);
    const ok = setter.set(trial, o.value);
    const checked = ok ? ruleSetSchema.safeParse(trial) : undefined;
    if (!checked?.success) {
      // A choice (ranking.method) is described in the user's words, not by its internal values.
      const issue = checked?.error.issues[0];
      const why = issue && issue.code !== "invalid_value" ? zodIssueText(issue, lang) : expectedText(setter.describe, lang);
      issues.error("badRuleValue", o.where, "RULES", { key: name, value: shown(o.value), expected: why });
      refused = true;
      continue;
    }
    rules = checked.data;
    touched.set(setter.path, o);
  }
  if (refused) return undefined;
  const problems = checkRuleSet(rules, lang);
  for (const p of problems) {
    // A scheme problem that no row set directly (a mark left without its 采用) points at the first mark row.
    const row = p.keys.map((k) => touched.get(k)).find((o) => o !== undefined) ?? (p.code.startsWith("mark") ? firstMark : undefined);
    issues.error(p.code, row?.where ?? { sheet: set[0].where.sheet, cell: "" }, "RULES", p.params);
  }
  return problems.length ? undefined : rules;
}

/** One mark row applied to a copy of `rules`, or undefined (reported) when it cannot be. */
function applyMark(o: RuleOverride, rules: RuleSet, issues: IssueLog): RuleSet | undefined {
  const trial = structuredClone(rules);
  const change: MarkChange = o.mark ? (o.value as MarkChange) : { points: o.value };
  const done = changeMark(trial, o.key.trim(), change);
  if (!done.ok) {
    issues.error(done.code, o.where, "RULES", done.params);
    return undefined;
  }
  const checked = ruleSetSchema.safeParse(trial);
  if (!checked.success) {
    issues.error("badRuleValue", o.where, "RULES", {
      key: o.key,
      value: shown(o.value),
      expected: zodIssueText(checked.error.issues[0], issues.lang),
    });
    return undefined;
  }
  return checked.data;
}

/** A value as the user wrote it: text as is, anything else as JSON. */
const shown = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));

/** A JSON rules file: a flat map of keys, or sections of the rule set (deep-merged). */
export function overridesFromJson(json: unknown, fileName: string): RuleOverride[] {
  const out: RuleOverride[] = [];
  // "marks": [{ 项目, 列名, 级别, 类型, 分值, 需要采用, 计数 }]: the scheme's marks added, renamed or removed (D11).
  if (json && typeof json === "object" && !Array.isArray(json) && Array.isArray((json as Record<string, unknown>).marks)) {
    const { marks, ...rest } = json as Record<string, unknown>;
    for (const entry of marks as unknown[]) {
      const m = markEntry(entry);
      out.push({ key: m?.key ?? "", value: m?.change ?? {}, mark: true, where: { sheet: fileName, cell: "" } });
    }
    json = rest;
  }
  const visit = (node: unknown, path: string[]) => {
    if (node && typeof node === "object" && !Array.isArray(node) && path.length < 4 && !isKnownLeafObject(path)) {
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
      return;
    }
    // Located by the file alone: messages name the rule in words, not by its path in the file.
    out.push({ key: path.join("."), value: node, where: { sheet: fileName, cell: "" } });
  };
  visit(json, []);
  return out;
}

const isKnownLeafObject = (path: string[]) => path.length === 1 && /^[UNSTA]\d+$/.test(path[0]);
