// THE TEXT CATALOGUE: every text a user reads, of the core, the batch tool, the task pane and the
// offline page, in Chinese (the users' language) and English (--lang en, the page's switch).
// One module, sections by concern, one renderer t(lang, "section.key", params) for every host.
// Both languages are required by the compiler (satisfies Record<string, Pair>).
//
// Parameters: {name} is filled with the param as given (numbers, the user's own values, places).
// {name|t} takes a param that is a catalogue key (or several, comma-separated) and renders it in
// the same language: words such as a rating kind or an action are passed as keys, never as a
// Chinese word into an English text.
//
// Not here: the input contract's names (core/read/specs.ts, core/read/itemNames.ts, the labels
// of core/rules/defaults.ts) and the templates' defaults (core/sheets/outputTemplate.ts, templates/*):
// those are names users type and documents' default wording, not messages.
// A unit test (test/core/textLiterals.test.ts) fails on any CJK literal elsewhere in the source.

export type Lang = "zh" | "en";
type Pair = { zh: string; en: string };
export type TextParams = Readonly<Record<string, string | number>>;

// ---- issue: problems found in the input (core/issues.ts). Keys are the issues' codes. -------------
// {placeholders} are filled from the issue's params; sheet and cell are prefixed by the issue log (core/issues.ts).
export const MESSAGES = {
  // Reading the workbook (docs/input.md)
  sheetMissing: { zh: "缺少工作表“{expected}”（也可用英文名 {alias}）", en: "sheet “{expected}” (or {alias}) is missing" },
  headerMissing: { zh: "找不到表头：应有列 {columns}", en: "no header row found: expected columns {columns}" },
  columnMissing: { zh: "缺少必填列“{column}”", en: "required column “{column}” is missing" },
  usedRangeWide: {
    zh: "本表的已用区域一直延伸到 {column} 列，远在已知的列之外（最后一个已知列是 {last} 列）；只读取到 {last} 列。{column} 列等处可能有误输入的空格或格式，可删除这些列",
    en: "the used range reaches column {column}, far beyond the known columns (the last is column {last}); only columns up to {last} were read. Column {column} and those near it may hold a stray space or format and can be deleted",
  },
  columnTwice: {
    zh: "“{column}”列出现了两次，只读取了 {used} 列，此列未读取；请删除或改名其中一列",
    en: "column “{column}” appears twice; only column {used} was read, not this one. Delete or rename one of them",
  },
  columnNotPlaced: {
    zh: "表头“{value}”不是可识别的列名，此列未读取；如指“{column}”，请把表头改为“{column}”",
    en: "header “{value}” is not a known column name, so the column was not read; if it is “{column}”, rename the header to “{column}”",
  },
  required: { zh: "“{column}”不能为空", en: "“{column}” must not be empty" },
  // The package's own shapes, reported as issues (ooxml/logo.ts)
  logoNotPicture: {
    zh: "标志图片 {part} 不是 PNG、JPEG 或 GIF 图片（文件内容与其名称不符），结果中未放标志。请在本表删除它，重新插入 PNG 或 JPEG 图片",
    en: "the logo {part} is not a PNG, JPEG or GIF picture (its content does not match its name), so the results carry no logo. Delete it on this sheet and insert a PNG or JPEG picture",
  },
  badDate: {
    zh: "“{value}”不是有效日期（应为 2026-03-05、2026/3/5、2026年3月5日 或 Excel 日期，可带时间）{suggestion}",
    en: "“{value}” is not a date (expected 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date; a time of day may follow){suggestion}",
  },
  dateWithoutYear: {
    zh: "“{value}”不是完整日期：缺少年份{suggestion}",
    en: "“{value}” is not a full date: the year is missing{suggestion}",
  },
  noSuchDay: {
    zh: "“{value}”这一天不存在：该月没有这一日，请核对日期",
    en: "“{value}” is no such day: that month has no such date; check the date",
  },
  badMonth: {
    zh: "“{value}”不是有效月份（应为 2026-04、2026/4 或 2026年4月）",
    en: "“{value}” is not a month (expected 2026-04, 2026/4 or 2026年4月)",
  },
  badFlag: {
    zh: "“{value}”不是是/否标记（应为 是/否、√/×、Y/N、1/0 或留空）",
    en: "“{value}” is not a yes/no flag (expected 是/否, √/×, Y/N, 1/0 or blank)",
  },
  badNumber: { zh: "“{value}”不是有效的{column}（应为数字）", en: "“{value}” is not a valid {column} (expected a number)" },
  badCount: {
    zh: "“{value}”不是有效的{column}（应为正整数，如 1、2）",
    en: "“{value}” is not a valid {column} (expected a whole number of at least 1)",
  },
  numberTooLarge: {
    zh: "{column}“{value}”过大（应不超过 {limit}）",
    en: "{column} “{value}” is too large (at most {limit})",
  },
  badMarkCount: {
    zh: "“{value}”不是有效的{column}次数（应为 0 或正整数，如 1、2，或留空）",
    en: "“{value}” is not a valid count for {column} (expected a whole number such as 1 or 2, or blank)",
  },
  negativeNumber: { zh: "{column}“{value}”不能为负数", en: "{column} “{value}” must not be negative" },
  badChoice: { zh: "“{value}”不在可选值中（应为 {expected}）", en: "“{value}” is not one of {expected}" },
  unknownItem: {
    zh: "项目“{value}”无法识别（应为 S1–S20 的编号或名称，S7–S10、S17 除外）",
    en: "item “{value}” is not known (expected an ID or name of S1–S20, except S7–S10 and S17)",
  },
  unknownRuleKey: { zh: "规则“{value}”无法识别", en: "rule “{value}” is not known" },
  unknownTemplateItem: {
    zh: "输出模板中“{sheet}”的项目“{item}”无法识别（此表可用：{accepted}）",
    en: "template item “{item}” of “{sheet}” is not known (this sheet accepts: {accepted})",
  },
  templateValueOutOfRange: {
    zh: "输出模板“{item}”的“{value}”超出 Excel 的限制（{limit|t}），已忽略",
    en: "template item “{item}”: “{value}” is beyond Excel's limit ({limit|t}) and was ignored",
  },
  unknownPlaceholder: {
    zh: "输出模板“{item}”中的占位符 {names} 无法识别，将原样印出（可用：{accepted}）",
    en: "template item “{item}” has placeholders {names} that are not known; they are printed as written (available: {accepted})",
  },
  templateBadSize: {
    zh: "输出模板“{item}”的“{value}”不是可用的字号（应为 初号、小初、一号、小一、二号、小二、三号、小三、四号、小四、五号、小五，或 9 至 42 的磅数，如 16）；已按默认“{default}”处理",
    en: "template item “{item}”: “{value}” is not a font size (expected a Chinese size from “初号” to “小五”, or points from 9 to 42, e.g. 16); the default “{default}” is used",
  },
  templateNotNumber: {
    zh: "输出模板中“{sheet}”的项目“{item}”应为正整数，实为“{value}”；已按留空处理",
    en: "template item “{item}” of “{sheet}” must be a whole number above 0, not “{value}”; it is taken as blank",
  },
  unknownTemplateColumn: {
    zh: "输出模板列出的列“{column}”不在此表中（可用：{columns}）",
    en: "template column “{column}” is not in this table (available: {columns})",
  },
  ruleSetTooLong: {
    zh: "{sheet}有 {count} 行规则，超过 {limit} 行，不是规则表；本组规则全部未采用",
    en: "{sheet} has {count} rule rows, more than {limit}: it is not a rule set, and none of it was applied",
  },
  badRuleValue: { zh: "规则“{key}”的值“{value}”无效：{expected}", en: "rule “{key}” has an invalid value “{value}”: {expected}" },

  // Calendars and real inputs (decisions D1–D6, docs/input.md)
  unitMonthsReversed: {
    zh: "“{unit}”的停用月份（{to}）早于启用月份（{from}），停用月份未采用，按自启用月份起在用计算；请核对",
    en: "“{unit}” stops ({to}) before it starts ({from}); the stop month was not used and the unit counts as active from its start month. Check the roster",
  },
  itemBeforeUnitStart: {
    zh: "报送日期 {value} 早于“{unit}”的启用月份（{month}），本行不计；请核对日期、单位或单位名册",
    en: "date {value} is before “{unit}” starts ({month}); this row is not counted. Check the date, the unit or the roster",
  },
  itemAfterUnitEnd: {
    zh: "报送日期 {value} 晚于“{unit}”的停用月份（{month}），本行不计；请核对日期、单位或单位名册",
    en: "date {value} is after “{unit}” stops ({month}); this row is not counted. Check the date, the unit or the roster",
  },
  formerNameShared: {
    zh: "“{value}”是{units}共同的曾用名，无法确定是哪个单位，本行不计；请写明该条信息的现用单位名称",
    en: "“{value}” is a former name of {units}, so the unit cannot be told; this row is not counted. Write the unit's current name",
  },
  issuesOmitted: {
    zh: "另有 {count} 个问题未列出（只列出前 {limit} 个）；请先改正已列出的问题，再重新检查",
    en: "{count} more issues are not listed (only the first {limit} are); correct the listed ones first, then check again",
  },
  futureDate: {
    zh: "日期 {value} 晚于截至日期 {asOf}，本行不计（请核对日期或截至日期）",
    en: "date {value} is after the as-of date {asOf}; this row is not counted (check the date or the as-of date)",
  },
  implausibleDate: {
    zh: "“{value}”不是可用的日期：应为 2000 年至 2099 年间的日期{suggestion}",
    en: "“{value}” is not a usable date: expected a date from 2000 to 2099{suggestion}",
  },
  dateSuggestion: { zh: "，如指 {year}年{month}月{day}日，请写成 {iso}", en: "; if {iso} was meant, write it as {iso}" },
  actualsPerPeriod: {
    zh: "没有“业务完成”表：业务指标的完成数按本期间计（按月填写请加“业务完成”表）",
    en: "no 业务完成 (staff actuals) sheet: the actuals on the staff targets sheet are taken as this period's (add a 业务完成 sheet to enter them by month)",
  },
  actualColumnsIgnored: {
    zh: "已有“业务完成”表，业务指标中的完成数不再使用（以业务完成表按月合计为准）",
    en: "a 业务完成 sheet is present: the actuals on the staff targets sheet are ignored (the monthly rows are summed instead)",
  },
  actualMonthsMissing: {
    zh: "业务完成表中没有{name}{months}的数据：这些月份的完成数按0计，少完成的按S7–S10从业务部分扣分（最低扣至0分）；请补录后重新计算",
    en: "业务完成 has no row for {name} in {months}: those months count 0 done, and the shortfall is deducted from the business part under S7–S10 (down to 0 at most); add the rows and recalculate",
  },
  duplicateActual: {
    zh: "{name} {month} 的业务完成数重复（第一次出现在 {first}），本行不计",
    en: "{name} has two rows for {month} (first at {first}); this row is not counted",
  },
  unknownItemSuggest: {
    zh: "项目“{value}”无法识别，是否为“{suggestion}”？（应为 S1–S20 的编号或名称）",
    en: "item “{value}” is not known; did you mean “{suggestion}”? (expected an ID or name of S1–S20)",
  },

  // Unit scoring (U, N, T)
  unknownUnit: { zh: "报送单位“{value}”不在单位名册中{suggestion}", en: "unit “{value}” is not in the roster{suggestion}" },
  duplicateUnit: {
    zh: "单位“{value}”在名册中重复（第一次出现在 {first}）",
    en: "unit “{value}” appears twice in the roster (first at {first})",
  },
  duplicateId: {
    zh: "编号“{value}”重复（第一次出现在 {first}），本行不计分",
    en: "id “{value}” is repeated (first at {first}); this row is not counted",
  },
  possibleDuplicate: {
    zh: "可能重复报送：与 {first} 的单位、标题、日期相同（仍按条次计分）",
    en: "possible duplicate of {first}: same unit, title and date (still counted)",
  },
  markWithoutAdoption: {
    zh: "标记了“{mark}”但未标记“{adopted}”，仍按已标记计分",
    en: "“{mark}” is marked without “{adopted}”; counted as marked",
  },
  lateItem: {
    zh: "迟报：{kind}信息应在事件后 {limit} 天内报送，实际 {days} 天",
    en: "late: a {kind} item is due within {limit} days of the event, sent after {days}",
  },
  missingSignOff: { zh: "重要信息“{title}”未填写阅签领导", en: "important item “{title}” has no approving leader (阅签领导)" },
  eventAfterSubmission: { zh: "事件日期晚于报送日期", en: "event date is after the submission date" },

  // Staff appraisal (S, A)
  unknownStaff: {
    zh: "“{value}”不在业务指标表（人员名册）中{suggestion}",
    en: "“{value}” is not on the staff targets sheet (the staff roster){suggestion}",
  },
  duplicateStaff: {
    zh: "“{value}”在业务指标表中重复（第一次出现在 {first}）",
    en: "“{value}” is listed twice on the staff targets sheet (first at {first})",
  },
  pointsOutOfRange: { zh: "分值“{value}”超出范围（应为 {min}–{max}）", en: "points “{value}” are out of range (expected {min}–{max})" },
  pointsRequired: { zh: "{rule} 需要填写分值（{min}–{max}）", en: "{rule} needs the points entered ({min}–{max})" },
  reasonRequired: { zh: "加分须书面写明理由依据，本行不计", en: "a bonus needs a written reason (理由依据); this row is not counted" },
  hoursRequired: { zh: "加班须填写时长（小时）", en: "overtime needs its hours (时长)" },
  actualMissing: { zh: "“{column}”为空，按 0 计", en: "“{column}” is blank; counted as 0" },
  ratingOutOfRange: { zh: "分数“{value}”超出范围（应为 0–{max}）", en: "score “{value}” is out of range (expected 0–{max})" },
  missingRatings: {
    zh: "评议打分表中没有{name}的{missing|t}评分，暂不计算综合分（待评）；补录后重新计算",
    en: "the ratings sheet has no {missing|t} rating for {name}: no composite yet (pending); add it and recalculate",
  },
  quotaTie: {
    zh: "优秀名额 {quota} 个，{names} 并列第 {rank} 名超出名额，由考评组、主任办公会商定",
    en: "{quota} excellent places; {names} tie at rank {rank} across the quota; the committee decides",
  },
  unfitByTasks: {
    zh: "{name} 无正当理由不能按时完成工作任务 {count} 次（超过 {limit} 次），按不称职处理",
    en: "{name} missed tasks {count} times (more than {limit}); graded not competent (不称职)",
  },

  // Rules as a whole (a rule set is taken or refused whole) and sheet matching
  ruleSetRefused: {
    zh: "“{source}”中的计分规则有错误，整套未采用，其中的设置均不生效；请改正后重新计算",
    en: "the rules in “{source}” have errors; the whole set was refused and none of its settings apply. Correct them and recalculate",
  },
  weightsSum: {
    zh: "四项权重之和为 {sum}，应为 1（群众评议权重 {mass}、考评小组权重 {group}、主任办公会权重 {meeting}、日常考核权重 {daily}）",
    en: "the four weights sum to {sum}; they must sum to 1 (mass rating {mass}, appraisal group {group}, directors' meeting {meeting}, daily assessment {daily})",
  },
  rangeReversed: {
    zh: "{name} 的分值范围 {min}–{max} 下限大于上限",
    en: "{name}: the range {min}–{max} has its lower end above its upper end",
  },
  markNeedsAdoption: {
    zh: "计分项目“{mark}”需要“{level}”级的采用标记，但方案中没有“{level}”级的采用项目",
    en: "the mark “{mark}” needs an adoption at level “{level}”, but the scheme has no adoption mark at that level",
  },
  markColumnTwice: {
    zh: "计分项目“{mark}”与“{other}”读同一列“{column}”，一列只能由一个项目读取",
    en: "the marks “{mark}” and “{other}” both read the column “{column}”; a column can be read by one mark only",
  },
  markUnknown: {
    zh: "计分项目“{mark}”不在方案中；新增项目须写明类型（采用、优秀、批示还须写明级别）",
    en: "the mark “{mark}” is not in the scheme; a new mark needs its kind (类型), and a level (级别) when it is an adoption, an excellent rating or an endorsement",
  },
  badMarkField: {
    zh: "计分项目“{mark}”的{field}“{value}”无效（{expected|t}）",
    en: "the {field} “{value}” of the mark “{mark}” is not valid ({expected|t})",
  },
  markTooMany: { zh: "计分项目共 {count} 个，最多 {max} 个", en: "the scheme has {count} marks; at most {max} are allowed" },
  rewardLevelUnknown: {
    zh: "用稿奖励起始级别“{level}”不是方案中的级别（应为 {levels}）",
    en: "the reward level “{level}” is not a level of the scheme (expected {levels})",
  },
  markColumnAbsent: {
    zh: "计分项目“{mark}”的列“{column}”不在信息报送表中，该项目按未标记计",
    en: "the column “{column}” of the mark “{mark}” is not on the submissions sheet; the mark counts as never set",
  },
  sheetLooksLike: {
    zh: "未找到“{expected}”表，是否为“{found}”？请将该表改名为“{expected}”",
    en: "no “{expected}” sheet; is it “{found}”? Rename that sheet to “{expected}”",
  },
  sheetTwice: {
    zh: "“{first}”与“{second}”都是“{expected}”表，无法确定读哪一个，两个都未读取；请删除或改名其中一个",
    en: "both “{first}” and “{second}” are the “{expected}” sheet; neither was read. Delete or rename one of them",
  },
  sheetTwiceReadOne: {
    zh: "“{first}”与“{second}”都是“{expected}”表；“{empty}”没有数据，已读取“{used}”。请删除或改名其中一个",
    en: "both “{first}” and “{second}” are the “{expected}” sheet; “{empty}” has no data, so “{used}” was read. Delete or rename one of them",
  },
  noItemsInPeriod: {
    zh: "本期间（{period}）没有任何报送记录，请确认期间与工作簿",
    en: "no submission at all in the period ({period}): check the period and the workbook",
  },
  logEndsBeforePeriod: {
    zh: "报送记录止于 {last}，早于本期间（{period}），请确认期间与工作簿",
    en: "the submission log ends on {last}, before the period ({period}): check the period and the workbook",
  },
  // D1: a note for the clerk, not for the documents (the 通报 says only （截至…）)
  noMonthEnded: {
    zh: "截至{year}年{month}月{day}日，本期间尚无已结束的月份，不点名通报、不寄发缺报通知单、不列重点帮促",
    en: "as of {iso}, no month of the period has ended: no unit is named, sent a notice or listed for key assistance",
  },

  // Excel's limits on result sheets (core/sheets/limits.ts)
  cellTruncated: {
    zh: "“{sheet}”中有 {count} 个单元格超过 Excel 上限 {limit} 个字符，已截断并标注“…（已截断）”（第一个：{first}）",
    en: "{count} cells of “{sheet}” are longer than Excel's {limit} characters; cut and marked “…（已截断）” (first: {first})",
  },

  // Documents: letters and notices as an office issues them
  letterWithoutLeader: {
    zh: "{unit}的主要负责人为空，{letter}称呼写作“主要负责同志”；请在单位名册中填写主要负责人",
    en: "{unit} has no leader (主要负责人) on the roster: the {letter} is addressed to “主要负责同志”; fill in the leader on the roster",
  },

  // Cells whose content is not what it seems (core/read/cells.ts)
  formulaNotCalculated: {
    zh: "“{column}”单元格是公式，但公式结果从未计算保存（由程序生成的工作簿常见），无法读取其值，此行未计分。请在 Excel 或 WPS 中打开该工作簿并保存一次，使公式结果写入文件后再试",
    en: "the “{column}” cell holds a formula whose result was never calculated and saved (common in workbooks written by programs), so its value cannot be read and the row is not counted. Open the workbook in Excel or WPS and save it once, so the results are stored, then try again",
  },
  textCut: {
    zh: "“{column}”长 {length} 个字，超过 {limit} 个字；查找重复和结果表只用前 {limit} 个字。如误将正文粘贴到了此列，请只保留{column}",
    en: "“{column}” is {length} characters long, over {limit}; only the first {limit} characters are used to find duplicates and in the result sheets. If body text was pasted here by mistake, keep only what belongs in this column",
  },
} as const satisfies Record<string, Pair>;

