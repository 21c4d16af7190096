// User templates for the result sheets: texts with {{placeholders}}, column order and widths.
// They come from an 输出模板 sheet in the workbook or a template file given to the batch tool,
// as rows of 表 | 项目 | 内容, and take precedence over the built-in texts and layout.
import { normaliseName } from "../vocabulary.ts";
import type { IssueLog } from "../issues.ts";
import type { TemplateRow } from "../records.ts";
import type { Block, SheetModel, TableBlock } from "./sheetModel.ts";
import { isSizeKey, fontSize, wordFormatKey, type WordFormatItems } from "./wordFormat.ts";
import { RESULT_SHEETS, SHARED_ITEMS, SHARED_MORE, SHARED_SHEET } from "./registry.ts";
import {
  COLUMNS_ITEM,
  DEFAULT_TEMPLATES,
  EARLIER_DEFAULTS,
  fillTemplate,
  FONT_ITEM,
  GRADE_HEADER,
  placeholders,
  RANKING_HEADERS,
  RETIRED_HEADERS,
  SHARED_PLACEHOLDERS,
  STAGE_GRADE_HEADER,
  TITLE_ITEM,
  WIDTHS_ITEM,
  WORD_FORMAT_ITEMS,
  WORDS,
  type TemplateKey,
} from "./outputTemplate.ts";

export interface OutputTemplates {
  texts: Partial<Record<TemplateKey, string>>;
  /** Per result sheet (by its name, e.g. 月度通报): the table's columns, by header text, in order. */
  columns: Partial<Record<string, string[]>>;
  /** Per result sheet: column widths by header text. */
  widths: Partial<Record<string, Record<string, number>>>;
  /** Font for every result sheet (全部 | 字体). */
  font?: string;
  /** Fonts and sizes of the Word files (全部 | 标题字体, 正文字号, …). */
  word?: WordFormatItems;
}

export const emptyTemplates = (): OutputTemplates => ({ texts: {}, columns: {}, widths: {} });

/** Result sheets whose table layout a template may set. */
const TABLE_SHEETS = new Set(RESULT_SHEETS.filter((s) => s.table).map((s) => s.name));

const prefixed = (sheet: string, items: Readonly<Record<string, TemplateKey>>): Record<string, TemplateKey> =>
  Object.fromEntries(Object.entries(items).map(([k, v]) => [`${sheet}/${k}`, v]));

/**
 * (表, 项目) → text key, from the registry. 表 “全部” holds what every sheet shares. The first sheet
 * naming a key is where 输出模板 lists it.
 */
const LISTED: Record<string, TemplateKey> = Object.assign(
  prefixed(SHARED_SHEET, SHARED_ITEMS),
  ...RESULT_SHEETS.map((s) => prefixed(s.name, { [TITLE_ITEM]: s.title, ...s.items })),
);
/** Accepted too, not listed in the default 输出模板 sheet. */
const TEXT_KEYS: Record<string, TemplateKey> = {
  ...LISTED,
  ...prefixed(SHARED_SHEET, SHARED_MORE),
  ...Object.assign({}, ...RESULT_SHEETS.map((s) => prefixed(s.name, s.more ?? {}))),
};

/** Every item a sheet of 输出模板 accepts (what an unknown item's warning lists). */
export function acceptedItems(sheet: string): string[] {
  const own = Object.keys(TEXT_KEYS)
    .filter((k) => k.startsWith(`${sheet}/`))
    .map((k) => k.slice(sheet.length + 1));
  const shared = Object.keys(TEXT_KEYS)
    .filter((k) => k.startsWith(`${SHARED_SHEET}/`))
    .map((k) => k.slice(SHARED_SHEET.length + 1));
  const table = TABLE_SHEETS.has(sheet) ? [COLUMNS_ITEM, WIDTHS_ITEM] : [];
  const word = Object.values(WORD_FORMAT_ITEMS).map((w) => w.item);
  return [...new Set([...own, ...table, ...shared, ...(sheet === SHARED_SHEET ? [FONT_ITEM, ...word] : [])])];
}

