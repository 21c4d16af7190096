// The calculation core of InfoScore. Pure: no Node, no exceljs, no Office.js.
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