export type MessageCode = keyof typeof MESSAGES;

// ---- expected: what a rule's value should be, for badRuleValue's {expected} --------------------
export const RULE_EXPECTED = {
  number: { zh: "应为数字", en: "a number is expected" },
  days: { zh: "应为天数", en: "a number of days is expected" },
  hours: { zh: "应为小时数", en: "a number of hours is expected" },
  halfDays: { zh: "应为半天数", en: "a number of half days is expected" },
  target: { zh: "应为年度目标数", en: "an annual target is expected" },
  range: { zh: "应为分值范围，如 50-200", en: "a range such as 50-200 is expected" },
  steps: { zh: "应为累计扣分，如 50,150,300", en: "cumulative totals such as 50,150,300 are expected" },
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
} as const satisfies Record<string, Pair>;

// ---- failure: what stops a file (or the run) before any result is written (core/failure.ts) ----
// Each says what is wrong and what to do; the host prefixes the file it concerns.
export const FAILURES = {
  // What the file is (ooxml/sniff.ts, before the zip is opened)
  encrypted: {
    zh: "工作簿设有打开密码（已加密），无法读取。请先在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存，再试",
    en: "the workbook is encrypted with a password and cannot be read. Remove the password in Excel first (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and try again",
  },
  legacyWorkbook: {
    zh: "这是旧版 .xls 或 .et 格式的工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    en: "this is an old-format .xls or .et workbook, which cannot be read. Save it as .xlsx in Excel or WPS and try again",
  },
  textFile: {
    zh: "这是文本文件（如 .csv），不是工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    en: "this is a text file (such as .csv), not a workbook. Save it as .xlsx in Excel or WPS and try again",
  },
  emptyFile: {
    zh: "文件是空的（0 字节）。请确认选择的是填好的工作簿",
    en: "the file is empty (0 bytes). Check that you chose the filled-in workbook",
  },
  notWorkbook: {
    zh: "不是有效的 xlsx 工作簿（无法解压）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再试",
    en: "not a valid xlsx workbook (it cannot be unzipped). Open it in Excel or WPS, save it as .xlsx and try again",
  },
  // Inside the package (ooxml/package.ts)
  partMissing: {
    zh: "工作簿缺少部件 {part}，文件可能已损坏。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "the workbook has no part {part}; the file may be damaged. Open it in Excel, save it as .xlsx and try again",
  },
  damagedPart: {
    zh: "工作簿的部件 {part} 已损坏，无法解压。请在 Excel 中用“打开并修复”打开，另存为 .xlsx 后再试",
    en: "part {part} of the workbook is damaged and cannot be decompressed. Open it in Excel with “Open and Repair”, save it as .xlsx and try again",
  },
  unsupportedCompression: {
    zh: "工作簿的部件 {part} 使用了不支持的压缩方式（编号 {method}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试",
    en: "part {part} of the workbook uses an unsupported compression method ({method}). Open it in Excel or WPS, save it as .xlsx and try again",
  },
  // The file system (cli/)
  notFound: { zh: "找不到该文件或文件夹。请检查路径", en: "no such file or folder. Check the path" },
  notRegularFile: {
    zh: "不是普通文件（而是设备、管道等），不予读取。请指定 .xlsx 工作簿",
    en: "this is not a regular file (a device, a pipe or the like) and is not read. Name an .xlsx workbook",
  },
  fileTooLarge: {
    zh: "文件大小 {size} MB，超过上限 {limit} MB，不予读取。请按年度拆分工作簿，或删除不需要的大图片后再试",
    en: "the file is {size} MB, over the limit of {limit} MB, and is not read. Split the workbook by year or remove large pictures, then try again",
  },
  cannotRead: {
    zh: "没有读取该文件的权限。请检查文件权限后再试",
    en: "you have no permission to read this file. Check its permissions and try again",
  },
  cannotWrite: {
    zh: "无法写入 {path}：没有写入权限或该位置只读。请用 --out 指定可写入的文件夹，或检查权限后再试",
    en: "cannot write {path}: no permission, or the place is read-only. Name a writable folder with --out, or check the permissions",
  },
  diskFull: {
    zh: "写入 {path} 失败：磁盘空间不足或超过文件大小限制。请清理磁盘或用 --out 换一个位置后再试",
    en: "writing {path} failed: the disk is full or a file-size limit was reached. Free some space or choose another place with --out",
  },
  nameTooLong: {
    zh: "无法写入 {path}：文件名或路径过长。请缩短文件名，或用 --out 指定较短的文件夹",
    en: "cannot write {path}: the file name or path is too long. Shorten the name or choose a shorter folder with --out",
  },
  notAFolder: {
    zh: "无法写入 {path}：路径中的 {parent} 不是文件夹。请检查 --out 或 --json",
    en: "cannot write {path}: {parent} on the way is not a folder. Check --out or --json",
  },
  writeFailed: {
    zh: "写入 {path} 失败，系统未说明原因。请检查磁盘与权限，或用 --out 换一个位置后再试",
    en: "writing {path} failed and the system gave no reason. Check the disk and the permissions, or choose another place with --out",
  },
  // What the system says about a path, as a sentence (cli/osErrors.ts): never its error code
  isFolder: {
    zh: "这是一个文件夹，不是文件。请指定其中的文件",
    en: "this is a folder, not a file. Name a file in it",
  },
  symlinkLoop: {
    zh: "这是循环指向自身的符号链接（快捷方式），打不开。请改用它本应指向的实际文件",
    en: "this is a symbolic link that points back to itself in a loop, so it cannot be opened. Use the actual file it was meant to point to",
  },
  pathThroughFile: {
    zh: "路径中的 {parent} 是文件，不是文件夹，找不到该文件。请检查路径",
    en: "{parent} on the way is a file, not a folder, so the file cannot be found. Check the path",
  },
  nameTooLongToRead: {
    zh: "文件名或路径过长，无法打开。请缩短文件名或把文件移到较短的路径下",
    en: "the file name or path is too long to open. Shorten the name or move the file to a shorter path",
  },
  readFailed: {
    zh: "无法读取该文件，系统未说明原因。请确认文件能在 Excel 或 WPS 中打开，必要时复制到本机再试",
    en: "the file cannot be read and the system gave no reason. Check that it opens in Excel or WPS; if need be, copy it to this computer and try again",
  },
  outputIsFolder: {
    zh: "无法写入 {path}：已有同名的文件夹。请用 --out 或 --json 指定其他位置，或改名该文件夹",
    en: "cannot write {path}: a folder of that name exists. Choose another place with --out or --json, or rename the folder",
  },
  outputSymlinkLoop: {
    zh: "无法写入 {path}：它是循环指向自身的符号链接。请删除该链接或用 --out 指定其他位置",
    en: "cannot write {path}: it is a symbolic link that points back to itself in a loop. Remove the link or choose another place with --out",
  },
  // Paths that would destroy a file (cli/paths.ts)
  outputIsInput: {
    zh: "输出文件 {output} 就是输入文件 {input}，写出会覆盖它。已停止，未写入任何文件。请用 --out 或 --json 指定其他位置",
    en: "output {output} is the input {input}; writing it would destroy the input. Stopped; nothing was written. Choose another place with --out or --json",
  },
  outputsClash: {
    zh: "{first} 与 {second} 将写到同一个文件 {output}。已停止，未写入任何文件。请用 --out 或 --json 分别指定",
    en: "{first} and {second} would both be written to {output}. Stopped; nothing was written. Choose separate places with --out or --json",
  },
  outputFileIsFolder: {
    zh: "{fileOption} 要写出文件 {file}，而 {folderOption} 要用文件夹 {folder}：同一路径不能既是文件又是文件夹。已停止，未写入任何文件。请给 {fileOption} 和 {folderOption} 指定不同的位置",
    en: "{fileOption} would write the file {file}, but {folderOption} needs the folder {folder}: one path cannot be both. Stopped; nothing was written. Choose different places for {fileOption} and {folderOption}",
  },
  outputExists: {
    zh: "{path} 已存在，未覆盖。如需覆盖请加 --force，或用 --out 指定其他文件名",
    en: "{path} already exists and was not replaced. Add --force to replace it, or choose another name with --out",
  },
  // Files given to the batch tool besides the workbooks
  rulesFileNotJson: {
    zh: "计分规则文件 {path} 不是有效的 JSON{where}。请检查括号、引号和逗号（可用记事本打开）",
    en: "the rules file {path} is not valid JSON{where}. Check its brackets, quotes and commas",
  },
  rulesFileNotObject: {
    zh: '计分规则文件 {path} 应为一个 JSON 对象，如 {"群众评议权重": 0.2}',
    en: 'the rules file {path} must be one JSON object, such as {"群众评议权重": 0.2}',
  },
  rulesRefused: {
    zh: "计分规则文件 {path} 有 {count} 处错误，整套规则未采用，未处理任何工作簿。请改正后再试",
    en: "the rules file {path} has {count} errors; the whole set was refused and no workbook was processed. Correct it and try again",
  },
  templateFileNotJson: {
    zh: "输出模板文件 {path} 不是有效的 JSON{where}。请检查括号、引号和逗号",
    en: "the template file {path} is not valid JSON{where}. Check its brackets, quotes and commas",
  },
  templateSheetMissing: {
    zh: "输出模板文件 {path} 中没有“输出模板”工作表。请用 infoscore template 生成的模板填写",
    en: "the template file {path} has no 输出模板 sheet. Fill in a template made by infoscore template",
  },
  templateLogoNotPicture: {
    zh: "输出模板文件 {path} 中的标志图片 {part} 不是 PNG、JPEG 或 GIF 图片（文件内容与其名称不符）。请在该文件的“输出模板”表中删除它，重新插入 PNG 或 JPEG 图片",
    en: "the logo {part} in the template file {path} is not a PNG, JPEG or GIF picture (its content does not match its name). Delete it on that file's 输出模板 sheet and insert a PNG or JPEG picture",
  },
  // Anything else: a defect of ours, never the user's fault
  internal: {
    zh: "处理时发生内部错误。请将该文件与本提示发给维护人员",
    en: "an internal error occurred. Please send the file and this message to the maintainers",
  },
  interrupted: {
    zh: "已中断：临时文件已删除，未写完的结果未保存",
    en: "interrupted: temporary files were removed; unfinished results were not saved",
  },
  // ---- what the package layer refuses (ooxml/limits.ts, ooxml/xmlScan.ts); docs/input.md 限制与拒绝的文件 ----
  partTooLarge: {
    zh: "工作簿部件 {part} 解压后超过 {limit}，不予读取。请在 Excel 中打开并另存为 .xlsx，或删除不需要的内容后再试",
    en: "part {part} is larger than {limit} uncompressed and is not read. Open it in Excel and save it as .xlsx, or remove what is not needed",
  },
  zipBomb: {
    zh: "工作簿部件 {part} 的压缩比异常（超过 {ratio}:1），疑似压缩炸弹，不予读取。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "part {part} expands more than {ratio}:1, like a zip bomb, and is not read. Open it in Excel, save it as .xlsx and try again",
  },
  xmlMalformed: {
    zh: "工作簿部件 {part} 已损坏（{why|t}，位置 {where}）。请在 Excel 中用“打开并修复”打开，另存为 .xlsx 后再试",
    en: "part {part} is damaged ({why|t}, at {where}). Open it in Excel with “Open and Repair”, save it as .xlsx and try again",
  },
  badCharRef: {
    zh: "{where} 含无效的字符引用 {ref}（不代表任何字符）。请在 Excel 中改正该单元格后再试",
    en: "{where} holds an invalid character reference {ref} (it stands for no character). Correct that cell in Excel and try again",
  },
  cellTooLong: {
    zh: "{where} 的文字超过 Excel 单元格上限 {limit} 个字符，不予读取。请缩短该单元格后再试",
    en: "{where} holds more than Excel's {limit} characters per cell and is not read. Shorten that cell and try again",
  },
  logoTooLarge: {
    zh: "输出模板中的标志图片超过 {limit}。请换用较小的图片（标志只占标题旁一小块）",
    en: "the logo picture on 输出模板 is larger than {limit}. Use a smaller picture (the logo only sits beside the title)",
  },
  // ---- package shapes refused by name, saying what is really wrong (ooxml/zip.ts, ooxml/package.ts, ooxml/read.ts) ----
  zipOfWorkbook: {
    zh: "这是一个压缩包，里面装着工作簿 {name}，不是工作簿本身。请先解压，再打开其中的 {name}",
    en: "this is a zip archive containing the workbook {name}, not the workbook itself. Unpack it and open {name}",
  },
  zipHeadersDisagree: {
    zh: "工作簿（压缩包）已损坏：部件 {part} 的目录记录与其文件头的{what|t}不一致。请在 Excel 中用“打开并修复”打开，另存为 .xlsx 后再试",
    en: "the workbook (a zip package) is damaged: for part {part} the directory and the entry's own header disagree on the {what|t}. Open it in Excel with “Open and Repair”, save it as .xlsx and try again",
  },
  partMissingNames: {
    zh: "工作簿缺少部件 {part}：压缩包中的部件名不是 UTF-8 编码（由非 Excel 的工具写出），无法对应。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "the workbook has no part {part}: the names inside the zip are not in UTF-8 (written by a tool other than Excel), so they cannot be matched. Open it in Excel, save it as .xlsx and try again",
  },
  sheetPartMissing: {
    zh: "工作表“{sheet}”的内容部件 {part} 不在工作簿中，文件已损坏。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "the part {part} holding sheet “{sheet}” is not in the workbook; the file is damaged. Open it in Excel, save it as .xlsx and try again",
  },
  sheetPartMissingNames: {
    zh: "工作表“{sheet}”的内容部件 {part} 找不到：压缩包中的部件名不是 UTF-8 编码（由非 Excel 的工具写出），无法对应。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "the part {part} holding sheet “{sheet}” cannot be found: the names inside the zip are not in UTF-8 (written by a tool other than Excel), so they cannot be matched. Open it in Excel, save it as .xlsx and try again",
  },
  xmlDtd: {
    zh: "工作簿部件 {part} 含 DOCTYPE 内部声明（DTD，可定义实体），出于安全不予读取；Excel 保存的文件不含此类声明。请在 Excel 中打开并另存为 .xlsx 后再试",
    en: "part {part} holds a DOCTYPE with declarations (a DTD, which can define entities) and is refused for safety; files saved by Excel have none. Open it in Excel, save it as .xlsx and try again",
  },
  // ---- failures of the offline page and the add-in, each in one language ----
  badPeriod: {
    zh: "期间“{value}”无效：应为 2026-03、2026-Q1、2026-H1、2026 或 2026-01-01..2026-03-31",
    en: "period “{value}” is not valid: use 2026-03, 2026-Q1, 2026-H1, 2026 or 2026-01-01..2026-03-31",
  },
  badAsOf: {
    zh: "截至日期“{value}”无效：应为 YYYY-MM-DD，如 2026-11-29",
    en: "as-of date “{value}” is not valid: use YYYY-MM-DD, e.g. 2026-11-29",
  },
  templateAssetMissing: {
    zh: "加载项的输入模板文件缺失（HTTP {status}），无法插入模板。请重新安装加载项或联系维护人员",
    en: "the add-in's input template is missing (HTTP {status}), so no template can be inserted. Reinstall the add-in or contact the maintainers",
  },
} as const satisfies Record<string, Pair>;

