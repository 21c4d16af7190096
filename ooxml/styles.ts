// Adds InfoScore's named styles (core/sheets/sheetModel.ts STYLES) to a workbook's styles.xml and
// tells which cell-format index each one got. The user's own styles stay untouched.
import { InfoScoreError, DEFAULT_FONT, STYLES, type StyleKey, type StyleSpec } from "../core/index.ts";
import { countTags, escapeXml, tags } from "./xml.ts";

/** Font of the blank styles base: 宋体 is on Chinese Windows and Mac, substituted elsewhere. */
const SHEET_FONT = DEFAULT_FONT;

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2 };

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="1"><font><sz val="11"/><name val="${SHEET_FONT}"/><family val="2"/><charset val="134"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const countOf = (xml: string, container: string, child: string): number => {
  const start = xml.indexOf(`<${container}`);
  if (start < 0) return 0;
  const end = xml.indexOf(`</${container}>`, start);
  if (end < 0) return 0; // self-closing, empty
  return countTags(xml, child, start, end);
};

function fontXml(s: StyleSpec, font: string): string {
  return `<font>${s.bold ? "<b/>" : ""}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="FF${s.color}"/>` : ""}<name val="${escapeXml(font)}"/><family val="2"/><charset val="134"/></font>`;
}

const fillXml = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN = '<color rgb="FFA6A6A6"/>';
const BORDER_XML = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/** The border of a style: the grey grid of tables, or the rules of a document (报头, 抄送). */
function borderXml(s: StyleSpec): string | undefined {
  if (s.border) return BORDER_XML;
  if (!s.lineAbove && !s.lineBelow) return undefined;
  const line = (tag: string, rgb?: string) =>
    rgb ? `<${tag} style="${tag === "bottom" && rgb === "C00000" ? "medium" : "thin"}"><color rgb="FF${rgb}"/></${tag}>` : `<${tag}/>`;
  return `<border><left/><right/>${line("top", s.lineAbove)}${line("bottom", s.lineBelow)}<diagonal/></border>`;
}

/** Returns the patched styles.xml and the cellXfs index of every style key. */
export function addStyles(stylesXml: string, font: string = DEFAULT_FONT): { xml: string; index: Record<StyleKey, number> } {
  let xml = completeStyles(stylesXml);
  let fontId = countOf(xml, "fonts", "font");
  let fillId = countOf(xml, "fills", "fill");
  let borderId = countOf(xml, "borders", "border");
  const borders = new Map<string, number>();
  let xfId = countOf(xml, "cellXfs", "xf");

  // Custom number formats need ids of their own, from 164 up.
  const existingFormats = tags(xml, "numFmt").map((t) => ({ id: Number(t.attrs.numFmtId), code: t.attrs.formatCode }));
  let nextFormat = Math.max(163, ...existingFormats.map((f) => f.id)) + 1;
  const formatIds = new Map<string, number>(Object.entries(BUILTIN_FORMATS));
  for (const f of existingFormats) if (!formatIds.has(f.code)) formatIds.set(f.code, f.id);
  const newFormats: string[] = [];
  const fonts: string[] = [];
  const fills: string[] = [];
  const xfs: string[] = [];
  const index = {} as Record<StyleKey, number>;

  for (const [key, spec] of Object.entries(STYLES) as Array<[StyleKey, StyleSpec]>) {
    let numFmtId = 0;
    if (spec.numFmt) {
      if (!formatIds.has(spec.numFmt)) {
        formatIds.set(spec.numFmt, nextFormat);
        newFormats.push(`<numFmt numFmtId="${nextFormat}" formatCode="${escapeXml(spec.numFmt)}"/>`);
        nextFormat++;
      }
      numFmtId = formatIds.get(spec.numFmt)!;
    }
    fonts.push(fontXml(spec, font));
    const fontIndex = fontId++;
    let fill = 0;
    if (spec.fill) {
      fills.push(fillXml(spec.fill));
      fill = fillId++;
    }
    const bxml = borderXml(spec);
    if (bxml && !borders.has(bxml)) borders.set(bxml, borderId++);
    const border = bxml ? borders.get(bxml)! : 0;
    const alignment = `<alignment vertical="center"${spec.align ? ` horizontal="${spec.align}"` : ""}${spec.wrap ? ' wrapText="1"' : ""}/>`;
    xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontIndex}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`,
    );
    index[key] = xfId++;
  }

  // One assembly of the whole part: each step as a new copy would hold several copies of a
  // large styles part (tens of megabytes each) at once.
  const edits = [
    ...(newFormats.length ? appendTo(xml, "numFmts", "numFmt", newFormats) : []),
    ...appendTo(xml, "fonts", "font", fonts),
    ...(fills.length ? appendTo(xml, "fills", "fill", fills) : []),
    ...appendTo(xml, "borders", "border", [...borders.keys()]),
    ...appendTo(xml, "cellXfs", "xf", xfs),
  ];
  xml = applyEdits(xml, edits);
  return { xml, index };
}

