// Result sheets about units: the monthly notice or period summary, missing-submission notices,
// key assistance, rewards, advanced-unit and excellent-worker candidates.
import { hasMark } from "../model.ts";
import type { UnitRow } from "../units/ranking.ts";
import { chineseMonth, monthNumber } from "../values.ts";
import { fill, sheet, titleBlocks, type SheetContext } from "./context.ts";
import { excelSerial, table, text, type Block, type CellV, type SheetModel, type StyleKey } from "./model.ts";

const ACTION_TEXT = { named: "点名通报", notice: "寄发缺报通知单", assist: "重点帮促" } as const;
const LEVEL_TEXT = { district: "区", city: "市委办", province: "省委办", central: "中央" } as const;

const actionText = (u: UnitRow) => (u.missing.action ? `${ACTION_TEXT[u.missing.action]}(缺报${u.missing.streak}个月)` : "");
const monthList = (months: number[]) => months.map(chineseMonth).join("、");

/** N1 / N6: the ranking, with month and year-to-date scores, or one column per month. */
export function rankingSheet(ctx: SheetContext): SheetModel {
  const { results } = ctx;
  const monthly = results.period.kind === "month";
  const months = results.period.endMonth - results.period.startMonth + 1;
  const perMonth = !monthly && results.period.kind !== "range" ? Array.from({ length: months }, (_, i) => `${monthNumber(results.period.startMonth + i)}月`) : [];
  const header = ["排名", "单位", "类别", "报送", "区采用", "市采用", "省采用", "中央采用", "优秀", "批示", "迟报", ...perMonth, monthly ? "本月得分" : "期间得分", "本年累计", "缺报月数", "处理"];
  const styles: StyleKey[] = ["int", "text", "center", "int", "int", "int", "int", "int", "int", "int", "int", ...perMonth.map((): StyleKey => "score"), "score", "score", "int", "text"];
  const rows: CellV[][] = results.units.map((u) => [
    u.rank, u.unit.name, u.unit.category ?? "", u.submitted, u.adoptedDistrict, u.adoptedCity, u.adoptedProvince, u.adoptedCentral,
    u.excellent, u.endorsed, u.late, ...(perMonth.length ? u.monthScores : []), u.score, u.ytdScore, u.missing.streak, actionText(u),
  ]);
  const scoreColumn = header.length - 4;
  const named = results.units.filter((u) => u.missing.action !== null).map((u) => `${u.unit.name}(${u.missing.streak}个月)`);
  const blocks: Block[] = [
    ...titleBlocks(ctx, monthly ? "monthlyTitle" : "summaryTitle"),
    table(header, styles, rows, { dataBars: [scoreColumn, scoreColumn + 1], repeatHeader: true }),
    { kind: "blank" },
    text(fill(ctx, "namedLine", { 单位列表: named.length ? named.join("、") : "无" }), "note"),
  ];
  const name = monthly ? "月度通报" : { quarter: "季度汇总", half: "半年汇总", year: "年度汇总", range: "期间汇总", month: "" }[results.period.kind];
  return sheet(name, "ranking", [6, 22, 8, 7, 7, 7, 7, 8, 6, 6, 6, ...perMonth.map(() => 8), 10, 10, 8, 26], blocks, true);
}

/** N3: one printable notice per unit, one per page, addressed to its 主要负责人. */
export function noticeSheet(ctx: SheetContext): SheetModel {
  const due = ctx.results.units.filter((u) => u.missing.action === "notice");
  const blocks: Block[] = [];
  due.forEach((u, i) => {
    if (i > 0) blocks.push({ kind: "pageBreak" });
    const body = fill(ctx, "noticeBody", {
      单位: u.unit.name, 主要负责人: u.unit.leader ?? "", 缺报月份: monthList(u.missing.months), 缺报月数: u.missing.streak,
    });
    const lines = body.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 34)), 0);
    blocks.push(
      text(fill(ctx, "noticeTitle"), "letterTitle", 40),
      { kind: "blank" },
      text(body, "letterBody", Math.max(60, lines * 20)),
      { kind: "blank" },
      text(fill(ctx, "noticeSign"), "letterSign", 40),
      { kind: "blank" },
      text(fill(ctx, "stampLine"), "note"),
    );
  });
  if (due.length === 0) blocks.push(...titleBlocks(ctx, "noticeTitle"), text("本期没有连续缺报两个月的单位。", "note"));
  const model = sheet("缺报通知单", "notices", [14, 14, 14, 14, 14, 14], blocks);
  return { ...model, freezeHeader: false };
}

