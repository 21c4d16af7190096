// Small XML helpers for patching SpreadsheetML parts as text: the parts we touch are small
// (workbook, rels, content types, styles), and text patching leaves everything else as it was.

import { InfoScoreError } from "../core/index.ts";
import { decodeText, parseAttributes, tagEnd } from "./xmlScan.ts";

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
  eachTag(xml, name, (lt, gt) => {
    const tag = xml.slice(lt, gt + 1);
    out.push({ tag, index: lt, attrs: attributes(tag) });
  });
  return out;
}

/** How many start (or empty) tags of an element lie between `from` and `to`, with nothing kept per tag. */
export function countTags(xml: string, name: string, from = 0, to = xml.length): number {
  let n = 0;
  eachTag(xml, name, () => n++, from, to);
  return n;
}

/**
 * Calls `onTag` with the positions of "<" and ">" of each start (or empty) tag of an element
 * between `from` and `to`: a styles part of 200,000 formats is walked without a record per tag.
 */
export function eachTag(xml: string, name: string, onTag: (lt: number, gt: number) => void, from = 0, to = xml.length): void {
  let lt = xml.indexOf("<", from);
  while (lt >= 0 && lt < to) {
    let next: number;
    if (xml.startsWith("<!--", lt)) next = skipTo(xml, "-->", lt);
    else if (xml.startsWith("<![CDATA[", lt)) next = skipTo(xml, "]]>", lt);
    else {
      const gt = tagEnd(xml, lt + 1);
      if (gt < 0 || gt >= to) break;
      let i = lt + 1;
      while (i < gt && xml.charCodeAt(i) > 32 && xml[i] !== "/") i++;
      if (isName(xml, lt + 1, i, name)) onTag(lt, gt);
      next = gt + 1;
    }
    if (next < 0) break;
    lt = xml.indexOf("<", next);
  }
}

/** Whether xml[start, end) is `name` with or without a prefix, compared in place (no substring per tag). */
function isName(xml: string, start: number, end: number, name: string): boolean {
  const at = end - name.length;
  if (at < start || !xml.startsWith(name, at)) return false;
  if (at === start) return true;
  return xml.charCodeAt(at - 1) === 58 && xml.indexOf(":", start) === at - 1; // one prefix, "x:name"
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
