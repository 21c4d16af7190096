// The input workbook contract (docs/input.md) as data: each sheet's Chinese name and
// English alias, and each column's names, field and requiredness.

import { SHEET_NAMES } from "../vocabulary.ts";
import { col, type ColumnSpec } from "../vocabulary.ts";
import type { Scheme } from "../marks.ts";
import { DEFAULT_SCHEME } from "../rules/scheme.ts";

export type { ColumnSpec };

/** The log's mark columns: one per mark of the scheme, field = the mark's key. */
export const markColumns = (scheme: Scheme): ColumnSpec[] => scheme.marks.map((m) => col(m.key, m.names));

export type SheetKey = "units" | "submissions" | "staffEvents" | "staff" | "actuals" | "ratings" | "rules" | "templates";

export interface SheetSpec {
  key: SheetKey;
  name: string;
  aliases: string[];
  columns: ColumnSpec[];
}

/** 业务指标 columns: target and actual for each of S7–S10. */
const TARGET_COLUMNS: ColumnSpec[] = [
  ["S7", "信息快报", "express"],
  ["S8", "峄城信息", "yicheng"],
  ["S9", "上报省委", "province reports"],
  ["S10", "上报市委", "city reports"],
].flatMap(([rule, zh, en]) => [
  col(`${rule}.target`, [`${zh}目标`, `${en} target`]),
  col(`${rule}.actual`, [`${zh}完成`, `${en} actual`, `${en} done`]),
]);

/** 业务完成 columns (D5): what a person did toward S7–S10 in one month. */
const ACTUAL_COLUMNS: ColumnSpec[] = [
  ["S7", "信息快报", "express"],
  ["S8", "峄城信息", "yicheng"],
  ["S9", "上报省委", "province reports"],
  ["S10", "上报市委", "city reports"],
].map(([rule, zh, en]) => col(rule, [zh, `${zh}完成`, en]));

/** The 计分规则 columns that describe a mark, with the override field each sets (core/rules/marksOverride.ts). */
export const MARK_FIELDS: ReadonlyArray<readonly [field: string, names: string[]]> = [
  ["column", ["列名", "column"]],
  ["level", ["级别", "level"]],
  ["kind", ["类型", "kind"]],
  ["requiresAdoption", ["需要采用", "requires adoption"]],
  ["count", ["计数", "count"]],
];

/** 输出模板: the 表 value of a row that applies to every result sheet (the default when blank). */
export const ALL_SHEETS = "全部";

export const SHEETS: Record<SheetKey, SheetSpec> = {
  units: {
    key: "units",
    name: SHEET_NAMES.units,
    aliases: ["Units"],
    columns: [
      col("unit", ["单位", "单位名称", "unit"], true),
      col("category", ["类别", "单位类别", "category"]),
      col("leader", ["主要负责人", "leader"]),
      col("officer", ["信息员", "officer"]),
      col("from", ["启用月份", "from"]),
      col("to", ["停用月份", "to"]),
      col("formerNames", ["曾用名", "former names", "aliases"]),
    ],
  },
  submissions: {
    key: "submissions",
    name: SHEET_NAMES.submissions,
    aliases: ["Submissions"],
    columns: [
      col("id", ["编号", "id"]),
      col("date", ["报送日期", "date"], true),
      col("unit", ["报送单位", "unit"], true),
      col("author", ["撰稿人", "author"]),
      col("title", ["标题", "title"], true),
      col("type", ["类型", "type"]),
      ...markColumns(DEFAULT_SCHEME),
      col("publication", ["采用刊物", "publication"]),
      col("timeliness", ["时效类别", "timeliness"]),
      col("eventDate", ["事件日期", "event date"]),
      col("important", ["重要", "important"]),
      col("approver", ["阅签领导", "approver"]),
    ],
  },
  staffEvents: {
    key: "staffEvents",
    name: SHEET_NAMES.staffEvents,
    aliases: ["Staff events"],
    columns: [
      col("name", ["姓名", "name"], true),
      col("date", ["日期", "date"]),
      col("rule", ["项目", "rule", "item"], true),
      col("count", ["次数", "count"]),
      col("points", ["分值", "points"]),
      col("hours", ["时长", "hours"]),
      col("poorPlanning", ["安排不当", "poor planning"]),
      col("reason", ["理由依据", "reason"]),
    ],
  },
  staff: {
    key: "staff",
    name: SHEET_NAMES.staff,
    aliases: ["Staff targets"],
    columns: [col("name", ["姓名", "name"], true), ...TARGET_COLUMNS],
  },
  actuals: {
    key: "actuals",
    name: SHEET_NAMES.actuals,
    aliases: ["Staff actuals"],
    columns: [col("name", ["姓名", "name"], true), col("month", ["月份", "month"], true), ...ACTUAL_COLUMNS],
  },
  ratings: {
    key: "ratings",
    name: SHEET_NAMES.ratings,
    aliases: ["Ratings"],
    columns: [
      col("name", ["姓名", "name"], true),
      col("kind", ["评议类型", "kind", "type"], true),
      col("rater", ["评分人", "rater"]),
      col("score", ["分数", "score"], true),
    ],
  },
  rules: {
    key: "rules",
    name: SHEET_NAMES.rules,
    aliases: ["Rules"],
    // 项目 | 列名 | 级别 | 类型 | 分值 | 需要采用 | 计数: a row that adds, renames or removes a mark of the scheme (D11).
    columns: [
      col("key", ["规则", "项目", "rule", "key", "mark"], true),
      col("value", ["值", "分值", "value", "points"], true),
      col("note", ["说明", "note"]),
      ...MARK_FIELDS.map(([field, names]) => col(field, names)),
    ],
  },
  templates: {
    key: "templates",
    name: SHEET_NAMES.templates,
    aliases: ["Output templates"],
    columns: [col("sheet", ["表", "sheet"], true), col("item", ["项目", "item"], true), col("content", ["内容", "content"], true)],
  },
};