export type FailureCode = keyof typeof FAILURES;

// ---- rule: the names users know the rules by (core/rules/names.ts) ------------------------------
// Keys are the canonical keys of core/rules/overrides.ts (a dotted path).
export const RULE_NAMES = {
  "units.latePenalty": { zh: "迟报扣分", en: "late penalty" },
  "units.rewardLevel": { zh: "用稿奖励级别", en: "lowest level rewarded" },
  "units.levels": { zh: "级别顺序", en: "order of the levels" },
  "notices.namedStreak": { zh: "点名通报的连续缺报月数", en: "months missing before a unit is named" },
  "notices.noticeStreak": { zh: "寄发缺报通知单的连续缺报月数", en: "months missing before a notice is sent" },
  "notices.assistStreak": { zh: "列入重点帮促的连续缺报月数", en: "months missing before assistance" },
  "selection.advancedUnits": { zh: "先进单位名额", en: "advanced-unit places" },
  "selection.excellentWorkers": { zh: "优秀信息工作者名额", en: "excellent-worker places" },
  "selection.rankWithinCategory": { zh: "按类别排名", en: "rank within category" },
  "selection.authorSeparators": { zh: "撰稿人分隔符", en: "co-author separators" },
  "ranking.method": { zh: "排名方式", en: "ranking method" },
  "ranking.decimals": { zh: "得分小数位数", en: "score decimals" },
  publications: { zh: "计数刊物", en: "counted publications" },
  "staff.publicBase": { zh: "公共部分基准分", en: "public-part base points" },
  "staff.businessBase": { zh: "业务部分基准分", en: "business-part base points" },
  "appraisal.weights.mass": { zh: "群众评议权重", en: "mass rating weight" },
  "appraisal.weights.group": { zh: "考评小组权重", en: "appraisal group weight" },
  "appraisal.weights.meeting": { zh: "主任办公会权重", en: "directors' meeting weight" },
  "appraisal.weights.daily": { zh: "日常考核权重", en: "daily assessment weight" },
  "appraisal.ratingScale": { zh: "评分满分", en: "rating scale" },
  "appraisal.normalisedTo": { zh: "折算满分", en: "normalised scale" },
  "appraisal.trimmedMean": { zh: "去掉最高最低分", en: "drop highest and lowest rating" },
  "appraisal.trimMinCount": { zh: "去掉最高最低分的最少评议人数", en: "ratings needed to drop highest and lowest" },
  "appraisal.unfitBelow": { zh: "不称职分数线", en: "unfit threshold" },
  "appraisal.excellentShare": { zh: "优秀比例", en: "excellent share" },
  "appraisal.excellentMin": { zh: "优秀最少名额", en: "minimum excellent places" },
} as const satisfies Record<string, Pair>;

