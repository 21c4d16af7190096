// Result sheets for the audit trail and the issues found.
import type { Issue } from "../issues.ts";
import type { RuleSet } from "../rules/schema.ts";
import { roundHalfAway } from "../values.ts";
import { itemAudit, type ScoredItem } from "../units/score.ts";
import { asOfBlocks, fill, paragraphs, sheet, spanWidth, titleBlocks, type SheetContext } from "./context.ts";
import { partName, sheetName } from "./registry.ts";
import { DEFAULT_TEMPLATES, fillTemplate, HEADERS, WORDS, type TemplateKey } from "./outputTemplate.ts";
import { DOC_LANG, t } from "../text.ts";
import { excelSerial, table, text, type CellV, type SheetModel, type TableBlock } from "./sheetModel.ts";
import { chinesePunctuation } from "./punctuation.ts";

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
      yield [
        roster[item.unitIndex].name,
        excelSerial(s.date),
        s.title,
        rulesText(item),
        roundHalfAway(item.points),
        sourceText(s.source.sheet, s.source.row),
      ];
    }
    for (const person of results.staff) {
      for (const e of person.audit)
        yield [
          e.subject,
          e.date === undefined ? null : excelSerial(e.date),
          e.note ? t(DOC_LANG, "doc.auditWithNote", { label: e.label, note: e.note }) : e.label,
          WORDS.auditRuleWords[e.rule] ?? e.rule,
          roundHalfAway(e.points),
          e.sheet ? sourceText(e.sheet, Number(/\d+$/.exec(e.cell)?.[0] ?? 0)) : "",
        ];
    }
  }
  const legend = rules.units.points
    .map((p) => fillTemplate(WORDS.legendItem, { 规则: p.rule, 名称: chinesePunctuation(p.label), 分值: p.points }))
    .join(WORDS.groupSeparator);
  const parts = Math.max(1, Math.ceil(count / MAX_TABLE_ROWS));
  const sheets: SheetModel[] = [];
  for (let part = 0; part < parts; part++) {
    const from = part * MAX_TABLE_ROWS;
    const rowCount = Math.min(MAX_TABLE_ROWS, count - from);
    const block: TableBlock = {
      kind: "table",
      header: [...HEADERS.audit],
      styles: ["textWrap", "date", "textWrap", "textWrap", "score", "text"],
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
    const name = partName(sheetName("audit"), part);
    // 来源 holds “信息报送表第12345行” on one line.
    const widths = [16, 14, 36, 26, 7, 19];
    const model = sheet(
      "audit",
      widths,
      [
        ...titleBlocks(ctx, "auditTitle"),
        ...paragraphs(fill(ctx, "auditLegend", { 规则: legend }), "note", spanWidth(widths, 6), false),
        block,
      ],
      true,
      name,
    );
    sheets.push({ ...model, print: { ...model.print, footer: auditFooter(ctx) } });
  }
  return sheets;
}

/** 来源 as a clerk says it: 信息报送表第87行. */
const sourceText = (sheetName: string, row: number): string => fillTemplate(WORDS.auditSource, { 表: sheetName, 行: row });

/** The technical line (period, rules version, time made) goes to the audit pages' footer only. */
function auditFooter(ctx: SheetContext): string {
  const line = fill(ctx, "stampLine");
  const frame = fillTemplate(WORDS.auditFooter, { 说明行: "" }).length;
  // Excel holds at most 255 characters in a footer: a longer line is cut, marked with …
  const room = MAX_HEADER_FOOTER - frame;
  let escaped = line.replace(/&/g, "&&");
  if (escaped.length > room) escaped = escaped.slice(0, room - 1).replace(/(?<!&)&(&&)*$/, (run) => run.slice(1)) + "…";
  return fillTemplate(WORDS.auditFooter, { 说明行: escaped });
}

/** Excel's limit on the characters of a page header or footer, codes included. */
export const MAX_HEADER_FOOTER = 255;

