// Streams the input sheets of an xlsx package into the core's WorkbookReader. Only the sheets
// InfoScore reads are parsed (a previous run's million-row audit sheet is skipped unread), and
// rows are handed over as they are decompressed, so memory stays flat with the log's size.
import {
  columnIndex,
  InfoScoreError,
  LAST_COLUMN,
  orderOf,
  WorkbookReader,
  type CellValue,
  type IssueLog,
  type ReadResult,
  type RuleOverride,
  type RuleSet,
} from "../core/index.ts";
import { Package } from "./package.ts";
import type { Codec } from "./zip.ts";
import { eachTag, folderOf, inFolder, relsPathOf, resolveTarget, tags, workbookPartOf } from "./xml.ts";
import { XmlScanner, type XmlSink } from "./xmlScan.ts";
import { LIMITS } from "./limits.ts";

export interface WorkbookSheet {
  name: string;
  path: string;
}

/** Sheet names in workbook order with the part that holds each. */
export async function listSheets(zip: Package): Promise<{ sheets: WorkbookSheet[]; workbookPath: string; date1904: boolean }> {
  const rootRels = await readText(zip, "_rels/.rels");
  const workbookPath = workbookPartOf(rootRels);
  const rels = await readText(zip, relsPathOf(workbookPath));
  const targets = new Map(tags(rels, "Relationship").map((r) => [r.attrs.Id, r.attrs.Target]));
  const workbook = await readText(zip, workbookPath);
  const sheets = tags(workbook, "sheet").map((t) => {
    const target = targets.get(t.attrs["r:id"] ?? t.attrs.id) ?? "";
    return { name: t.attrs.name, path: resolveTarget(workbookPath, target) };
  });
  // Workbooks from old Mac Excel count dates from 1904-01-01.
  const pr = tags(workbook, "workbookPr")[0]?.attrs.date1904;
  return { sheets, workbookPath, date1904: pr === "1" || pr === "true" };
}

const readText = (zip: Package, path: string): Promise<string> => zip.text(path);

const tooLong = (where: string) => new InfoScoreError("cellTooLong", { where, limit: LIMITS.cellChars.toLocaleString("en") });

/** Collects the text of <t> runs inside an <si> or <is>, leaving out phonetic guides (<rPh>). */
class RunText {
  text = "";
  private inT = false;
  private phonetic = 0;

  constructor(private readonly where: () => string) {}

  get collecting(): boolean {
    return this.inT && this.phonetic === 0;
  }

  reset(): void {
    this.text = "";
    this.inT = false;
    this.phonetic = 0;
  }

  open(name: string, empty: boolean): void {
    if (name === "rPh") this.phonetic += empty ? 0 : 1;
    else if (name === "t" && !empty) this.inT = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "t") this.inT = false;
  }

  add(text: string): void {
    this.text += text;
    if (this.text.length > LIMITS.cellChars) throw tooLong(this.where());
  }
}

async function sharedStrings(zip: Package, workbookPath: string): Promise<string[]> {
  const part = inFolder(folderOf(workbookPath), "sharedStrings.xml");
  const out: string[] = [];
  const where = () => `${part} #${out.length + 1}`;
  const run = new RunText(where);
  let inSi = false;
  const sink: XmlSink = {
    wantText: false,
    open(name, _attrs, empty) {
      if (name === "si") {
        inSi = !empty;
        run.reset();
        if (empty) out.push("");
      } else if (inSi) run.open(name, empty);
      sink.wantText = inSi && run.collecting;
    },
    close(name) {
      if (name === "si" && inSi) {
        out.push(run.text);
        inSi = false;
      } else if (inSi) run.close(name);
      sink.wantText = inSi && run.collecting;
    },
    text: (text) => run.add(text),
  };
  const scanner = new XmlScanner(sink, () => (inSi ? where() : part));
  await zip.streamText(part, (text) => scanner.push(text), part, LIMITS.sharedStringsBytes);
  if (zip.has(part)) scanner.end();
  return out;
}

