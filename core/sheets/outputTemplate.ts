// Texts of the result sheets with {{placeholders}}. These are the built-in defaults; a user's
// template (a sheet in the workbook or a file given to the batch tool) may replace any of them.
// Paragraphs are separated by line breaks; the sheets indent each paragraph by two characters.

export type TemplateKey =
  | "office"
  | "monthlyTitle"
  | "summaryTitle"
  | "stampLine"
  | "namedLine"
  | "noticeTitle"
  | "noticeBody"
  | "noticeSign"
  | "assistTitle"
  | "rewardsTitle"
  | "advancedTitle"
  | "workersTitle"
  | "staffTitle"
  | "auditTitle"
  | "issuesTitle"
  // The 简报 form of the 通报
  | "masthead"
  | "issueNo"
  | "editorLine"
  | "bodyTotals"
  | "bodyTop"
  | "bodyNotice"
  | "bodyAssist"
  | "bodyRequire"
  | "bulletinSign"
  | "bulletinReport"
  | "bulletinSend"
  | "bulletinCc"
  | "firstIssueNumber"
  | "printedBy"
  | "printedOn"
  | "appendixTitle"
  | "appendixLabel"
  | "asOfLine"
  | "noMonthEnded"
  // Letters: 缺报通知单 and 重点帮促通知, with their tear-off receipt
  | "noticeNumber"
  | "firstDocNumber"
  | "documentDate"
  | "receiptTitle"
  | "receiptBody"
  | "cutLine"
  | "assistLetterTitle"
  | "assistLetterNumber"
  | "assistLetterBody"
  | "assistLetterSign"
  | "assistNote"
  // 个人考核结果
  | "staffNote"
  | "staffSign"
  | "stageTitle"
  | "stageNote"
  // Notes shown in some cases only (accepted by 输出模板, not listed in its default rows)
  | "monthlyAppendix"
  | "noticeNone"
  | "assistNone"
  | "assistLetterNone"
  | "advancedNote"
  | "workersNote"
  | "rankChangeNote"
  | "auditLegend"
  | "issuesSummary"
  | "issuesNone";

