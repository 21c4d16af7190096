// The mark registry (docs/rules.md, 计分方案): the marks an item of the log can carry — 区采用,
// 市优秀, 国办采用, 约稿 … — one row each, with the column it is read from, its level and kind,
// its points and whether it needs the 采用 of its level. Everything that shows or counts marks
// derives from a Scheme built here: the reader's columns, item points, unit counts, the tie-break,
// the 通报 columns, the 正文 totals, 用稿奖励, the audit lines and the JSON. The default scheme is
// the district's (§1 of the rules); an office's scheme is data (计分规则 rows or a rules file).
import { normaliseName } from "./vocabulary.ts";

/** The kinds the product knows; an office may name others (约稿, 专报), which only score. */
export const KIND = { adopted: "采用", excellent: "优秀", endorsed: "批示" } as const;

/** The default scheme's levels, low to high, and the level from which adoptions are rewarded (N5). */
export const DEFAULT_LEVELS: readonly string[] = ["区", "市", "省", "中央"];
export const DEFAULT_REWARD_LEVEL = "市";

/** How the documents write the office of a level that adopts (正文, 用稿奖励) and its leaders who endorse; another level as named. */
export const LEVEL_OFFICES: Readonly<Record<string, string>> = { 区: "区委办", 市: "市委办", 省: "省委办", 中央: "中央" };
export const LEVEL_LEADERS: Readonly<Record<string, string>> = { 区: "区领导", 市: "市领导", 省: "省领导" };
export const levelWord = (level: string): string => LEVEL_OFFICES[level] ?? level;
export const levelLeaders = (level: string): string => LEVEL_LEADERS[level] ?? level;

/** What a mark of the default scheme is, by its key in the rule set (rules.units.points[].mark). */
interface DefaultMark {
  names: string[];
  level: string;
  kind: string;
}

const defaultMark = (zh: string, en: string, level: string, kind: string): DefaultMark => ({ names: [zh, en], level, kind });

/** The district scheme's marks, in log column order (a row's marks are a bit set in this order). */
export const DEFAULT_MARKS: Readonly<Record<string, DefaultMark>> = {
  "district.adopted": defaultMark("区采用", "district adopted", "区", KIND.adopted),
  "district.excellent": defaultMark("区优秀", "district excellent", "区", KIND.excellent),
  "district.endorsed": defaultMark("区领导批示", "district endorsed", "区", KIND.endorsed),
  "city.adopted": defaultMark("市采用", "city adopted", "市", KIND.adopted),
  "city.excellent": defaultMark("市优秀", "city excellent", "市", KIND.excellent),
  "city.endorsed": defaultMark("市领导批示", "city endorsed", "市", KIND.endorsed),
  "province.adopted": defaultMark("省采用", "province adopted", "省", KIND.adopted),
  "province.excellent": defaultMark("省优秀", "province excellent", "省", KIND.excellent),
  "province.endorsed": defaultMark("省领导批示", "province endorsed", "省", KIND.endorsed),
  "central.adopted": defaultMark("中央采用", "central adopted", "中央", KIND.adopted),
};

/** The JSON's fixed keys (the --json contract) and the default marks they count; 0 when a scheme lacks the mark. */
export const JSON_ADOPTION_KEYS = [
  ["adoptedDistrict", "district.adopted"],
  ["adoptedCity", "city.adopted"],
  ["adoptedProvince", "province.adopted"],
  ["adoptedCentral", "central.adopted"],
] as const;
export type JsonAdoptionKey = (typeof JSON_ADOPTION_KEYS)[number][0];

/** The rule-set row a mark comes from (rules.units.points[]): its scheme fields are optional for default marks. */
export interface MarkRuleRow {
  rule: string;
  label: string;
  mark: string;
  points: number;
  column?: string[];
  level?: string;
  kind?: string;
  requiresAdoption?: boolean;
  count?: boolean;
}

export interface MarkDef {
  /** The key in the rule set ("city.adopted", or the name an office gave: "国办采用"). */
  key: string;
  /** The log column's header: also the mark's name in messages, the 通报 and the JSON `marks`. */
  name: string;
  /** Every header that names the column (name first). */
  names: string[];
  level: string;
  kind: string;
  points: number;
  rule: string;
  label: string;
  /** 优秀 and 批示 need the 采用 of their level: without it, a warning (counted all the same). */
  requiresAdoption: boolean;
  /** A whole number (2 = twice) rather than 是/否. */
  count: boolean;
  /** Its bit in an item's marks. */
  bit: number;
  /** Added or given its own column by the office (not one of the default scheme's columns). */
  own: boolean;
}

/** The most marks one scheme may have: an item's marks are a bit set with a table of 2^n points. */
export const MAX_MARKS = 16;