/** N4: units missing three months or more. */
export function assistSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.units
    .filter((u) => u.missing.action === "assist")
    .map((u): CellV[] => [u.unit.name, u.unit.category ?? "", u.unit.leader ?? "", u.unit.officer ?? "", u.missing.streak, monthList(u.missing.months)]);
  const blocks: Block[] = [
    ...titleBlocks(ctx, "assistTitle"),
    table(["单位", "类别", "主要负责人", "信息员", "连续缺报月数", "缺报月份"], ["text", "center", "text", "text", "int", "textWrap"], rows, { repeatHeader: true }),
  ];
  if (rows.length === 0) blocks.push(text("本期没有连续缺报三个月及以上的单位。", "note"));
  return sheet("重点帮促", "assist", [22, 8, 12, 12, 12, 40], blocks);
}

/** N5: items adopted by the city, the province or the central level. */
export function rewardSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.rewards.map((r, i): CellV[] => {
    const s = r.item.sub;
    const levels = (["central", "province", "city"] as const).filter((l) => hasMark(s.marks, `${l}.adopted`)).map((l) => LEVEL_TEXT[l]);
    return [i + 1, r.unitName, s.author ?? "", s.title, excelSerial(s.date), levels.join("、"), s.publication ?? "", r.item.points];
  });
  return sheet("用稿奖励", "rewards", [6, 20, 12, 40, 12, 14, 14, 8], [
    ...titleBlocks(ctx, "rewardsTitle"),
    table(["序号", "单位", "撰稿人", "标题", "报送日期", "采用级别", "采用刊物", "得分"], ["int", "text", "text", "textWrap", "date", "center", "text", "score"], rows, { repeatHeader: true }),
  ], true);
}

/** N7: advanced-unit candidates. */
export function advancedSheet(ctx: SheetContext): SheetModel {
  const { rankWithinCategory, advancedUnits } = ctx.results.rules.selection;
  const rows = ctx.results.units
    .filter((u) => u.advancedCandidate)
    .map((u): CellV[] => [rankWithinCategory ? u.categoryRank : u.rank, u.unit.name, u.unit.category ?? "", u.score, u.submitted, u.adoptedDistrict + u.adoptedCity + u.adoptedProvince + u.adoptedCentral]);
  const note = `按${rankWithinCategory ? "类别内" : ""}排名前 ${advancedUnits} 名(并列同进),得分为 0 的单位不列入。`;
  return sheet("先进单位", "advanced", [8, 22, 10, 10, 8, 8], [
    ...titleBlocks(ctx, "advancedTitle"),
    table([rankWithinCategory ? "类别内排名" : "排名", "单位", "类别", "得分", "报送", "采用"], ["int", "text", "center", "score", "int", "int"], rows, { dataBars: [3] }),
    text(note, "note"),
  ]);
}

/** N8: excellent-worker candidates (and the whole ranking below them). */
export function workerSheet(ctx: SheetContext): SheetModel {
  const rows = ctx.results.workers.map((w): CellV[] => [w.rank, w.display, w.unit, w.items, w.score, w.excellentCandidate ? "候选" : ""]);
  return sheet("优秀信息工作者", "workers", [8, 12, 30, 8, 10, 8], [
    ...titleBlocks(ctx, "workersTitle"),
    table(["排名", "撰稿人", "单位", "条数", "得分", "优秀候选"], ["int", "text", "textWrap", "int", "score", "center"], rows, { dataBars: [4], repeatHeader: true }),
    text(`前 ${ctx.results.rules.selection.excellentWorkers} 名(并列同进)且得分大于 0 为候选;多人合写的信息每位撰稿人均计全分。`, "note"),
  ]);
}
