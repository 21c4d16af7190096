// Sheet models: what a result sheet looks like, independent of the library that writes it.
// The xlsx writer and the Office add-in adapter both render these, so Excel and the batch
// tool produce the same sheets. A sheet is a column of blocks: text lines and tables.
import { WORDS } from "./outputTemplate.ts";
import type { WordFormatItems } from "./wordFormat.ts";

export type CellV = string | number | boolean | null;

/** Named styles; each adapter maps them to its own formatting (see STYLES). */
export type StyleKey =
  | "title"
  | "subtitle"
  | "header"
  | "text"
  | "textWrap"
  | "center"
  | "int"
  | "score"
  | "date"
  | "letterTitle"
  | "letterBody"
  | "letterSign"
  | "note"
  | "error"
  | "warning"
  // Document parts: 报头, 文号, 抄送 lines between rules, receipt boxes, the tear-off line
  | "masthead"
  | "issueNo"
  | "editorLine"
  | "docNumber"
  | "ccLine"
  | "receipt"
  | "cutLine"
  // The 附件 mark over an attachment's title
  | "appendixLabel"
  // The flush-right part of a line (TextBlock.right)
  | "editorLineRight"
  | "ccLineRight";

/**
 * The part of an official document a text line is (GB/T 9704), for renderers of whole documents
 * (Word); the sheet writers ignore it. Most follow from the style (core/sheets/documents.ts);
 * a builder sets one where the style alone does not say.
 */
export type DocRole =
  | "masthead"
  | "issueNo"
  | "editorLine"
  | "docNumber"
  | "title"
  | "subtitle"
  | "addressee"
  | "body"
  | "plain"
  | "attachmentNote"
  | "attachmentLabel"
  | "signature"
  | "date"
  | "copyTo"
  | "cutLine"
  | "receiptTitle"
  | "receipt"
  | "note";

export interface TextBlock {
  kind: "text";
  text: string;
  style: StyleKey;
  /** Row height in points (Excel's unit); undefined keeps the default. */
  height?: number;
  /** Its part of an official document, where the style does not say it. */
  role?: DocRole;
  /** A separate document (one letter of a sheet of letters) starts at this line: its name. */
  startsDocument?: string;
  /** Printed on the page of the row after it: a heading over its table. */
  keepWithNext?: boolean;
  /**
   * A text set flush right on the same row (the 报头's date, the 印发 line's date): its own cell, merged
   * to the row's right edge and right-aligned, so it ends where the table ends in any application.
   */
  right?: string;
}

export interface TableBlock {
  kind: "table";
  header: string[];
  /** Style of each column's data cells. */
  styles: StyleKey[];
  /** Number of data rows, and the rows themselves (lazy: an audit trail may hold a million). */
  rowCount: number;
  rows: () => Iterable<CellV[]>;
  /** Columns (0-based) that get data bars: the score columns. */
  dataBars?: number[];
  /** Repeat this table's header row on every printed page. */
  repeatHeader?: boolean;
  /** Least height of a data row in points (room to write by hand); wrapped text may need more. */
  minRowHeight?: number;
}

export interface BreakBlock {
  kind: "pageBreak";
}

export interface BlankBlock {
  kind: "blank";
}

export type Block = TextBlock | TableBlock | BreakBlock | BlankBlock;

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Fit all columns on the page width (any number of pages tall). */
  fitToWidth: boolean;
  /** Margins in inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Header and footer in Excel's code syntax (&P page, &N pages). */
  header: string;
  footer: string;
}

export interface SheetModel {
  /** Sanitised sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  /** Which result this is, e.g. "monthly"; lets adapters recognise sheets they made. */
  kind: string;
  /** Column widths in characters. */
  widths: number[];
  blocks: Block[];
  /** Freeze rows above the first table's data. */
  freezeHeader: boolean;
  print: PrintSetup;
  /** Font of every cell (a template may set it); the writers' default otherwise. */
  font?: string;
  /** Fonts and sizes of the Word files as 输出模板 sets them (core/sheets/wordFormat.ts). */
  word?: WordFormatItems;
  /** Put the letterhead logo, when the user's template has one, beside the title lines. */
  logo?: boolean;
  /** Who issues the document and when (发文机关, 成文日期): the Word renderer's 版记 and 发文机关标志. */
  issuer?: { office: string; date: string };
}

/**
 * Name of the hidden, sheet-scoped defined name that marks a sheet as made by InfoScore. Both
 * writers set it and only sheets carrying it are ever replaced.
 */
export const RESULT_MARKER = "InfoScore_Result";

/**
 * The marker's value: the kind, the run that wrote the sheet and the sheet's name then, e.g.
 * "monthly/5f3a9c01/月度通报". A copy of the sheet (which Excel gives the same sheet-scoped name)
 * or a renamed sheet no longer matches its own name, so it is the user's and is left alone.
 * Sheet names cannot contain "/", so the three fields split cleanly.
 */
