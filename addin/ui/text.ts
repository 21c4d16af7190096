// Task pane and offline page texts, Chinese first.
import { interpolate, type Lang } from "../../core/index.ts";

const TEXTS = {
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
  done: { zh: "完成:已写入 {n} 个工作表;{counts}", en: "Done: {n} sheets written; {counts}" },
  doneFiles: { zh: "完成:{n} 个结果工作簿可下载;{counts}", en: "Done: {n} result workbooks to download; {counts}" },
  failed: { zh: "未能完成:{why}", en: "Could not finish: {why}" },
  issues: { zh: "校验问题", en: "Issues" },
  noIssues: { zh: "未发现问题", en: "No issues" },
  summary: { zh: "概况", en: "Summary" },
  topUnits: { zh: "得分前列单位", en: "Top units" },
  escalations: { zh: "缺报处理", en: "Missing submissions" },
  grades: { zh: "人员等次", en: "Staff grades" },
  badPeriod: { zh: "期间无效", en: "Invalid period" },
  outside: { zh: "当前不在 Excel 中:可选择工作簿文件在本机计算,数据不会离开本机。", en: "Not inside Excel: choose workbook files to calculate on this computer. Your data never leaves it." },
  chooseFiles: { zh: "选择或拖入工作簿(.xlsx)", en: "Choose or drop workbooks (.xlsx)" },
  run: { zh: "计算", en: "Run" },
  rulesFile: { zh: "计分规则文件(可选,JSON,优先于工作簿中的计分规则表):", en: "Rules file (optional, JSON; wins over the workbook's 计分规则 sheet):" },
  download: { zh: "下载结果", en: "Download results" },
  filesFailed: { zh: ";{n} 个文件无法处理,原因见下", en: "; {n} files could not be processed (see why below)" },
  rulesFileFailed: { zh: "计分规则文件 {name}:{why}", en: "rules file {name}: {why}" },
  rowsRead: { zh: "已读取 {n} 行", en: "{n} rows read" },
  language: { zh: "English", en: "中文" },
  asOf: { zh: "截至日期", en: "As of" },
  advanced: { zh: "高级选项", en: "Advanced options" },
  counts: { zh: "错误 {errors} 处,警告 {warnings} 处", en: "{errors} errors, {warnings} warnings" },
  countsClean: { zh: "未发现错误或警告", en: "no errors or warnings" },
  severityError: { zh: "错误", en: "Error" },
  severityWarning: { zh: "警告", en: "Warning" },
  severityInfo: { zh: "提示", en: "Note" },
  busy: { zh: "另一项计算正在进行,请等它完成后再试。", en: "Another run is in progress; try again when it has finished." },
  templateDone: { zh: "已插入 {n} 个输入表", en: "{n} input sheets inserted" },
  templateNone: { zh: "输入表都已存在,未插入", en: "All input sheets are already there; nothing inserted" },
} as const;

export type TextKey = keyof typeof TEXTS;

export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return interpolate(TEXTS[key][lang], params);
}