// ---- word: words that are parameters of other texts, and small joining forms ---------------------
export const WORDS = {
  listSeparator: { zh: "、", en: ", " },
  // Between an issue's place and its text: 信息报送!B7：… / Sheet!B7: … (core/issues.ts)
  placeSeparator: { zh: "：", en: ": " },
  // Rating kinds (core/staff/appraise.ts RatingKind)
  ratingMass: { zh: "群众评议", en: "mass evaluation" },
  ratingGroup: { zh: "考评小组", en: "evaluation group" },
  ratingMeeting: { zh: "主任办公会", en: "director office meeting" },
  // What is done about a unit missing submissions (UnitResult.action)
  actionNamed: { zh: "点名通报", en: "named" },
  actionNotice: { zh: "缺报通知单", en: "notice" },
  actionAssist: { zh: "重点帮促", en: "key assistance" },
  // Staff grades: the Chinese texts are the grades' values in the results (core/staff/appraise.ts)
  gradeExcellent: { zh: "优秀（推荐）", en: "Excellent (proposed)" },
  gradeCompetent: { zh: "称职", en: "Competent" },
  gradeUnfit: { zh: "不称职", en: "Not competent" },
  gradePending: { zh: "待评", en: "Pending" },
  // Severities of issues
  severityError: { zh: "错误", en: "Error" },
  severityWarning: { zh: "提示", en: "Warning" },
  severityInfo: { zh: "提示", en: "Note" },
  // The frame of the 校验问题 sheet when the issues are in English (in Chinese: core/sheets/outputTemplate.ts)
  issuesTitle: { zh: "校验问题", en: "Issues" },
  issuesSummary: {
    zh: "共{count}条：错误{errors}条（相应行未计分），提示{warnings}条（已计分，请核对）。",
    en: "{count} issues: {errors} errors (those rows were not scored), {warnings} warnings (scored; please check).",
  },
  issuesNone: { zh: "未发现问题。", en: "No issues found." },
  issuesLevel: { zh: "级别", en: "Level" },
  issuesSheet: { zh: "工作表", en: "Sheet" },
  issuesCell: { zh: "单元格", en: "Cell" },
  issuesRule: { zh: "规则", en: "Rule" },
  issuesDetail: { zh: "说明", en: "Description" },
  checkInput: { zh: "输入格式", en: "Input format" },
  checkTemplate: { zh: "输出模板", en: "Output template" },
  checkRules: { zh: "计分规则", en: "Scoring rules" },
  // A suggestion appended to unknownUnit
  didYouMean: { zh: "，是否为“{suggestion}”？", en: "; did you mean “{suggestion}”?" },
  // Where a JSON file is broken, appended to rulesFileNotJson / templateFileNotJson
  jsonNear: { zh: "（第 {line} 行第 {column} 列附近）", en: " (near line {line}, column {column})" },
  // A month, in messages: 2026年3月 / 2026-03
  month: { zh: "{year}年{month}月", en: "{iso}" },
  // Consecutive months in messages: 2026年4月至12月 / 2026-04 to 2026-12 (the second month within the first's year: 12月)
  monthRange: { zh: "{from}至{to}", en: "{from} to {to}" },
  monthInYear: { zh: "{month}月", en: "{iso}" },
  // A day, in messages: 2026年3月15日 / 2026-03-15
  day: { zh: "{year}年{month}月{day}日", en: "{iso}" },
  // A month in the pane's picker: 3月 / Mar
  monthOption: { zh: "{month}月", en: "{abbr}" },
  // Rule names (core/rules/names.ts): "U2（区委办采用）", "S7（信息快报）扣分"
  ruleIdLabel: { zh: "{id}（{label}）", en: "{id}" },
  ruleIdTail: { zh: "{name}{tail}", en: "{name} {tail}" },
  ruleSuffixPoints: { zh: "扣分", en: "penalty" },
  ruleSuffixHours: { zh: "每半天小时数", en: "hours per half day" },
  ruleSuffixHalfDays: { zh: "半天数", en: "half days" },
  overtimeTotal: { zh: "加班累计加分", en: "overtime total bonus" },
  // What is wrong in a damaged XML part, for failure.xmlMalformed's {why|t} (ooxml/xmlScan.ts)
  xmlUnexpectedEnd: { zh: "部件意外结束", en: "unexpected end of part" },
  xmlTagTooLong: { zh: "标记过长", en: "tag too long" },
  xmlUnknownMarkup: { zh: "无法识别的“<!”标记", en: "unknown markup “<!”" },
  xmlLoneLt: { zh: "孤立的“<”", en: "a lone “<”" },
  xmlLtInTag: { zh: "标记内出现“<”", en: "“<” inside a tag" },
  xmlUnclosedTag: { zh: "标记未闭合", en: "unclosed tag" },
  xmlEmptyEndTag: { zh: "结束标记为空", en: "empty end tag" },
  xmlStrayEndTag: { zh: "多余的结束标记", en: "stray end tag" },
  xmlEmptyTagName: { zh: "标记名为空", en: "empty tag name" },
  xmlUnclosedSection: { zh: "注释或数据段未闭合", en: "unclosed comment or section" },
  xmlEndTagMissing: { zh: "缺少结束标记", en: "end tag missing" },
  xmlNotUtf8: {
    zh: "含有无法识别的字节，文字编码无效（文件已损坏或不是 Excel 保存的）",
    en: "it holds bytes that are not valid UTF-8 (the file is damaged or was not saved by Excel)",
  },
  xmlCellOutOfRange: { zh: "单元格引用超出 Excel 范围", en: "cell reference beyond Excel's range" },
  // What a damaged zip's directory and local header disagree on, for failure.zipHeadersDisagree's {what|t}
  zipName: { zh: "名称", en: "name" },
  zipSize: { zh: "大小", en: "size" },
  zipCrc: { zh: "校验值（CRC）", en: "checksum (CRC)" },
  fontNameLimit: { zh: "字体名最多 31 个字符", en: "a font name has at most 31 characters" },
  columnWidthLimit: { zh: "列宽应大于 0、不超过 255", en: "a column width is more than 0 and at most 255" },
} as const satisfies Record<string, Pair>;

