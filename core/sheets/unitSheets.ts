// Result sheets about units: the monthly notice or period summary, missing-submission notices,
// key assistance, rewards, advanced-unit and excellent-worker candidates.
import { levelWord } from "../marks.ts";
import { byCategory, categoryGroups } from "../units/categories.ts";
import { fill, sheet, titleBlocks, type SheetContext } from "./context.ts";
import { excelSerial, table, text, type Block, type CellV, type SheetModel } from "./sheetModel.ts";
import { monthSpan } from "./letters.ts";
import { roundHalfAway } from "../values.ts";
import { HEADERS, WORDS } from "./outputTemplate.ts";

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

/** N8: excellent-worker candidates (and the whole ranking below them). */
export function workerSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.workers.map((w): CellV[] => [
    w.rank,
    w.display,
    w.unit,
    w.items,
    roundHalfAway(w.score),
    w.excellentCandidate ? WORDS.candidate : "",
  ]);
  return sheet(
    "workers",
    [6, 22, 22, 6, 8, 9],
    [
      ...titleBlocks(ctx, "workersTitle"),
      table([...HEADERS.workers], ["int", "textWrap", "textWrap", "int", "score", "center"], rows, { repeatHeader: true }),
      text(fill(ctx, "workersNote", { 优秀工作者数: ctx.results.rules.selection.excellentWorkers }), "note"),
    ],
  );
}
