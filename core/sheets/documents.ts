// The result sheets read as official documents (GB/T 9704-2012): which sheets are issued as
// documents, one document per letter, and each line's part (报头, 文号, 标题, 主送, 正文, 附件说明,
// 落款, 成文日期, 回执, 版记). Word files are rendered from this, so a text changed once in the
// sheet builders (or on 输出模板) shows in the sheet and in the Word file alike.
import { DOC_LANG, t } from "../text.ts";
import { RESULT_SHEETS, type ResultKind } from "./registry.ts";
import type { Block, CellV, DocRole, SheetModel, StyleKey, TableBlock, TextBlock } from "./sheetModel.ts";
import { chineseDate } from "./paper.ts";
import { wordFormat, type WordFormat } from "./wordFormat.ts";

export interface DocLine {
  role: DocRole;
  text: string;
}
export interface DocTable {
  role: "table";
  table: TableBlock;
}
export type DocItem = DocLine | DocTable;

/** A 附件: its title, its headings and tables; landscape when a table is too wide for portrait. */
export interface Attachment {
  title: string;
  items: DocItem[];
  landscape: boolean;
  /** Column widths of its tables' sheet (in the sheet's units). */
  widths: readonly number[];
}

export interface OfficialDocument {
  /** The file's name without extension: 信息工作通报, 缺报通知单-区财政局, … */
  name: string;
  kind: ResultKind;
  /** A letter: 发文机关标志 and separator in red, its 回执 on the same page. */
  letter: boolean;
  /** 发文机关 and 成文日期 (the 发文机关标志 of letters, the 印发 line of the 版记). */
  issuer?: { office: string; date: string };
  /** 报头 or 文号, title and the as-of line. */
  head: DocLine[];
  /** 主送, 正文 paragraphs, headings, notes; the tables of a list. */
  body: DocItem[];
  /** Landscape body: a list whose table is too wide for portrait. */
  landscape: boolean;
  /** Column widths of the body's tables (the sheet's). */
  widths: readonly number[];
  /** Fonts and sizes: 输出模板's (字体 for the body), GB/T 9704's otherwise. */
  format: WordFormat;
  /** 落款 and 成文日期. */
  sign: DocLine[];
  /** The tear-off 回执 of a letter. */
  receipt: DocLine[];
  attachments: Attachment[];
  /** 版记: the 报/送/抄送 lines; the 印发 line follows from the issuer. */
  copyTo: string[];
}

/** Widest table (in column units of the sheet, and in columns) that still reads well on a portrait 版心. */
export const PORTRAIT_SPAN = 84;
const PORTRAIT_COLUMNS = 9;

/** The part of the document a line is, from its style unless the builder said. */
export function roleOf(block: TextBlock): DocRole {
  if (block.role) return block.role;
  const byStyle: Partial<Record<TextBlock["style"], DocRole>> = {
    masthead: "masthead",
    issueNo: "issueNo",
    editorLine: "editorLine",
    docNumber: "docNumber",
    title: "title",
    letterTitle: "title",
    subtitle: "subtitle",
    letterSign: "signature",
    ccLine: "copyTo",
    cutLine: "cutLine",
    receipt: "receipt",
    appendixLabel: "attachmentLabel",
  };
  const role = byStyle[block.style];
  if (role) return role;
  if (block.style !== "letterBody") return block.style === "note" ? "note" : "plain";
  // paragraphs() indents a body paragraph by two characters; a salutation (ending in ：) is not indented.
  if (/[:：]$/.test(block.text.trim())) return "addressee";
  return block.text.startsWith("\u3000\u3000") ? "body" : "plain";
}

const DATE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/**
 * A text line as a document line: the sheet's padding (indent, right margin) left to the renderer,
 * and the line breaks paragraphs() puts in for the sheet's rows dropped (Word wraps by itself).
 */
function lineOf(block: TextBlock): DocLine {
  const role = roleOf(block);
  // A flush-right part (the 报头's date) follows after full-width spaces: the renderer sets it at a right tab.
  const whole = block.right ? `${block.text}\u3000\u3000${block.right}` : block.text;
  const text = whole.replace(/\n/g, "").replace(/^[\u3000\s]+|[\u3000\s]+$/g, "");
  return { role: role === "signature" && DATE.test(text) ? "date" : role, text };
}

