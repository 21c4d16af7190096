// N1 / N6 as a document an office issues: the 月度通报 (or a period summary) in 简报 form —
// 报头 (刊名, 期号, 编发单位 and date over a red rule), 标题, 正文 written from the results,
// the ranking table(s), 落款 and 成文日期, then the 报/送/抄送 lines.
import { containsDay, yearToDate } from "../period.ts";
import { monthNumber } from "../values.ts";
import { bulletinBody } from "./bulletinBody.ts";
import { asOfBlocks, fill, paragraphs, spanWidth, type SheetContext } from "./context.ts";
import { A4_LANDSCAPE, text, type Block, type SheetModel } from "./sheetModel.ts";
import { hasAppendix, rankingTables } from "./rankingTable.ts";
import { sheetName } from "./registry.ts";
import { fillTemplate, WORDS } from "./outputTemplate.ts";

/** A positive whole number written in 输出模板 (起始期号, 起始文号), or undefined when blank or not one. */
export function templateNumber(ctx: SheetContext, key: "firstIssueNumber" | "firstDocNumber"): number | undefined {
  const value = ctx.templates[key].trim();
  return /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/**
 * 期号 (D10): a monthly 通报's is the month's number, or counted on from 起始期号 (January's number)
 * when 输出模板 sets it. A summary shares the 刊名 with the monthly issues, so any number we chose
 * could repeat one of theirs: it is left blank to be written in (or set on 输出模板).
 */
function issueNumber(ctx: SheetContext): number | string {
  const p = ctx.results.period;
  if (p.kind !== "month") return "\u3000\u3000";
  return (templateNumber(ctx, "firstIssueNumber") ?? 1) + monthNumber(p.startMonth) - 1;
}

/** Left and right text on one line (编发单位 and date; 印发机关 and 印发日期): the right one flush right. */
const spreadLine = (left: string, right: string, style: "editorLine" | "ccLine", height: number): Block =>
  right ? { ...text(left, style, height), right } : text(left, style, height);

/** 版记's last line (D10): 印发机关 on the left, 印发日期 印发 on the right, between rules. */
function printedLine(ctx: SheetContext): Block[] {
  const by = fill(ctx, "printedBy").trim();
  const on = fill(ctx, "printedOn").trim();
  if (!by && !on) return [];
  const right = on ? fillTemplate(WORDS.printed, { 印发日期: on }) : "";
  return [spreadLine(by, right, "ccLine", 24)];
}

/** Items per unit in the year to the period's end (累计条数). */
function ytdCounts(ctx: SheetContext): Map<number, number> {
  const ytd = yearToDate(ctx.results.period);
  const counts = new Map<number, number>();
  for (const item of ctx.results.items) {
    if (containsDay(ytd, item.sub.date)) counts.set(item.unitIndex, (counts.get(item.unitIndex) ?? 0) + 1);
  }
  return counts;
}

/** 附件说明 after the tables, when the summary has its month-by-month 附件. */
const appendixNote = (ctx: SheetContext, width: number): Block[] =>
  hasAppendix(ctx.results.period)
    ? [
        { kind: "blank" },
        ...paragraphs(fill(ctx, "monthlyAppendix", { 附件标题: fill(ctx, "appendixTitle") }), "letterBody", width).map((b) => ({
          ...b,
          role: "attachmentNote" as const,
        })),
      ]
    : [];

export function bulletinSheet(ctx: SheetContext): SheetModel {
  const { results } = ctx;
  const { tables, widths } = rankingTables(ctx, ytdCounts(ctx));
  const width = spanWidth(widths, widths.length);
  const blocks: Block[] = [
    text(fill(ctx, "masthead"), "masthead", 56),
    text(fill(ctx, "issueNo", { 期号: issueNumber(ctx) }), "issueNo", 24),
    spreadLine(fill(ctx, "editorLine"), String(ctx.vars.成文日期), "editorLine", 24),
    { kind: "blank" },
    text(fill(ctx, results.period.kind === "month" ? "monthlyTitle" : "summaryTitle"), "title", 32),
    ...asOfBlocks(ctx),
    ...paragraphs(bulletinBody(ctx).join("\n"), "letterBody", width),
    ...tables,
    ...appendixNote(ctx, width),
    { kind: "blank" },
    ...fill(ctx, "bulletinSign")
      .split("\n")
      .filter(Boolean)
      .map((line) => text(line + "\u3000\u3000", "letterSign", 22)),
    { kind: "blank" },
  ];
  for (const key of ["bulletinReport", "bulletinSend", "bulletinCc"] as const) {
    const line = fill(ctx, key).trim();
    if (line) blocks.push(...paragraphs(line, "ccLine", width, false));
  }
  blocks.push(...printedLine(ctx));
  return { name: sheetName("ranking", results.period.kind), kind: "ranking", widths, blocks, freezeHeader: false, print: A4_LANDSCAPE };
}