/** Sheets 输出模板 knows. */
export const templateSheets = (): string[] => [...new Set(Object.keys(TEXT_KEYS).map((k) => k.split("/")[0]))];

const split = (text: string) =>
  text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Items that hold a number (起始文号, 起始期号), not a text. */
const NUMBER_KEYS = new Set<TemplateKey>(["firstDocNumber", "firstIssueNumber"]);

export function resolveTemplates(
  rows: readonly TemplateRow[],
  issues: IssueLog,
  base: OutputTemplates = emptyTemplates(),
): OutputTemplates {
  const out: OutputTemplates = {
    texts: { ...base.texts },
    columns: { ...base.columns },
    widths: { ...base.widths },
    font: base.font,
    word: { ...base.word },
  };
  for (const row of rows) {
    const sheet = row.sheet.trim() || SHARED_SHEET;
    const item = row.item.trim();
    const key = TEXT_KEYS[`${sheet}/${item}`] ?? TEXT_KEYS[`${SHARED_SHEET}/${item}`];
    if (key && NUMBER_KEYS.has(key) && !/^(\d{1,6})?$/.test(row.content.trim())) {
      issues.warn("templateNotNumber", row.where, "TEMPLATE", { sheet, item, value: row.content });
      continue;
    }
    if (key) {
      // A default an earlier template wrote is today's default, not the user's text.
      if (EARLIER_DEFAULTS[key]?.includes(row.content.trim())) delete out.texts[key];
      else {
        out.texts[key] = row.content;
        reportUnknownPlaceholders(row, key, issues);
      }
      continue;
    }
    if (item === FONT_ITEM && sheet === SHARED_SHEET) {
      const font = row.content.trim();
      // Excel's limit for a font name.
      if (font.length > MAX_FONT_NAME) outOfRange(issues, row, font, "word.fontNameLimit");
      else out.font = font;
      continue;
    }
    if (sheet === SHARED_SHEET && wordItem(row, out, issues)) continue;
    const table = TABLE_SHEETS.has(sheet) ? sheet : undefined;
    if (table && item === COLUMNS_ITEM) {
      out.columns[table] = split(row.content);
      continue;
    }
    if (table && item === WIDTHS_ITEM) {
      const widths: Record<string, number> = {};
      for (const pair of split(row.content)) {
        const [name, value] = pair.split(/[=:：]/).map((s) => s.trim());
        if (!name) continue;
        const width = Number(value);
        if (width > 0 && width <= MAX_COLUMN_WIDTH) widths[name] = width;
        else outOfRange(issues, row, pair, "word.columnWidthLimit");
      }
      out.widths[table] = { ...out.widths[table], ...widths };
      continue;
    }
    const accepted = templateSheets().includes(sheet)
      ? acceptedItems(sheet)
      : templateSheets().map((t) => fillTemplate(WORDS.templateSheet, { 表: t }));
    issues.warn("unknownTemplateItem", row.where, "TEMPLATE", { sheet, item, accepted: accepted.join("、") });
  }
  return out;
}

/** A 全部 item setting a font or size of the Word files; a bad value is reported and the default kept. */
function wordItem(row: TemplateRow, out: OutputTemplates, issues: IssueLog): boolean {
  const key = wordFormatKey(row.item.trim());
  if (!key) return false;
  const value = row.content.trim();
  if (value === "") return true;
  if (isSizeKey(key) ? fontSize(value) === undefined : value.length > MAX_FONT_NAME) {
    const item = row.item.trim();
    const fallback = WORD_FORMAT_ITEMS[key].default;
    if (isSizeKey(key)) issues.warn("templateBadSize", row.where, "TEMPLATE", { item, value: value.slice(0, 40), default: fallback });
    else outOfRange(issues, row, value, "word.fontNameLimit");
    return true;
  }
  out.word = { ...out.word, [key]: value };
  return true;
}

/** Excel's limits: a font name of 31 characters, a column 255 characters wide. */
const MAX_FONT_NAME = 31;
const MAX_COLUMN_WIDTH = 255;

