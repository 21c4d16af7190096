// Texts of the result sheets with {{placeholders}}. These are the built-in defaults; a user's
// template (a sheet in the workbook or a file given to the batch tool) may replace any of them.
// Paragraphs are separated by line breaks; the sheets indent each paragraph by two characters.

export type TemplateKey =
  | "office" | "monthlyTitle" | "summaryTitle" | "stampLine" | "namedLine" | "noticeTitle" | "noticeBody" | "noticeSign"
  | "assistTitle" | "rewardsTitle" | "advancedTitle" | "workersTitle" | "staffTitle" | "auditTitle" | "issuesTitle"
  // The 简报 form of the 通报 (issue 12)
  | "masthead" | "issueNo" | "editorLine" | "bodyTotals" | "bodyTop" | "bodyNotice" | "bodyAssist" | "bodyRequire"
  | "bulletinSign" | "bulletinReport" | "bulletinSend" | "bulletinCc" | "asOfLine" | "noMonthEnded"
  // Letters: 缺报通知单 and 重点帮促通知, with their tear-off receipt
  | "noticeNumber" | "receiptTitle" | "receiptBody" | "cutLine"
  | "assistLetterTitle" | "assistLetterNumber" | "assistLetterBody" | "assistLetterSign" | "assistNote"
  // 个人考核结果
  | "staffNote" | "staffSign";

export const DEFAULT_TEMPLATES: Record<TemplateKey, string> = {
  office: "区委办公室信息科",
  monthlyTitle: "{{期间}}份全区信息工作情况通报",
  summaryTitle: "{{期间}}全区信息工作情况通报",
  stampLine: "统计期间:{{期间}}  规则版本:{{规则版本}}  生成时间:{{生成时间}}",
  namedLine: "{{单位列表}}本期未报送信息,予以点名通报。",
  noticeTitle: "信息缺报通知单",
  noticeBody:
    "{{单位}}{{称呼}}:\n" +
    "根据《信息室工作规范》通报评比制度,你单位{{缺报月份}}连续{{缺报月数}}个月未向区委办报送信息。" +
    "请高度重视信息报送工作,督促信息员及时报送本单位重要工作动态,并于收到本通知后一周内填写下方回执,将整改情况反馈{{发文单位}}。",
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
  bodyTotals:
    "{{期间}},全区各单位共报送信息{{报送条数}}条,区委办采用{{区采用}}条,被市委办采用{{市采用}}条、省委办采用{{省采用}}条、" +
    "中央采用{{中央采用}}条,领导批示{{批示}}条。现将有关情况通报如下。",
  bodyTop: "{{前列单位}}报送采用情况较好,位居前列。",
  bodyNotice: "{{单位列表}}连续缺报,已寄发缺报通知单。",
  bodyAssist: "{{单位列表}}连续缺报时间较长,列为重点帮促单位。",
  bodyRequire:
    "各单位要进一步提高思想认识,把信息报送作为一项经常性工作抓紧抓好,聚焦中心工作和群众关切,及时报送有情况、有分析、有建议的信息。" +
    "缺报单位要认真查找原因,切实加以整改。",
  bulletinSign: "{{发文单位}}\n{{成文日期}}",
  bulletinReport: "报:区委主要领导同志。",
  bulletinSend: "送:区委办公室领导同志。",
  bulletinCc: "抄送:各镇(街道)党(工)委办公室,区直各部门单位办公室。",
  asOfLine: "(截至{{截至日期}})",
  noMonthEnded: "截至{{截至日期}},本期间尚无已结束的月份,不点名通报、不寄发缺报通知单、不列重点帮促。",

  noticeNumber: "区委办信〔{{年份}}〕{{序号}}号",
  receiptTitle: "回　执",
  receiptBody: "单位:{{单位}}\n整改措施:\n联系人:　　　　　　　　　　电话:\n日期:　　　　年　　月　　日",
  cutLine: "- - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - -",
  assistLetterTitle: "信息工作重点帮促通知",
  assistLetterNumber: "区委办信〔{{年份}}〕{{序号}}号",
  assistLetterBody:
    "{{单位}}{{称呼}}:\n" +
    "你单位{{缺报月份}}连续{{缺报月数}}个月未向区委办报送信息。根据《信息室工作规范》通报评比制度,经研究,将你单位列为信息工作重点帮促单位。" +
    "请你单位主要负责同志亲自过问,明确分管领导和信息员,于收到本通知后一周内制定整改措施,填写下方回执反馈{{发文单位}}。",
  assistLetterSign: "{{发文单位}}\n{{成文日期}}",
  assistNote: "帮促措施、责任人、完成时限由信息科商有关单位后填写。",

  staffNote:
    "注:综合得分 = 群众评议×{{群众评议权重}} + 考评小组×{{考评小组权重}} + 主任办公会×{{主任办公会权重}} + 日常考核×{{日常考核权重}}" +
    "(评议分按百分制×10 折算)。综合得分低于{{不称职分数线}}分,或{{不称职事项}}超过{{不称职次数}}次的,为不称职。",
  staffSign: "考评小组(签字):　　　　　　　　　　主任办公会审定:　　　　　　　　　　日期:{{成文日期}}",
};

/** Replaces {{name}} with vars[name]; unknown placeholders stay visible so a typo shows. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}