// ---- doc: words the core writes into the result documents (audit rows, period titles) ---------
// The documents are official Chinese documents: the core renders these in DOC_LANG. The English
// texts keep the catalogue complete and are what an English document would say.
export const DOC = {
  periodMonth: { zh: "{year}年{month}月", en: "{iso}" },
  periodQuarter: { zh: "{year}年第{quarter|t}季度", en: "Q{quarter|t} {year}" },
  periodFirstHalf: { zh: "{year}年上半年", en: "H1 {year}" },
  periodSecondHalf: { zh: "{year}年下半年", en: "H2 {year}" },
  periodYear: { zh: "{year}年度", en: "{year}" },
  periodRange: { zh: "{from}至{to}", en: "{from} to {to}" },
  ordinal1: { zh: "一", en: "1" },
  ordinal2: { zh: "二", en: "2" },
  ordinal3: { zh: "三", en: "3" },
  ordinal4: { zh: "四", en: "4" },
  publicPart: { zh: "公共部分", en: "public part" },
  businessPart: { zh: "业务部分", en: "business part" },
  auditFloor: { zh: "{part|t}最低为0", en: "{part|t} floored at 0" },
  auditOvertime: { zh: "{name}{hours}小时{poor}{times}", en: "{name} {hours} hours{poor}{times}" },
  auditPoorPlanning: { zh: "（安排不当，不加分）", en: " (poorly planned, no bonus)" },
  auditOvertimeTotal: { zh: "加班累计超过{days}个工作日", en: "overtime of more than {days} working days" },
  auditShortfall: {
    zh: "{label}目标{target}，完成{actual}，少{short}",
    en: "{label}: target {target}, done {actual}, short by {short}",
  },
  auditTimes: { zh: "{label}×{times}", en: "{label} × {times}" },
  auditLate: { zh: "迟报{days}天（限{max}天）：{label}", en: "late by {days} days (limit {max}): {label}" },
  /** The name of a target's actual column on the staff targets sheet (信息快报完成): a column name, Chinese. */
  actualColumn: { zh: "{label}完成", en: "{label} actual" },
  // The Word files (公文): their names, the 附件说明, 附件 labels, the 版记's 印发 line, page numbers
  bulletinFile: { zh: "信息工作通报", en: "information work bulletin" },
  staffFile: { zh: "考核结果", en: "appraisal results" },
  rankingAttachment: { zh: "各单位信息工作得分排名", en: "Scores and ranks of the units" },
  attachmentN: { zh: "附件{n}", en: "Attachment {n}" },
  attachmentOne: { zh: "附件：{title}", en: "Attachment: {title}" },
  attachmentFirst: { zh: "附件：{n}. {title}", en: "Attachments: {n}. {title}" },
  attachmentNext: { zh: "{n}. {title}", en: "{n}. {title}" },
  attachmentLabel: { zh: "附件{n}", en: "Attachment {n}" },
  attachmentLabelOne: { zh: "附件", en: "Attachment" },
  pageNumber: { zh: "— {n} —", en: "— {n} —" },
  /** A 计分明细 row's event with its date or note: 区委领导表扬（2026-03-01）. */
  auditWithNote: { zh: "{label}（{note}）", en: "{label} ({note})" },
  /** An author whose name two units share, on the candidates list: 胡斌（阴平镇）. */
  authorOfUnit: { zh: "{author}（{unit}）", en: "{author} ({unit})" },
} as const satisfies Record<string, Pair>;

