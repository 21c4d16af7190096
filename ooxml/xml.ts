// Small XML helpers for patching SpreadsheetML parts as text: the parts we touch are small
// (workbook, rels, content types, styles), and text patching leaves everything else as it was.

import { InfoScoreError } from "../core/index.ts";
import { decodeText, localName, parseAttributes, tagEnd } from "./xmlScan.ts";

// XML 1.0 forbids most control characters; spreadsheets sometimes carry them from pasted text.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Decodes references; an invalid character reference is a PackageError naming `where`. */
export function unescapeXml(text: string, where = "XML"): string {
  return decodeText(text, () => where);
}

/** Attributes of one start tag, e.g. `<sheet name="a" r:id="rId1"/>` → { name: "a", "r:id": "rId1", id: "rId1" }. */
export function attributes(tag: string): Record<string, string> {
  const open = tag.startsWith("<") ? tag.slice(1) : tag;
  let i = 0;
  while (i < open.length && open.charCodeAt(i) > 32 && open[i] !== "/" && open[i] !== ">") i++;
  return parseAttributes(open.slice(i).replace(/\/?>$/, ""));
}

/**
 * Every start (or empty) tag of an element, with any namespace prefix (`<x:sheet>` too), and
 * its position. One pass: each tag is looked at once, comments and CDATA are skipped.
 */
export function tags(xml: string, name: string): Array<{ tag: string; index: number; attrs: Record<string, string> }> {
  const out: Array<{ tag: string; index: number; attrs: Record<string, string> }> = [];
  let lt = xml.indexOf("<");
  while (lt >= 0) {
    let next: number;
    if (xml.startsWith("<!--", lt)) next = skipTo(xml, "-->", lt);
    else if (xml.startsWith("<![CDATA[", lt)) next = skipTo(xml, "]]>", lt);
    else {
      const gt = tagEnd(xml, lt + 1);
      if (gt < 0) break;
      let i = lt + 1;
      while (i < gt && xml.charCodeAt(i) > 32 && xml[i] !== "/") i++;
      if (localName(xml.slice(lt + 1, i)) === name) {
        const tag = xml.slice(lt, gt + 1);
        out.push({ tag, index: lt, attrs: attributes(tag) });
      }
      next = gt + 1;
    }
    if (next < 0) break;
    lt = xml.indexOf("<", next);
  }
  return out;
}

const skipTo = (xml: string, term: string, from: number): number => {
  const at = xml.indexOf(term, from);
  return at < 0 ? -1 : at + term.length;
};

/** SpreadsheetML's main namespace, transitional (…/spreadsheetml/2006/main) or strict (…/spreadsheetml/main). */
const isMainNs = (ns: string) => /\/spreadsheetml\/(2006\/)?main$/.test(ns);

/**
 * A part whose SpreadsheetML elements carry a prefix (`<x:workbook xmlns:x="…main">`) rewritten
 * with that namespace as the default, so elements can be found and added without a prefix. The
 * same document for any XML reader; left as it is when it has no such prefix, or when its
 * default namespace is another one (then unprefixed names would change meaning).
 */
export function unprefixMain(xml: string): string {
  return unprefixRoot(xml, tags(xml, "workbook")[0] ?? tags(xml, "styleSheet")[0], isMainNs);
}

/** [Content_Types].xml written with a prefix (`<ct:Types xmlns:ct="…content-types">`), unprefixed alike. */
export function unprefixContentTypes(xml: string): string {
  return unprefixRoot(xml, tags(xml, "Types")[0], (ns) => ns === "http://schemas.openxmlformats.org/package/2006/content-types");
}

function unprefixRoot(xml: string, root: ReturnType<typeof tags>[number] | undefined, isOwnNs: (ns: string) => boolean): string {
  if (!root) return xml;
  const m = /^<([\w.-]+):/.exec(root.tag);
  if (!m) return xml;
  const prefix = m[1];
  const ns = root.attrs[`xmlns:${prefix}`];
  const defaultNs = root.attrs.xmlns;
  if (!ns || !isOwnNs(ns) || (defaultNs !== undefined && defaultNs !== ns)) return xml;
  const body = xml.split(`<${prefix}:`).join("<").split(`</${prefix}:`).join("</");
  const at = body.indexOf("<", root.index);
  const nameEnd = at + 1 + root.tag.slice(prefix.length + 2).search(/[\s/>]/);
  return defaultNs ? body : body.slice(0, nameEnd) + ` xmlns="${ns}"` + body.slice(nameEnd);
}

/** Inserts `insert` just before the closing tag `</name>`; throws if the part has none. */
export function insertBeforeClose(xml: string, name: string, insert: string): string {
  const close = `</${name}>`;
  const at = xml.lastIndexOf(close);
  if (at < 0) throw new InfoScoreError("xmlMalformed", { part: `<${name}>`, why: "word.xmlEndTagMissing", where: "-" });
  return xml.slice(0, at) + insert + xml.slice(at);
}

/** Updates the count="n" attribute of the element `name` to the number of its `child` elements. */
export function recount(xml: string, name: string, child: string): string {
  const open = new RegExp(`<${name}(\\s[^>]*)?>`);
  const m = open.exec(xml);
  if (!m) return xml;
  const start = m.index + m[0].length;
  const end = xml.indexOf(`</${name}>`, start);
  const inner = xml.slice(start, end);
  const count = tags(inner, child).length;
  const attrs = (m[1] ?? "").replace(/\s+count="\d*"/, "");
  return xml.slice(0, m.index) + `<${name}${attrs} count="${count}">` + xml.slice(start);
}

// ---- package paths -----------------------------------------------------------------------------

/** A relationship target resolved against the part that holds the relationship. */
export function resolveTarget(base: string, target = ""): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The workbook part a package's root relationships point at (xl/workbook.xml unless a producer chose another). */
export function workbookPartOf(rootRels: string): string {
  const officeDoc = tags(rootRels, "Relationship").find((r) => r.attrs.Type?.endsWith("/officeDocument"));
  return officeDoc ? resolveTarget("", officeDoc.attrs.Target) : "xl/workbook.xml";
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels, workbook.xml → _rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** The folder of a part ("" for a part at the package root, as some producers put workbook.xml). */
export const folderOf = (part: string): string => part.split("/").slice(0, -1).join("/");

/** A part in a folder, the root ("") included. */
export const inFolder = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);
