// Rewards and year-end selections: N5 (用稿奖励 list), N7 (先进单位 candidates) and
// N8 (优秀信息工作者 candidates).
import { containsDay, type Period } from "../period.ts";
import { rankDescending } from "../rank.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { MarkDef } from "../marks.ts";
import { schemeOf } from "../rules/scheme.ts";
import type { UnitRow } from "./ranking.ts";
import type { ScoredItem } from "./score.ts";
import { DOC_LANG, t } from "../text.ts";

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
  /** The 采用 marks at or above the reward level that the item has, highest first. */
  adoptions: MarkDef[];
}

/** N5: items adopted at the scheme's reward level or above in the period (市, 省, 中央 by default), highest level first. */
export function rewardList(
  items: readonly ScoredItem[],
  period: Period,
  rules: RuleSet,
  unitName: (index: number) => string,
): RewardItem[] {
  const scheme = schemeOf(rules);
  const out: Array<RewardItem & { top: number }> = [];
  for (const item of items) {
    const m = item.sub.marks;
    if (!containsDay(period, item.sub.date) || (m & scheme.rewardMask) === 0) continue;
    const adoptions = scheme.rewarded.filter((mark) => (m & mark.bit) !== 0);
    out.push({ item, unitName: unitName(item.unitIndex), adoptions, top: scheme.rewarded.indexOf(adoptions[0]) });
  }
  out.sort((a, b) => a.top - b.top || a.item.sub.date - b.item.sub.date);
  return out.map(({ item, unitName, adoptions }) => ({ item, unitName, adoptions }));
}

export interface WorkerRow {
  author: string;
  /** The unit the author wrote for (D3: the same name in two units is two people). */
  unit: string;
  /** The name as sheets show it: 姓名(单位) when the name occurs under more than one unit. */
  display: string;
  rank: number;
  score: number;
  items: number;
  excellentCandidate: boolean;
}

/**
 * N8 with D3: information workers are (报送单位, 撰稿人) pairs ranked by the points of their items in
 * the period. Co-authors written in one cell (张三、李四) each get the item's full points; blank
 * authors are left out.
 */
export function workerTable(
  items: readonly ScoredItem[],
  period: Period,
  rules: RuleSet,
  unitName: (index: number) => string,
): WorkerRow[] {
  const separators = new RegExp(`[${escapeClass(rules.selection.authorSeparators)}]`);
  // Per unit (by roster index): its workers by name, and each 撰稿人 cell's workers, split once —
  // logs repeat the same cells, and a million rows must not build a million keys.
  const workersOf: Array<Map<string, WorkerRow>> = [];
  const cellsOf: Array<Map<string, WorkerRow[]>> = [];
  const workers: WorkerRow[] = [];
  const rowFor = (author: string, unitIndex: number): WorkerRow => {
    const byName = (workersOf[unitIndex] ??= new Map());
    let row = byName.get(author);
    if (!row) {
      row = { author, unit: unitName(unitIndex), display: author, rank: 0, score: 0, items: 0, excellentCandidate: false };
      byName.set(author, row);
      workers.push(row);
    }
    return row;
  };
  for (const item of items) {
    const cell = item.sub.author;
    if (!cell || !containsDay(period, item.sub.date)) continue;
    const cells = (cellsOf[item.unitIndex] ??= new Map());
    let rows = cells.get(cell);
    if (!rows) {
      const authors = [
        ...new Set(
          cell
            .split(separators)
            .map((a) => a.trim())
            .filter(Boolean),
        ),
      ];
      cells.set(cell, (rows = authors.map((a) => rowFor(a, item.unitIndex))));
    }
    for (const row of rows) {
      row.score += item.points;
      row.items++;
    }
  }
  markSharedNames(workers);
  const { method, decimals } = rules.ranking;
  // Ties in pinyin order of name, then unit; each distinct name is placed once, not per comparison.
  const nameOrder = collationOrder(workers.map((w) => w.author));
  const unitOrder = collationOrder(workers.map((w) => w.unit));
  const tieBreak = (a: WorkerRow, b: WorkerRow) =>
    b.items - a.items || nameOrder.get(a.author)! - nameOrder.get(b.author)! || unitOrder.get(a.unit)! - unitOrder.get(b.unit)!;
  const ranked = rankDescending(workers, (w) => w.score, method, decimals, tieBreak);
  return ranked.map(({ item, rank }) => {
    item.rank = rank;
    item.excellentCandidate = item.score > 0 && rank <= rules.selection.excellentWorkers;
    return item;
  });
}

/** A name under more than one unit is shown with its unit: 王磊(古邵镇), 王磊(区农业农村局). */
function markSharedNames(workers: WorkerRow[]): void {
  const count = new Map<string, number>();
  for (const w of workers) count.set(w.author, (count.get(w.author) ?? 0) + 1);
  for (const w of workers)
    if ((count.get(w.author) ?? 0) > 1) w.display = t(DOC_LANG, "doc.authorOfUnit", { author: w.author, unit: w.unit });
}

/** One collator for every comparison: localeCompare(…, "zh") builds one per call. */
const ZH = new Intl.Collator("zh");

/** Each distinct text's place in Chinese (pinyin) order. */
function collationOrder(texts: string[]): Map<string, number> {
  return new Map([...new Set(texts)].sort(ZH.compare).map((t, i) => [t, i]));
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");
