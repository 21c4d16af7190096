// Records the calculation works on. The reader (core/read) turns sheet grids into these;
// tests build them directly. Dates are whole days since 1970-01-01 (UTC), months are
// year * 12 + (month - 1): plain integers keep a million rows cheap.
import type { TIMELINESS_CLASSES } from "./vocabulary.ts";

/** Where a record came from: sheet name, 1-based row, and the column letter of each field. */
export interface SourceRef {
  sheet: string;
  row: number;
  columns: Readonly<Record<string, string>>;
}

/** A mark of the scheme by its key (core/marks.ts): "city.adopted", or an office's "国办采用". */
export type MarkKey = string;

export interface UnitRecord {
  source: SourceRef;
  name: string;
  category?: string;
  leader?: string;
  officer?: string;
  /** Former names (曾用名) that the log may still use. */
  formerNames: string[];
  fromMonth?: number;
  toMonth?: number;
}

export type TimelinessClass = (typeof TIMELINESS_CLASSES)[number];

export interface Submission {
  source: SourceRef;
  id?: string;
  date: number;
  unit: string;
  author?: string;
  title: string;
  type?: string;
  /** Marks set on the row, as a bit set over the scheme's marks (a million rows stay compact). */
  marks: number;
  /** Count marks only (D11): the number of each, by index of the scheme's marks; absent when the scheme has none. */
  counts?: number[];
  publication?: string;
  timeliness?: TimelinessClass;
  eventDate?: number;
  important: boolean;
  approver?: string;
}

export interface StaffEvent {
  source: SourceRef;
  name: string;
  date?: number;
  /** Rule ID such as "S2", already resolved from an ID or a 项目 name. */
  rule: string;
  count: number;
  points?: number;
  hours?: number;
  poorPlanning: boolean;
  reason?: string;
}

export interface TargetCell {
  target?: number;
  actual?: number;
}

/** One row of 业务指标: the staff roster with annual targets and actuals keyed by rule ID. */
export interface StaffRecord {
  source: SourceRef;
  name: string;
  targets: Partial<Record<string, TargetCell>>;
}

/** One row of 业务完成 (D5): what a person did in one month, by target rule (S7–S10). */
export interface StaffActual {
  source: SourceRef;
  name: string;
  month: number;
  values: Partial<Record<string, number>>;
}

export type RatingKind = "mass" | "group" | "meeting";

export interface Rating {
  source: SourceRef;
  name: string;
  kind: RatingKind;
  rater?: string;
  score: number;
}

export interface InputData {
  units: UnitRecord[];
  submissions: Submission[];
  staff: StaffRecord[];
  staffEvents: StaffEvent[];
  ratings: Rating[];
  /** Rows of the optional 业务完成 sheet (D5); undefined when the workbook has no such sheet. */
  staffActuals?: StaffActual[];
}

export function emptyInput(): InputData {
  return { units: [], submissions: [], staff: [], staffEvents: [], ratings: [] };
}

/** A row of 输出模板 (表 | 项目 | 内容): the reader hands these to the template customisation (core/sheets/customise.ts). */
export interface TemplateRow {
  sheet: string;
  item: string;
  content: string;
  where: { sheet: string; cell: string };
}
