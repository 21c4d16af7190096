// One official document (core's OfficialDocument) as a Word file in GB/T 9704 form: a portrait
// body (a wide list turned landscape), each 附件 in a section of its own (landscape where its
// table is wide), the 版记 at the foot of the last page, page numbers at the outside corners.
import { Document, Footer, Packer, PageOrientation, Paragraph, SectionType, type ISectionOptions, Table, LineRuleType } from "docx";
import { attachmentNote, DOC_LANG, t, type DocLine, type OfficialDocument } from "../../core/index.ts";
import { A4, LANDSCAPE_MARGIN, layoutOf, PORTRAIT_MARGIN, TEXT_HEIGHT, TEXT_WIDTH, TEXT_WIDTH_LANDSCAPE, type Layout } from "./gbt9704.ts";
import {
  attachmentHead,
  attachmentNoteParts,
  charsOf,
  headingParagraph,
  letterheadParts,
  lineParagraph,
  lineParagraphs,
  mastheadParts,
  pageNumber,
  receiptHead,
  signParts,
} from "./parts.ts";
import { dataTable, imprintHeight, imprintParagraphs, receiptTable, tableFits } from "./tables.ts";
import { fontTableXml, settingsXml, stylesXml } from "./styles.ts";

type Child = Paragraph | Table;

function pageNumbers(L: Layout): ISectionOptions["footers"] {
  const [before, after] = t(DOC_LANG, "doc.pageNumber", { n: "\u0000" }).split("\u0000") as [string, string];
  return {
    default: new Footer({ children: [pageNumber("odd", [before, after], L)] }),
    even: new Footer({ children: [pageNumber("even", [before, after], L)] }),
  };
}

type Start = "first" | "next" | "even";

/** Footers without a page number: the 版记's page, and the blank page before it (GB/T 9704). */
const unnumbered = (): ISectionOptions["footers"] => ({
  default: new Footer({ children: [new Paragraph({ children: [] })] }),
  even: new Footer({ children: [new Paragraph({ children: [] })] }),
});

function section(children: Child[], landscape: boolean, start: Start, L: Layout, numbered = true): ISectionOptions {
  return {
    properties: {
      type: start === "first" ? undefined : start === "even" ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE,
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        pageNumbers: start === "first" ? { start: 1 } : undefined,
      },
    },
    footers: numbered ? pageNumbers(L) : unnumbered(),
    children,
  };
}

type BodyItem = OfficialDocument["body"][number];

/**
 * The last items of the 正文 that keep with the 附件说明 and 落款: two lines of text at least (a
 * paragraph's lines estimated from its length), so that no page holds a 落款 without 正文 above it.
 */
function tailOf(doc: OfficialDocument, L: Layout): Set<BodyItem> {
  const tail = new Set<BodyItem>();
  if (!doc.sign.length) return tail;
  let lines = 0;
  for (let i = doc.body.length - 1; i >= 0 && lines < 2; i--) {
    const item = doc.body[i];
    tail.add(item);
    lines += item.role === "table" ? 2 : Math.ceil((charsOf(item.text) + 2) / L.chars);
  }
  return tail;
}

/** Head and body: 报头 or 发文机关标志, 文号, title, 主送, 正文 and any table of a list. */
function bodyParts(doc: OfficialDocument, widths: readonly number[], width: number, L: Layout): Child[] {
  const out: Child[] = [];
  const masthead = doc.head.filter((l) => l.role === "masthead" || l.role === "issueNo" || l.role === "editorLine");
  out.push(...mastheadParts(masthead, L));
  if (doc.letter && doc.issuer) out.push(...letterheadParts(doc.issuer.office, L));
  for (const l of doc.head) if (!masthead.includes(l)) out.push(lineParagraph(l, L));
  const tail = tailOf(doc, L);
  doc.body.forEach((item, i) => {
    // A table's last rows keep with a note under it: no page holds the note alone.
    const keep = tail.has(item) || doc.body[i + 1]?.role === "note";
    if (item.role === "table") out.push(dataTable(item.table, widths, width, keep));
    else out.push(...lineParagraphs(item, L, tail.has(item), width));
  });
  return out;
}

