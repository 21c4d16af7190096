// The ranking table of the 通报: 排名, 单位, 报送, 采用 by level, 优秀, 批示, 迟报, the period's
// score, 上月排名 and 升降 (monthly), 本年累计得分 and 累计条数 (unless the period starts on 1 January), and a 合计 row. With 按类别排名
// one table per category with ranks inside it; otherwise one table with a 类别 column. A quarter,
// half-year or year summary has a 附件 of the scores month by month, on a sheet of its own.
import { yearToDate, type Period, type PeriodKind } from "../period.ts";
import { byCategory, categoryGroups } from "../units/categories.ts";
import type { UnitRow } from "../units/ranking.ts";
import { schemeOf } from "../rules/scheme.ts";
import { firstDayOfMonth, monthNumber, roundHalfAway } from "../values.ts";
import { fill, paragraphs, sheet, spanWidth, titleBlocks, type SheetContext } from "./context.ts";
import { sheetName } from "./registry.ts";
import { columnOrder } from "./customise.ts";
import { table, text, type Block, type CellV, type SheetModel, type StyleKey } from "./sheetModel.ts";
import { fillTemplate, RANKING_HEADERS as H, WORDS } from "./outputTemplate.ts";

interface Column {
  header: string;
  style: StyleKey;
  width: number;
  value: (u: UnitRow) => CellV;
  /** Summed in the 合计 row. */
  total?: boolean;
}

/**
 * 升降: ↑2 (up two places), ↓1, — (same place); blank without a previous rank. A unit with no
 * points this month never rises: it only shares a place with others who also have none (the
 * note under the table says so when it happens, heldBack).
 */
function rankChange(previous: number | undefined, current: number, score: number): string {
  if (previous === undefined) return "";
  const d = previous - current;
  return d > 0 && score > 0 ? `↑${d}` : d < 0 ? `↓${-d}` : "—";
}

/** The score column's header by the period's kind: 本月得分, 本季度得分 … 期间得分 for a date range. */
const scoreHeader = (kind: PeriodKind): string =>
  ({ month: H.monthScore, quarter: H.quarterScore, half: H.halfScore, year: H.yearScore, range: H.periodScore })[kind];

function columns(ctx: SheetContext, withinCategory: boolean, ytd: Map<number, number>): Column[] {
  const { results } = ctx;
  const rankOf = (u: UnitRow) => (withinCategory ? u.categoryRank : u.rank);
  const prev = previousRanks(ctx, withinCategory);
  const score = scoreHeader(results.period.kind);
  const cols: Column[] = [
    { header: H.rank, style: "center", width: 5, value: rankOf },
    { header: H.unit, style: "textWrap", width: 18, value: (u) => u.unit.name },
  ];
  if (!withinCategory) cols.push({ header: H.category, style: "center", width: 7, value: (u) => u.unit.category ?? "" });
  const n = (header: string, width: number, value: (u: UnitRow) => number): Column => ({ header, style: "int", width, value, total: true });
  cols.push(
    n(H.submitted, 5.5, (u) => u.submitted),
    // One column per 采用 level of the scheme, low to high, headed by the mark's column name.
    ...adoptionColumns(ctx).map(({ name, index }) => n(name, Math.max(6, 2 * name.length), (u) => u.marks[index])),
    n(H.excellent, 5.5, (u) => u.excellent),
    n(H.endorsed, 5.5, (u) => u.endorsed),
    n(H.late, 5.5, (u) => u.late),
    { header: score, style: "score", width: Math.max(8, 2 * score.length), value: (u) => roundHalfAway(u.score), total: true },
  );
  if (prev) {
    cols.push(
      { header: H.previousRank, style: "center", width: 8, value: (u) => prev.get(u.index) ?? "" },
      { header: H.change, style: "center", width: 5.5, value: (u) => rankChange(prev.get(u.index), rankOf(u), u.score) },
    );
  }
  // From 1 January the period's figures are the year's: 本年累计得分 and 累计条数 would repeat its score and 报送.
  if (results.period.startDay !== yearToDate(results.period).startDay) {
    cols.push(
      { header: H.ytdScore, style: "score", width: 12, value: (u) => roundHalfAway(u.ytdScore), total: true },
      { header: H.ytdCount, style: "int", width: 8, value: (u) => ytd.get(u.index) ?? 0, total: true },
    );
  }
  return cols;
}

/** The scheme's 采用 marks, low level to high, with their index in a unit's mark counts. */
function adoptionColumns(ctx: SheetContext): Array<{ name: string; index: number }> {
  const scheme = schemeOf(ctx.results.rules);
  return scheme.adoptions.map((m) => ({ name: m.name, index: scheme.marks.indexOf(m) }));
}

/** Previous month's rank (within the category when ranking by category), by unit; undefined when unknown. */
function previousRanks(ctx: SheetContext, withinCategory: boolean): Map<number, number> | undefined {
  const previous = ctx.results.previousUnits;
  // A month with nothing in the log (before the log starts) has no ranking worth showing.
  if (!previous || !previous.some((u) => u.submitted > 0)) return previous ? new Map() : undefined;
  return new Map(previous.map((u) => [u.index, withinCategory ? u.categoryRank : u.rank]));
}