export const DEFAULT_TEMPLATES: Record<TemplateKey, string> = {
  office: "区委办公室",
  monthlyTitle: "{{期间}}份全区信息工作情况通报",
  summaryTitle: "{{期间}}全区信息工作情况通报",
  stampLine: "统计期间：{{期间}}  规则版本：{{规则版本}}  生成时间：{{生成时间}}",
  namedLine: "{{评估月份}}份，{{点名情况}}{{处理情况}}。",
  noticeTitle: "信息缺报通知单",
  noticeBody:
    "{{单位}}{{称呼}}：\n" +
    "根据《信息室工作规范》通报评比制度，你单位{{缺报月份}}连续{{缺报月数}}个月未向区委办报送信息。" +
    "请高度重视信息报送工作，督促信息员及时报送本单位重要工作动态，并于收到本通知后一周内填写下方回执，将整改情况反馈{{发文单位}}。",
  noticeSign: "{{发文单位}}\n{{成文日期}}",
  assistTitle: "{{期间}}连续缺报单位重点帮促名单",
  rewardsTitle: "{{期间}}用稿奖励名单",
  advancedTitle: "{{期间}}先进单位候选名单",
  workersTitle: "{{期间}}优秀信息工作者候选名单",
  staffTitle: "{{期间}}信息室工作人员考核结果",
  auditTitle: "{{期间}}计分明细",
  issuesTitle: "校验问题",

  masthead: "信息工作通报",
  issueNo: "第{{期号}}期",
  editorLine: "{{发文单位}}编",
  bodyTotals: "{{期间}}，{{报送情况}}。现将有关情况通报如下。",
  bodyTop: "{{前列单位}}报送采用情况较好，位居前列。",
  /** Clauses of the 点名 sentence (after 予以点名通报；): the units are named there once. */
  bodyNotice: "连续{{缺报月数}}个月未报送信息的单位已寄发缺报通知单",
  bodyAssist: "连续{{缺报月数}}个月及以上未报送信息的单位已列为重点帮促单位",
  bodyRequire:
    "各单位要进一步提高思想认识，把信息报送作为一项经常性工作抓紧抓好，聚焦中心工作和群众关切，及时报送有情况、有分析、有建议的信息。" +
    "缺报单位要认真查找原因，切实加以整改。",
  bulletinSign: "{{发文单位}}\n{{成文日期}}",
  bulletinReport: "报：区委主要领导同志。",
  bulletinSend: "送：区委办公室领导同志。",
  bulletinCc: "抄送：各镇（街道）党（工）委办公室，区直各部门单位办公室。",
  firstIssueNumber: "",
  printedBy: "{{发文单位}}",
  printedOn: "{{成文日期}}",
  appendixTitle: "{{期间}}各单位逐月得分",
  appendixLabel: "附件",
  asOfLine: "（截至{{截至日期}}）",
  noMonthEnded: "截至{{截至日期}}，本期间尚无已结束的月份，不点名通报、不寄发缺报通知单、不列重点帮促。",

  noticeNumber: "区委办信〔{{年份}}〕{{序号}}号",
  firstDocNumber: "",
  documentDate: "",
  receiptTitle: "回　执",
  receiptBody: "单位：{{单位}}\n整改措施：\n联系人：　　　　　　　　　　电话：\n日期：　　　　年　　月　　日",
  cutLine: "- - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - -",
  assistLetterTitle: "信息工作重点帮促通知",
  assistLetterNumber: "区委办信〔{{年份}}〕{{序号}}号",
  assistLetterBody:
    "{{单位}}{{称呼}}：\n" +
    "你单位{{缺报月份}}连续{{缺报月数}}个月未向区委办报送信息。根据《信息室工作规范》通报评比制度，经研究，将你单位列为信息工作重点帮促单位。" +
    "请你单位主要负责同志亲自过问，明确分管领导和信息员，于收到本通知后一周内制定整改措施，填写下方回执反馈{{发文单位}}。",
  assistLetterSign: "{{发文单位}}\n{{成文日期}}",
  /** A note under the list: none by default (who fills in the blank columns is the office's own business). */
  assistNote: "",

  staffNote:
    "注：综合得分=群众评议×{{群众评议权重}}+考评小组×{{考评小组权重}}+主任办公会×{{主任办公会权重}}+日常考核×{{日常考核权重}}" +
    "（评议分按{{评议分制}}评分，乘以{{评议折算倍数}}折算）。综合得分低于{{不称职分数线}}分，或{{不称职事项}}超过{{不称职次数}}次的，为不称职。",
  staffSign: "考评小组（签字）：　　　　　　　　　　主任办公会审定：　　　　　　　　　　日期：　　　　年　　月　　日",
  stageTitle: "{{期间}}信息室工作人员阶段考核情况",
  stageNote: "本表为阶段考核情况：参考等次按本期得分试算，仅供参考；优秀（推荐）、不称职等次由年终主任办公会评定。",

  monthlyAppendix: "附件：{{附件标题}}",
  noticeNone: "本期没有应寄发缺报通知单的单位。",
  assistNone: "本期没有连续缺报{{帮促月数}}个月及以上的单位。",
  assistLetterNone: "本期没有列为重点帮促的单位。",
  advancedNote: "按{{排名范围}}排名前{{先进单位数}}名（并列的一并列入），得分为0的单位不列入。",
  workersNote: "按得分排名前{{优秀工作者数}}名（并列的一并列入），得分为0的不列入。",
  rankChangeNote: "注：本月得分为0的单位不标名次上升，因与其他得分为0的单位并列而名次前移的，升降记“—”。",
  auditLegend: "规则：{{规则}}",
  issuesSummary: "共{{问题数}}条：错误{{错误数}}条（相应行未计分），提示{{提示数}}条（已计分，请核对）。",
  issuesNone: "未发现问题。",
};