/**
 * The 版记 of a document that has one (the 通报): the foot of a portrait page of its own after the
 * 附件, which Word and LibreOffice start on an even page (GB/T 9704 puts the 版记 on the document's
 * last, even page; a landscape 附件's foot would set it sideways). An empty line of exact height
 * pushes it down: a frame at the foot, or a floating table, is set after the text by LibreOffice 7.4
 * as soon as its paragraphs have borders (docs/word.md).
 */
function imprintSection(doc: OfficialDocument, L: Layout): ISectionOptions | undefined {
  if (!doc.copyTo.length) return undefined;
  const spacer = new Paragraph({
    spacing: { line: TEXT_HEIGHT - imprintHeight(doc.copyTo.length), lineRule: LineRuleType.EXACT },
    children: [],
  });
  return section([spacer, ...imprintParagraphs(doc.copyTo, TEXT_WIDTH)], false, "even", L, false);
}

/** Whether tables are turned: wide in the sheet, or too wide for portrait without breaking a number (tableFits). */
const turned = (landscape: boolean, items: readonly OfficialDocument["body"][number][], widths: readonly number[]): boolean =>
  landscape || items.some((item) => item.role === "table" && !tableFits(item.table, widths, TEXT_WIDTH));

function attachmentSections(doc: OfficialDocument, L: Layout): ISectionOptions[] {
  return doc.attachments.map((a, i) => {
    const landscape = turned(a.landscape, a.items, a.widths);
    const width = landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
    const label = t(DOC_LANG, doc.attachments.length === 1 ? "doc.attachmentLabelOne" : "doc.attachmentLabel", { n: i + 1 });
    const children: Child[] = attachmentHead(label, a.title, L);
    a.items.forEach((item, j) => {
      // A note under a table (what its 升降 means) is set as a note, the table's last rows kept with it.
      const noteNext = a.items[j + 1]?.role === "note";
      if (item.role === "table") children.push(dataTable(item.table, a.widths, width, noteNext));
      else if (item.role === "note") children.push(lineParagraph(item as DocLine, L));
      else children.push(headingParagraph((item as DocLine).text, L));
    });
    return section(children, landscape, "next", L);
  });
}

/** The Word file of one document, as bytes. */
export async function renderDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const L = layoutOf(doc.format);
  const landscape = turned(doc.landscape, doc.body, doc.widths);
  const width = landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const main: Child[] = bodyParts(doc, doc.widths, width, L);
  if (doc.attachments.length) main.push(...attachmentNoteParts(attachmentNote(doc), L));
  main.push(...signParts(doc.sign, L, doc.receipt.length > 0));
  if (doc.receipt.length) {
    main.push(...receiptHead(doc.receipt, L));
    main.push(
      receiptTable(
        doc.receipt.filter((l) => l.role === "receipt").map((l) => l.text),
        width,
        L.line,
      ),
    );
    main.push(new Paragraph({ spacing: { line: 40, lineRule: LineRuleType.EXACT }, children: [] }));
  }
  const imprint = imprintSection(doc, L);
  const file = new Document({
    externalStyles: stylesXml(L),
    evenAndOddHeaderAndFooters: true,
    title: doc.name,
    // Word shows the author in 文件→信息 and OA systems list it: the issuing office, not docx's "Un-named".
    creator: doc.issuer?.office ?? "",
    lastModifiedBy: doc.issuer?.office ?? "",
    sections: [section(main, landscape, "first", L), ...attachmentSections(doc, L), ...(imprint ? [imprint] : [])],
  });
  const parts = [
    { path: "word/settings.xml", data: settingsXml(L) },
    { path: "word/fontTable.xml", data: fontTableXml(doc.format) },
  ];
  return new Uint8Array(await Packer.toArrayBuffer(file, false, parts));
}
