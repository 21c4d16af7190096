// Texts of the result sheets with {{placeholders}}. These are the built-in defaults; a user's
// template (a sheet in the workbook or a file given to the batch tool) may replace any of them.

export type TemplateKey =
  | "office" | "monthlyTitle" | "summaryTitle" | "stampLine" | "namedLine" | "noticeTitle" | "noticeBody" | "noticeSign"
  | "assistTitle" | "rewardsTitle" | "advancedTitle" | "workersTitle" | "staffTitle" | "auditTitle" | "issuesTitle";

export const DEFAULT_TEMPLATES: Record<TemplateKey, string> = {
  office: "区委办公室信息科",
  monthlyTitle: "{{期间}}全区各单位信息报送采用情况通报",
  summaryTitle: "{{期间}}各单位信息工作汇总",
  stampLine: "统计期间:{{期间}}  规则版本:{{规则版本}}  生成时间:{{生成时间}}",
  namedLine: "缺报点名:{{单位列表}}",
  noticeTitle: "信息缺报通知单",
  noticeBody:
    "{{单位}}{{主要负责人}}同志:\n\n" +
    "根据《信息室工作规范》通报评比制度,贵单位{{缺报月份}}连续{{缺报月数}}个月未向区委办报送信息。" +
    "请高度重视信息报送工作,督促信息员及时报送本单位重要工作动态,并于收到本通知后一周内反馈整改情况。",
  noticeSign: "{{发文单位}}\n{{生成日期}}",
  assistTitle: "{{期间}}连续缺报单位重点帮促名单",
  rewardsTitle: "{{期间}}用稿奖励名单",
  advancedTitle: "{{期间}}先进单位候选名单",
  workersTitle: "{{期间}}优秀信息工作者候选名单",
  staffTitle: "{{期间}}信息室工作人员考核结果",
  auditTitle: "{{期间}}计分明细",
  issuesTitle: "校验问题",
};

/** Replaces {{name}} with vars[name]; unknown placeholders stay visible so a typo shows. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}