/** Sheets of the input template, in order (the add-in's 插入模板 inserts these). */
export const INPUT_TEMPLATE_SHEETS: string[] = [
  "使用说明",
  ...(["units", "submissions", "staffEvents", "staff", "actuals", "ratings", "rules", "templates"] as const).map((k) => SHEETS[k].name),
];

export const SUBMISSION_TYPES = ["思路型", "经验型", "政策型", "忧患型", "建议型"];
/** The classes a timeliness rule may name (计分规则); an item of none of them is 一般. */
export { RULE_TIMELINESS_CLASSES, TIMELINESS_CLASSES } from "../vocabulary.ts";
export const RATING_KINDS: Record<string, "mass" | "group" | "meeting"> = {
  群众评议: "mass",
  考评小组: "group",
  主任办公会: "meeting",
  mass: "mass",
  group: "group",
  meeting: "meeting",
};

import { normaliseName } from "../vocabulary.ts";
export { normaliseName };

/**
 * One log kept in several sheets, one per month or numbered (信息报送1月, 信息报送(2), 3月信息报送,
 * 信息报送 12月份): each is read as part of the log.
 */
const LOG_PART = new RegExp(
  `^(?:${SHEET_NAMES.submissions}\\s*[(（]?\\s*\\d{1,2}\\s*(?:月份?)?\\s*[)）]?|\\d{1,2}\\s*月份?\\s*${SHEET_NAMES.submissions})$`,
);

export function isLogPart(sheetName: string): boolean {
  const name = sheetName.normalize("NFKC").trim();
  return name.length <= 20 && LOG_PART.test(name);
}

/** The 信息报送 sheet as a scheme reads it: its mark columns in place of the default scheme's. */
export function submissionsSpec(scheme: Scheme): SheetSpec {
  if (scheme === DEFAULT_SCHEME) return SHEETS.submissions;
  const marks = new Set(DEFAULT_SCHEME.marks.map((m) => m.key));
  const columns = SHEETS.submissions.columns.filter((c) => !marks.has(c.field));
  const at = columns.findIndex((c) => c.field === "publication");
  return { ...SHEETS.submissions, columns: [...columns.slice(0, at), ...markColumns(scheme), ...columns.slice(at)] };
}

export function findSheetSpec(sheetName: string): SheetSpec | undefined {
  if (isLogPart(sheetName)) return SHEETS.submissions;
  const n = normaliseName(sheetName);
  return Object.values(SHEETS).find((s) => normaliseName(s.name) === n || s.aliases.some((a) => normaliseName(a) === n));
}

// Words users type in cells and in 计分规则 live in core/vocabulary.ts (the calculation needs them too).
export { CHINESE_KEYS, FLAG_NO, FLAG_YES, RANKING_WORDS } from "../vocabulary.ts";