const NUM_FMT_ID = /\snumFmtId\s*=\s*["'](\d+)["']/;

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes show dates, so their serial numbers come through as dates. */
async function dateStyles(zip: Package, workbookPath: string): Promise<Set<number>> {
  const part = inFolder(folderOf(workbookPath), "styles.xml");
  if (!zip.has(part)) return new Set();
  const xml = await zip.text(part);
  const custom = new Map(tags(xml, "numFmt").map((t) => [Number(t.attrs.numFmtId), t.attrs.formatCode ?? ""]));
  const isDate = (id: number) => {
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    return /[ymd]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  const open = tags(xml, "cellXfs")[0];
  if (!open || open.tag.endsWith("/>")) return new Set();
  const start = open.index + open.tag.length;
  const end = xml.indexOf("cellXfs>", start); // </cellXfs> or </x:cellXfs>
  if (end < 0) return new Set();
  // Walked in place: a styles part may hold hundreds of thousands of formats, few of them dates.
  const out = new Set<number>();
  let i = 0;
  eachTag(
    xml,
    "xf",
    (lt, gt) => {
      const id = NUM_FMT_ID.exec(xml.slice(lt, gt));
      if (isDate(Number(id?.[1] ?? 0))) out.add(i);
      i++;
    },
    start,
    end,
  );
  return out;
}

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** The value of a cell from its type, style and raw <v> text, as the core expects it. */
function cellValue(type: string | undefined, v: string, style: number, sst: string[], dates: Set<number>, epochMs: number): CellValue {
  if (type === "s") return sst[Number(v)] ?? null;
  if (type === "str" || type === "e") return v;
  if (type === "b") return v === "1";
  if (type === "d") return isoDateCell(v);
  const n = Number(v);
  if (!dates.has(style)) return n;
  // A serial beyond any calendar (a phone number in a date column) stays a number for the core to report.
  // Floored to the millisecond: a time of day never reaches the next day.
  const ms = epochMs + Math.floor(n * 86_400_000);
  return Math.abs(ms) <= 8.64e15 ? new Date(ms) : n;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * A t="d" cell (ISO 8601): the date and time as written, never shifted by the reading machine's
 * time zone or by one written after it, so 2026-04-01T00:00 is 1 April wherever it is read.
 */
function isoDateCell(v: string): CellValue {
  const m = ISO_DATE_TIME.exec(v.trim());
  if (!m) return v;
  // Whole seconds: a fraction could only carry the time toward the next day.
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d ? v : date;
}

const outOfRange = (part: string, row: number) =>
  new InfoScoreError("xmlMalformed", { part, why: "word.xmlCellOutOfRange", where: `R${row}` });

/**
 * The <v> text of the cell being read, and whether the cell has a formula but no <v> at all: a
 * result never calculated (openpyxl and other generators write formulas so), unknown rather than blank.
 */
class CellV {
  text: string | undefined;
  inV = false;
  private formula = false;
  private hasV = false;

  constructor(private readonly where: () => string) {}

  get uncalculated(): boolean {
    return this.formula && !this.hasV;
  }

  reset(): void {
    this.text = undefined;
    this.inV = this.formula = this.hasV = false;
  }

  open(name: string, empty: boolean): void {
    if (name === "v") {
      this.inV = !empty;
      this.hasV = true;
    } else if (name === "f") this.formula = true;
  }

  add(text: string): void {
    this.text = (this.text ?? "") + text;
    if (this.text.length > LIMITS.cellChars) throw tooLong(this.where());
  }
}

/** Parses the rows of one worksheet part and feeds them to `onRow`. */
async function readSheetRows(
  zip: Package,
  sheet: WorkbookSheet,
  sst: string[],
  dates: Set<number>,
  epochMs: number,
  onRow: (row: number, values: CellValue[], uncalculated?: number[]) => void,
): Promise<void> {
  const label = `${sheet.name} (${sheet.path})`;
  let lastRow = 0;
  let inRow = false;
  let values: CellValue[] = [];
  let col = 0;
  let inCell = false; // the state of the cell being read follows
  let type: string | undefined;
  let style = -1;
  let ref = "";
  let uncalculated: number[] | undefined;
  let inIs = false;
  const where = () => `${sheet.name}!${ref || `R${lastRow}`}`;
  const run = new RunText(where);
  const cell = new CellV(where);
  const endCell = () => {
    const v = cell.text;
    values[col] = type === "inlineStr" ? run.text : v === undefined ? null : cellValue(type, v, style, sst, dates, epochMs);
    if (cell.uncalculated && type !== "inlineStr") (uncalculated ??= []).push(col);
    col++;
    inCell = false;
  };
  const sink: XmlSink = {
    wantText: false,
    open(name, attrs, empty) {
      if (name === "c" && inRow) {
        const a = cellAttributes(attrs);
        ref = a.r;
        col = a.r ? columnIndex(a.r) : col;
        // Past Excel's last column (XFD) a reference is damage, and would make rows absurdly long.
        if (col > LAST_COLUMN) throw outOfRange(label, lastRow);
        type = a.t;
        style = a.s;
        cell.reset();
        run.reset();
        inCell = true;
        inIs = false;
        if (empty) endCell();
      } else if (name === "row") {
        const r = rowNumberOf(attrs);
        lastRow = r ?? lastRow + 1;
        values = [];
        uncalculated = undefined;
        col = 0;
        inRow = !empty;
        if (empty) onRow(lastRow, values);
      } else if (inCell) {
        if (name === "is") inIs = !empty;
        else if (inIs) run.open(name, empty);
        else cell.open(name, empty);
      }
      sink.wantText = cell.inV || (inIs && run.collecting);
    },
    close(name) {
      if (name === "c") {
        if (inCell) endCell();
      } else if (name === "row") {
        if (inRow) onRow(lastRow, values, uncalculated);
        inRow = false;
      } else if (inCell) {
        if (name === "v") cell.inV = false;
        else if (name === "is") inIs = false;
        else if (inIs) run.close(name);
      }
      sink.wantText = cell.inV || (inIs && run.collecting);
    },
    text: (text) => (cell.inV ? cell.add(text) : run.add(text)),
  };
  const scanner = new XmlScanner(sink, () => (inCell ? where() : label));
  await zip.streamText(sheet.path, (text) => scanner.push(text), label);
  if (zip.has(sheet.path)) scanner.end();
}

/** r, s and t of a <c> tag's attribute text, read without building a record per cell. */
function cellAttributes(attrs: string): { r: string; s: number; t: string | undefined } {
  let r = "";
  let s = -1;
  let t: string | undefined;
  let i = 0;
  for (;;) {
    const eq = attrs.indexOf("=", i);
    if (eq < 0) break;
    let k = eq - 1;
    while (k >= i && attrs.charCodeAt(k) <= 32) k--;
    const key = attrs.charCodeAt(k);
    const single = k === i || attrs.charCodeAt(k - 1) <= 32;
    let q = eq + 1;
    while (attrs.charCodeAt(q) <= 32) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") break;
    const close = attrs.indexOf(quote, q + 1);
    if (close < 0) break;
    if (single) {
      if (key === 114) r = attrs.slice(q + 1, close);
      else if (key === 115) s = Number(attrs.slice(q + 1, close));
      else if (key === 116) t = attrs.slice(q + 1, close);
    }
    i = close + 1;
  }
  return { r, s, t };
}

function rowNumberOf(attrs: string): number | undefined {
  if (!attrs.includes("r=")) return undefined;
  const r = Number(cellAttributes(attrs).r);
  return Number.isInteger(r) && r > 0 ? r : undefined;
}

export const openPackage = (data: Uint8Array, codec: Codec): Package => Package.open(data, codec);

/** Reads the input sheets of a workbook package into records and issues. */
export interface PackageReadOptions {
  rules?: RuleSet;
  /** A rules file's overrides: with the 计分规则 sheet they make the scheme whose mark columns the log is read with. */
  overrides?: RuleOverride[];
  /** The period's year, for suggesting full dates (core ReadOptions.year). */
  year?: number;
  onProgress?: (rows: number) => void;
}

export async function readWorkbookPackage(zip: Package, issues: IssueLog, options: PackageReadOptions = {}): Promise<ReadResult> {
  const { rules, year, onProgress, overrides } = options;
  const { sheets, workbookPath, date1904 } = await listSheets(zip);
  const sst = await sharedStrings(zip, workbookPath);
  const dates = await dateStyles(zip, workbookPath);
  const reader = new WorkbookReader(issues, { rules, year, date1904, overrides });
  let rows = 0;
  for (const sheet of [...sheets].sort((a, b) => orderOf(a.name) - orderOf(b.name))) {
    const target = reader.sheet(sheet.name);
    if (!target) continue;
    if (!zip.has(sheet.path)) throw zip.missing(sheet.path, sheet.name);
    await readSheetRows(zip, sheet, sst, dates, date1904 ? EPOCH_1904_MS : EPOCH_1900_MS, (row, values, uncalculated) => {
      target.push(row, values, uncalculated);
      if (onProgress && ++rows % 10_000 === 0) onProgress(rows);
    });
  }
  onProgress?.(rows); // the final count, so a small workbook does not show 0 rows
  return reader.finish();
}
