// N3 / N4 letters as a superior office sends them: 文号, 标题, salutation to the unit's 主要负责人
// (主要负责同志 when the roster has none, with a warning), 正文 with first-line indent, 落款 and a
// Chinese date, then a tear-off 回执 on the same page. One letter per page, each a document of its own.
import { inRosterOrder } from "../units/categories.ts";
import type { UnitRow } from "../units/ranking.ts";
import { templateNumber } from "./bulletin.ts";
import { monthSpans } from "../values.ts";
import { DOC_LANG } from "../text.ts";
import { asOfBlocks, fill, paragraphs, sheet, spanWidth, type SheetContext } from "./context.ts";
import { text, type Block, type SheetModel } from "./sheetModel.ts";
import { linesHeight } from "./paper.ts";
import { sheetName } from "./registry.ts";
import { fillTemplate, WORDS, type TemplateKey } from "./outputTemplate.ts";

const LETTER_WIDTHS = [14, 14, 14, 14, 14, 14];

/** 2026年1月至3月 (a streak is consecutive months), or the one month; 2025年12月至2026年2月 across years. */
export const monthSpan = (months: readonly number[]): string => monthSpans(months, DOC_LANG);

export interface LetterKeys {
  number: TemplateKey;
  title: TemplateKey;
  body: TemplateKey;
  sign: TemplateKey;
  /** What the sheet says when no unit is due a letter. */
  none: TemplateKey;
  /** The letter's sheet (its name is how the blank-leader warning names the letter), and the rule it serves. */
  kind: "notices" | "assistLetters";
  rule: string;
}

const NOTICE_KEYS: LetterKeys = {
  number: "noticeNumber",
  title: "noticeTitle",
  body: "noticeBody",
  sign: "noticeSign",
  none: "noticeNone",
  kind: "notices",
  rule: "N3",
};
const ASSIST_KEYS: LetterKeys = {
  number: "assistLetterNumber",
  title: "assistLetterTitle",
  body: "assistLetterBody",
  sign: "assistLetterSign",
  none: "assistLetterNone",
  kind: "assistLetters",
  rule: "N4",
};

/** One letter and its receipt; a blank 主要负责人 is reported and addressed as 主要负责同志. */
function letter(ctx: SheetContext, keys: LetterKeys, u: UnitRow, serial: number | string): Block[] {
  const width = spanWidth(LETTER_WIDTHS, LETTER_WIDTHS.length);
  const leader = u.unit.leader?.trim() ?? "";
  if (!leader) {
    ctx.issues.warn("letterWithoutLeader", ctx.issues.at(u.unit.source, "leader"), keys.rule, {
      unit: u.unit.name,
      letter: sheetName(keys.kind),
    });
  }
  const vars = {
    单位: u.unit.name,
    主要负责人: leader,
    称呼: leader ? fillTemplate(WORDS.salutation, { 主要负责人: leader }) : WORDS.noLeader,
    缺报月份: monthSpan(u.missing.months),
    缺报月数: u.missing.streak,
    序号: serial,
  };
  const receipt = fill(ctx, "receiptBody", vars)
    .split("\n")
    .map((line) =>
      // A line that is only a label (整改措施:) leaves room to write in.
      text(line, "receipt", /^[^:：]*[:：]\s*$/.test(line) ? 84 : linesHeight(1, 12) + 6),
    );
  return [
    { ...text(fill(ctx, keys.number, vars), "docNumber", 24), startsDocument: u.unit.name },
    text(fill(ctx, keys.title, vars), "letterTitle", 40),
    // A dated letter to one unit needs no 截至 line: it names the months missed.
    { kind: "blank" },
    ...paragraphs(fill(ctx, keys.body, vars), "letterBody", width),
    { kind: "blank" },
    ...fill(ctx, keys.sign, vars)
      .split("\n")
      .filter(Boolean)
      .map((line) => text(line + "\u3000\u3000", "letterSign", 22)),
    { kind: "blank" },
    text(fill(ctx, "cutLine"), "cutLine", 24),
    { ...text(fill(ctx, "receiptTitle", vars), "issueNo", 30), role: "receiptTitle" },
    ...receipt,
  ];
}

/**
 * The 文号 numbers of the run's letters (D10): blank to be written in when signed, or, when 输出模板
 * sets 起始文号, consecutive from it over every letter of the run (缺报通知单 and 重点帮促通知) in roster order.
 */
function serials(ctx: SheetContext): Map<number, number | string> {
  const first = templateNumber(ctx, "firstDocNumber");
  const due = inRosterOrder(ctx.results.units.filter((u) => u.missing.action === "notice" || u.missing.action === "assist"));
  return new Map(due.map((u, i) => [u.index, first === undefined ? WORDS.blankNumber : first + i]));
}

/**
 * A sheet of letters in roster order, one per page; when nobody is due, a line that says why. Each
 * letter is a document of its own (D10): no page numbers counting across the letters of the sheet.
 */
function letterSheet(ctx: SheetContext, keys: LetterKeys, due: readonly UnitRow[]): SheetModel {
  const blocks: Block[] = [];
  const numbers = serials(ctx);
  inRosterOrder(due).forEach((u, i) => {
    if (i > 0) blocks.push({ kind: "pageBreak" });
    blocks.push(...letter(ctx, keys, u, numbers.get(u.index) ?? WORDS.blankNumber));
  });
  if (due.length === 0) {
    const why = ctx.results.assessedMonth === null ? fill(ctx, "noMonthEnded") : fill(ctx, keys.none);
    blocks.push(text(fill(ctx, keys.title, { 序号: "", 单位: "" }), "letterTitle", 40), ...asOfBlocks(ctx), text(why, "note", 30));
  }
  const model = sheet(keys.kind, LETTER_WIDTHS, blocks);
  return { ...model, freezeHeader: false, print: { ...model.print, footer: "" } };
}

const withAction = (ctx: SheetContext, action: "notice" | "assist") => ctx.results.units.filter((u) => u.missing.action === action);

export const noticeSheet = (ctx: SheetContext): SheetModel => letterSheet(ctx, NOTICE_KEYS, withAction(ctx, "notice"));

export const assistLetterSheet = (ctx: SheetContext): SheetModel => letterSheet(ctx, ASSIST_KEYS, withAction(ctx, "assist"));
