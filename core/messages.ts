// Issue texts, Chinese first (the users' language) and English for --lang en.
// {placeholders} are filled from the params; sheet and cell are prefixed by renderMessage.
export const MESSAGES = {
  // Reading the workbook (RULES.md section 5)
  sheetMissing: { zh: "缺少工作表“{expected}”(也可用英文名 {alias})", en: "sheet “{expected}” (or {alias}) is missing" },
  headerMissing: { zh: "找不到表头:应有列 {columns}", en: "no header row found: expected columns {columns}" },
  columnMissing: { zh: "缺少必填列“{column}”", en: "required column “{column}” is missing" },
  required: { zh: "“{column}”不能为空", en: "“{column}” must not be empty" },
  badDate: { zh: "“{value}”不是有效日期(应为 2026-03-05、2026/3/5、2026年3月5日 或 Excel 日期)", en: "“{value}” is not a date (expected 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date)" },
  badMonth: { zh: "“{value}”不是有效月份(应为 2026-04、2026/4 或 2026年4月)", en: "“{value}” is not a month (expected 2026-04, 2026/4 or 2026年4月)" },
  badFlag: { zh: "“{value}”不是是/否标记(应为 是/否、√/×、Y/N、1/0 或留空)", en: "“{value}” is not a yes/no flag (expected 是/否, √/×, Y/N, 1/0 or blank)" },
  badNumber: { zh: "“{value}”不是有效的{column}(应为数字)", en: "“{value}” is not a valid {column} (expected a number)" },
  badCount: { zh: "“{value}”不是有效的{column}(应为正整数,如 1、2)", en: "“{value}” is not a valid {column} (expected a whole number of at least 1)" },
  negativeNumber: { zh: "{column}“{value}”不能为负数", en: "{column} “{value}” must not be negative" },
  badChoice: { zh: "“{value}”不在可选值中(应为 {expected})", en: "“{value}” is not one of {expected}" },
  unknownItem: { zh: "项目“{value}”无法识别(应为 S1–S20 的编号或名称,S7–S10、S17 除外)", en: "item “{value}” is not known (expected an ID or name of S1–S20, except S7–S10 and S17)" },
  unknownRuleKey: { zh: "规则“{value}”无法识别", en: "rule “{value}” is not known" },
  unknownTemplateItem: { zh: "输出模板中“{sheet}”的项目“{item}”无法识别(可用:标题、正文、落款、点名、列、列宽、发文单位、说明行、字体)", en: "template item “{item}” of “{sheet}” is not known (use 标题, 正文, 落款, 点名, 列, 列宽, 发文单位, 说明行, 字体)" },
  unknownTemplateColumn: { zh: "输出模板列出的列“{column}”不在此表中(可用:{columns})", en: "template column “{column}” is not in this table (available: {columns})" },
  badRuleValue: { zh: "规则“{key}”的值“{value}”无效:{expected}", en: "rule “{key}” has an invalid value “{value}”: {expected}" },

  // Calendars and real inputs (decisions D1–D6, docs/input.md)
  futureDate: { zh: "日期 {value} 晚于截至日期 {asOf},本行不计(请核对日期或截至日期)", en: "date {value} is after the as-of date {asOf}; this row is not counted (check the date or the as-of date)" },
  implausibleDate: { zh: "“{value}”不是可用的日期:应为 2000 年至 2099 年间的日期{suggestion}", en: "“{value}” is not a usable date: expected a date from 2000 to 2099{suggestion}" },
  dateSuggestion: { zh: ",如指 {zhDate},请写成 {iso}", en: "; if {enDate} was meant, write it as {iso}" },
  actualsPerPeriod: { zh: "没有“业务完成”表:业务指标的完成数按本期间计(按月填写请加“业务完成”表)", en: "no 业务完成 (staff actuals) sheet: the actuals on the staff targets sheet are taken as this period's (add a 业务完成 sheet to enter them by month)" },
  actualColumnsIgnored: { zh: "已有“业务完成”表,业务指标中的完成数不再使用(以业务完成表按月合计为准)", en: "a 业务完成 sheet is present: the actuals on the staff targets sheet are ignored (the monthly rows are summed instead)" },
  actualMonthsMissing: { zh: "业务完成表中没有 {name} {months} 的数据,按 0 计", en: "业务完成 has no row for {name} in {months}; counted as 0" },
  duplicateActual: { zh: "{name} {month} 的业务完成数重复(第一次出现在 {first}),本行不计", en: "{name} has two rows for {month} (first at {first}); this row is not counted" },
  unknownItemSuggest: { zh: "项目“{value}”无法识别,是否为“{suggestion}”?(应为 S1–S20 的编号或名称)", en: "item “{value}” is not known; did you mean “{suggestion}”? (expected an ID or name of S1–S20)" },

  // Unit scoring (U, N, T)
  unknownUnit: { zh: "报送单位“{value}”不在单位名册中{suggestion}", en: "unit “{value}” is not in the roster{suggestion}" },
  duplicateUnit: { zh: "单位“{value}”在名册中重复(第一次出现在 {first})", en: "unit “{value}” appears twice in the roster (first at {first})" },
  duplicateId: { zh: "编号“{value}”重复(第一次出现在 {first}),本行不计分", en: "id “{value}” is repeated (first at {first}); this row is not counted" },
  possibleDuplicate: { zh: "可能重复报送:与 {first} 的单位、标题、日期相同(仍按条次计分)", en: "possible duplicate of {first}: same unit, title and date (still counted)" },
  markWithoutAdoption: { zh: "标记了“{mark}”但未标记“{adopted}”,仍按已标记计分", en: "“{mark}” is marked without “{adopted}”; counted as marked" },
  lateItem: { zh: "迟报:{kind}信息应在事件后 {limit} 天内报送,实际 {days} 天", en: "late: a {kind} item is due within {limit} days of the event, sent after {days}" },
  missingSignOff: { zh: "重要信息未填写阅签领导", en: "important item has no approving leader (阅签领导)" },
  eventAfterSubmission: { zh: "事件日期晚于报送日期", en: "event date is after the submission date" },

  // Staff appraisal (S, A)
  unknownStaff: { zh: "“{value}”不在业务指标表(人员名册)中", en: "“{value}” is not on the staff targets sheet (the staff roster)" },
  duplicateStaff: { zh: "“{value}”在业务指标表中重复(第一次出现在 {first})", en: "“{value}” is listed twice on the staff targets sheet (first at {first})" },
  pointsOutOfRange: { zh: "分值“{value}”超出范围(应为 {min}–{max})", en: "points “{value}” are out of range (expected {min}–{max})" },
  pointsRequired: { zh: "{rule} 需要填写分值({min}–{max})", en: "{rule} needs the points entered ({min}–{max})" },
  reasonRequired: { zh: "加分须书面写明理由依据,本行不计", en: "a bonus needs a written reason (理由依据); this row is not counted" },
  hoursRequired: { zh: "加班须填写时长(小时)", en: "overtime needs its hours (时长)" },
  actualMissing: { zh: "“{column}”为空,按 0 计", en: "“{column}” is blank; counted as 0" },
  ratingOutOfRange: { zh: "分数“{value}”超出范围(应为 0–{max})", en: "score “{value}” is out of range (expected 0–{max})" },
  missingRatings: { zh: "{name} 缺少{missing},暂不计算综合分(待评)", en: "{name} has no {missing} ratings; no composite yet (待评)" },
  quotaTie: { zh: "优秀名额 {quota} 个,{names} 并列第 {rank} 名超出名额,由考评组、主任办公会商定", en: "{quota} excellent places; {names} tie at rank {rank} across the quota; the committee decides" },
  unfitByTasks: { zh: "{name} 无正当理由不能按时完成工作任务 {count} 次(超过 {limit} 次),按不称职处理", en: "{name} missed tasks {count} times (more than {limit}); graded 不称职" },

  // Rules as a whole and sheet matching (issue 11, i11b)
  ruleSetRefused: {
    zh: "“{source}”中的计分规则有错误,整套未采用,其中的设置均不生效;请改正后重新计算",
    en: "the rules in “{source}” have errors; the whole set was refused and none of its settings apply. Correct them and recalculate",
  },
  weightsSum: {
    zh: "四项权重之和为 {sum},应为 1(群众评议权重 {mass}、考评小组权重 {group}、主任办公会权重 {meeting}、日常考核权重 {daily})",
    en: "the four weights sum to {sum}; they must sum to 1 (mass rating {mass}, appraisal group {group}, directors' meeting {meeting}, daily assessment {daily})",
  },
  rangeReversed: { zh: "{name} 的分值范围 {min}–{max} 下限大于上限", en: "{name}: the range {min}–{max} has its lower end above its upper end" },
  sheetLooksLike: { zh: "未找到“{expected}”表,是否为“{found}”?请将该表改名为“{expected}”", en: "no “{expected}” sheet; is it “{found}”? Rename that sheet to “{expected}”" },
  sheetTwice: {
    zh: "“{first}”与“{second}”都是“{expected}”表,无法确定读哪一个,两个都未读取;请删除或改名其中一个",
    en: "both “{first}” and “{second}” are the “{expected}” sheet; neither was read. Delete or rename one of them",
  },
  sheetTwiceReadOne: {
    zh: "“{first}”与“{second}”都是“{expected}”表;“{empty}”没有数据,已读取“{used}”。请删除或改名其中一个",
    en: "both “{first}” and “{second}” are the “{expected}” sheet; “{empty}” has no data, so “{used}” was read. Delete or rename one of them",
  },
  noItemsInPeriod: { zh: "本期间({period})没有任何报送记录,请确认期间与工作簿", en: "no submission at all in the period ({period}): check the period and the workbook" },
  logEndsBeforePeriod: {
    zh: "报送记录止于 {last},早于本期间({period}),请确认期间与工作簿",
    en: "the submission log ends on {last}, before the period ({period}): check the period and the workbook",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

/** What a rule's value should be, for badRuleValue's {expected} (issue 11, i11b). */
export const RULE_EXPECTED = {
  number: { zh: "应为数字", en: "a number is expected" },
  days: { zh: "应为天数", en: "a number of days is expected" },
  hours: { zh: "应为小时数", en: "a number of hours is expected" },
  halfDays: { zh: "应为半天数", en: "a number of half days is expected" },
  target: { zh: "应为年度目标数", en: "an annual target is expected" },
  range: { zh: "应为分值范围,如 50-200", en: "a range such as 50-200 is expected" },
  steps: { zh: "应为累计扣分,如 50,150,300", en: "cumulative totals such as 50,150,300 are expected" },
  flag: { zh: "应为 是/否", en: "yes or no is expected" },
  names: { zh: "应为以逗号分隔的名称", en: "names separated by commas are expected" },
  text: { zh: "应为文字", en: "text is expected" },
  method: { zh: "应为 竞争排名 或 中国式排名", en: "“competition” or “dense” is expected" },
  atLeast: { zh: "应不小于 {limit}", en: "it must be at least {limit}" },
  above: { zh: "应大于 {limit}", en: "it must be more than {limit}" },
  atMost: { zh: "应不大于 {limit}", en: "it must be at most {limit}" },
  below: { zh: "应小于 {limit}", en: "it must be less than {limit}" },
  integer: { zh: "应为整数", en: "a whole number is expected" },
  oneOf: { zh: "应为 {options} 之一", en: "one of {options} is expected" },
  invalid: { zh: "取值无效", en: "the value is not valid" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageCode = keyof typeof MESSAGES;
