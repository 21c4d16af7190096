// Result sheets about units: the monthly notice or period summary, missing-submission notices,
// key assistance, rewards, advanced-unit and excellent-worker candidates.
import { levelWord } from "../marks.ts";
import { byCategory, categoryGroups } from "../units/categories.ts";
import { fill, sheet, titleBlocks, type SheetContext } from "./context.ts";
import { excelSerial, table, text, type Block, type CellV, type SheetModel } from "./sheetModel.ts";
import { monthSpan } from "./letters.ts";
import { roundHalfAway } from "../values.ts";
import { HEADERS, WORDS } from "./outputTemplate.ts";
import { columnOrder } from "./customise.ts";
import { textUnits } from "./paper.ts";
import { sheetName } from "./registry.ts";

/** N4: units missing three months or more, with columns the office fills in (帮促措施, 责任人, 完成时限). */
export function assistSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.units
    .filter((u) => u.missing.action === "assist")
    .map((u): CellV[] => [
      u.unit.name,
      u.unit.category ?? "",
      u.unit.leader ?? "",
      u.unit.officer ?? "",
      u.missing.streak,
      monthSpan(u.missing.months),
      "",
      "",
      "",
    ]);
  const blocks: Block[] = [
    ...titleBlocks(ctx, "assistTitle"),
    table(
      [...HEADERS.assist],
      // The count centred: right-aligned it reads into the left-aligned 缺报月份 beside it ("92026年4月").
      ["textWrap", "center", "textWrap", "textWrap", "center", "textWrap", "textWrap", "textWrap", "textWrap"],
      rows,
      { repeatHeader: true, minRowHeight: 48 },
    ),
  ];
  if (ctx.results.assessedMonth === null) blocks.push(text(fill(ctx, "noMonthEnded"), "note", 30));
  else if (rows.length === 0) blocks.push(text(fill(ctx, "assistNone", { 帮促月数: ctx.results.rules.notices.assistStreak }), "note", 20));
  else {
    const note = fill(ctx, "assistNote");
    if (note.trim()) blocks.push(text(note, "note", 20));
  }
  return sheet("assist", [18, 7, 9, 9, 8, 20, 34, 9, 10], blocks, true);
}

/** N5: items adopted at the scheme's reward level or above (市, 省, 中央 by default), the highest level first. */
export function rewardSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.rewards.map((r, i): CellV[] => {
    const s = r.item.sub;
    const levels = r.adoptions.map((m) => levelWord(m.level));
    return [
      i + 1,
      r.unitName,
      s.author ?? "",
      s.title,
      excelSerial(s.date),
      levels.join(WORDS.listSeparator),
      s.publication ?? "",
      roundHalfAway(r.item.points),
    ];
  });
  return sheet(
    "rewards",
    // 采用级别 wide enough for every level on one line (中央、省委办、市委办): the reward is for the highest.
    [5, 16, 9, 36, 14, 21, 18, 6],
    [
      ...titleBlocks(ctx, "rewardsTitle"),
      table([...HEADERS.rewards], ["int", "textWrap", "text", "textWrap", "date", "center", "textWrap", "score"], rows, {
        repeatHeader: true,
      }),
    ],
    true,
  );
}

/**
 * N7 with D8: advanced-unit candidates; by 类别 (roster 类别 order, 其他单位 last) with the rank
 * within it when ranking by 类别. 采用 counts items adopted at any level, not marks.
 */
export function advancedSheet(ctx: SheetContext): SheetModel {
  const { rankWithinCategory, advancedUnits } = ctx.results.rules.selection;
  const candidates = ctx.results.units.filter((u) => u.advancedCandidate);
  const withinCategory = rankWithinCategory && byCategory(ctx.results.units, true);
  const ordered = withinCategory ? categoryGroups(candidates).flatMap((g) => g.units) : candidates;
  const rows = ordered.map((u): CellV[] => [
    withinCategory ? u.categoryRank : u.rank,
    u.unit.name,
    (u.unit.category ?? "") || (withinCategory ? WORDS.otherUnits : ""),
    roundHalfAway(u.score),
    u.submitted,
    u.adoptedAny,
  ]);
  const note = fill(ctx, "advancedNote", { 排名范围: withinCategory ? WORDS.withinCategory : "", 先进单位数: advancedUnits });
  return sheet(
    "advanced",
    [withinCategory ? 11 : 8, 22, 10, 10, 8, 8],
    [
      ...titleBlocks(ctx, "advancedTitle"),
      table(
        [withinCategory ? WORDS.rankInCategory : HEADERS.advanced[0], ...HEADERS.advanced.slice(1)],
        ["int", "text", "center", "score", "int", "int"],
        rows,
      ),
      text(note, "note"),
    ],
  );
}

/** Width (column units) that holds the longest of some texts on one line, within the page's reach. */
const widthFor = (texts: readonly string[], least: number, most: number): number =>
  Math.min(most, Math.max(least, ...texts.map((x) => Math.ceil(textUnits(x) + 2))));

/**
 * N8: the excellent-worker candidates only (rank within the 名额, ties at the boundary in, score above 0),
 * as 先进单位 lists its candidates; the JSON keeps every worker. The 撰稿人 is the bare name beside a
 * 单位 column: 姓名（单位） (D3) tells namesakes apart only where a template leaves the 单位 column out.
 */
export function workerSheet(ctx: SheetContext): SheetModel {
  const header = [...HEADERS.workers];
  const shown = columnOrder(header, ctx.columns[sheetName("workers")]);
  const withUnit = shown.includes(header.indexOf(HEADERS.workers[2]));
  const candidates = ctx.results.workers.filter((w) => w.excellentCandidate);
  const names = candidates.map((w) => (withUnit ? w.author : w.display));
  const rows = candidates.map((w, i): CellV[] => [w.rank, names[i], w.unit, w.items, roundHalfAway(w.score)]);
  // Names and units on one line each (a name broken mid-word reads as two), up to what a portrait page holds.
  const widths = [6, widthFor([header[1], ...names], 10, 34), widthFor([header[2], ...candidates.map((w) => w.unit)], 12, 30), 6, 8];
  return sheet("workers", widths, [
    ...titleBlocks(ctx, "workersTitle"),
    table(header, ["int", "textWrap", "textWrap", "int", "score"], rows, { repeatHeader: true }),
    text(fill(ctx, "workersNote", { 优秀工作者数: ctx.results.rules.selection.excellentWorkers }), "note"),
  ]);
}
