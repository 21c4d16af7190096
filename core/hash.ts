// FNV-1a, 32 bits: a short, stable fingerprint of a text (the rule set's version, the first-seen
// table's keys). Not for security: it only has to be the same for the same text everywhere.

/** The unsigned 32-bit FNV-1a hash of a text's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