function outOfRange(issues: IssueLog, row: TemplateRow, value: string, limit: "word.fontNameLimit" | "word.columnWidthLimit"): void {
  issues.warn("templateValueOutOfRange", row.where, "TEMPLATE", { item: row.item.trim(), value: value.slice(0, 40), limit });
}

/** Every placeholder some text is filled with: the shared ones and those the built-in texts use. */
const KNOWN_PLACEHOLDERS: ReadonlySet<string> = new Set([
  ...SHARED_PLACEHOLDERS,
  ...Object.values(DEFAULT_TEMPLATES).flatMap((text) => placeholders(text).map((p) => p.name)),
]);

/** A {{name}} no text is filled with (a typo, or constructor): a warning; it is printed as written. */
function reportUnknownPlaceholders(row: TemplateRow, key: TemplateKey, issues: IssueLog): void {
  const unknown = [...new Set(placeholders(row.content).map((p) => p.name))].filter((n) => !KNOWN_PLACEHOLDERS.has(n));
  if (unknown.length === 0) return;
  const own = placeholders(DEFAULT_TEMPLATES[key]).map((p) => p.name);
  const accepted = [...new Set([...own, ...SHARED_PLACEHOLDERS])].map((n) => `{{${n}}}`).join("、");
  const names = unknown.slice(0, 5).map((n) => `{{${n.slice(0, 40)}}}`);
  issues.warn("unknownPlaceholder", row.where, "TEMPLATE", { item: row.item.trim(), names: names.join("、"), accepted });
}

/**
 * Reorders (and may drop) the columns of a sheet's table to the user's list. Names not in the
 * table are reported; a list naming no known column leaves the table as built.
 */
export function applyColumns(model: SheetModel, templates: OutputTemplates, issues: IssueLog): SheetModel {
  const wanted = templates.columns[model.name];
  const widths = templates.widths[model.name];
  if (!wanted && !widths) return model;
  const tableIndex = model.blocks.findIndex((b) => b.kind === "table");
  if (tableIndex < 0) return model;
  const table = model.blocks[tableIndex] as TableBlock;
  const order = columnOrder(table.header, wanted, (name) =>
    issues.warn("unknownTemplateColumn", { sheet: model.name, cell: "" }, "TEMPLATE", { column: name, columns: table.header.join("、") }),
  );
  const pick = <T>(list: readonly T[]) => order.map((i) => list[i]);
  const reorder = (t: TableBlock): TableBlock => ({
    ...t,
    header: pick(t.header),
    styles: pick(t.styles),
    rows: function* () {
      for (const r of t.rows()) yield pick(r);
    },
    dataBars: t.dataBars?.map((c) => order.indexOf(c)).filter((c) => c >= 0),
  });
  // Every table with the same columns (the 通报's per-category tables) follows the same order.
  const same = (b: Block): b is TableBlock => b.kind === "table" && b.header.join("\t") === table.header.join("\t");
  const blocks = model.blocks.map((b) => (same(b) ? reorder(b) : b));
  const reordered = blocks[tableIndex] as TableBlock;
  const baseWidths = pick(model.widths.length >= table.header.length ? model.widths : table.header.map((_, i) => model.widths[i] ?? 10));
  const newWidths = reordered.header.map((h, i) => widths?.[h] ?? baseWidths[i] ?? 10);
  return { ...model, blocks, widths: newWidths };
}

/**
 * The columns (by index into `header`) a user's list keeps, in its order; every column when there is
 * no list, the list is one the product wrote, or it names no known column. `unknown` hears each name
 * the table has not.
 */
export function columnOrder(header: readonly string[], wanted: readonly string[] | undefined, unknown?: (name: string) => void): number[] {
  const all = header.map((_, i) => i);
  if (!wanted || productList(wanted, header)) return all;
  // Compared as users write them: (来源) and （来源）, spaces or none, name the same column.
  const headers = header.map(normaliseName);
  const canonicalHeaders = header.map(canonical);
  const at = (name: string) => {
    const i = headers.indexOf(normaliseName(name));
    // 排名 means the rank shown (类别内排名 when ranking by 类别, D8); 等次 and 参考等次 are one column (D9).
    return i >= 0 ? i : canonicalHeaders.indexOf(canonical(name));
  };
  const known = wanted.filter((name) => at(name) >= 0);
  // A column the period leaves out (本年累计得分 from 1 January) is not a misspelt one.
  for (const name of wanted.filter((n) => at(n) < 0 && !PERIOD_COLUMNS.has(canonical(n)))) unknown?.(name);
  return known.length ? known.map(at) : all;
}