export const resultMarkerValue = (kind: string, runId: string, sheetName: string): string => `${kind}/${runId}/${sheetName}`;

/** The fields of a marker value; an older marker (the kind alone) has no run or name. */
export function parseResultMarker(value: string): { kind: string; runId?: string; sheetName?: string } {
  const [kind, runId, ...rest] = value.split("/");
  return rest.length ? { kind, runId, sheetName: rest.join("/") } : { kind };
}

/** Name of the workbook-scoped defined name that records the last run's id. */
export const RUN_MARKER = "InfoScore_Run";

/**
 * Sheet-scoped name on a sheet the add-in is still writing or has set aside to replace. A run that
 * dies leaves it; the next run of either host removes such a sheet while it keeps a temporary name.
 */
export const TEMP_MARKER = "InfoScore_Temp";
/** How every temporary sheet name begins; a user's sheet named so has no TEMP_MARKER and stays. */
export const TEMP_PREFIX = "InfoScore~";

/** The font result sheets use unless a template says otherwise. */
export const DEFAULT_FONT = WORDS.defaultFont;

export const A4_PORTRAIT: PrintSetup = {
  orientation: "portrait",
  fitToWidth: true,
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  header: "",
  footer: WORDS.pageFooter,
};

export const A4_LANDSCAPE: PrintSetup = { ...A4_PORTRAIT, orientation: "landscape" };

/** The formatting behind each style, in terms both adapters understand. */
export interface StyleSpec {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  numFmt?: string;
  /** A rule under the cell (the red line under a 报头), as an RGB colour. */
  lineBelow?: string;
  /** A rule above the cell (the line above 抄送), as an RGB colour. */
  lineAbove?: string;
}

export const STYLES: Record<StyleKey, StyleSpec> = {
  title: { bold: true, size: 16, align: "center" },
  subtitle: { size: 10, color: "595959", align: "center" },
  header: { bold: true, fill: "DDEBF7", align: "center", wrap: true, border: true },
  text: { border: true },
  textWrap: { border: true, wrap: true },
  center: { border: true, align: "center" },
  int: { border: true, align: "right", numFmt: "0" },
  // General: whole numbers print without decimals (176, not 176.00); sheets round to 2 places.
  score: { border: true, align: "right", numFmt: "General" },
  date: { border: true, align: "center", numFmt: WORDS.dateFormat },
  letterTitle: { bold: true, size: 18, align: "center" },
  letterBody: { size: 12, wrap: true },
  letterSign: { size: 12, align: "right" },
  note: { size: 10, color: "595959", wrap: true },
  error: { border: true, color: "C00000" },
  warning: { border: true, color: "9C5700" },
  masthead: { bold: true, size: 36, color: "C00000", align: "center" },
  issueNo: { size: 14, align: "center" },
  editorLine: { size: 12, lineBelow: "C00000" },
  docNumber: { size: 12, align: "center" },
  ccLine: { size: 12, wrap: true, lineAbove: "000000", lineBelow: "000000" },
  receipt: { size: 12, wrap: true, border: true },
  cutLine: { size: 10, color: "595959", align: "center" },
  appendixLabel: { bold: true, size: 14 },
  editorLineRight: { size: 12, lineBelow: "C00000", align: "right" },
  ccLineRight: { size: 12, lineAbove: "000000", lineBelow: "000000", align: "right" },
};

/** The style of a line's flush-right part (TextBlock.right). */
export const rightStyle = (style: StyleKey): StyleKey =>
  style === "editorLine" ? "editorLineRight" : style === "ccLine" ? "ccLineRight" : style;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A valid, unique Excel sheet name: no []:*?/\, at most 31 characters, not taken. */
export function sanitiseSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    name
      .replace(FORBIDDEN, "_")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); i++) {
    const suffix = `(${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  return candidate;
}

/** Text that a spreadsheet would take for a formula when typed: = + - @ (and tab, CR) first. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A table block over rows already in memory. */
export function table(header: string[], styles: StyleKey[], rows: CellV[][], extra: Partial<TableBlock> = {}): TableBlock {
  return { kind: "table", header, styles, rowCount: rows.length, rows: () => rows, ...extra };
}

export const text = (value: string, style: StyleKey, height?: number): TextBlock => ({ kind: "text", text: value, style, height });

/** Excel's serial number of a day (days since 1970-01-01), for cells styled "date". */
export const excelSerial = (day: number): number => day + 25_569;

/** Width of the widest table in a sheet (the span of its title rows). */
export function sheetSpan(model: SheetModel): number {
  return Math.max(model.widths.length, ...model.blocks.map((b) => (b.kind === "table" ? b.header.length : 1)));
}
