// The calculation core of InfoScore. Pure: no Node APIs, no spreadsheet library, no Office API.
export * from "./model.ts";
export * from "./issues.ts";
export * from "./values.ts";
export * from "./period.ts";
export * from "./rank.ts";
export { DEFAULT_RULES } from "./rules/defaults.ts";
export { ruleSetSchema, type RuleSet } from "./rules/schema.ts";
export { applyOverrides, overridesFromJson, type RuleOverride } from "./rules/overrides.ts";
export { ruleSetVersion } from "./rules/version.ts";
export { compute, auditTrail, type Results, type ComputeOptions } from "./compute.ts";
export { resultsJson, type ResultsJson } from "./json.ts";
export type { UnitRow } from "./units/ranking.ts";
export type { WorkerRow, RewardItem } from "./units/selection.ts";
export type { StaffResult, Grade } from "./staff/appraise.ts";
export type { AuditEntry, ScoredItem } from "./units/score.ts";
export { WorkbookReader, readGrids, readStats, READ_ORDER, orderOf, type ReadResult, type GridWorkbook, type ReadOptions } from "./read/workbook.ts";
export {
  SHEETS, INPUT_TEMPLATE_SHEETS, FLAG_COLUMNS, SUBMISSION_TYPES, TIMELINESS_CLASSES, RATING_KINDS, findSheetSpec, normaliseName, type SheetKey, type SheetSpec,
} from "./read/specs.ts";
export { columnLetter, type SheetStats } from "./read/sheetReader.ts";
export { calculate, recalculate, type CalculateOptions, type RecalculateOptions } from "./pipeline.ts";
export * from "./sheets/model.ts";
export { buildResultSheets, type BuildOptions, type ResultGroup } from "./sheets/index.ts";
export { DEFAULT_TEMPLATES, fillTemplate, type TemplateKey } from "./sheets/templates.ts";
export * from "./sheets/layout.ts";
export { ruleRows, type RuleRow } from "./rules/describe.ts";
export { resolveTemplates, applyColumns, emptyTemplates, defaultTemplateRows, acceptedItems, textItems, type OutputTemplates, type TemplateRow } from "./sheets/customise.ts";
export { InfoScoreError, isInfoScoreError, renderFailure, type FailureParams } from "./failure.ts";
export {
  FAILURES, FILE_NAMES, GRADE_WORDS, GRADES, isTextKey, listOf, t, TEXT_KEYS, type FailureCode, type TextKey, type TextParams, type UiKey,
} from "./text.ts";
