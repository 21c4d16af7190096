// Result sheets for the staff appraisal, the audit trail and the issues found.
import { auditTrail } from "../compute.ts";
import type { Issue } from "../issues.ts";
import { itemAudit } from "../units/score.ts";
import { sheet, titleBlocks, type SheetContext } from "./context.ts";
import { table, text, type CellV, type SheetModel, type TableBlock } from "./model.ts";

/** A1–A6: the appraisal table, in rank order (待评 last). */
export function staffSheet(ctx: SheetContext): SheetModel {
  const people = [...ctx.results.staff].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const rows = people.map((s): CellV[] => [
    s.rank, s.name, s.public, s.business, s.bonus, s.daily, s.mass, s.group, s.meeting, s.composite, s.grade, s.unfinishedTasks,
  ]);
  const w = ctx.results.rules.appraisal.weights;
  const note = `综合得分 = 群众评议×${w.mass} + 考评小组×${w.group} + 主任办公会×${w.meeting} + 日常考核×${w.daily}(评议分按百分制×10 折算);低于 ${ctx.results.rules.appraisal.unfitBelow} 分为不称职。`;
  return sheet("个人考核结果", "staff", [6, 10, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10], [
    ...titleBlocks(ctx, "staffTitle"),
    table(
      ["排名", "姓名", "公共部分", "业务部分", "奖励加分", "日常考核", "群众评议", "考评小组", "主任办公会", "综合得分", "等次", "未按时完成任务"],
      ["int", "text", "score", "score", "score", "score", "score", "score", "score", "score", "center", "int"],
      rows,
      { dataBars: [9], repeatHeader: true },
    ),
    text(note, "note"),
  ], true);
}

/** Most rows a sheet of ours takes; Excel's limit is 1,048,576 and the title needs a few. */
export const MAX_TABLE_ROWS = 1_000_000;

/** The audit trail: every point with its rule and source cell. Long trails continue on more sheets. */
export function auditSheets(ctx: SheetContext): SheetModel[] {
  const { results } = ctx;
  const { period, items, rules } = results;
  let count = 0;
  for (const item of items) if (item.sub.date >= period.startDay && item.sub.date <= period.endDay) count += itemAudit(item, "", rules).length;
  for (const person of results.staff) count += person.audit.length;
  const parts = Math.max(1, Math.ceil(count / MAX_TABLE_ROWS));
  const sheets: SheetModel[] = [];
  for (let part = 0; part < parts; part++) {
    const from = part * MAX_TABLE_ROWS;
    const rowCount = Math.min(MAX_TABLE_ROWS, count - from);
    const block: TableBlock = {
      kind: "table",
      header: ["对象", "规则", "说明", "分值", "来源工作表", "来源单元格", "日期与标题"],
      styles: ["text", "center", "text", "score", "text", "center", "text"],
      rowCount,
      repeatHeader: true,
      rows: function* () {
        let i = 0;
        for (const e of auditTrail(results)) {
          if (i++ < from) continue;
          if (i > from + rowCount) return;
          yield [e.subject, e.rule, e.label, e.points, e.sheet, e.cell, e.note];
        }
      },
    };
    const name = part === 0 ? "计分明细" : `计分明细(${part + 1})`;
    sheets.push(sheet(name, "audit", [16, 8, 34, 8, 10, 10, 40], [...titleBlocks(ctx, "auditTitle"), block], true));
  }
  return sheets;
}

const SEVERITY_TEXT = { error: "错误", warning: "提示" } as const;

/** Every issue found, errors first, each naming sheet, cell and rule. */
export function issuesSheet(ctx: SheetContext, issues: readonly Issue[] = ctx.results.issues): SheetModel {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const rows = sorted.map((i): CellV[] => [SEVERITY_TEXT[i.severity], i.sheet, i.cell, i.rule, i.message]);
  const errors = issues.filter((i) => i.severity === "error").length;
  const summary = `共 ${issues.length} 条:错误 ${errors} 条(相应行未计分),提示 ${issues.length - errors} 条(已计分,请核对)。`;
  return sheet("校验问题", "issues", [8, 14, 10, 8, 80], [
    ...titleBlocks(ctx, "issuesTitle"),
    text(issues.length ? summary : "未发现问题。", "note"),
    table(["级别", "工作表", "单元格", "规则", "说明"], ["center", "text", "center", "center", "textWrap"], rows, { repeatHeader: true }),
  ], true);
}