/** "U1 1 + U2 5 + U5 50" for an item; cached per combination of marks and lateness. */
function itemRulesText(rules: RuleSet): (item: ScoredItem) => string {
  const cache = new Map<string, string>();
  return (item) => {
    const key = `${item.sub.marks}|${item.late?.rule ?? ""}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = itemAudit(item, "", rules)
        .map((e) => `${e.rule} ${e.points}`)
        .join(" + ");
      cache.set(key, text);
    }
    return text;
  };
}

/** The catalogue's names of the checks that are not rules of the regulation (WORDS.checkLabels in Chinese). */
const CHECK_KEYS: Record<string, "word.checkInput" | "word.checkTemplate" | "word.checkRules"> = {
  INPUT: "word.checkInput",
  TEMPLATE: "word.checkTemplate",
  RULES: "word.checkRules",
};

/** The sheet's frame in the issues' language: 输出模板's texts in Chinese, the catalogue's in English unless 输出模板 changed them. */
function issuesFrame(ctx: SheetContext, counts: { count: number; errors: number; warnings: number }) {
  const own = (key: TemplateKey) => ctx.templates[key] !== DEFAULT_TEMPLATES[key];
  if (ctx.issues.lang !== "en") {
    return {
      title: titleBlocks(ctx, "issuesTitle"),
      note: counts.count
        ? fill(ctx, "issuesSummary", { 问题数: counts.count, 错误数: counts.errors, 提示数: counts.warnings })
        : fill(ctx, "issuesNone"),
      headers: [...HEADERS.issues],
      severity: WORDS.severity,
      rule: (code: string) => WORDS.checkLabels[code] ?? code,
    };
  }
  const en = (key: `word.${string}` & Parameters<typeof t>[1], params?: Record<string, number>) => t("en", key, params);
  const summaryKey = counts.count ? "issuesSummary" : "issuesNone";
  return {
    title: own("issuesTitle") ? titleBlocks(ctx, "issuesTitle") : [text(en("word.issuesTitle"), "title", 30), ...asOfBlocks(ctx)],
    note: own(summaryKey)
      ? fill(ctx, summaryKey, { 问题数: counts.count, 错误数: counts.errors, 提示数: counts.warnings })
      : counts.count
        ? en("word.issuesSummary", counts)
        : en("word.issuesNone"),
    headers: (["issuesLevel", "issuesSheet", "issuesCell", "issuesRule", "issuesDetail"] as const).map((k) => en(`word.${k}`)),
    severity: { error: en("word.severityError"), warning: en("word.severityWarning") },
    rule: (code: string) => (code in CHECK_KEYS ? en(CHECK_KEYS[code]) : code),
  };
}

/** Every issue found, errors first, each naming sheet, cell and rule; the 说明 says the rest (not the sheet and cell again). */
export function issuesSheet(ctx: SheetContext, issues: readonly Issue[] = ctx.results.issues): SheetModel {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  // Checks that are not rules of the regulation are shown by what they check (输入格式, 输出模板), not by code.
  // Issues left out past the list's limit are counted by the notice that closes it (core/issues.ts).
  const omitted = issues.find((i) => i.code === "issuesOmitted")?.params;
  const listedErrors = issues.filter((i) => i.severity === "error").length;
  const listedWarnings = issues.length - listedErrors - (omitted ? 1 : 0);
  const errors = listedErrors + Number(omitted?.errors ?? 0);
  const warnings = listedWarnings + Number(omitted?.warnings ?? 0);
  const frame = issuesFrame(ctx, { count: errors + warnings, errors, warnings });
  const rows = sorted.map((i): CellV[] => [frame.severity[i.severity], i.sheet, i.cell, frame.rule(i.rule), i.detail]);
  return sheet(
    "issues",
    [8, 14, 10, 10, 80],
    [
      ...frame.title,
      text(frame.note, "note"),
      table(frame.headers, ["center", "text", "center", "center", "textWrap"], rows, { repeatHeader: true }),
    ],
    true,
  );
}