function totalRow(cols: Column[], units: readonly UnitRow[]): CellV[] {
  return cols.map((c, i) => {
    if (i === 0) return H.total;
    if (!c.total) return "";
    return roundHalfAway(units.reduce((s, u) => s + Number(c.value(u) || 0), 0));
  });
}

function oneTable(cols: Column[], units: readonly UnitRow[]): Block {
  const rows = units.map((u) => cols.map((c) => c.value(u)));
  rows.push(totalRow(cols, units));
  return table(
    cols.map((c) => c.header),
    cols.map((c) => c.style),
    rows,
    { repeatHeader: true },
  );
}

/** Whether a summary has the 附件 of scores month by month: a quarter, a half-year or a year. */
export const hasAppendix = (period: Period): boolean =>
  period.kind !== "month" && period.kind !== "range" && period.endMonth - period.startMonth >= 1;

/**
 * The 附件 of a summary: each unit's score month by month, in the 通报's order, on a sheet of its
 * own so that every printed page is headed by this table's own header (a sheet repeats one header).
 */
export function appendixSheet(ctx: SheetContext): SheetModel | undefined {
  const { period, units, rules } = ctx.results;
  if (!hasAppendix(period)) return undefined;
  const months = period.endMonth - period.startMonth + 1;
  const withinCategory = byCategory(units, rules.selection.rankWithinCategory);
  const ordered = withinCategory ? categoryGroups(units).flatMap((g) => g.units) : units;
  const monthHeader = (i: number) => fillTemplate(WORDS.month, { 月: monthNumber(period.startMonth + i) });
  const first = withinCategory ? [WORDS.rankInCategory, H.unit, H.category] : [H.rank, H.unit];
  const header = [...first, ...Array.from({ length: months }, (_, i) => monthHeader(i)), H.total];
  const styles: StyleKey[] = [
    ...first.map((_, i): StyleKey => (i === 1 ? "textWrap" : "center")),
    ...header.slice(first.length).map((): StyleKey => "score"),
  ];
  // Months that had not begun by the as-of date are left blank, not shown as 0 (D1).
  const asOf = ctx.results.asOf;
  const begun = (i: number) => asOf === undefined || firstDayOfMonth(period.startMonth + i) <= asOf;
  const rows = ordered.map((u): CellV[] => [
    withinCategory ? u.categoryRank : u.rank,
    u.unit.name,
    ...(withinCategory ? [u.unit.category || WORDS.otherUnits] : []),
    ...u.monthScores.map((s, i) => (begun(i) ? roundHalfAway(s) : "")),
    roundHalfAway(u.score),
  ]);
  const widths = [
    ...(withinCategory ? [11, 20, 9] : [6, 20]),
    ...header.slice(first.length).map((_, i, a) => (i === a.length - 1 ? 8 : 6.5)),
  ];
  const blocks: Block[] = [
    text(fill(ctx, "appendixLabel"), "appendixLabel", 22),
    ...titleBlocks(ctx, "appendixTitle"),
    table(header, styles, rows, { repeatHeader: true }),
  ];
  return { ...sheet("rankingAppendix", widths, blocks, true, sheetName("rankingAppendix", period.kind)), freezeHeader: true };
}

/** Whether a unit without points moved up a place only by sharing it (its 升降 is — though its rank changed). */
function heldBack(ctx: SheetContext, withinCategory: boolean): boolean {
  const prev = previousRanks(ctx, withinCategory);
  if (!prev) return false;
  return ctx.results.units.some((u) => u.score <= 0 && (prev.get(u.index) ?? 0) > (withinCategory ? u.categoryRank : u.rank));
}

export function rankingTables(ctx: SheetContext, ytd: Map<number, number>): { tables: Block[]; widths: number[] } {
  const { units, rules } = ctx.results;
  const withinCategory = byCategory(units, rules.selection.rankWithinCategory);
  const cols = columns(ctx, withinCategory, ytd);
  const tables: Block[] = [];
  if (withinCategory) {
    categoryGroups(units).forEach(({ category, units: rows }, i) => {
      const heading = fillTemplate(WORDS.categoryHeading, { 序: WORDS.ordinals[i] ?? i + 1, 类别: category || WORDS.otherUnits });
      tables.push({ ...text(heading, "letterBody", 22), keepWithNext: true }, oneTable(cols, rows));
    });
  } else {
    tables.push(oneTable(cols, units));
  }
  const widths = cols.map((c) => c.width);
  const note = fill(ctx, "rankChangeNote").trim();
  // Only where the 升降 column is shown (a 列 list may leave it out).
  const header = cols.map((c) => c.header);
  const shown = columnOrder(header, ctx.columns[sheetName("ranking", ctx.results.period.kind)]).includes(header.indexOf(H.change));
  if (note && shown && heldBack(ctx, withinCategory)) {
    tables.push(...paragraphs(note, "note", spanWidth(widths, widths.length), false));
  }
  return { tables, widths };
}
