// What a file really is, from its first bytes, before the zip is opened: an encrypted workbook
// and an old .xls are OLE compound files, a CSV is text, and each deserves its own advice rather
// than "cannot unzip". Decision D6: .xls, .et and .csv get "save as .xlsx".
import { InfoScoreError } from "../core/index.ts";

export type FileKind = "zip" | "encrypted" | "legacyWorkbook" | "compound" | "text" | "empty" | "unknown";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Whether `name` occurs as UTF-16LE text (how compound files store stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i + name.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 0;
    while (j < name.length && bytes[i + 2 * j] === name.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === name.length) return true;
  }
  return false;
}

/** Text: no NUL byte and almost no control characters in the first 4 KB (UTF-8, GBK or UTF-16 with a BOM). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control <= head.length / 100;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (startsWith(bytes, CFB)) {
    // An encrypted xlsx is a compound file holding EncryptionInfo and EncryptedPackage streams;
    // an .xls (and WPS's .et) holds a Workbook (or, from Excel 5, Book) stream.
    if (hasUtf16Name(bytes, "EncryptedPackage")) return "encrypted";
    if (hasUtf16Name(bytes, "Workbook") || hasUtf16Name(bytes, "Book")) return "legacyWorkbook";
    return "compound";
  }
  return looksLikeText(bytes) ? "text" : "unknown";
}

const FAILURE_OF = { encrypted: "encrypted", legacyWorkbook: "legacyWorkbook", text: "textFile", empty: "emptyFile" } as const;

/** Throws the failure that tells the user what to do, unless the bytes may be an xlsx package. */
export function assertWorkbookBytes(bytes: Uint8Array): void {
  const kind = sniff(bytes);
  if (kind === "zip") return;
  throw new InfoScoreError(kind in FAILURE_OF ? FAILURE_OF[kind as keyof typeof FAILURE_OF] : "notWorkbook");
}