/** Columns that are one column under two names, as the settings and the period name them. */
const SAME_COLUMN: Record<string, string> = {
  [normaliseName(WORDS.rankInCategory)]: normaliseName(RANKING_HEADERS.rank),
  [normaliseName(STAGE_GRADE_HEADER)]: normaliseName(GRADE_HEADER),
  // The summaries' score column is named by the period; a list written as 期间得分 still finds it.
  [normaliseName(RANKING_HEADERS.quarterScore)]: normaliseName(RANKING_HEADERS.periodScore),
  [normaliseName(RANKING_HEADERS.halfScore)]: normaliseName(RANKING_HEADERS.periodScore),
  [normaliseName(RANKING_HEADERS.yearScore)]: normaliseName(RANKING_HEADERS.periodScore),
};
const canonical = (name: string): string => SAME_COLUMN[normaliseName(name)] ?? normaliseName(name);
const RETIRED: ReadonlySet<string> = new Set(RETIRED_HEADERS.map(normaliseName));
/** Columns a table has for some periods only: the year-to-date pair, which a period from 1 January leaves out. */
const PERIOD_COLUMNS: ReadonlySet<string> = new Set([RANKING_HEADERS.ytdScore, RANKING_HEADERS.ytdCount].map(normaliseName));

/**
 * Whether a column list is one the product wrote (an input template's default, made for a month
 * and with 按类别排名 off): the table's own columns in its own order, up to the 类别 column that
 * ranking by 类别 drops and the names a column takes by setting or period. Such a list is read as
 * the default, so a template's own rows never raise a warning (D8).
 */
function productList(wanted: readonly string[], header: readonly string[]): boolean {
  const category = normaliseName(RANKING_HEADERS.category);
  // 类别 is set aside only where this table has none: a user who leaves it out of a table that has it means it.
  const dropped = !header.map(normaliseName).includes(category);
  const own = new Set(header.map(canonical));
  // A column the product no longer writes (优秀候选), or that this period leaves out (本年累计得分 from 1 January), is set aside
  // too, so a template inserted before, or for another period, still reads as the default.
  const fixed = (names: readonly string[]) =>
    names.map(canonical).filter((n) => (!dropped || n !== category) && !((RETIRED.has(n) || PERIOD_COLUMNS.has(n)) && !own.has(n)));
  return fixed(wanted).join("\t") === fixed(header).join("\t");
}

/** The built-in texts and column orders as 表 | 项目 | 内容 rows: the 输出模板 sheet users edit. */
export function defaultTemplateRows(sheets: readonly SheetModel[]): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  const sheetOf = new Map<TemplateKey, string>();
  for (const [k, key] of Object.entries(LISTED)) if (!sheetOf.has(key)) sheetOf.set(key, k.split("/")[0]);
  for (const [k, key] of Object.entries(LISTED)) {
    const [sheet, item] = k.split("/");
    if (sheetOf.get(key) === sheet) rows.push([sheet, item, DEFAULT_TEMPLATES[key]]);
  }
  for (const model of sheets) {
    const table = model.blocks.find((b) => b.kind === "table") as TableBlock | undefined;
    if (table && TABLE_SHEETS.has(model.name)) rows.push([model.name, COLUMNS_ITEM, table.header.join(",")]);
  }
  return rows;
}

/** Every (表, 项目) pair of 输出模板 that sets a text, with the text it sets; listed: in the default 输出模板 sheet. */
export const textItems = (): Array<{ sheet: string; item: string; key: TemplateKey; listed: boolean }> =>
  Object.entries(TEXT_KEYS).map(([k, key]) => ({ sheet: k.split("/")[0], item: k.split("/")[1], key, listed: k in LISTED }));
