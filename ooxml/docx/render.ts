// One official document (core's OfficialDocument) as a Word file in GB/T 9704 form: a portrait
// body (a wide list turned landscape), each 附件 in a section of its own (landscape where its
// table is wide), the 版记 at the foot of the last page, page numbers at the outside corners.
import { Document, Footer, Packer, PageOrientation, Paragraph, SectionType, type ISectionOptions, Table, LineRuleType } from "docx";
import { attachmentNote, DOC_LANG, t, type DocLine, type OfficialDocument } from "../../core/index.ts";
import { A4, LANDSCAPE_MARGIN, layoutOf, PORTRAIT_MARGIN, TEXT_HEIGHT, TEXT_WIDTH, TEXT_WIDTH_LANDSCAPE, type Layout } from "./gbt9704.ts";
import {
  attachmentHead,
  attachmentNoteParts,
  headingParagraph,
  letterheadParts,
  lineParagraph,
  mastheadParts,
  pageNumber,
  receiptHead,
  signParts,
} from "./parts.ts";
import { dataTable, imprintHeight, imprintParagraphs, receiptTable } from "./tables.ts";
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

function section(children: Child[], landscape: boolean, start: Start, L: Layout): ISectionOptions {
  return {
    properties: {
      type: start === "first" ? undefined : start === "even" ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE,
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        pageNumbers: start === "first" ? { start: 1 } : undefined,
      },
    },
    footers: pageNumbers(L),
    children,
  };
}

/** Head and body: 报头 or 发文机关标志, 文号, title, 主送, 正文 and any table of a list. */
function bodyParts(doc: OfficialDocument, widths: readonly number[], width: number, L: Layout): Child[] {
  const out: Child[] = [];
  const masthead = doc.head.filter((l) => l.role === "masthead" || l.role === "issueNo" || l.role === "editorLine");
  out.push(...mastheadParts(masthead, L));
  if (doc.letter && doc.issuer) out.push(...letterheadParts(doc.issuer.office, L));
  for (const l of doc.head) if (!masthead.includes(l)) out.push(lineParagraph(l, L));
  for (const item of doc.body) {
    if (item.role === "table") out.push(dataTable(item.table, widths, width));
    else out.push(lineParagraph(item, L));
  }
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
  return section([spacer, ...imprintParagraphs(doc.copyTo, TEXT_WIDTH)], false, "even", L);
}

function attachmentSections(doc: OfficialDocument, L: Layout): ISectionOptions[] {
  return doc.attachments.map((a, i) => {
    const width = a.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
    const label = t(DOC_LANG, doc.attachments.length === 1 ? "doc.attachmentLabelOne" : "doc.attachmentLabel", { n: i + 1 });
    const children: Child[] = attachmentHead(label, a.title, L);
    for (const item of a.items)
      children.push(item.role === "table" ? dataTable(item.table, a.widths, width) : headingParagraph((item as DocLine).text, L));
    return section(children, a.landscape, "next", L);
  });
}

/** The Word file of one document, as bytes. */
export async function renderDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const L = layoutOf(doc.format);
  const width = doc.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const main: Child[] = bodyParts(doc, doc.widths, width, L);
  if (doc.attachments.length) main.push(...attachmentNoteParts(attachmentNote(doc), L));
  main.push(...signParts(doc.sign, L));
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
    sections: [section(main, doc.landscape, "first", L), ...attachmentSections(doc, L), ...(imprint ? [imprint] : [])],
  });
  const parts = [
    { path: "word/settings.xml", data: settingsXml(L) },
    { path: "word/fontTable.xml", data: fontTableXml(doc.format) },
  ];
  return new Uint8Array(await Packer.toArrayBuffer(file, false, parts));
}