/**
 * Texts earlier input templates wrote into their 输出模板 sheet as the defaults of their day. A row
 * holding one is read as the built-in default of today (the product wrote it, not the user).
 */
export const EARLIER_DEFAULTS: Partial<Record<TemplateKey, readonly string[]>> = {
  office: ["区委办公室信息科"],
  namedLine: ["{{单位列表}}{{评估月份}}未报送信息，予以点名通报。", "{{评估月份}}份，{{点名情况}}。"],
  assistNote: ["帮促措施、责任人、完成时限由信息科商有关单位后填写。"],
  advancedNote: ["按{{排名范围}}排名前 {{先进单位数}} 名（并列同进），得分为 0 的单位不列入。"],
  workersNote: ["前 {{优秀工作者数}} 名（并列同进）且得分大于 0 为候选；多人合写的信息每位撰稿人均计全分。"],
  bodyNotice: ["{{单位列表}}连续缺报，已寄发缺报通知单。"],
  bodyAssist: ["{{单位列表}}连续缺报时间较长，列为重点帮促单位。"],
  bodyTotals: [
    "{{期间}}，全区各单位共报送信息{{报送条数}}条，区委办采用{{区采用}}条，被市委办采用{{市采用}}条、省委办采用{{省采用}}条、" +
      "中央采用{{中央采用}}条，领导批示{{批示}}条。现将有关情况通报如下。",
  ],
};

/** The 项目 of 输出模板 that are not texts. */
export const TITLE_ITEM = "标题";
export const COLUMNS_ITEM = "列";
export const WIDTHS_ITEM = "列宽";
export const FONT_ITEM = "字体";
/**
 * The Word files' fonts and sizes (GB/T 9704-2012), each an item of 输出模板's 全部 sheet; the body
 * font is 字体 (default 仿宋_GB2312 in Word). Sizes as offices name them or in points.
 */
export const WORD_FORMAT_ITEMS = {
  titleFont: { item: "标题字体", default: "方正小标宋简体" },
  titleSize: { item: "标题字号", default: "二号" },
  bodySize: { item: "正文字号", default: "三号" },
  headingFont: { item: "一级标题字体", default: "黑体" },
  subheadingFont: { item: "二级标题字体", default: "楷体_GB2312" },
  pageNumberFont: { item: "页码字体", default: "宋体" },
  pageNumberSize: { item: "页码字号", default: "四号" },
} as const;
/** The body font of the Word files when 字体 names none. */
export const WORD_BODY_FONT = "仿宋_GB2312";
/**
 * What Word tries when a font named in a Word file is missing (fontTable.xml's w:altName), by the
 * face a name contains: 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 小标宋, 黑体 → SimHei; a name that is
 * its own fallback (仿宋) gets the English name. `kind` picks the panose class (ooxml/docx/styles.ts).
 */
export const WORD_FONT_FALLBACKS: ReadonlyArray<{
  contains: string;
  altName: string;
  english: string;
  kind: "fangsong" | "song" | "hei" | "kai";
}> = [
  { contains: "仿宋", altName: "仿宋", english: "FangSong", kind: "fangsong" },
  { contains: "标宋", altName: "小标宋", english: "SimSun", kind: "song" },
  { contains: "宋体", altName: "宋体", english: "SimSun", kind: "song" },
  { contains: "黑体", altName: "黑体", english: "SimHei", kind: "hei" },
  { contains: "楷体", altName: "楷体", english: "KaiTi", kind: "kai" },
];
/** Chinese font sizes in points (号数); 2号 and 二号 name the same size. */
export const FONT_SIZES: Readonly<Record<string, number>> = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
};
/** How a size in points may be written: 16, 16pt, 16磅. */
export const POINT_SUFFIX = /^(\d{1,3}(?:\.\d{1,2})?)\s*(?:pt|磅)?$/i;
/** 2号 for 二号. */
export const DIGIT_SIZE = /^([1-5])\s*号$/;
export const SIZE_DIGITS = "一二三四五";