/** The language of the result documents (official Chinese documents). */
export const DOC_LANG: Lang = "zh";

// ---- cli: the batch tool's own texts (cli/) ----------------------------------------------------
export const CLI = {
  noWorkbooks: { zh: "没有找到 xlsx 工作簿", en: "no xlsx workbook found" },
  failed: { zh: "✗ {path}：{why}", en: "✗ {path}: {why}" },
  skippedNotXlsx: {
    zh: "! {path}：不是 .xlsx 工作簿，已跳过。请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    en: "! {path}: not an .xlsx workbook; skipped. Save it as .xlsx in Excel or WPS and try again",
  },
  unknownOption: { zh: "未知选项：{option}。请用 infoscore --help 查看用法", en: "unknown option: {option}. See infoscore --help" },
  unknownCommand: {
    zh: "未知命令：{command}（可用 recalc、validate、template、demo）",
    en: "unknown command: {command} (use recalc, validate, template or demo)",
  },
  missingArgument: { zh: "缺少参数：{name}。请用 infoscore --help 查看用法", en: "missing argument: {name}. See infoscore --help" },
  optionMissingArgument: { zh: "选项 {option} 需要一个值", en: "option {option} needs a value" },
  badCommandLine: { zh: "命令行有误。请用 infoscore --help 查看用法", en: "the command line is not valid. See infoscore --help" },
  done: {
    zh: "✓ {input} → {output}（错误 {errors} 条，提示 {warnings} 条）",
    en: "✓ {input} → {output} ({errors} errors, {warnings} warnings)",
  },
  doneWithErrors: {
    zh: "! {input} → {output}（错误 {errors} 条，提示 {warnings} 条）：出错的行未计分，请看“校验问题”表",
    en: "! {input} → {output} ({errors} errors, {warnings} warnings): rows with errors were left out; see the 校验问题 sheet",
  },
  produced: { zh: "  已生成：{documents}", en: "  produced: {documents}" },
  producedSeparator: { zh: "；", en: "; " },
  producedFor: { zh: "{sheet}（{units}）", en: "{sheet} for {units}" },
  producedNone: { zh: "{sheet}（无）", en: "{sheet} (none due)" },
  asOfAssessed: {
    zh: "  截至{asOf}，本期间尚未结束，缺报按已结束的{month}判断",
    en: "  as of {asOf}: the period has not ended; missing submissions are assessed for {month}, the last ended month",
  },
  jsonWritten: { zh: "  JSON 结果：{path}", en: "  JSON results: {path}" },
  docxWritten: { zh: "  公文（Word）{n} 份：{path}", en: "  Word documents ({n}): {path}" },
  sheetStats: {
    zh: "{sheet}：读取 {read} 行，计入 {used} 行，未计入 {rejected} 行",
    en: "{sheet}: {read} rows read, {used} used, {rejected} left out",
  },
  // validate: the months whose gaps were checked (the assessed part of the period, D1)
  validatePeriod: { zh: "检查期间：{months}", en: "period checked: {months}" },
  validatePeriodOpen: { zh: "检查期间：{months}（截至{asOf}尚未结束）", en: "period checked: {months} (not ended as of {asOf})" },
  validated: { zh: "✓ 检查完成：错误 {errors} 条，提示 {warnings} 条", en: "✓ checked: {errors} errors, {warnings} warnings" },
  validatedWithErrors: {
    zh: "! 检查完成：错误 {errors} 条，提示 {warnings} 条；重算时出错的行不计分",
    en: "! checked: {errors} errors, {warnings} warnings; rows with errors would be left out",
  },
  progressRows: { zh: "已读 {rows} 行", en: "{rows} rows read" },
  templateWritten: { zh: "已写出输入模板：{path}", en: "input template written: {path}" },
  sampleWritten: { zh: "已写出示例工作簿：{path}", en: "sample workbook written: {path}" },
  // Command-line help (commander), in the language of --lang
  helpProgram: { zh: "InfoScore 信息工作考核：批量重算", en: "InfoScore: batch recalculation" },
  helpRecalc: { zh: "重算工作簿，生成结果工作簿", en: "recalculate workbooks into result workbooks" },
  helpPaths: { zh: "xlsx 文件或文件夹", en: "xlsx files or folders" },
  helpPeriod: {
    zh: "2026-03 | 2026-Q1 | 2026-H1 | 2026 | 2026-01-01..2026-03-31（默认上一个完整月份）",
    en: "2026-03 | 2026-Q1 | 2026-H1 | 2026 | 2026-01-01..2026-03-31 (default: the last complete month)",
  },
  helpValidatePeriod: {
    zh: "2026-03 | 2026-Q1 | 2026-H1 | 2026 | 2026-01-01..2026-03-31（默认上一个完整月份所在的全年，截至今天）",
    en: "2026-03 | 2026-Q1 | 2026-H1 | 2026 | 2026-01-01..2026-03-31 (default: the year of the last complete month, so far)",
  },
  helpAsOf: {
    zh: "截至日期 YYYY-MM-DD（默认今天）：未结束的月份不算缺报",
    en: "as-of date YYYY-MM-DD (default today): months not yet ended are not counted as missing",
  },
  helpAsOfShort: { zh: "截至日期 YYYY-MM-DD（默认今天）", en: "as-of date YYYY-MM-DD (default today)" },
  helpOut: {
    zh: "结果工作簿（及 JSON、公文文件夹）所在的文件夹（默认与输入同目录）",
    en: "folder of the result workbooks (and their JSON and Word folders; default: beside the input)",
  },
  helpJson: {
    zh: "写出 JSON 结果：不带值时写在结果工作簿旁；- 写到标准输出；也可给文件名（一个工作簿）或文件夹",
    en: "write the results as JSON: with no value beside the result workbook; - to stdout; or a file (one workbook) or a folder",
  },
  helpRules: { zh: "计分规则 JSON 文件（优先于工作簿中的计分规则表）", en: "rules JSON file (wins over the workbook's 计分规则 sheet)" },
  helpDocx: {
    zh: "另写公文（Word）：结果工作簿旁的“<名称>-公文-<期间>”文件夹，每份公文一个 .docx",
    en: "also write the documents as Word files: one .docx each, in a folder “<name>-公文-<period>” beside the result workbook",
  },
  helpTemplate: {
    zh: "输出模板（含“输出模板”表的 xlsx 或 JSON；优先于工作簿中的输出模板表）",
    en: "output template (an xlsx with a 输出模板 sheet, or JSON; wins over the workbook's 输出模板 sheet)",
  },
  helpLang: { zh: "zh | en（提示语言）", en: "zh | en (language of the messages)" },
  helpValidate: { zh: "只检查输入", en: "check the input only" },
  helpJsonOutput: {
    zh: "以 JSON 给出检查结果：不带值或 - 写到标准输出，给文件名则写入该文件",
    en: "give the check as JSON: with no value or - on stdout, or into the file named",
  },
  helpTemplateOut: {
    zh: "输入模板的文件名或所在文件夹（默认当前文件夹下的 InfoScore-输入模板.xlsx）",
    en: "file name of the input template, or a folder for it (default: “InfoScore-输入模板.xlsx” in the current folder)",
  },
  helpDemoOut: {
    zh: "示例工作簿及其结果所在的文件夹（默认 infoscore-demo）",
    en: "folder for the sample workbook and its results (default: infoscore-demo)",
  },
  // A path option followed by another option (or by nothing usable) instead of a path
  optionNeedsPath: {
    zh: "选项 {option} 后面应是文件或文件夹路径，而不是 {value}。请在 {option} 后紧跟路径{dash}",
    en: "option {option} needs a file or folder path after it, not {value}. Put the path right after {option}{dash}",
  },
  optionTookArgument: {
    zh: "缺少参数：{name}。{option} 把后面的 {value} 当作了自己的值；{option} 不带值时，请写在 {value} 之后",
    en: "missing argument: {name}. {option} took {value} as its value; to use {option} without a value, put it after {value}",
  },
  optionNeedsPathDash: { zh: "（写 - 表示标准输出）", en: " (- means stdout)" },
  validateJsonWritten: { zh: "JSON 检查结果：{path}", en: "JSON check results: {path}" },
  helpTemplateCommand: { zh: "写出输入模板", en: "write the input template" },
  helpTemplateRules: {
    zh: "计分规则 JSON 文件：按其中的计分方案生成信息报送列与计分规则表",
    en: "rules JSON file: the log's mark columns and the 计分规则 sheet follow its scheme",
  },
  helpBlank: { zh: "不带示例行", en: "without example rows" },
  helpForce: { zh: "覆盖已有文件", en: "replace an existing file" },
  helpDemo: { zh: "用内置示例数据运行", en: "run on the bundled sample" },
  helpHelp: { zh: "显示命令的用法", en: "show how to use the command" },
  helpUsage: { zh: "用法：", en: "Usage:" },
  helpArguments: { zh: "参数：", en: "Arguments:" },
  helpOptions: { zh: "选项：", en: "Options:" },
  helpCommands: { zh: "命令：", en: "Commands:" },
} as const satisfies Record<string, Pair>;

