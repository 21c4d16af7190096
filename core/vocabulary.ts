// Words of the input contract that the calculation needs as well as the reader (the log's mark
// columns are the scheme's: core/marks.ts). They live below both, so that the calculation
// (core/units) never imports the reader (core/read); core/read/specs.ts builds the sheets from them.

export interface ColumnSpec {
  field: string;
  /** Header texts that name this column: Chinese first, then English aliases. */
  names: string[];
  required?: boolean;
}

export const col = <F extends string>(field: F, names: string[], required = false) => ({ field, names, required });

/** 时效类别 (timeliness classes): the first three have a time limit (T1–T3), 一般 has none. */
export const RULE_TIMELINESS_CLASSES = ["反映", "突发", "会议活动"] as const;
export const TIMELINESS_CLASSES = [...RULE_TIMELINESS_CLASSES, "一般"] as const;

// ---- words users type in cells and in 计分规则 ----

/** Yes / no flags as users type them (是/否, √/×, Y/N, 1/0; blank is no). */
export const FLAG_YES: ReadonlySet<string> = new Set(["是", "√", "✓", "✔", "y", "yes", "true", "1", "有", "对"]);
export const FLAG_NO: ReadonlySet<string> = new Set(["否", "×", "✗", "✘", "n", "no", "false", "0", "无", "", "-", "—"]);

/** The ranking methods as users type them in 计分规则. */
export const RANKING_WORDS: Record<string, string> = {
  竞争排名: "competition",
  标准排名: "competition",
  中国式排名: "dense",
  密集排名: "dense",
};

/** Chinese names users may type in 计分规则 for the settings they change most. */
export const CHINESE_KEYS: Record<string, string> = {
  先进单位名额: "advancedUnits",
  优秀信息工作者名额: "excellentWorkers",
  按类别排名: "rankWithinCategory",
  排名方式: "ranking.method",
  迟报扣分: "latePenalty",
  用稿奖励级别: "units.rewardLevel",
  级别顺序: "units.levels",
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

/** The fields of a mark in a rules file's "marks" list (D11), Chinese or English, and the 计分规则 header of each. */
export const MARK_FIELD_NAMES: Readonly<Record<string, string>> = {
  项目: "key",
  key: "key",
  mark: "key",
  列名: "column",
  column: "column",
  级别: "level",
  level: "level",
  类型: "kind",
  kind: "kind",
  分值: "points",
  points: "points",
  需要采用: "requiresAdoption",
  requiresAdoption: "requiresAdoption",
  计数: "count",
  count: "count",
  删除: "remove",
  remove: "remove",
};
export const MARK_FIELD_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MARK_FIELD_NAMES)
    .filter(([name]) => /\p{Script=Han}/u.test(name))
    .map(([name, field]) => [field, name]),
);

/** What a mark's 分值 says to remove it from the scheme. */
export const MARK_REMOVE_WORDS: ReadonlySet<string> = new Set(["删除", "删去", "取消", "remove", "delete"]);

/** The input sheets' names (their English aliases and columns are in core/read/specs.ts). */
export const SHEET_NAMES = {
  units: "单位名册",
  submissions: "信息报送",
  staffEvents: "考核记录",
  staff: "业务指标",
  actuals: "业务完成",
  ratings: "评议打分",
  rules: "计分规则",
  templates: "输出模板",
} as const;

/** Characters that show as nothing (zero-width spaces and joiners, soft hyphens, byte-order marks). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Header and sheet names compare without case, width (全角 letters and brackets are read as
 * half-width), invisible characters, spaces, punctuation, markers like * and any
 * bracketed note: “报送日期(必填)” and “时长（小时）” name 报送日期 and 时长.
 */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/[（(【\[][^）)】\]]*[）)】\]]/g, "")
    .replace(/[\s\u3000*＊:：_\-—·.,，、。;；'"“”‘’()（）]/g, "");
}
