// Keys for Maps and Sets of texts users typed. V8 hashes a string longer than 16,383 characters
// by its length alone, so a Map of many such texts turns into a list and every lookup scans it:
// 5,000 pasted paragraphs as unit names took minutes. A long text is keyed by its start, its length
// and a hash of the whole, which V8 hashes by content.

const LONG = 1_000;

/** FNV-1a over the UTF-16 code units. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The text itself when short; otherwise a short key that tells long texts apart. */
export function textKey(text: string): string {
  return text.length <= LONG ? text : `${text.slice(0, LONG)}\u0000${text.length}:${fnv(text)}`;
}
