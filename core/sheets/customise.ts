// User templates for the result sheets: texts with {{placeholders}}, column order and widths.
// They come from an 输出模板 sheet in the workbook or a template file given to the batch tool,
// as rows of 表 | 项目 | 内容, and take precedence over the built-in texts and layout.
import type { IssueLog } from "../issues.ts";
import type { Block, SheetModel, TableBlock } from "./model.ts";
import { DEFAULT_TEMPLATES, type TemplateKey } from "./templates.ts";

export interface TemplateRow {
  sheet: string;
  item: string;
  content: string;
  where: { sheet: string; cell: string };
}

export interface OutputTemplates {
  texts: Partial<Record<TemplateKey, string>>;
  /** Per result sheet (by its name, e.g. 月度通报): the table's columns, by header text, in order. */
  columns: Partial<Record<string, string[]>>;
  /** Per result sheet: column widths by header text. */
  widths: Partial<Record<string, Record<string, number>>>;
  /** Font for every result sheet (全部 | 字体). */
  font?: string;
}

export const emptyTemplates = (): OutputTemplates => ({ texts: {}, columns: {}, widths: {} });

/** Result sheets whose table layout a template may set. */
const TABLE_SHEETS = new Set(["月度通报", "季度汇总", "半年汇总", "年度汇总", "期间汇总", "重点帮促", "用稿奖励", "先进单位", "优秀信息工作者", "个人考核结果", "计分明细", "校验问题"]);

const BULLETIN_ITEMS: Record<string, TemplateKey> = {
  刊名: "masthead", 期号: "issueNo", 编发单位: "editorLine", 正文: "bodyTotals", 前列单位: "bodyTop", 点名: "namedLine",
  通知单单位: "bodyNotice", 帮促单位: "bodyAssist", 要求: "bodyRequire", 落款: "bulletinSign", 报: "bulletinReport", 送: "bulletinSend", 抄送: "bulletinCc",
};
const RECEIPT_ITEMS: Record<string, TemplateKey> = { 回执标题: "receiptTitle", 回执: "receiptBody", 裁剪线: "cutLine" };

const prefixed = (sheet: string, items: Record<string, TemplateKey>): Record<string, TemplateKey> =>
  Object.fromEntries(Object.entries(items).map(([k, v]) => [`${sheet}/${k}`, v]));
const SUMMARIES = ["季度汇总", "半年汇总", "年度汇总", "期间汇总"];

/** (表, 项目) → text key. 表 “全部” holds what every sheet shares. The first sheet naming a key is where 输出模板 lists it. */
const TEXT_KEYS: Record<string, TemplateKey> = {
  "全部/发文单位": "office", "全部/说明行": "stampLine", "全部/截至": "asOfLine", "全部/无已结束月份": "noMonthEnded",
  "月度通报/标题": "monthlyTitle", ...prefixed("月度通报", BULLETIN_ITEMS),
  ...Object.assign({}, ...SUMMARIES.map((sheet) => ({ [`${sheet}/标题`]: "summaryTitle", ...prefixed(sheet, BULLETIN_ITEMS) }))),
  "缺报通知单/标题": "noticeTitle", "缺报通知单/文号": "noticeNumber", "缺报通知单/正文": "noticeBody", "缺报通知单/落款": "noticeSign",
  ...prefixed("缺报通知单", RECEIPT_ITEMS),
  "重点帮促/标题": "assistTitle", "重点帮促/说明": "assistNote",
  "重点帮促通知/标题": "assistLetterTitle", "重点帮促通知/文号": "assistLetterNumber", "重点帮促通知/正文": "assistLetterBody",
  "重点帮促通知/落款": "assistLetterSign", ...prefixed("重点帮促通知", RECEIPT_ITEMS),
  "用稿奖励/标题": "rewardsTitle", "先进单位/标题": "advancedTitle", "优秀信息工作者/标题": "workersTitle",
  "个人考核结果/标题": "staffTitle", "个人考核结果/注释": "staffNote", "个人考核结果/签字": "staffSign",
  "计分明细/标题": "auditTitle", "校验问题/标题": "issuesTitle",
};

