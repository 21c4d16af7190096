// One official document (core's OfficialDocument) as a Word file in GB/T 9704 form: a portrait
// body (a wide list turned landscape), each 附件 in a section of its own (landscape where its
// table is wide), the 版记 at the foot of the last page, page numbers at the outside corners.
import { Document, Footer, Packer, PageOrientation, Paragraph, SectionType, type ISectionOptions, Table, LineRuleType } from "docx";
import { attachmentNote, DOC_LANG, t, type DocLine, type OfficialDocument } from "../../core/index.ts";
import { A4, LANDSCAPE_MARGIN, PORTRAIT_MARGIN, TEXT_WIDTH, TEXT_WIDTH_LANDSCAPE } from "./gbt9704.ts";
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
import { dataTable, imprintParagraphs, receiptTable } from "./tables.ts";
import { settingsXml, stylesXml } from "./styles.ts";

type Child = Paragraph | Table;

function pageNumbers(): ISectionOptions["footers"] {
  const [before, after] = t(DOC_LANG, "doc.pageNumber", { n: "\u0000" }).split("\u0000") as [string, string];
  return {
    default: new Footer({ children: [pageNumber("odd", [before, after])] }),
    even: new Footer({ children: [pageNumber("even", [before, after])] }),
  };
}

function section(children: Child[], landscape: boolean, first: boolean): ISectionOptions {
  return {
    properties: {
      type: first ? undefined : SectionType.NEXT_PAGE,
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        pageNumbers: first ? { start: 1 } : undefined,
      },
    },
    footers: pageNumbers(),
    children,
  };
}

/** Head and body: 报头 or 发文机关标志, 文号, title, 主送, 正文 and any table of a list. */
function bodyParts(doc: OfficialDocument, widths: readonly number[], width: number): Child[] {
  const out: Child[] = [];
  const masthead = doc.head.filter((l) => l.role === "masthead" || l.role === "issueNo" || l.role === "editorLine");
  out.push(...mastheadParts(masthead));
  if (doc.letter && doc.issuer) out.push(...letterheadParts(doc.issuer.office));
  for (const l of doc.head) if (!masthead.includes(l)) out.push(lineParagraph(l));
  for (const item of doc.body) {
    if (item.role === "table") out.push(dataTable(item.table, widths, width));
    else out.push(lineParagraph(item));
  }
  return out;
}

/** The 版记 of a document that has one (the 通报): its 报/送/抄送 lines and the 印发 line, as the sheet has them. */
function imprint(doc: OfficialDocument, width: number): Child[] {
  return doc.copyTo.length ? imprintParagraphs(doc.copyTo, width) : [];
}

function attachmentSections(doc: OfficialDocument): ISectionOptions[] {
  return doc.attachments.map((a, i) => {
    const width = a.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
    const label = t(DOC_LANG, doc.attachments.length === 1 ? "doc.attachmentLabelOne" : "doc.attachmentLabel", { n: i + 1 });
    const children: Child[] = attachmentHead(label, a.title);
    for (const item of a.items)
      children.push(item.role === "table" ? dataTable(item.table, a.widths, width) : headingParagraph((item as DocLine).text));
    if (i === doc.attachments.length - 1) children.push(...imprint(doc, width));
    return section(children, a.landscape, false);
  });
}

/** The Word file of one document, as bytes. */
export async function renderDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const width = doc.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const main: Child[] = bodyParts(doc, doc.widths, width);
  if (doc.attachments.length) main.push(...attachmentNoteParts(attachmentNote(doc)));
  main.push(...signParts(doc.sign));
  if (doc.receipt.length) {
    main.push(...receiptHead(doc.receipt));
    main.push(
      receiptTable(
        doc.receipt.filter((l) => l.role === "receipt").map((l) => l.text),
        width,
      ),
    );
    main.push(new Paragraph({ spacing: { line: 40, lineRule: LineRuleType.EXACT }, children: [] }));
  }
  if (doc.attachments.length === 0) main.push(...imprint(doc, width));
  const file = new Document({
    externalStyles: stylesXml(doc.font),
    evenAndOddHeaderAndFooters: true,
    title: doc.name,
    sections: [section(main, doc.landscape, true), ...attachmentSections(doc)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file, false, [{ path: "word/settings.xml", data: settingsXml() }]));
}
