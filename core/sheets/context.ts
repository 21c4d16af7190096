// What every result sheet needs: the results, the texts, the placeholders they share, and the
// opening lines of a sheet (title, and "截至 …" while the period has not ended, D1).
import type { Results } from "../compute.ts";
import { IssueLog } from "../issues.ts";
import { periodTitle } from "../period.ts";
import { yearOfMonth } from "../values.ts";
import { A4_LANDSCAPE, A4_PORTRAIT, text, type Block, type SheetModel, type StyleKey } from "./sheetModel.ts";
import { chineseDate, chineseDateOfStamp, indent, linesHeight, wrapLines } from "./paper.ts";
import { sheetName, type ResultKind } from "./registry.ts";
import { DEFAULT_TEMPLATES, fillTemplate, SHARED_PLACEHOLDERS, type TemplateKey } from "./outputTemplate.ts";

export interface SheetContext {
  results: Results;
  templates: Record<TemplateKey, string>;
  vars: Record<string, string | number>;
  /** Where problems found while laying out (a letter without a 主要负责人) are reported. */
  issues: IssueLog;
  /** The user's column lists (输出模板 列), by sheet name: a builder may show a cell differently when a column is left out. */
  columns: Partial<Record<string, readonly string[]>>;
}

export interface SheetOptions {
  /** When the sheets are made, as shown to users (e.g. "2026-04-01 09:30"); adapters pass the clock. */
  generatedAt: string;
  /** User texts replacing the built-in ones. */
  texts?: Partial<Record<TemplateKey, string>>;
  issues?: IssueLog;
  columns?: Partial<Record<string, readonly string[]>>;
}

/** 成文日期: the 输出模板's own date when written (2026-03-05 or as the office writes it), else the as-of date. */
function documentDate(results: Results, written: string, generatedAt: string): string {
  const own = written.trim();
  if (own) return chineseDateOfStamp(own);
  return results.asOf === undefined ? chineseDateOfStamp(generatedAt) : chineseDate(results.asOf);
}

export function sheetContext(results: Results, options: SheetOptions): SheetContext {
  const templates = { ...DEFAULT_TEMPLATES, ...options.texts };
  const vars: Record<(typeof SHARED_PLACEHOLDERS)[number], string | number> = {
    期间: periodTitle(results.period),
    规则版本: results.rulesVersion,
    生成时间: options.generatedAt,
    生成日期: options.generatedAt.slice(0, 10),
    // D7: a document is dated the day it is as of, so a rerun as of that day gives the same text;
    // the 生成时间 of audit footers is the only trace of the real clock.
    成文日期: documentDate(results, templates.documentDate, options.generatedAt),
    年份: yearOfMonth(results.period.endMonth),
    截至日期: results.asOf === undefined ? "" : chineseDate(results.asOf),
    发文单位: templates.office,
  };
  return { results, templates, vars, issues: options.issues ?? new IssueLog(), columns: options.columns ?? {} };
}

export const fill = (ctx: SheetContext, key: TemplateKey, extra: Record<string, string | number> = {}): string =>
  fillTemplate(ctx.templates[key], { ...ctx.vars, ...extra });

/** Whether outputs must say "截至 <as-of date>" (D1): the period had not ended by then. */
const partialPeriod = (ctx: SheetContext): boolean => !ctx.results.periodEnded && ctx.results.asOf !== undefined;

/** The "(截至 2026年11月29日)" line under a title, when the period has not ended (D1). */
export const asOfBlocks = (ctx: SheetContext): Block[] => (partialPeriod(ctx) ? [text(fill(ctx, "asOfLine"), "subtitle", 20)] : []);

/** Title line that opens every result sheet, with the as-of line when the period is unfinished. */
export function titleBlocks(ctx: SheetContext, titleKey: TemplateKey): Block[] {
  return [text(fill(ctx, titleKey), "title", 30), ...asOfBlocks(ctx)];
}

/** Total width (column units) that a sheet's merged text lines span. */
export const spanWidth = (widths: readonly number[], span: number): number => widths.slice(0, span).reduce((s, w) => s + w, 0);

/**
 * Text lines of a document, one row per paragraph, written whole (the spreadsheet wraps it; a clerk
 * copies a sentence out of the cell as it is) and as tall as the lines its wrap takes (wrapLines).
 * Body paragraphs get the two-character first-line indent; a salutation (ending in ：or :) does not.
 */
export function paragraphs(textValue: string, style: StyleKey, width: number, indentBody = true): Block[] {
  const size = style === "note" ? 10 : 12;
  return textValue
    .split("\n")
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const salutation = /[:：]$/.test(p.trim());
      const line = indentBody && !salutation ? indent(p) : p;
      return text(line, style, linesHeight(wrapLines(line, width, size), size));
    });
}

/** A result sheet of a kind, named as the registry names it (a long 计分明细 continues under a part's name). */
export function sheet(kind: ResultKind, widths: number[], blocks: Block[], landscape = false, name = sheetName(kind)): SheetModel {
  return { name, kind, widths, blocks, freezeHeader: true, print: landscape ? A4_LANDSCAPE : A4_PORTRAIT };
}
