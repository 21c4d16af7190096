// Result sheets about units: the monthly notice or period summary, missing-submission notices,
// key assistance, rewards, advanced-unit and excellent-worker candidates.
import { hasMark } from "../model.ts";
import { fill, sheet, titleBlocks, type SheetContext } from "./context.ts";
import { excelSerial, table, text, type Block, type CellV, type SheetModel } from "./model.ts";
import { monthSpan } from "./letters.ts";
import { roundHalfAway } from "../values.ts";

const LEVEL_TEXT = { district: "区", city: "市委办", province: "省委办", central: "中央" } as const;


/** N4: units missing three months or more, with columns the office fills in (帮促措施, 责任人, 完成时限). */
export function assistSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.units
    .filter((u) => u.missing.action === "assist")
    .map((u): CellV[] => [
      u.unit.name, u.unit.category ?? "", u.unit.leader ?? "", u.unit.officer ?? "", u.missing.streak, monthSpan(u.missing.months), "", "", "",
    ]);
  const blocks: Block[] = [
    ...titleBlocks(ctx, "assistTitle"),
    table(
      ["单位", "类别", "主要负责人", "信息员", "连续缺报月数", "缺报月份", "帮促措施", "责任人", "完成时限"],
      ["textWrap", "center", "textWrap", "textWrap", "int", "textWrap", "textWrap", "textWrap", "textWrap"],
      rows,
      { repeatHeader: true, minRowHeight: 48 },
    ),
  ];
  if (ctx.results.assessedMonth === null) blocks.push(text(fill(ctx, "noMonthEnded"), "note", 30));
  else if (rows.length === 0) blocks.push(text("本期没有连续缺报三个月及以上的单位。", "note", 20));
  else blocks.push(text(fill(ctx, "assistNote"), "note", 20));
  return sheet("重点帮促", "assist", [18, 7, 9, 9, 8, 20, 34, 9, 10], blocks, true);
}

/** N5: items adopted by the city, the province or the central level. */
export function rewardSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.rewards.map((r, i): CellV[] => {
    const s = r.item.sub;
    const levels = (["central", "province", "city"] as const).filter((l) => hasMark(s.marks, `${l}.adopted`)).map((l) => LEVEL_TEXT[l]);
    return [i + 1, r.unitName, s.author ?? "", s.title, excelSerial(s.date), levels.join("、"), s.publication ?? "", roundHalfAway(r.item.points)];
  });
  return sheet("用稿奖励", "rewards", [5, 18, 9, 40, 14, 10, 16, 6], [
    ...titleBlocks(ctx, "rewardsTitle"),
    table(["序号", "单位", "撰稿人", "标题", "报送日期", "采用级别", "采用刊物", "得分"], ["int", "textWrap", "text", "textWrap", "date", "center", "textWrap", "score"], rows, { repeatHeader: true }),
  ], true);
}

/** N7: advanced-unit candidates. */
export function advancedSheet(ctx: SheetContext): SheetModel {
  const { rankWithinCategory, advancedUnits } = ctx.results.rules.selection;
  const rows = ctx.results.units
    .filter((u) => u.advancedCandidate)
    .map((u): CellV[] => [rankWithinCategory ? u.categoryRank : u.rank, u.unit.name, u.unit.category ?? "", roundHalfAway(u.score), u.submitted, u.adoptedDistrict + u.adoptedCity + u.adoptedProvince + u.adoptedCentral]);
  const note = `按${rankWithinCategory ? "类别内" : ""}排名前 ${advancedUnits} 名(并列同进),得分为 0 的单位不列入。`;
  return sheet("先进单位", "advanced", [8, 22, 10, 10, 8, 8], [
    ...titleBlocks(ctx, "advancedTitle"),
    table([rankWithinCategory ? "类别内排名" : "排名", "单位", "类别", "得分", "报送", "采用"], ["int", "text", "center", "score", "int", "int"], rows),
    text(note, "note"),
  ]);
}

/** N8: excellent-worker candidates (and the whole ranking below them). */
export function workerSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.workers.map((w): CellV[] => [w.rank, w.display, w.unit, w.items, roundHalfAway(w.score), w.excellentCandidate ? "候选" : ""]);
  return sheet("优秀信息工作者", "workers", [6, 22, 22, 6, 8, 9], [
    ...titleBlocks(ctx, "workersTitle"),
    table(["排名", "撰稿人", "单位", "条数", "得分", "优秀候选"], ["int", "textWrap", "textWrap", "int", "score", "center"], rows, { repeatHeader: true }),
    text(`前 ${ctx.results.rules.selection.excellentWorkers} 名(并列同进)且得分大于 0 为候选;多人合写的信息每位撰稿人均计全分。`, "note"),
  ]);
}