/** Every item a sheet of 输出模板 accepts (what an unknown item's warning lists). */
export function acceptedItems(sheet: string): string[] {
  const own = Object.keys(TEXT_KEYS).filter((k) => k.startsWith(`${sheet}/`)).map((k) => k.slice(sheet.length + 1));
  const shared = Object.keys(TEXT_KEYS).filter((k) => k.startsWith("全部/")).map((k) => k.slice(3));
  const table = TABLE_SHEETS.has(sheet) ? ["列", "列宽"] : [];
  return [...new Set([...own, ...table, ...shared, ...(sheet === "全部" ? ["字体"] : [])])];
}

/** Sheets 输出模板 knows. */
export const templateSheets = (): string[] => [...new Set(Object.keys(TEXT_KEYS).map((k) => k.split("/")[0]))];

const split = (text: string) => text.split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean);

export function resolveTemplates(rows: readonly TemplateRow[], issues: IssueLog, base: OutputTemplates = emptyTemplates()): OutputTemplates {
  const out: OutputTemplates = { texts: { ...base.texts }, columns: { ...base.columns }, widths: { ...base.widths }, font: base.font };
  for (const row of rows) {
    const sheet = row.sheet.trim() || "全部";
    const item = row.item.trim();
    const key = TEXT_KEYS[`${sheet}/${item}`] ?? TEXT_KEYS[`全部/${item}`];
    if (key) {
      out.texts[key] = row.content;
      continue;
    }
    if (item === "字体" && sheet === "全部") {
      out.font = row.content.trim();
      continue;
    }
    const table = TABLE_SHEETS.has(sheet) ? sheet : undefined;
    if (table && item === "列") {
      out.columns[table] = split(row.content);
      continue;
    }
    if (table && item === "列宽") {
      const widths: Record<string, number> = {};
      for (const pair of split(row.content)) {
        const [name, value] = pair.split(/[=:：]/).map((s) => s.trim());
        if (name && Number(value) > 0) widths[name] = Number(value);
      }
      out.widths[table] = { ...out.widths[table], ...widths };
      continue;
    }
    const accepted = templateSheets().includes(sheet) ? acceptedItems(sheet) : templateSheets().map((t) => `${t}(表)`);
    issues.warn("unknownTemplateItem", row.where, "TEMPLATE", { sheet, item, accepted: accepted.join("、") });
  }
  return out;
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
  let order = table.header.map((_, i) => i);
  if (wanted) {
    const known = wanted.filter((name) => table.header.includes(name));
    for (const name of wanted.filter((n) => !table.header.includes(n))) {
      issues.warn("unknownTemplateColumn", { sheet: model.name, cell: "" }, "TEMPLATE", { column: name, columns: table.header.join("、") });
    }
    if (known.length) order = known.map((name) => table.header.indexOf(name));
  }
  const pick = <T,>(list: readonly T[]) => order.map((i) => list[i]);
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

/** The built-in texts and column orders as 表 | 项目 | 内容 rows: the 输出模板 sheet users edit. */
export function defaultTemplateRows(sheets: readonly SheetModel[]): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  const sheetOf = new Map<TemplateKey, string>();
  for (const [k, key] of Object.entries(TEXT_KEYS)) if (!sheetOf.has(key)) sheetOf.set(key, k.split("/")[0]);
  for (const [k, key] of Object.entries(TEXT_KEYS)) {
    const [sheet, item] = k.split("/");
    if (sheetOf.get(key) === sheet) rows.push([sheet, item, DEFAULT_TEMPLATES[key]]);
  }
  for (const model of sheets) {
    const table = model.blocks.find((b) => b.kind === "table") as TableBlock | undefined;
    if (table && TABLE_SHEETS.has(model.name)) rows.push([model.name, "列", table.header.join(",")]);
  }
  return rows;
}

/** Every (表, 项目) pair of 输出模板 that sets a text, with the text it sets. */
export const textItems = (): Array<{ sheet: string; item: string; key: TemplateKey }> =>
  Object.entries(TEXT_KEYS).map(([k, key]) => ({ sheet: k.split("/")[0], item: k.split("/")[1], key }));
