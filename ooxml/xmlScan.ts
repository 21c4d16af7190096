// A streaming XML tokenizer for the parts InfoScore reads (worksheets, shared strings). Every
// character is looked at a bounded number of times whatever the input, so an unclosed tag, a
// row of 200 MB of whitespace or a 100 MB cell cannot make it rescan; text nobody asked for is
// dropped as it passes. It knows what real producers write: namespace prefixes (x:row),
// single- or double-quoted attributes, CDATA, comments, processing instructions, a bare DOCTYPE.
import { InfoScoreError, type TextKey } from "../core/index.ts";
import { LIMITS } from "./limits.ts";

export interface XmlSink {
  /** A start (or empty, `empty`) tag; `name` without its prefix, `attrs` the raw attribute text. */
  open(name: string, attrs: string, empty: boolean): void;
  close(name: string): void;
  /** Text with references decoded (CDATA as it is); only called while `wantText` is true. */
  text(text: string): void;
  wantText: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QMARK = 63;
const DQ = 34;
const SQ = 39;

type Mode = "markup" | "cdata" | "comment" | "pi";

export class XmlScanner {
  private buf = "";
  private mode: Mode = "markup";
  /** What ends the current CDATA, comment or PI. */
  private term = "";
  private depth = 0;
  private consumed = 0;

  /** `where` names the place for messages (the part, and the cell when the sink knows it). */
  constructor(
    private readonly sink: XmlSink,
    private readonly where: () => string,
  ) {}

  push(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.mode !== "markup" || this.buf.trim() !== "" || this.depth !== 0) this.fail("word.xmlUnexpectedEnd");
  }

  /** why: a word key of the catalogue, rendered by the host in the user's language. */
  private fail(why: TextKey): never {
    throw new InfoScoreError("xmlMalformed", { part: this.where(), why, where: `~${this.consumed}` });
  }

  private drain(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      if (this.mode !== "markup") {
        const next = this.special(buf, pos, final);
        if (next < 0) {
          // Terminator not here yet: keep only what could be its start.
          const keep = this.term.length - 1;
          const cut = Math.max(pos, n - keep);
          if (this.mode === "cdata" && this.sink.wantText && cut > pos) this.sink.text(buf.slice(pos, cut));
          pos = cut;
          break;
        }
        pos = next;
        continue;
      }
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        pos = this.textTo(buf, pos, n, final);
        break;
      }
      if (lt > pos && this.sink.wantText) this.sink.text(decodeText(buf.slice(pos, lt), this.where));
      const next = this.markup(buf, lt, final);
      if (next < 0) {
        pos = lt;
        if (n - lt > LIMITS.tagChars) this.fail("word.xmlTagTooLong");
        break;
      }
      pos = next;
    }
    this.consumed += pos;
    this.buf = pos >= n ? "" : buf.slice(pos);
  }

  /** Text up to the end of the buffer; a reference cut by the chunk boundary waits for the rest. */
  private textTo(buf: string, pos: number, n: number, final: boolean): number {
    let end = n;
    const amp = final ? -1 : buf.lastIndexOf("&", n - 1);
    if (amp >= pos && n - amp < 16 && buf.indexOf(";", amp) < 0) end = amp;
    if (end > pos && this.sink.wantText) this.sink.text(decodeText(buf.slice(pos, end), this.where));
    return end;
  }

  /** One tag at `lt`; returns the position after it, or -1 when it is not complete yet. */
  private markup(buf: string, lt: number, final: boolean): number {
    const n = buf.length;
    const c = buf.charCodeAt(lt + 1);
    if (c === BANG) {
      if (buf.startsWith("<!--", lt)) return this.enter("comment", lt + 4, "-->");
      if (buf.startsWith("<![CDATA[", lt)) return this.enter("cdata", lt + 9, "]]>");
      if (buf.startsWith("<!DOCTYPE", lt)) {
        // A bare DOCTYPE is skipped; declarations (an internal subset) could define entities that
        // expand without bound, and Excel refuses them too.
        const gt = buf.indexOf(">", lt);
        const bracket = buf.indexOf("[", lt);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) throw new InfoScoreError("xmlDtd", { part: this.where() });
        if (gt < 0) return -1;
        return gt + 1;
      }
      if (n - lt < 9 && !final) return -1;
      this.fail("word.xmlUnknownMarkup");
    }
    if (c === QMARK) return this.enter("pi", lt + 2, "?>");
    if (Number.isNaN(c)) return final ? this.fail("word.xmlLoneLt") : -1;
    const gt = tagEnd(buf, lt + 1);
    if (gt === -2) this.fail("word.xmlLtInTag");
    if (gt < 0) return final ? this.fail("word.xmlUnclosedTag") : -1;
    if (c === SLASH) {
      let end = gt;
      while (buf.charCodeAt(end - 1) <= 32) end--;
      const name = localName(buf.slice(lt + 2, end));
      if (!name) this.fail("word.xmlEmptyEndTag");
      if (--this.depth < 0) this.fail("word.xmlStrayEndTag");
      this.sink.close(name);
      return gt + 1;
    }
    const empty = buf.charCodeAt(gt - 1) === SLASH;
    let i = lt + 1;
    const stop = empty ? gt - 1 : gt;
    while (i < stop && buf.charCodeAt(i) > 32) i++;
    const name = localName(buf.slice(lt + 1, i));
    if (!name) this.fail("word.xmlEmptyTagName");
    if (!empty) this.depth++;
    this.sink.open(name, i < stop ? buf.slice(i, stop) : "", empty);
    if (empty) this.sink.close(name);
    return gt + 1;
  }

  private enter(mode: Exclude<Mode, "markup">, at: number, term: string): number {
    this.mode = mode;
    this.term = term;
    return at;
  }

  /** Inside CDATA, a comment or a PI: the position after its end, or -1. */
  private special(buf: string, pos: number, final: boolean): number {
    const mode = this.mode;
    const term = this.term;
    const at = buf.indexOf(term, pos);
    if (at < 0) {
      if (final) this.fail("word.xmlUnclosedSection");
      return -1;
    }
    if (mode === "cdata" && this.sink.wantText && at > pos) this.sink.text(buf.slice(pos, at));
    this.mode = "markup";
    return at + term.length;
  }
}

