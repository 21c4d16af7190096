// Result sheets for the staff appraisal, the audit trail and the issues found.
import type { Issue } from "../issues.ts";
import type { RuleSet } from "../rules/schema.ts";
import { itemAudit, type ScoredItem } from "../units/score.ts";
import { sheet, titleBlocks, type SheetContext } from "./context.ts";
import { excelSerial, table, text, type CellV, type SheetModel, type TableBlock } from "./model.ts";

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

/**
 * The audit trail: every point with its rule and source cell. One row per log item (its rules
 * and their points, e.g. "U1 1 + U2 5 + U5 50"), then one row per staff entry. Compact on
 * purpose: a year's log of a million items must still fit and write quickly.
 * Long trails continue on more sheets.
 */
export function auditSheets(ctx: SheetContext): SheetModel[] {
  const { results } = ctx;
  const { period, items, rules, roster } = results;
  const inPeriod = (item: ScoredItem) => item.sub.date >= period.startDay && item.sub.date <= period.endDay;
  let count = 0;
  for (const item of items) if (inPeriod(item)) count++;
  for (const person of results.staff) count += person.audit.length;
  const rulesText = itemRulesText(rules);
  function* allRows(): Generator<CellV[]> {
    for (const item of items) {
      if (!inPeriod(item)) continue;
      const s = item.sub;
      yield [roster[item.unitIndex].name, excelSerial(s.date), s.title, rulesText(item), item.points, `${s.source.sheet}!${s.source.row}`];
    }
    for (const person of results.staff) {
      for (const e of person.audit) yield [e.subject, null, e.note ? `${e.label}(${e.note})` : e.label, e.rule, e.points, e.sheet ? `${e.sheet}!${e.cell}` : ""];
    }
  }
  const legend = rules.units.points.map((p) => `${p.rule} ${p.label} ${p.points}分`).join(";");
  const parts = Math.max(1, Math.ceil(count / MAX_TABLE_ROWS));
  const sheets: SheetModel[] = [];
  for (let part = 0; part < parts; part++) {
    const from = part * MAX_TABLE_ROWS;
    const rowCount = Math.min(MAX_TABLE_ROWS, count - from);
    const block: TableBlock = {
      kind: "table",
      header: ["对象", "日期", "标题或事项", "计分规则", "分值", "来源(工作表!行或单元格)"],
      styles: ["text", "date", "text", "text", "score", "text"],
      rowCount,
      repeatHeader: true,
      rows: function* () {
        let i = 0;
        for (const row of allRows()) {
          if (i++ < from) continue;
          if (i > from + rowCount) return;
          yield row;
        }
      },
    };
    const name = part === 0 ? "计分明细" : `计分明细(${part + 1})`;
    sheets.push(sheet(name, "audit", [16, 11, 40, 26, 8, 16], [...titleBlocks(ctx, "auditTitle"), text(`规则:${legend}`, "note"), block], true));
  }
  return sheets;
}

/** "U1 1 + U2 5 + U5 50" for an item; cached per combination of marks and lateness. */
function itemRulesText(rules: RuleSet): (item: ScoredItem) => string {
  const cache = new Map<string, string>();
  return (item) => {
    const key = `${item.sub.marks}|${item.late?.rule ?? ""}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = itemAudit(item, "", rules).map((e) => `${e.rule} ${e.points}`).join(" + ");
      cache.set(key, text);
    }
    return text;
  };
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

