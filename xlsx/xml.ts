// Small XML helpers for patching SpreadsheetML parts as text: the parts we touch are small
// (workbook, rels, content types, styles), and text patching leaves everything else as it was.

// XML 1.0 forbids most control characters; spreadsheets sometimes carry them from pasted text.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** Attributes of one start tag, e.g. `<sheet name="a" r:id="rId1"/>` → { name: "a", "r:id": "rId1" }. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** Every start (or empty) tag of an element name, with its position. */
export function tags(xml: string, name: string): Array<{ tag: string; index: number; attrs: Record<string, string> }> {
  const re = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])[^>]*>`, "g");
  return [...xml.matchAll(re)].map((m) => ({ tag: m[0], index: m.index ?? 0, attrs: attributes(m[0]) }));
}

/** Inserts `insert` just before the closing tag `</name>`; throws if the part has none. */
export function insertBeforeClose(xml: string, name: string, insert: string): string {
  const close = `</${name}>`;
  const at = xml.lastIndexOf(close);
  if (at < 0) throw new Error(`malformed part: no ${close}`);
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
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}