/** The 点名 text's placeholder for what was done (通知单, 帮促); without it those follow as a sentence. */
export const ACTIONS_PLACEHOLDER = "处理情况";

/** Placeholders every text may use (core/sheets/context.ts fills them). */
export const SHARED_PLACEHOLDERS = ["期间", "规则版本", "生成时间", "生成日期", "成文日期", "年份", "截至日期", "发文单位"] as const;

/** The 等次 column's header; for a period shorter than a year (D9) a reference only. */
export const GRADE_HEADER = "等次";
export const STAGE_GRADE_HEADER = "参考等次";

/**
 * Column headers of the result sheets' tables. A user's 输出模板 orders and drops columns by
 * these names (项目 列), so a header renamed here is renamed there too.
 */
export const HEADERS = {
  assist: ["单位", "类别", "主要负责人", "信息员", "连续缺报月数", "缺报月份", "帮促措施", "责任人", "完成时限"],
  rewards: ["序号", "单位", "撰稿人", "标题", "报送日期", "采用级别", "采用刊物", "得分"],
  advanced: ["排名", "单位", "类别", "得分", "报送", "采用"],
  workers: ["排名", "撰稿人", "单位", "条数", "得分"],
  staff: [
    "排名",
    "姓名",
    "公共部分",
    "业务部分",
    "奖励加分",
    "日常考核",
    "群众评议",
    "考评小组",
    "主任办公会",
    "综合得分",
    GRADE_HEADER,
    "主要扣分/加分事项",
  ],
  audit: ["对象", "日期", "标题或事项", "计分规则", "分值", "来源"],
  issues: ["级别", "工作表", "单元格", "规则", "说明"],
} as const;

/**
 * Headers a table had in earlier versions: a column list an earlier input template wrote still reads as
 * the default (the candidate list lists only candidates, so it has no 优秀候选 column); named in a
 * user's own list, such a column is reported as any unknown one.
 */
export const RETIRED_HEADERS: readonly string[] = ["优秀候选"];

/** Headers of the 通报's ranking table, by column. */
export const RANKING_HEADERS = {
  rank: "排名",
  unit: "单位",
  category: "类别",
  submitted: "报送",
  excellent: "优秀",
  endorsed: "批示",
  late: "迟报",
  monthScore: "本月得分",
  /** A date range's score; a quarter, a half year and a year say which ("本季度得分"). */
  periodScore: "期间得分",
  quarterScore: "本季度得分",
  halfScore: "本半年得分",
  yearScore: "本年得分",
  previousRank: "上月排名",
  change: "升降",
  ytdScore: "本年累计得分",
  ytdCount: "累计条数",
  total: "合计",
} as const;

