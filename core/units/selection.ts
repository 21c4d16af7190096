// Rewards and year-end selections: N5 (用稿奖励 list), N7 (先进单位 candidates) and
// N8 (优秀信息工作者 candidates).
import { containsDay, type Period } from "../period.ts";
import { rankDescending } from "../rank.ts";
import type { RuleSet } from "../rules/schema.ts";
import { hasMark, markMask, type Level } from "../model.ts";

const REWARDED = markMask(["city.adopted", "province.adopted", "central.adopted"]);
import type { UnitRow } from "./ranking.ts";
import type { ScoredItem } from "./score.ts";

/** N7: rank at most advancedUnits (ties at the boundary all kept), score above 0. */
export function markAdvancedUnits(rows: UnitRow[], rules: RuleSet): void {
  const { advancedUnits, rankWithinCategory } = rules.selection;
  for (const row of rows) {
    const rank = rankWithinCategory ? row.categoryRank : row.rank;
    row.advancedCandidate = row.score > 0 && rank <= advancedUnits;
  }
}

export interface RewardItem {
  item: ScoredItem;
  unitName: string;
  /** Highest level that adopted the item. */
  level: Level;
}

/** N5: items adopted by the city, the province or the central level in the period. */
export function rewardList(items: readonly ScoredItem[], period: Period, unitName: (index: number) => string): RewardItem[] {
  const out: RewardItem[] = [];
  for (const item of items) {
    const m = item.sub.marks;
    if (!containsDay(period, item.sub.date) || (m & REWARDED) === 0) continue;
    const level: Level | undefined = hasMark(m, "central.adopted") ? "central" : hasMark(m, "province.adopted") ? "province" : hasMark(m, "city.adopted") ? "city" : undefined;
    if (level) out.push({ item, unitName: unitName(item.unitIndex), level });
  }
  const weight = { central: 0, province: 1, city: 2, district: 3 };
  return out.sort((a, b) => weight[a.level] - weight[b.level] || a.item.sub.date - b.item.sub.date);
}

export interface WorkerRow {
  author: string;
  rank: number;
  score: number;
  items: number;
  units: string[];
  excellentCandidate: boolean;
}

/**
 * N8: authors (撰稿人) ranked by the points of their items in the period. Co-authors written in
 * one cell (张三、李四) each get the item's full points; blank authors are left out.
 */
export function workerTable(items: readonly ScoredItem[], period: Period, rules: RuleSet, unitName: (index: number) => string): WorkerRow[] {
  const separators = new RegExp(`[${escapeClass(rules.selection.authorSeparators)}]`);
  // Per author: its row, the units it wrote for, and the last unit seen (authors mostly write
  // for one unit, so the set is rarely touched). Per 撰稿人 cell: its authors, split once.
  interface Acc { row: WorkerRow; units: Set<number>; lastUnit: number }
  const byAuthor = new Map<string, Acc>();
  const accsOf = new Map<string, Acc[]>();
  const accFor = (author: string): Acc => {
    let acc = byAuthor.get(author);
    if (!acc) byAuthor.set(author, (acc = { row: { author, rank: 0, score: 0, items: 0, units: [], excellentCandidate: false }, units: new Set(), lastUnit: -1 }));
    return acc;
  };
  for (const item of items) {
    const cell = item.sub.author;
    if (!cell || !containsDay(period, item.sub.date)) continue;
    let accs = accsOf.get(cell);
    if (!accs) accsOf.set(cell, (accs = [...new Set(cell.split(separators).map((a) => a.trim()).filter(Boolean))].map(accFor)));
    for (const acc of accs) {
      acc.row.score += item.points;
      acc.row.items++;
      if (acc.lastUnit !== item.unitIndex) {
        acc.units.add(item.unitIndex);
        acc.lastUnit = item.unitIndex;
      }
    }
  }
  for (const acc of byAuthor.values()) acc.row.units = [...acc.units].sort((a, b) => a - b).map(unitName);
  const { method, decimals } = rules.ranking;
  const ranked = rankDescending([...byAuthor.values()].map((a) => a.row), (w) => w.score, method, decimals, (a, b) => b.items - a.items || a.author.localeCompare(b.author, "zh"));
  return ranked.map(({ item, rank }) => {
    item.rank = rank;
    item.excellentCandidate = item.score > 0 && rank <= rules.selection.excellentWorkers;
    return item;
  });
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");