/** Width of a table in the sheet's column units; wider ones (or with many columns) go landscape. */
const tableSpan = (sheet: SheetModel, table: TableBlock) => sheet.widths.slice(0, table.header.length).reduce((s, w) => s + w, 0);
const wide = (sheet: SheetModel, table: TableBlock) => tableSpan(sheet, table) > PORTRAIT_SPAN || table.header.length > PORTRAIT_COLUMNS;

/** The blocks of a sheet cut where a new document starts (one letter each). */
function splitDocuments(sheet: SheetModel): Array<{ name: string; blocks: Block[] }> {
  const out: Array<{ name: string; blocks: Block[] }> = [];
  for (const block of sheet.blocks) {
    if (block.kind === "text" && block.startsDocument !== undefined) out.push({ name: block.startsDocument, blocks: [] });
    if (block.kind !== "pageBreak") out.at(-1)?.blocks.push(block);
  }
  return out;
}

const SIGN: ReadonlySet<DocRole> = new Set(["signature", "date"]);
const RECEIPT: ReadonlySet<DocRole> = new Set(["cutLine", "receiptTitle", "receipt"]);
const HEAD: ReadonlySet<DocRole> = new Set(["masthead", "issueNo", "editorLine", "docNumber", "title", "subtitle"]);

/**
 * One document from a column of blocks. With `attach`, tables and the headings just above them go
 * to 附件 (a blank line before a heading starts another 附件); otherwise tables stay in the body.
 */
function documentOf(sheet: SheetModel, name: string, blocks: Block[], attach: boolean): OfficialDocument {
  const kind = sheet.kind as ResultKind;
  const doc: OfficialDocument = {
    name,
    kind,
    letter: kind === "notices" || kind === "assistLetters",
    issuer: sheet.issuer,
    head: [],
    body: [],
    landscape: false,
    widths: sheet.widths,
    format: wordFormat(sheet.word, sheet.font),
    sign: [],
    receipt: [],
    attachments: [],
    copyTo: [],
  };
  const headingOfTable = (i: number) => {
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind === "table") return true;
      if (b.kind !== "text" || roleOf(b) !== "plain") return false;
    }
    return false;
  };
  let current: Attachment | undefined;
  let blankBefore = false;
  blocks.forEach((block, i) => {
    if (block.kind === "blank" || block.kind === "pageBreak") {
      blankBefore = true;
      return;
    }
    // A note right under a table (what its 升降 means) stays with the table in its 附件.
    if (attach && current && !blankBefore && block.kind === "text" && roleOf(block) === "note" && blocks[i - 1]?.kind === "table") {
      current.items.push(lineOf(block));
      return;
    }
    if (attach && (block.kind === "table" || (roleOf(block) === "plain" && headingOfTable(i)))) {
      if (!current || (blankBefore && block.kind === "text")) {
        current = { title: "", items: [], landscape: false, widths: sheet.widths };
        doc.attachments.push(current);
      }
      if (block.kind === "table") {
        current.items.push({ role: "table", table: block });
        current.landscape ||= wide(sheet, block);
      } else current.items.push(lineOf(block));
    } else placeLine(doc, sheet, block);
    blankBefore = false;
  });
  doc.attachments.forEach((a, i) => (a.title = attachmentTitle(a, i)));
  return doc;
}

function placeLine(doc: OfficialDocument, sheet: SheetModel, block: TextBlock | TableBlock): void {
  if (block.kind === "table") {
    doc.body.push({ role: "table", table: block });
    doc.landscape ||= wide(sheet, block);
    return;
  }
  const line = lineOf(block);
  if (HEAD.has(line.role) && doc.body.length === 0) doc.head.push(line);
  else if (SIGN.has(line.role)) doc.sign.push(line);
  else if (RECEIPT.has(line.role)) doc.receipt.push(line);
  else if (line.role === "copyTo") doc.copyTo.push(line.text);
  // The sheet's own 附件说明 names its 附件 sheet only; the Word file's lists every 附件 (attachmentNote).
  else if (line.role !== "attachmentNote" && line.role !== "attachmentLabel") doc.body.push(line);
}

