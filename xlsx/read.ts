// Streams the input sheets of an xlsx package into the core's WorkbookReader. Only the sheets
// InfoScore reads are parsed (a previous run's million-row audit sheet is skipped unread), and
// rows are handed over as they are decompressed, so memory stays flat with the log's size.
import { orderOf, WorkbookReader, type CellValue, type IssueLog, type ReadResult, type RuleSet } from "../core/index.ts";
import { Package } from "./pkg.ts";
import type { Codec } from "./zip.ts";
import { relsPathOf, resolveTarget, tags, unescapeXml } from "./xml.ts";

export interface WorkbookSheet {
  name: string;
  path: string;
}

/** Sheet names in workbook order with the part that holds each. */
export async function listSheets(zip: Package): Promise<{ sheets: WorkbookSheet[]; workbookPath: string; date1904: boolean }> {
  const rootRels = await readText(zip, "_rels/.rels");
  const officeDoc = tags(rootRels, "Relationship").find((r) => r.attrs.Type?.endsWith("/officeDocument"));
  const workbookPath = (officeDoc?.attrs.Target ?? "xl/workbook.xml").replace(/^\//, "");
  const rels = await readText(zip, relsPathOf(workbookPath));
  const targets = new Map(tags(rels, "Relationship").map((r) => [r.attrs.Id, r.attrs.Target]));
  const workbook = await readText(zip, workbookPath);
  const sheets = tags(workbook, "sheet").map((t) => {
    const target = targets.get(t.attrs["r:id"]) ?? "";
    return { name: t.attrs.name, path: resolveTarget(workbookPath, target) };
  });
  // Workbooks from old Mac Excel count dates from 1904-01-01.
  const pr = tags(workbook, "workbookPr")[0]?.attrs.date1904;
  return { sheets, workbookPath, date1904: pr === "1" || pr === "true" };
}

const readText = (zip: Package, path: string): Promise<string> => zip.text(path);

/** Concatenated text runs of an <si> or <is>, leaving out phonetic guides (<rPh>). */
function runText(xml: string): string {
  const plain = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? "";
  return out.includes("&") ? unescapeXml(out) : out;
}

/** Processes complete elements `<name ...>…</name>` from a growing buffer of chunks. */
function elementStream(name: string, onElement: (xml: string) => void): { push: (chunk: string) => void; end: () => void } {
  let buffer = "";
  const open = `<${name}`;
  const close = `</${name}>`;
  const drain = () => {
    let pos = 0;
    for (;;) {
      let start = buffer.indexOf(open, pos);
      // skip longer names that share the prefix (<row> vs <rowBreaks>)
      while (start >= 0 && !/[\s>/]/.test(buffer[start + open.length] ?? "")) start = buffer.indexOf(open, start + 1);
      if (start < 0) {
        pos = Math.max(pos, buffer.length - open.length);
        break;
      }
      const tagEnd = buffer.indexOf(">", start);
      if (tagEnd < 0) {
        pos = start;
        break;
      }
      if (buffer[tagEnd - 1] === "/") {
        onElement(buffer.slice(start, tagEnd + 1));
        pos = tagEnd + 1;
        continue;
      }
      const end = buffer.indexOf(close, tagEnd);
      if (end < 0) {
        pos = start;
        break;
      }
      onElement(buffer.slice(start, end + close.length));
      pos = end + close.length;
    }
    buffer = buffer.slice(pos);
  };
  return { push: (chunk) => { buffer += chunk; drain(); }, end: () => drain() };
}

async function sharedStrings(zip: Package, workbookPath: string): Promise<string[]> {
  const dir = workbookPath.split("/").slice(0, -1).join("/");
  const out: string[] = [];
  const stream = elementStream("si", (xml) => out.push(runText(xml)));
  await zip.streamText(`${dir}/sharedStrings.xml`, stream.push);
  stream.end();
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes show dates, so their serial numbers come through as dates. */
async function dateStyles(zip: Package, workbookPath: string): Promise<Set<number>> {
  const dir = workbookPath.split("/").slice(0, -1).join("/");
  if (!zip.has(`${dir}/styles.xml`)) return new Set();
  const xml = await zip.text(`${dir}/styles.xml`);
  const custom = new Map(tags(xml, "numFmt").map((t) => [Number(t.attrs.numFmtId), t.attrs.formatCode ?? ""]));
  const isDate = (id: number) => {
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    return /[ymd]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return new Set();
  const out = new Set<number>();
  tags(xml.slice(start, end), "xf").forEach((t, i) => {
    if (isDate(Number(t.attrs.numFmtId ?? 0))) out.add(i);
  });
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** Parses the rows of one worksheet part and feeds them to `onRow`. */
async function readSheetRows(zip: Package, path: string, sst: string[], dates: Set<number>, epochMs: number, onRow: (row: number, values: CellValue[]) => void): Promise<void> {
  let lastRow = 0;
  const stream = elementStream("row", (xml) => {
    const open = xml.slice(0, xml.indexOf(">") + 1);
    const r = /\br="(\d+)"/.exec(open);
    const rowNumber = r ? Number(r[1]) : lastRow + 1;
    lastRow = rowNumber;
    const values: CellValue[] = [];
    let col = 0;
    for (const m of xml.matchAll(CELL)) {
      const a = m[1];
      const ref = /\br="([A-Z]+)/.exec(a);
      col = ref ? columnIndex(ref[1]) : col;
      const type = /\bt="(\w+)"/.exec(a)?.[1];
      const inner = m[2] ?? "";
      let value: CellValue = null;
      if (type === "inlineStr") value = runText(inner);
      else {
        const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
        if (v !== undefined) {
          if (type === "s") value = sst[Number(v)] ?? null;
          else if (type === "str" || type === "e") value = unescapeXml(v);
          else if (type === "b") value = v === "1";
          else if (type === "d") value = Number.isNaN(Date.parse(v)) ? v : new Date(v);
          else {
            const n = Number(v);
            const style = /\bs="(\d+)"/.exec(a);
            value = style && dates.has(Number(style[1])) ? new Date(epochMs + Math.round(n * 86_400_000)) : n;
          }
        }
      }
      values[col] = value;
      col++;
    }
    onRow(rowNumber, values);
  });
  await zip.streamText(path, stream.push);
  stream.end();
}

export const openPackage = (data: Uint8Array, codec: Codec): Package => Package.open(data, codec);

/** Reads the input sheets of a workbook package into records and issues. */
export interface PackageReadOptions {
  rules?: RuleSet;
  /** The period's year, for suggesting full dates (core ReadOptions.year). */
  year?: number;
  onProgress?: (rows: number) => void;
}

export async function readWorkbookPackage(zip: Package, issues: IssueLog, options: PackageReadOptions = {}): Promise<ReadResult> {
  const { rules, year, onProgress } = options;
  const { sheets, workbookPath, date1904 } = await listSheets(zip);
  const sst = await sharedStrings(zip, workbookPath);
  const dates = await dateStyles(zip, workbookPath);
  const reader = new WorkbookReader(issues, { rules, year, date1904 });
  let rows = 0;
  for (const sheet of [...sheets].sort((a, b) => orderOf(a.name) - orderOf(b.name))) {
    const target = reader.sheet(sheet.name);
    if (!target) continue;
    await readSheetRows(zip, sheet.path, sst, dates, date1904 ? EPOCH_1904_MS : EPOCH_1900_MS, (row, values) => {
      target.push(row, values);
      if (onProgress && ++rows % 10_000 === 0) onProgress(rows);
    });
  }
  return reader.finish();
}