// A tag up to its ">", quoted values skipped: the unrolled form cannot backtrack badly.
const TAG_BODY = /[^>"'<]*(?:(?:"[^"]*"|'[^']*')[^>"'<]*)*>/y;

/** The `>` that ends a tag starting at `from`, skipping quoted attribute values; -1 if not yet, -2 for a "<" inside. */
export function tagEnd(buf: string, from: number): number {
  TAG_BODY.lastIndex = from;
  if (TAG_BODY.test(buf)) return TAG_BODY.lastIndex - 1;
  // Not a complete tag: find out whether more text may complete it or it is broken.
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === GT) return i;
    if (c === LT) return -2;
    if (c === DQ || c === SQ) {
      const close = buf.indexOf(c === DQ ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

export const localName = (qname: string): string => {
  if (qname.length < 2) return qname;
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** Attributes of a start tag's attribute text, prefixes dropped (`r:id` → `id` too). */
export function parseAttributes(text: string, where: () => string = () => "XML"): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const n = text.length;
  while (i < n) {
    const eq = text.indexOf("=", i);
    if (eq < 0) break;
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && text.charCodeAt(q) <= 32) q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") break;
    const close = text.indexOf(quote, q + 1);
    if (close < 0) break;
    const value = decodeText(text.slice(q + 1, close), where);
    out[name] = value;
    const local = localName(name);
    if (local !== name && !(local in out) && !name.startsWith("xmlns")) out[local] = value;
    i = close + 1;
  }
  return out;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes entity and character references. A reference to no character (beyond U+10FFFF, a
 * surrogate, NUL) is an error naming the place; an unknown name is kept as written.
 */
export function decodeText(text: string, where: () => string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    let semi: number;
    let value: string | undefined;
    if (text.charCodeAt(amp + 1) === 35) {
      // A character reference: digits of any length up to ";" (each character read once).
      const hex = text[amp + 2] === "x" || text[amp + 2] === "X";
      let i = amp + (hex ? 3 : 2);
      while (i < text.length && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(text[i])) i++;
      semi = text.charCodeAt(i) === 59 && i > amp + (hex ? 3 : 2) ? i : -1;
      if (semi >= 0) {
        const digits = text.slice(amp + (hex ? 3 : 2), semi);
        const cp = digits.length > 8 ? Infinity : parseInt(digits, hex ? 16 : 10);
        const none = !(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff);
        if (none) throw new InfoScoreError("badCharRef", { where: where(), ref: `&${text.slice(amp + 1, semi)};` });
        value = String.fromCodePoint(cp);
      }
    } else {
      semi = text.indexOf(";", amp + 1);
      if (semi - amp > 12) semi = -1;
      if (semi >= 0) value = NAMED[text.slice(amp + 1, semi)];
    }
    if (value !== undefined) {
      out += text.slice(from, amp) + value;
      from = semi + 1;
    }
    amp = text.indexOf("&", amp + 1);
  }
  return out + text.slice(from);
}