/**
 * A 附件's title: a lone heading above its table (附表：各单位逐月得分) is the title and leaves
 * the items; several headings (one per category) stay, under the ranking's title.
 */
function attachmentTitle(a: Attachment, index: number): string {
  const headings = a.items.filter((x): x is DocLine => x.role !== "table");
  if (headings.length === 1 && a.items[0] === headings[0]) {
    a.items.shift();
    return headings[0].text.replace(/^附[表件]\s*\d*\s*[:：]\s*/, "");
  }
  return t(DOC_LANG, index === 0 ? "doc.rankingAttachment" : "doc.attachmentN", { n: index + 1 });
}

const rowsOf = (table: TableBlock) => table.rowCount;

/**
 * The documents of a run's result sheets, in the order they are issued: the 通报 (its tables as
 * 附件), each letter on its own, the lists that have rows, and the 个人考核结果 of a year.
 */
export function officialDocuments(sheets: readonly SheetModel[]): OfficialDocument[] {
  const docs: OfficialDocument[] = [];
  const periodOf = (s: SheetModel) => RESULT_SHEETS.find((r) => r.name === s.name)?.period;
  const yearly = sheets.some((s) => s.kind === "ranking" && periodOf(s) === "year");
  for (const sheet of sheets) {
    const kind = sheet.kind as ResultKind;
    if (kind === "ranking") docs.push(documentOf(sheet, t(DOC_LANG, "doc.bulletinFile"), sheet.blocks, true));
    else if (kind === "rankingAppendix")
      appendTo(
        docs.find((d) => d.kind === "ranking"),
        sheet,
      );
    else if (kind === "notices" || kind === "assistLetters") {
      for (const part of splitDocuments(sheet)) docs.push(documentOf(sheet, `${sheet.name}-${part.name}`, part.blocks, false));
    } else if (kind === "assist" || kind === "rewards" || kind === "advanced" || kind === "workers") {
      const tables = sheet.blocks.filter((b): b is TableBlock => b.kind === "table");
      if (tables.some((tb) => rowsOf(tb) > 0)) docs.push(documentOf(sheet, sheet.name, sheet.blocks, false));
    } else if (kind === "staff" && yearly) docs.push(documentOf(sheet, t(DOC_LANG, "doc.staffFile"), sheet.blocks, false));
  }
  return docs;
}

/** A summary's 附件 sheet (the scores month by month) as a further 附件 of its 通报, titled as the sheet is. */
function appendTo(bulletin: OfficialDocument | undefined, sheet: SheetModel): void {
  if (!bulletin) return;
  const tables = sheet.blocks.filter((b): b is TableBlock => b.kind === "table");
  const title = sheet.blocks.find((b): b is TextBlock => b.kind === "text" && roleOf(b) === "title")?.text ?? sheet.name;
  bulletin.attachments.push({
    title,
    items: tables.map((table) => ({ role: "table", table })),
    landscape: tables.some((tb) => wide(sheet, tb)),
    widths: sheet.widths,
  });
}

/** 附件：1. …  the lines of the 附件说明 (empty without 附件). */
export function attachmentNote(doc: OfficialDocument): string[] {
  const titles = doc.attachments.map((a) => a.title);
  if (titles.length === 1) return [t(DOC_LANG, "doc.attachmentOne", { title: titles[0] })];
  return titles.map((title, i) => t(DOC_LANG, i === 0 ? "doc.attachmentFirst" : "doc.attachmentNext", { n: i + 1, title }));
}

/** A document's file name: characters no file system accepts become "_". */
export const documentFileName = (doc: OfficialDocument): string => `${doc.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")}.docx`;

/** A table cell as a document prints it: a date-styled serial as 2026年3月5日. */
export function cellText(value: CellV, style: StyleKey | undefined): string {
  if (value === null) return "";
  if (style === "date" && typeof value === "number") return chineseDate(value - 25_569);
  // Line breaks put into wrapped cells for the spreadsheet (lineBreaks.ts): Word breaks its own lines.
  return String(value).replace(/\n/g, "");
}