/** Words the sheets put together with names and numbers. */
export const WORDS = {
  /** The 正文's figures: "区委办采用12条，被市委办采用5条、中央采用1条，区领导批示2条". */
  totalsAll: "全区各单位共报送信息{{条数}}条",
  totalsCategory: "{{类别}}共报送信息{{条数}}条",
  adoptedAt: "{{级别}}采用{{条数}}条",
  adoptedAbove: "被{{采用}}",
  endorsedAt: "{{级别}}批示{{条数}}条",
  /** 前列 within a 类别: "镇街的甲镇、乙镇". */
  topInCategory: "{{类别}}的{{单位}}",
  namedOnce: "{{单位}}未报送信息",
  namedRun: "{{单位}}已连续{{月数}}个月未报送信息",
  namedRuns: "{{连续}}，予以点名通报",
  listSeparator: "、",
  clauseSeparator: "，",
  fullStop: "。",
  groupSeparator: "；",
  /** A 文号 whose number is written in when the letter is signed. */
  blankNumber: "\u3000",
  /** 版记: the 印发 line's right-hand side. */
  printed: "{{印发日期}}印发",
  severity: { error: "错误", warning: "提示" },
  /** The 规则 column of 校验问题 for checks that are not rules of the regulation. */
  checkLabels: { INPUT: "输入格式", TEMPLATE: "输出模板", RULES: "计分规则" } as Record<string, string>,
  rankInCategory: "类别内排名",
  withinCategory: "类别内",
  otherUnits: "其他单位",
  ordinals: "一二三四五六七八九十",
  /** 一、机关部门: the heading of a category's table. */
  categoryHeading: "{{序}}、{{类别}}",
  month: "{{月}}月",
  monthSpan: "{{起}}至{{止}}",
  date: "{{年}}年{{月}}月{{日}}日",
  /** How a letter addresses a unit's 主要负责人, and whom when the roster names none. */
  salutation: "{{主要负责人}}同志",
  noLeader: "主要负责同志",
  legendItem: "{{规则}} {{名称}}{{分值}}分",
  /** 计分明细: the 计分规则 of the rows that are not rules (BASE, FLOOR), and where a row's points come from. */
  auditRuleWords: { BASE: "基准分", FLOOR: "保底至0分" } as Record<string, string>,
  auditSource: "{{表}}表第{{行}}行",
  auditFooter: "&L{{说明行}}&R第 &P 页，共 &N 页",
  pageFooter: "&C第 &P 页，共 &N 页",
  truncated: "…（已截断）",
  templateSheet: "{{表}}（表）",
  /** 主要扣分/加分事项 of 个人考核结果. */
  deduct: "扣{{分}}分",
  /** After the deductions of a part that went below 0: the part counts 0, not less. */
  floored: "{{部分}}扣减超过基准分，按0分计",
  reasonSeparator: "；",
  add: "加{{分}}分",
  shortOf: "{{指标}}少{{差额}}期（{{分值}}）",
  overtime: "加班累计",
  times: "{{次数}}次",
  over: "，超过{{次数}}次",
  reason: "{{事项}}{{次数}}{{超过}}{{分值}}",
  /** 加班28个半日加280分: the overtime total in words. */
  overtimeReason: "加班{{数量}}个半日{{分值}}",
  /** 待评: which ratings are missing. */
  pending: "缺{{评分}}，待评",
  ratings: { mass: "群众评议", group: "考评小组评分", meeting: "主任办公会评分" },
  /** The rating scale in words: 百分制 for 100. */
  scale: { 10: "十分制", 100: "百分制", 1000: "千分制" } as Record<number, string>,
  scaleOther: "{{满分}}分制",
  defaultFont: "宋体",
  dateFormat: 'yyyy"年"m"月"d"日"',
} as const;

/** A {{name}} in a text: where it starts and ends, and the name without the spaces around it. */
export interface Placeholder {
  start: number;
  end: number;
  name: string;
}

/**
 * The {{name}}s of a text, scanned once from left to right (a name holds no brace): linear in the
 * text's length, however many braces and spaces a template holds.
 */
export function placeholders(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  let from = 0;
  for (;;) {
    const start = template.indexOf("{{", from);
    if (start < 0) return out;
    let j = start + 2;
    while (j < template.length && template[j] !== "{" && template[j] !== "}") j++;
    const name = template.slice(start + 2, j).trim();
    if (template.startsWith("}}", j) && name !== "") {
      out.push({ start, end: j + 2, name });
      from = j + 2;
    } else from = start + 1;
  }
}

/**
 * Replaces {{name}} with vars[name]. Only the names given are filled (never what every object
 * has, such as constructor); unknown placeholders stay visible so a typo shows.
 */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
  if (!template.includes("{{")) return template;
  let out = "";
  let at = 0;
  for (const p of placeholders(template)) {
    if (!Object.hasOwn(vars, p.name)) continue;
    out += template.slice(at, p.start) + String(vars[p.name]);
    at = p.end;
  }
  return out + template.slice(at);
}

/** The rating scale in words: 百分制 for 100, otherwise e.g. 5分制. */
export const scaleName = (scale: number): string => WORDS.scale[scale] ?? fillTemplate(WORDS.scaleOther, { 满分: scale });