// ---- ui: the task pane, the ribbon commands and the offline page (addin/) -----------------------
// Keys used in data-t attributes of the HTML pages are ui keys (without the "ui." prefix).
export const UI = {
  title: { zh: "信息工作考核", en: "InfoScore" },
  period: { zh: "统计期间", en: "Period" },
  kindMonth: { zh: "月", en: "Month" },
  kindQuarter: { zh: "季度", en: "Quarter" },
  kindHalf: { zh: "半年", en: "Half-year" },
  kindYear: { zh: "全年", en: "Year" },
  kindRange: { zh: "自定义", en: "Custom range" },
  year: { zh: "年", en: "Year" },
  from: { zh: "起", en: "From" },
  to: { zh: "止", en: "To" },
  runAll: { zh: "全部重算", en: "Recalculate all" },
  runMonthly: { zh: "月度通报", en: "Monthly notice" },
  runSummary: { zh: "期间汇总", en: "Period summary" },
  runStaff: { zh: "个人考核", en: "Staff appraisal" },
  insertTemplate: { zh: "插入模板", en: "Insert template" },
  working: { zh: "正在计算…", en: "Working…" },
  done: { zh: "完成：已写入 {n} 个工作表；{counts}", en: "Done: {n} sheets written; {counts}" },
  doneFiles: { zh: "完成：{n} 个结果工作簿可下载；{counts}", en: "Done: result workbooks to download: {n}; {counts}" },
  failed: { zh: "未能完成：{why}", en: "Could not finish: {why}" },
  issues: { zh: "校验问题", en: "Issues" },
  noIssues: { zh: "未发现问题", en: "No issues" },
  summary: { zh: "概况", en: "Summary" },
  topUnits: { zh: "得分前列单位", en: "Top units" },
  escalations: { zh: "缺报处理", en: "Missing submissions" },
  grades: { zh: "人员等次", en: "Staff grades" },
  outside: {
    zh: "当前不在 Excel 中：可选择工作簿文件在本机计算，数据不会离开本机。",
    en: "Not inside Excel: choose workbook files to calculate on this computer. Your data never leaves it.",
  },
  oldBrowser: {
    zh: "此浏览器版本过旧，无法使用离线网页：需要 Chrome 或 Edge 103 及以上，或内核为 Chromium 103 及以上的浏览器（如新版 360、奇安信浏览器）。请升级浏览器，或在 Excel 中使用加载项。",
    en: "This browser is too old for the offline page: it needs Chrome or Edge 103 or later, or a browser built on Chromium 103 or later (recent 360 or Qi-An-Xin browsers). Update the browser, or use the add-in in Excel.",
  },
  noScript: {
    zh: "此页面需要运行 JavaScript。请在浏览器设置中允许本页运行脚本。",
    en: "This page needs JavaScript. Allow scripts for this page in the browser's settings.",
  },
  missingFeatures: { zh: "（缺少：{features}）", en: " (missing: {features})" },
  supportedBrowsers: {
    zh: "支持的浏览器：Chrome、Edge 103 及以上，以及内核为 Chromium 103 及以上的浏览器。",
    en: "Supported browsers: Chrome and Edge 103 or later, and browsers built on Chromium 103 or later.",
  },
  chooseFiles: { zh: "选择或拖入工作簿（.xlsx）", en: "Choose or drop workbooks (.xlsx)" },
  run: { zh: "计算", en: "Run" },
  rulesFile: {
    zh: "计分规则文件（可选，JSON，优先于工作簿中的计分规则表）：",
    en: "Rules file (optional, JSON; wins over the workbook's 计分规则 sheet):",
  },
  download: { zh: "下载结果", en: "Download results" },
  downloadDocx: { zh: "下载公文（Word）", en: "Download documents (Word)" },
  makingDocx: { zh: "正在生成公文（Word）…", en: "Making the Word documents…" },
  docxDone: { zh: "公文（Word）已下载：{name}", en: "Word documents downloaded: {name}" },
  docxInPane: {
    zh: "公文（Word）：这一版 Excel 的任务窗格不能下载文件。请在离线网页中打开同一工作簿，点“下载公文（Word）”；或用批处理工具 infoscore recalc --docx。",
    en: "Documents as Word files: this Excel's task pane cannot download files. Open the same workbook on the offline page and click “Download documents (Word)”, or run infoscore recalc --docx.",
  },
  unsavedWorkbook: { zh: "工作簿", en: "Workbook" },
  rowsRead: { zh: "已读取 {n} 行", en: "{n} rows read" },
  fileRowsRead: { zh: "{file}：已读取 {n} 行", en: "{file}: {n} rows read" },
  sheetWritten: { zh: "已写入“{sheet}”", en: "“{sheet}” written" },
  issuesMore: {
    zh: "另有 {n} 条未在此列出，全部问题见结果工作簿中的“校验问题”表。",
    en: "{n} more are not listed here; every issue is in the 校验问题 sheet of the results.",
  },
  language: { zh: "English", en: "中文" },
  asOf: { zh: "截至日期", en: "As of" },
  advanced: { zh: "高级选项", en: "Advanced options" },
  counts: { zh: "错误 {errors} 处，提示 {warnings} 处", en: "{errors} errors, {warnings} warnings" },
  countsClean: { zh: "未发现错误或提示", en: "no errors or warnings" },
  busy: { zh: "另一项计算正在进行，请等它完成后再试。", en: "Another run is in progress; try again when it has finished." },
  templateDone: { zh: "已插入 {n} 个输入表", en: "{n} input sheets inserted" },
  templateNone: { zh: "输入表都已存在，未插入", en: "All input sheets are already there; nothing inserted" },
  // Summary tables (addin/ui/render.ts)
  colRank: { zh: "排名", en: "Rank" },
  colUnit: { zh: "单位", en: "Unit" },
  colScore: { zh: "得分", en: "Score" },
  colMonths: { zh: "缺报月数", en: "Months" },
  colAction: { zh: "处理", en: "Action" },
  colGrade: { zh: "等次", en: "Grade" },
  colPeople: { zh: "人数", en: "People" },
  markTotals: { zh: "各计分项目合计", en: "Marks of the scheme, all units" },
  colMark: { zh: "项目", en: "Mark" },
  colTimes: { zh: "条（次）数", en: "Times" },
  // Page title and the ribbon commands' message dialog (addin/commands/)
  pageTitle: { zh: "InfoScore 信息工作考核", en: "InfoScore" },
  close: { zh: "关闭", en: "Close" },
  commandDone: {
    zh: "已生成 {title} 的结果：写入 {n} 个工作表（{sheets}）；{counts}。{advice}",
    en: "Results of {title} made: {n} sheets written ({sheets}); {counts}. {advice}",
  },
  commandAdvice: { zh: "有错误的行未计分，请查看“校验问题”表。", en: "Rows with errors were not counted; see the 校验问题 sheet." },
  commandTemplateDone: { zh: "已插入 {n} 个输入表：{sheets}。", en: "{n} input sheets inserted: {sheets}." },
  commandTemplateNone: { zh: "输入表都已存在，未插入新表。", en: "All input sheets are already there; nothing inserted." },
  commandFailed: { zh: "InfoScore 未能完成：{why}", en: "InfoScore could not finish: {why}" },
  unsupportedExcel: {
    zh: "此版本的 Excel 不支持 InfoScore 所需的功能（需要 ExcelApi {version}）。请升级到 Microsoft 365 版 Excel 或 Excel 2021 及以上，或使用网页版 Excel。",
    en: "This version of Excel lacks what InfoScore needs (ExcelApi {version}). Update to Microsoft 365 Excel or Excel 2021 or later, or use Excel on the web.",
  },
  // Excel's own errors, as advice; the code and where Excel saw it follow as details
  excelPayload: {
    zh: "这个工作簿的数据太多，网页版 Excel 一次传不过来。请在桌面版 Excel 中运行，或使用离线网页计算。",
    en: "This workbook holds more than Excel on the web can pass at once. Run it in desktop Excel, or use the offline page.",
  },
  excelCellEdit: {
    zh: "Excel 正在编辑一个单元格。请先按 Enter（或 Esc）结束编辑，再运行一次。",
    en: "Excel is editing a cell. Press Enter (or Esc) to finish editing, then run again.",
  },
  excelProtected: {
    zh: "工作簿或工作表受保护，无法写入结果表。请在“审阅 → 保护工作簿/撤消工作表保护”中取消保护后再运行。",
    en: "The workbook or a sheet is protected, so the result sheets cannot be written. Unprotect it (Review → Protect Workbook / Unprotect Sheet), then run again.",
  },
  excelTransient: {
    zh: "Excel 暂时无法完成这次请求（网络或服务繁忙）。请稍等片刻再运行一次；之前的结果表没有改动。",
    en: "Excel could not complete the request just now (network or service busy). Wait a moment and run again; the earlier results are unchanged.",
  },
  excelNameTaken: {
    zh: "计算期间有人新建或改名了同名工作表。请再运行一次；之前的结果表仍然保留。",
    en: "Someone added or renamed a sheet with the same name during the run. Run again; the earlier results are kept.",
  },
  excelDetail: { zh: "{advice}（详细信息：{code}{location}）", en: "{advice} (details: {code}{location})" },
  excelAt: { zh: "，位置 {where}", en: ", at {where}" },
  // Failures of a whole file on the offline page: a line of their own, never made-up issues
  fileFailed: { zh: "{file}：{why}", en: "{file}: {why}" },
  filesFailed: { zh: "；{n} 个文件无法处理，原因见下", en: "; {n} files could not be processed (see why below)" },
  failuresHeading: { zh: "未能处理的文件", en: "Files not processed" },
} as const satisfies Record<string, Pair>;