/** A scheme's marks with everything derived from them, built once per rule set. */
export class Scheme {
  readonly marks: readonly MarkDef[];
  /** The scheme's levels, low to high. */
  readonly levels: readonly string[];
  /** The 采用 mark of each level that has one, low to high: the 通报 columns and the 正文 totals. */
  readonly adoptions: readonly MarkDef[];
  readonly adoptedMask: number;
  readonly excellentMask: number;
  readonly endorsedMask: number;
  /** Marks that need the 采用 of their level. */
  readonly needsAdoptionMask: number;
  /** 采用 marks at or above the reward level (N5), highest first. */
  readonly rewarded: readonly MarkDef[];
  readonly rewardMask: number;
  /** Count marks, by index into marks. */
  readonly countIndexes: readonly number[];
  /** Points of the 报送 row (U1), earned by every item. */
  readonly basePoints: number;
  private readonly byKey: Map<string, MarkDef>;

  constructor(rows: readonly MarkRuleRow[], levelOrder: readonly string[] = [], rewardLevel = DEFAULT_REWARD_LEVEL) {
    const marks: MarkDef[] = [];
    let base = 0;
    for (const row of rows) {
      if (row.mark === SUBMITTED) base += row.points;
      else if (marks.length < MAX_MARKS) marks.push(markDef(row, marks.length));
    }
    this.marks = marks;
    this.basePoints = base;
    this.byKey = new Map(marks.map((m) => [m.key, m]));
    this.levels = orderLevels(marks, levelOrder);
    const rank = (level: string) => this.levels.indexOf(level);
    this.adoptions = this.levels.flatMap((l) => marks.filter((m) => m.level === l && m.kind === KIND.adopted).slice(0, 1));
    this.adoptedMask = maskOf(marks.filter((m) => m.kind === KIND.adopted));
    this.excellentMask = maskOf(marks.filter((m) => m.kind === KIND.excellent));
    this.endorsedMask = maskOf(marks.filter((m) => m.kind === KIND.endorsed));
    this.needsAdoptionMask = maskOf(marks.filter((m) => m.requiresAdoption));
    const from = this.levels.includes(rewardLevel) ? rank(rewardLevel) : 0;
    this.rewarded = [...this.adoptions].filter((m) => rank(m.level) >= from).reverse();
    this.rewardMask = maskOf(this.rewarded);
    this.countIndexes = marks.flatMap((m, i) => (m.count ? [i] : []));
  }

  get(key: string): MarkDef | undefined {
    return this.byKey.get(key);
  }

  /** The bit set of these marks (0 for a key the scheme lacks). */
  mask(keys: Iterable<string>): number {
    let mask = 0;
    for (const key of keys) mask |= this.byKey.get(key)?.bit ?? 0;
    return mask;
  }

  /** The 采用 mark of a level, if the scheme has one. */
  adoptionAt(level: string): MarkDef | undefined {
    return this.adoptions.find((m) => m.level === level);
  }

  /** Points of every combination of flags (counts add the rest per item). */
  pointsTable(): Float64Array {
    const table = new Float64Array(1 << this.marks.length);
    for (let mask = 0; mask < table.length; mask++) {
      let p = this.basePoints;
      for (const m of this.marks) if (mask & m.bit) p += m.points;
      table[mask] = p;
    }
    return table;
  }
}

/** The rule-set row of the 报送 points (U1), which every item earns and no column marks. */
export const SUBMITTED = "submitted";

const maskOf = (marks: readonly MarkDef[]) => marks.reduce((mask, m) => mask | m.bit, 0);

function markDef(row: MarkRuleRow, index: number): MarkDef {
  const known = DEFAULT_MARKS[row.mark];
  const names = row.column?.length ? row.column : (known?.names ?? [row.mark]);
  const kind = row.kind ?? known?.kind ?? row.mark;
  return {
    key: row.mark,
    name: names[0],
    names,
    level: row.level ?? known?.level ?? "",
    kind,
    points: row.points,
    rule: row.rule,
    label: row.label,
    requiresAdoption: row.requiresAdoption ?? (kind === KIND.excellent || kind === KIND.endorsed),
    count: row.count ?? false,
    bit: 1 << index,
    own: !known || row.column !== undefined,
  };
}

/** Levels low to high: those the rules order (the default four first), then new ones in the order marks name them. */
function orderLevels(marks: readonly MarkDef[], levelOrder: readonly string[]): string[] {
  const used = new Set(marks.map((m) => m.level).filter(Boolean));
  const order = [...new Set([...DEFAULT_LEVELS.filter((l) => !levelOrder.includes(l)), ...levelOrder])];
  for (const m of marks) if (m.level && !order.includes(m.level)) order.push(m.level);
  return order.filter((l) => used.has(l));
}

/** Normalised names of a mark's column, to find two marks reading one column. */
export const columnKeys = (m: Pick<MarkDef, "names">): string[] => m.names.map(normaliseName);
