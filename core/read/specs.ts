// The input workbook contract (RULES.md section 5) as data: each sheet's Chinese name and
// English alias, and each column's names, field and requiredness.

export type SheetKey = "units" | "submissions" | "staffEvents" | "staff" | "actuals" | "ratings" | "rules" | "templates";

export interface ColumnSpec {
  field: string;
  /** Header texts that name this column: Chinese first, then English aliases. */
  names: string[];
  required?: boolean;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  aliases: string[];
  columns: ColumnSpec[];
}

const col = (field: string, names: string[], required = false): ColumnSpec => ({ field, names, required });

/** The 10 flag columns of the log, field = mark key. */
export const FLAG_COLUMNS: ColumnSpec[] = [
  col("district.adopted", ["区采用", "district adopted"]),
  col("district.excellent", ["区优秀", "district excellent"]),
  col("district.endorsed", ["区领导批示", "district endorsed"]),
  col("city.adopted", ["市采用", "city adopted"]),
  col("city.excellent", ["市优秀", "city excellent"]),
  col("city.endorsed", ["市领导批示", "city endorsed"]),
  col("province.adopted", ["省采用", "province adopted"]),
  col("province.excellent", ["省优秀", "province excellent"]),
  col("province.endorsed", ["省领导批示", "province endorsed"]),
  col("central.adopted", ["中央采用", "central adopted"]),
];

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
export const ACTUAL_COLUMNS: ColumnSpec[] = [
  ["S7", "信息快报", "express"],
  ["S8", "峄城信息", "yicheng"],
  ["S9", "上报省委", "province reports"],
  ["S10", "上报市委", "city reports"],
].map(([rule, zh, en]) => col(rule, [zh, `${zh}完成`, en]));

/** 输出模板: the 表 value of a row that applies to every result sheet (the default when blank). */
export const ALL_SHEETS = "全部";

export const SHEETS: Record<SheetKey, SheetSpec> = {
  units: {
    key: "units", name: "单位名册", aliases: ["Units"],
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
    key: "submissions", name: "信息报送", aliases: ["Submissions"],
    columns: [
      col("id", ["编号", "id"]),
      col("date", ["报送日期", "date"], true),
      col("unit", ["报送单位", "unit"], true),
      col("author", ["撰稿人", "author"]),
      col("title", ["标题", "title"], true),
      col("type", ["类型", "type"]),
      ...FLAG_COLUMNS,
      col("publication", ["采用刊物", "publication"]),
      col("timeliness", ["时效类别", "timeliness"]),
      col("eventDate", ["事件日期", "event date"]),
      col("important", ["重要", "important"]),
      col("approver", ["阅签领导", "approver"]),
    ],
  },
  staffEvents: {
    key: "staffEvents", name: "考核记录", aliases: ["Staff events"],
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
    key: "staff", name: "业务指标", aliases: ["Staff targets"],
    columns: [col("name", ["姓名", "name"], true), ...TARGET_COLUMNS],
  },
  actuals: {
    key: "actuals", name: "业务完成", aliases: ["Staff actuals"],
    columns: [col("name", ["姓名", "name"], true), col("month", ["月份", "month"], true), ...ACTUAL_COLUMNS],
  },
  ratings: {
    key: "ratings", name: "评议打分", aliases: ["Ratings"],
    columns: [
      col("name", ["姓名", "name"], true),
      col("kind", ["评议类型", "kind", "type"], true),
      col("rater", ["评分人", "rater"]),
      col("score", ["分数", "score"], true),
    ],
  },
  rules: {
    key: "rules", name: "计分规则", aliases: ["Rules"],
    columns: [col("key", ["规则", "rule", "key"], true), col("value", ["值", "value"], true), col("note", ["说明", "note"])],
  },
  templates: {
    key: "templates", name: "输出模板", aliases: ["Output templates"],
    columns: [col("sheet", ["表", "sheet"], true), col("item", ["项目", "item"], true), col("content", ["内容", "content"], true)],
  },
};

/** Sheets of the input template, in order (the add-in's 插入模板 inserts these). */
export const INPUT_TEMPLATE_SHEETS: string[] = [
  "使用说明", ...(["units", "submissions", "staffEvents", "staff", "actuals", "ratings", "rules", "templates"] as const).map((k) => SHEETS[k].name),
];

export const SUBMISSION_TYPES = ["思路型", "经验型", "政策型", "忧患型", "建议型"];
/** The classes a timeliness rule may name (计分规则); an item of none of them is 一般. */
export const RULE_TIMELINESS_CLASSES = ["反映", "突发", "会议活动"] as const;
export const TIMELINESS_CLASSES = [...RULE_TIMELINESS_CLASSES, "一般"] as const;
export const RATING_KINDS: Record<string, "mass" | "group" | "meeting"> = {
  群众评议: "mass", 考评小组: "group", 主任办公会: "meeting", mass: "mass", group: "group", meeting: "meeting",
};

/**
 * Header and sheet names compare without case, spaces, punctuation, markers like * and any
 * bracketed note: “报送日期(必填)” and “时长（小时）” name 报送日期 and 时长.
 */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[（(【\[][^）)】\]]*[）)】\]]/g, "")
    .replace(/[\s\u3000*＊:：_\-—·.,，、。;；'"“”‘’()（）]/g, "");
}

export function findSheetSpec(sheetName: string): SheetSpec | undefined {
  const n = normaliseName(sheetName);
  return Object.values(SHEETS).find((s) => normaliseName(s.name) === n || s.aliases.some((a) => normaliseName(a) === n));
}

// ---- words users type in cells and in 计分规则 (moved here from core/values.ts and core/rules/overrides.ts) ----

/** Yes / no flags as users type them (是/否, √/×, Y/N, 1/0; blank is no). */
export const FLAG_YES: ReadonlySet<string> = new Set(["是", "√", "✓", "✔", "y", "yes", "true", "1", "有", "对"]);
export const FLAG_NO: ReadonlySet<string> = new Set(["否", "×", "✗", "✘", "n", "no", "false", "0", "无", "", "-", "—"]);

/** The ranking methods as users type them in 计分规则. */
export const RANKING_WORDS: Record<string, string> = { 竞争排名: "competition", 标准排名: "competition", 中国式排名: "dense", 密集排名: "dense" };

/** Chinese names users may type in 计分规则 for the settings they change most. */
export const CHINESE_KEYS: Record<string, string> = {
  先进单位名额: "advancedUnits",
  优秀信息工作者名额: "excellentWorkers",
  按类别排名: "rankWithinCategory",
  排名方式: "ranking.method",
  迟报扣分: "latePenalty",
  群众评议权重: "appraisal.weights.mass",
  考评小组权重: "appraisal.weights.group",
  主任办公会权重: "appraisal.weights.meeting",
  日常考核权重: "appraisal.weights.daily",
  评分满分: "ratingScale",
  去掉最高最低分: "trimmedMean",
  不称职分数线: "unfitBelow",
  优秀比例: "excellentShare",
  公共部分基准分: "publicBase",
  业务部分基准分: "businessBase",
};