/** The grades as they are stored in the results (Chinese, the documents' words). */
export const GRADES = {
  /** The value RULES' --json contract fixes (half-width parentheses); documents show word.gradeExcellent. */
  excellent: "优秀(推荐)",
  competent: WORDS.gradeCompetent.zh,
  unfit: WORDS.gradeUnfit.zh,
  pending: WORDS.gradePending.zh,
} as const;

/** The word key of a grade value, for showing it in the user's language. */
export const GRADE_WORDS: Record<string, TextKey> = {
  [GRADES.excellent]: "word.gradeExcellent",
  [GRADES.competent]: "word.gradeCompetent",
  [GRADES.unfit]: "word.gradeUnfit",
  [GRADES.pending]: "word.gradePending",
};

// ---- the one renderer ------------------------------------------------------------------------

const CATALOGUE = {
  issue: MESSAGES,
  expected: RULE_EXPECTED,
  failure: FAILURES,
  rule: RULE_NAMES,
  word: WORDS,
  doc: DOC,
  cli: CLI,
  ui: UI,
} as const;

type Catalogue = typeof CATALOGUE;
export type Section = keyof Catalogue;
/** "issue.badDate", "ui.done", "word.actionNamed", "rule.appraisal.weights.mass", … */
export type TextKey = { [S in Section]: `${S}.${Extract<keyof Catalogue[S], string>}` }[Section];
export type UiKey = Extract<keyof typeof UI, string>;

/** Every key of the catalogue, for tests and for checking keys that come from data (data-t). */
export const TEXT_KEYS: readonly TextKey[] = (Object.keys(CATALOGUE) as Section[]).flatMap((s) =>
  Object.keys(CATALOGUE[s]).map((k) => `${s}.${k}` as TextKey),
);

function pairOf(key: string): Pair | undefined {
  const dot = key.indexOf(".");
  const section = CATALOGUE[key.slice(0, dot) as Section] as Record<string, Pair> | undefined;
  return section?.[key.slice(dot + 1)];
}

export const isTextKey = (key: string): key is TextKey => pairOf(key) !== undefined;

/** Fills {name} and {name|t} placeholders of a template in one language. */
export function interpolate(template: string, params: TextParams, lang: Lang = "zh"): string {
  return template.replace(/\{(\w+)(\|t)?\}/g, (_, name: string, asKey?: string) => {
    const value = params[name];
    if (value === undefined) return "";
    if (!asKey) return String(value);
    return String(value)
      .split(",")
      .filter(Boolean)
      .map((k) => t(lang, k as TextKey))
      .join(WORDS.listSeparator[lang]);
  });
}

/** The text of a catalogue key in one language; an unknown key (a defect) shows as itself. */
export function t(lang: Lang, key: TextKey, params: TextParams = {}): string {
  const pair = pairOf(key);
  return pair ? interpolate(pair[lang], params, lang) : key;
}

/** Items joined as a list in the language: 甲、乙 / a, b. */
export const listOf = (lang: Lang, items: readonly string[]): string => items.join(WORDS.listSeparator[lang]);

// ---- names of files and parts, the same in both languages ---------------------------------------
// Result files are found again by these names (cli/files.ts skips "-结果-" files), so they are
// never translated: a batch run in English still writes 示例工作簿-结果-2026-03.xlsx.
export const FILE_NAMES = {
  /** a-结果-2026-03.xlsx: the infix of result workbooks */
  resultInfix: "结果",
  /** a-公文-2026-03/: the folder of a result's Word files (公文) */
  documentsInfix: "公文",
  /** 2026-01-01至2026-03-31: the ".." of a custom period in a file name */
  rangeJoin: "至",
  /** The prefix of an output whose folder has no name (the root) */
  rootFolder: "根目录",
  inputTemplate: "InfoScore-输入模板.xlsx",
  sample: "示例工作簿",
  /** The name of the logo picture in result sheets */
  logo: "InfoScore 标志",
} as const;
