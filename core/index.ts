// The calculation core of InfoScore: its public surface. Pure: no Node APIs, no spreadsheet
// library, no Office API. Hosts (ooxml/, cli/, addin/, templates/) and tests use the core through
// these names only; each is exported once, in one group. A name used only inside core is not
// exported here (docs/architecture.md).

// Calculation: input records in, results out (and their JSON form).
export { calculate, recalculate } from "./pipeline.ts";
export { compute, auditTrail, type Results } from "./compute.ts";
export { resultsJson, type ResultsJson } from "./json.ts";
export { DEFAULT_RULES } from "./rules/defaults.ts";
export type { RuleSet } from "./rules/schema.ts";
export { applyOverrides, overridesFromJson, type RuleOverride } from "./rules/overrides.ts";
export { ruleSetVersion } from "./rules/version.ts";
export { ruleRows } from "./rules/describe.ts";

// Input contract: the workbook's sheets and columns, the records they are read into, the reader.
export {
  SHEETS,
  INPUT_TEMPLATE_SHEETS,
  SUBMISSION_TYPES,
  TIMELINESS_CLASSES,
  RATING_KINDS,
  findSheetSpec,
  normaliseName,
  type SheetKey,
  type SheetSpec,
} from "./read/specs.ts";
export { submissionsSpec } from "./read/specs.ts";
export { markMask, schemeOf } from "./rules/scheme.ts";
export {
  emptyInput,
  type InputData,
  type MarkKey,
  type Rating,
  type RatingKind,
  type SourceRef,
  type StaffEvent,
  type StaffRecord,
  type Submission,
  type TemplateRow,
  type UnitRecord,
} from "./records.ts";
export { WorkbookReader, orderOf, readGrids, readStats, type GridWorkbook, type ReadOptions, type ReadResult } from "./read/workbook.ts";
export type { SheetStats } from "./read/sheetReader.ts";

// Sheet models and their layout: the result sheets, the 输出模板 customisation, the marker of our sheets,
// the result file's name.
export { buildResultSheets, type ResultGroup } from "./sheets/buildAll.ts";
export { RESULT_SHEETS, sheetName, resultSheetNames, type ResultKind } from "./sheets/registry.ts";
export { acceptedItems, defaultTemplateRows, resolveTemplates, textItems } from "./sheets/customise.ts";
export {
  A4_PORTRAIT,
  DEFAULT_FONT,
  RESULT_MARKER,
  RUN_MARKER,
  STYLES,
  TEMP_MARKER,
  TEMP_PREFIX,
  excelSerial,
  looksLikeFormula,
  parseResultMarker,
  resultMarkerValue,
  rightStyle,
  sanitiseSheetName,
  table,
  text,
  type CellV,
  type SheetModel,
  type StyleKey,
  type StyleSpec,
  type TableBlock,
} from "./sheets/sheetModel.ts";
export { layoutSheet, tableRowHeight } from "./sheets/layout.ts";
export { attachmentNote, cellText, documentFileName, officialDocuments, type DocLine, type OfficialDocument } from "./sheets/documents.ts";
export { type WordFormat } from "./sheets/wordFormat.ts";
export { WORD_FONT_FALLBACKS } from "./sheets/outputTemplate.ts";
export { resultDocumentsName, resultFileName, resultJsonName, isResultFileName, isWorkbookFileName } from "./fileNames.ts";

// Periods and values: days, months and periods as plain numbers; cell values read and written.
export {
  defaultPeriod,
  lastCompleteMonth,
  localDay,
  parsePeriod,
  periodJson,
  periodTitle,
  yearFraction,
  type Period,
  type PickerKind,
} from "./period.ts";
export {
  monthText,
  monthSpans,
  dayText,
  columnIndex,
  columnLetter,
  LAST_COLUMN,
  dayOf,
  isoDay,
  isoMonth,
  localStamp,
  parseDay,
  parseFlag,
  parseMonth,
  parseNumber,
  parseNumberWithUnit,
  readDate,
  roundHalfAway,
  yearOfMonth,
  type CellValue,
} from "./values.ts";
export { rankDescending } from "./rank.ts";

// Issues and failures: problems in the input kept as values; fatal failures as one typed error.
export { HEADLINE_CODES, IssueLog, type Issue, type Lang } from "./issues.ts";
export { InfoScoreError, renderFailure } from "./failure.ts";
// One text catalogue for every host (core/text.ts).
export { DOC_LANG, FILE_NAMES, GRADE_WORDS, isTextKey, listOf, t, TEXT_KEYS, type TextKey } from "./text.ts";