/** A replacement of xml[at, end) by `text`. */
interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * The edits that append `items` to the list `name` and set its count: a missing list is
 * created at the start of the styleSheet (only numFmts may be missing here), a self-closed one opened.
 */
function appendTo(xml: string, name: string, child: string, items: string[]): Edit[] {
  const open = tags(xml, name)[0];
  if (!open) {
    const root = tags(xml, "styleSheet")[0];
    const at = root.index + root.tag.length;
    return [{ at, end: at, text: `<${name} count="${items.length}">${items.join("")}</${name}>` }];
  }
  const selfClosed = open.tag.endsWith("/>");
  const attrs = open.tag.slice(1 + name.length, selfClosed ? -2 : -1).replace(/\s+count\s*=\s*(?:"[^"]*"|'[^']*')/, "");
  const end = open.index + open.tag.length;
  if (selfClosed) return [{ at: open.index, end, text: `<${name}${attrs} count="${items.length}">${items.join("")}</${name}>` }];
  const close = xml.indexOf(`</${name}>`, end);
  if (close < 0) throw new InfoScoreError("xmlMalformed", { part: `<${name}>`, why: "word.xmlEndTagMissing", where: "-" });
  const count = countTags(xml, child, end, close) + items.length;
  return [
    { at: open.index, end, text: `<${name}${attrs} count="${count}">` },
    { at: close, end: close, text: items.join("") },
  ];
}

function applyEdits(xml: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    pieces.push(xml.slice(from, e.at), e.text);
    from = e.end;
  }
  pieces.push(xml.slice(from));
  return pieces.join("");
}

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const DEFAULTS: Record<string, string> = {
  fonts: '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>',
  fills: '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  borders: '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  cellStyleXfs: '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  cellXfs: '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
};

/**
 * A styles part with the lists our styles go into (a minimal producer may leave some out), each
 * added with its defaults at its place in the schema's order.
 */
function completeStyles(xml: string): string {
  // An empty styles part some producers write: <styleSheet .../>.
  xml = expand(xml, "styleSheet");
  if (!xml.includes("</styleSheet>"))
    throw new InfoScoreError("xmlMalformed", { part: "styles.xml", why: "word.xmlEndTagMissing", where: "-" });
  for (const name of Object.keys(DEFAULTS)) {
    if (tags(xml, name).length) continue;
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((n) => tags(xml, n)[0])
      .find(Boolean);
    const at = later ? later.index : xml.lastIndexOf("</styleSheet>");
    xml = xml.slice(0, at) + DEFAULTS[name] + xml.slice(at);
  }
  return xml;
}

/** Turns a self-closing `<name .../>` into `<name ...></name>` so children can be added. */
function expand(xml: string, name: string): string {
  return xml.replace(new RegExp(`<${name}(\\s[^>]*)?/>`), `<${name}$1></${name}>`);
}
