// The result sheets, one line each: the sheet's name, its kind (the marker the hosts use to
// recognise our sheets), its title's template key and what a user's 输出模板 may set on it.
// Renaming a result sheet is editing its line here; the builders, the template customisation,
// the hosts and the tests take the names from this list.
import type { PeriodKind } from "../period.ts";
import type { TemplateKey } from "./outputTemplate.ts";

export type ResultKind =
  | "ranking"
  | "rankingAppendix"
  | "notices"
  | "assist"
  | "assistLetters"
  | "rewards"
  | "advanced"
  | "workers"
  | "staff"
  | "audit"
  | "issues";

export interface ResultSheet {
  name: string;
  kind: ResultKind;
  /** The 通报 has one sheet per period kind (月度通报, 季度汇总, …). */
  period?: PeriodKind;
  /** 项目 标题 of 输出模板. */
  title: TemplateKey;
  /** Whether 输出模板 may set the table's columns (列) and widths (列宽). */
  table: boolean;
  /** Further 项目 of 输出模板 → the text they set, listed in the default 输出模板 sheet in this order. */
  items: Readonly<Record<string, TemplateKey>>;
  /** 项目 accepted too, but not written into the default 输出模板 sheet (texts that show only in some cases). */
  more?: Readonly<Record<string, TemplateKey>>;
  /** Letters and the circulated notice carry the office's logo, when its template has one. */
  logo?: boolean;
}

const BULLETIN: Record<string, TemplateKey> = {
  刊名: "masthead",
  期号: "issueNo",
  编发单位: "editorLine",
  正文: "bodyTotals",
  前列单位: "bodyTop",
  点名: "namedLine",
  通知单单位: "bodyNotice",
  帮促单位: "bodyAssist",
  要求: "bodyRequire",
  落款: "bulletinSign",
  报: "bulletinReport",
  送: "bulletinSend",
  抄送: "bulletinCc",
  印发机关: "printedBy",
  印发日期: "printedOn",
};
const RECEIPT: Record<string, TemplateKey> = { 回执标题: "receiptTitle", 回执: "receiptBody", 裁剪线: "cutLine" };
/** A sheet of letters (one per unit, with its 回执): the same parts, each with its own texts. */
const letters = (name: string, kind: ResultKind, keys: Record<"标题" | "文号" | "正文" | "落款" | "无单位", TemplateKey>): ResultSheet => ({
  name,
  kind,
  title: keys.标题,
  table: false,
  logo: true,
  items: { 文号: keys.文号, 正文: keys.正文, 落款: keys.落款, ...RECEIPT },
  more: { 无单位: keys.无单位 },
});

const ranking = (name: string, period: PeriodKind, title: TemplateKey): ResultSheet => ({
  name,
  kind: "ranking",
  period,
  title,
  table: true,
  items: BULLETIN,
  // 起始期号 is a number to set when wanted: accepted, but not written blank into the template.
  more: { 附件说明: "monthlyAppendix", 附表标题: "monthlyAppendix", 起始期号: "firstIssueNumber", 升降说明: "rankChangeNote" },
  logo: true,
});

/** The 附件 of a summary: the scores month by month, on a sheet of its own so every page carries its own header. */
const appendix = (name: string, period: PeriodKind): ResultSheet => ({
  name,
  kind: "rankingAppendix",
  period,
  title: "appendixTitle",
  table: true,
  items: {},
  more: { 附件标记: "appendixLabel" },
});

/** In the order the sheets are added to a workbook. */
export const RESULT_SHEETS: readonly ResultSheet[] = [
  ranking("月度通报", "month", "monthlyTitle"),
  ranking("季度汇总", "quarter", "summaryTitle"),
  ranking("半年汇总", "half", "summaryTitle"),
  ranking("年度汇总", "year", "summaryTitle"),
  ranking("期间汇总", "range", "summaryTitle"),
  appendix("季度汇总附件", "quarter"),
  appendix("半年汇总附件", "half"),
  appendix("年度汇总附件", "year"),
  letters("缺报通知单", "notices", {
    标题: "noticeTitle",
    文号: "noticeNumber",
    正文: "noticeBody",
    落款: "noticeSign",
    无单位: "noticeNone",
  }),
  { name: "重点帮促", kind: "assist", title: "assistTitle", table: true, items: {}, more: { 说明: "assistNote", 无单位: "assistNone" } },
  letters("重点帮促通知", "assistLetters", {
    标题: "assistLetterTitle",
    文号: "assistLetterNumber",
    正文: "assistLetterBody",
    落款: "assistLetterSign",
    无单位: "assistLetterNone",
  }),
  { name: "用稿奖励", kind: "rewards", title: "rewardsTitle", table: true, items: {} },
  { name: "先进单位", kind: "advanced", title: "advancedTitle", table: true, items: {}, more: { 说明: "advancedNote" } },
  { name: "优秀信息工作者", kind: "workers", title: "workersTitle", table: true, items: {}, more: { 说明: "workersNote" } },
  {
    name: "个人考核结果",
    kind: "staff",
    title: "staffTitle",
    table: true,
    items: { 注释: "staffNote", 签字: "staffSign", 阶段标题: "stageTitle", 阶段注释: "stageNote" },
  },
  { name: "计分明细", kind: "audit", title: "auditTitle", table: true, items: {}, more: { 规则: "auditLegend" } },
  { name: "校验问题", kind: "issues", title: "issuesTitle", table: true, items: {}, more: { 合计: "issuesSummary", 无问题: "issuesNone" } },
];

/** 表 “全部” of 输出模板: what every sheet shares. */
export const SHARED_SHEET = "全部";
export const SHARED_ITEMS: Readonly<Record<string, TemplateKey>> = {
  发文单位: "office",
  说明行: "stampLine",
  截至: "asOfLine",
  无已结束月份: "noMonthEnded",
};

/** Accepted on 表 “全部” but not written into the default 输出模板 sheet: a number set when wanted. */
export const SHARED_MORE: Readonly<Record<string, TemplateKey>> = { 起始文号: "firstDocNumber", 成文日期: "documentDate" };

/** The sheet of a kind (the 通报: of a period kind). */
function resultSheet(kind: ResultKind, period?: PeriodKind): ResultSheet {
  const found = RESULT_SHEETS.find((s) => s.kind === kind && (period === undefined || s.period === undefined || s.period === period));
  if (!found) throw new Error(`no result sheet of kind ${kind}`);
  return found;
}

/** The name of the sheet of a kind; e.g. sheetName("ranking", "year") = 年度汇总. */
export const sheetName = (kind: ResultKind, period?: PeriodKind): string => resultSheet(kind, period).name;

/** A long audit trail continues on 计分明细(2), 计分明细(3), … */
export const partName = (name: string, part: number): string => (part === 0 ? name : `${name}(${part + 1})`);

/** Every result sheet's name. */
export const resultSheetNames = (): string[] => RESULT_SHEETS.map((s) => s.name);
