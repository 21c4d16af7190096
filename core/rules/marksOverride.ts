// Adding, renaming and removing marks of the scheme (D11, docs/rules.md): a 计分规则 row with
// 项目 | 列名 | 级别 | 类型 | 分值 | 需要采用 | 计数, or an entry of a rules file's "marks" list.
// 项目 names a mark of the scheme (its ID U5, its column 市采用 or its key) to change it, or a new one.
import { MARK_FIELD_HEADERS, MARK_FIELD_NAMES, MARK_REMOVE_WORDS, normaliseName } from "../vocabulary.ts";
import { parseFlag } from "../values.ts";
import { DEFAULT_MARKS, KIND, SUBMITTED } from "../marks.ts";
import type { MessageCode } from "../text.ts";
import type { RuleSet, UnitPointRule } from "./schema.ts";

/** What one row says of a mark; every field as the user wrote it. */
export interface MarkChange {
  column?: unknown;
  level?: unknown;
  kind?: unknown;
  points?: unknown;
  requiresAdoption?: unknown;
  count?: unknown;
  remove?: unknown;
}

export type MarkChangeResult = { ok: true } | { ok: false; code: MessageCode; params: Record<string, string> };

export const isRemoval = (value: unknown): boolean => typeof value === "string" && MARK_REMOVE_WORDS.has(value.trim().toLowerCase());

/** One entry of a rules file's "marks" list as its key and change; undefined without a 项目. */
export function markEntry(entry: unknown): { key: string; change: MarkChange } | undefined {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return undefined;
  const change: Record<string, unknown> = {};
  let key: string | undefined;
  for (const [name, value] of Object.entries(entry)) {
    const field = MARK_FIELD_NAMES[name.trim()] as keyof MarkChange | "key" | undefined;
    if (field === "key") key = String(value).trim();
    else if (field) change[field] = value;
  }
  return key ? { key, change } : undefined;
}

/** The point row of a mark the key names: by rule ID, mark key, label or any of its column's names. */
export function findMarkRow(rules: RuleSet, key: string): number {
  const n = normaliseName(key);
  return rules.units.points.findIndex(
    (p) =>
      p.mark !== SUBMITTED &&
      (p.rule.toUpperCase() === key.trim().toUpperCase() ||
        p.mark === key.trim() ||
        normaliseName(p.label) === n ||
        (p.column ?? DEFAULT_MARKS[p.mark]?.names ?? []).some((c) => normaliseName(c) === n)),
  );
}

const names = (v: unknown): string[] | undefined => {
  const list = (Array.isArray(v) ? v.map(String) : String(v).split(/[、,，;；/]+/)).map((s) => s.trim()).filter(Boolean);
  return list.length ? list : undefined;
};

const number = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.trim().replace(/分$/, "")) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

const flag = (v: unknown): boolean | undefined => (v === undefined || v === "" ? undefined : parseFlag(v));

/** Applies one change to `rules` (in place); says why not when it cannot. */
export function changeMark(rules: RuleSet, key: string, change: MarkChange): MarkChangeResult {
  const points = rules.units.points;
  const at = findMarkRow(rules, key);
  if (isRemoval(change.points) || flag(change.remove) === true) {
    if (at < 0) return { ok: false, code: "markUnknown", params: { mark: key } };
    points.splice(at, 1);
    return { ok: true };
  }
  const row: UnitPointRule = at >= 0 ? points[at] : { rule: key, label: key, mark: key, points: 0 };
  // A new mark needs its kind; 采用, 优秀 and 批示 need a level too (约稿 or 专报 may have none).
  const kind = change.kind === undefined ? undefined : kindOf(String(change.kind));
  const levelled = kind === KIND.adopted || kind === KIND.excellent || kind === KIND.endorsed;
  if (at < 0 && (kind === undefined || (levelled && change.level === undefined)))
    return { ok: false, code: "markUnknown", params: { mark: key } };
  const bad = (field: string, value: unknown, expected: string): MarkChangeResult => ({
    ok: false,
    code: "badMarkField",
    params: { mark: key, field: MARK_FIELD_HEADERS[field] ?? field, value: String(value), expected: `expected.${expected}` },
  });
  if (change.points !== undefined) {
    const n = number(change.points);
    if (n === undefined) return bad("points", change.points, "number");
    row.points = n;
  }
  if (change.column !== undefined) row.column = names(change.column) ?? row.column;
  else if (at < 0) row.column = [key];
  if (change.level !== undefined) row.level = String(change.level).trim();
  if (kind !== undefined) row.kind = kind;
  for (const field of ["requiresAdoption", "count"] as const) {
    if (change[field] === undefined) continue;
    const f = flag(change[field]);
    if (f === undefined) return bad(field, change[field], "flag");
    row[field] = f;
  }
  if (at < 0) points.push(row);
  return { ok: true };
}

/** 采用, 优秀 and 批示 as typed in English too; any other kind is the office's own. */
function kindOf(text: string): string {
  const t = text.trim();
  const english: Record<string, string> = { adopted: KIND.adopted, excellent: KIND.excellent, endorsed: KIND.endorsed };
  return english[t.toLowerCase()] ?? t;
}
