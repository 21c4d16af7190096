// The batch tool's own messages (issue texts come from core/messages.ts).
import { interpolate, type Lang } from "../core/index.ts";

const TEXTS = {
  badPeriod: { zh: "期间“{value}”无效:应为 2026-03、2026-Q1、2026-H1、2026 或 2026-01-01..2026-03-31", en: "period “{value}” is not valid: use 2026-03, 2026-Q1, 2026-H1, 2026 or 2026-01-01..2026-03-31" },
  badAsOf: { zh: "截至日期“{value}”无效:应为 YYYY-MM-DD,如 2026-11-29", en: "as-of date “{value}” is not valid: use YYYY-MM-DD, e.g. 2026-11-29" },
  noWorkbooks: { zh: "没有找到 xlsx 工作簿", en: "no xlsx workbook found" },
  failed: { zh: "✗ {path}:{why}", en: "✗ {path}: {why}" },
  skippedNotXlsx: { zh: "! {path}:不是 .xlsx 工作簿,已跳过。请在 Excel 或 WPS 中另存为 .xlsx 后再试", en: "! {path}: not an .xlsx workbook; skipped. Save it as .xlsx in Excel or WPS and try again" },
  unknownOption: { zh: "未知选项:{option}。请用 infoscore --help 查看用法", en: "unknown option: {option}. See infoscore --help" },
  unknownCommand: { zh: "未知命令:{command}(可用 recalc、validate、template、demo)", en: "unknown command: {command} (use recalc, validate, template or demo)" },
  missingArgument: { zh: "缺少参数:{name}。请用 infoscore --help 查看用法", en: "missing argument: {name}. See infoscore --help" },
  optionMissingArgument: { zh: "选项 {option} 需要一个值", en: "option {option} needs a value" },
  badCommandLine: { zh: "命令行有误。请用 infoscore --help 查看用法", en: "the command line is not valid. See infoscore --help" },
  done: { zh: "✓ {input} → {output}(错误 {errors} 条,提示 {warnings} 条)", en: "✓ {input} → {output} ({errors} errors, {warnings} warnings)" },
  asOfAssessed: { zh: "  截至 {asOf}:本期间尚未结束,缺报按已结束的 {month} 判断", en: "  as of {asOf}: the period has not ended; missing submissions are assessed for {month}, the last ended month" },
  asOfNothing: { zh: "  截至 {asOf}:本期间还没有已结束的月份,不点名、不发缺报通知单", en: "  as of {asOf}: no month of the period has ended yet; no unit is named or sent a notice" },
  jsonWritten: { zh: "  JSON 结果:{path}", en: "  JSON results: {path}" },
  sheetStats: { zh: "{sheet}:读取 {read} 行,计入 {used} 行,未计入 {rejected} 行", en: "{sheet}: {read} rows read, {used} used, {rejected} left out" },
  validated: { zh: "检查完成:错误 {errors} 条,提示 {warnings} 条", en: "checked: {errors} errors, {warnings} warnings" },
  templateWritten: { zh: "已写出输入模板:{path}", en: "input template written: {path}" },
  sampleWritten: { zh: "已写出示例工作簿:{path}", en: "sample workbook written: {path}" },
} as const;

export function say(lang: Lang, key: keyof typeof TEXTS, params: Record<string, string | number> = {}): string {
  return interpolate(TEXTS[key][lang], params);
}
