// An xlsx package opened for reading and patching: parts by name, read as text or streamed,
// replaced or removed, and written back with every untouched part copied byte for byte.
import { ByteCollector } from "./bytes.ts";
import { InfoScoreError } from "../core/index.ts";
import { assertWorkbookBytes } from "./sniff.ts";
import { readZip, ZipEntryMismatch, ZipError, ZipWriter, type Codec, type PartSource, type ZipEntry } from "./zip.ts";
import { LIMITS, mib } from "./limits.ts";

/** A prolog whose DOCTYPE has declarations ("[…]"): refused as the streaming scanner refuses it. */
const DTD_PROLOG = /^\uFEFF?(?:\s|<\?[^?]*(?:\?(?!>)[^?]*)*\?>|<!--(?:[^-]|-(?!->))*-->)*<!DOCTYPE[^>[]*\[/;

const MISMATCH_WORD = { name: "word.zipName", size: "word.zipSize", crc: "word.zipCrc" } as const;

export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, PartSource | null>();
  /** Parts whose data have been inflated whole and matched their checksum. */
  private readonly verified = new Set<string>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly codec: Codec,
  ) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      // A RangeError is a header that points outside the file: damaged as well.
      if (e instanceof ZipEntryMismatch) throw new InfoScoreError("zipHeadersDisagree", { part: e.part, what: MISMATCH_WORD[e.field] });
      if (e instanceof ZipError || e instanceof RangeError) throw new InfoScoreError("notWorkbook", { why: e.message });
      throw e;
    }
  }

  /** Opens a package, after checking the bytes are one (an .xls or a CSV gets its own advice). */
  static open(bytes: Uint8Array, codec: Codec): Package {
    assertWorkbookBytes(bytes);
    const pkg = new Package(bytes, codec);
    // A zip holding the workbook itself (someone compressed the .xlsx) has no package relationships.
    const inner = pkg.has("_rels/.rels") ? [] : pkg.innerWorkbooks();
    if (inner.length) throw new InfoScoreError("zipOfWorkbook", { name: inner[0].split("/").pop()! });
    return pkg;
  }

  /**
   * The stored name of a part: relationship targets are URIs, so a part named 信息.xml may be
   * asked for as %E4%BF%A1%E6%81%AF.xml (and "sheet 1.xml" as sheet%201.xml).
   */
  private key(name: string): string {
    if (this.entries.has(name) || !name.includes("%")) return name;
    try {
      const decoded = decodeURIComponent(name);
      return this.entries.has(decoded) ? decoded : name;
    } catch {
      return name; // not a valid escape: the name as written
    }
  }

  has(name: string): boolean {
    const c = this.changed.get(this.key(name));
    return c === undefined ? this.entries.has(this.key(name)) : c !== null;
  }

  /** Whether some stored names were not UTF-8 (a tool that wrote its local code page). */
  get namesNotUtf8(): boolean {
    return [...this.entries.values()].some((e) => e.nameNotUtf8);
  }

  /** The refusal for a part the package lacks: the sheet that needs it, and a hint when names are not UTF-8. */
  missing(part: string, sheet?: string): InfoScoreError {
    if (sheet) return new InfoScoreError(this.namesNotUtf8 ? "sheetPartMissingNames" : "sheetPartMissing", { sheet, part });
    return new InfoScoreError(this.namesNotUtf8 ? "partMissingNames" : "partMissing", { part });
  }

  /** Names of workbooks stored inside this zip (someone zipped the .xlsx itself). */
  innerWorkbooks(): string[] {
    return [...this.entries.keys()].filter((n) => /\.(xlsx|xlsm)$/i.test(n));
  }

  /** The bytes of an original part, refused past `limit` uncompressed bytes. */
  async bytesOf(name: string, limit: number = LIMITS.smallPartBytes): Promise<Uint8Array> {
    const collected = new ByteCollector();
    await this.inflate(name, limit, (piece) => collected.add(piece));
    return collected.bytes();
  }

  /** The text of an original part (changes made through `set` are not read back). */
  async text(name: string): Promise<string> {
    const bytes = await this.bytesOf(name);
    const text = asUtf8Declared(decodeOrRefuse(name, () => decoderFor(bytes).decode(bytes)));
    if (DTD_PROLOG.test(text.slice(0, 65_536))) throw new InfoScoreError("xmlDtd", { part: name });
    return text;
  }

  /** Streams an original part's text in pieces; multi-byte characters are never split. */
  async streamText(name: string, onText: (text: string) => void, label = name, limit: number = LIMITS.partBytes): Promise<void> {
    if (!this.entries.has(this.key(name))) return;
    let decoder: TextDecoder | undefined;
    const decode = (piece?: Uint8Array) =>
      decodeOrRefuse(label, () => (piece ? decoder!.decode(piece, { stream: true }) : decoder!.decode()));
    await this.inflate(
      name,
      limit,
      (piece) => onText(decode(piece)),
      label,
      (first) => (decoder = decoderFor(first)),
    );
    if (!decoder) return;
    const tail = decode();
    if (tail) onText(tail);
  }

  /**
   * Decompresses a part piece by piece, stopping (with a typed error) as soon as it passes
   * `limit` bytes or expands like a zip bomb: a hostile part is never inflated whole.
   */
  private async inflate(
    name: string,
    limit: number,
    onData: (piece: Uint8Array) => void,
    label = name,
    onFirst?: (piece: Uint8Array) => void,
  ): Promise<void> {
    const e = this.entries.get(this.key(name));
    if (!e) throw this.missing(name);
    if ((e.flags ?? 0) & 1) throw new InfoScoreError("encrypted", { part: label });
    if (e.method !== 0 && e.method !== 8) throw new InfoScoreError("unsupportedCompression", { part: label, method: e.method });
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let size = 0;
    let crc = 0;
    const take = (piece: Uint8Array) => {
      if (size === 0) onFirst?.(piece);
      size += piece.length;
      crc = this.codec.crc32(piece, crc);
      if (size > limit) throw new InfoScoreError("partTooLarge", { part: label, limit: mib(limit) });
      const bomb = size > LIMITS.ratioFloorBytes && size > LIMITS.ratio * e.compressedSize;
      if (bomb) throw new InfoScoreError("zipBomb", { part: label, ratio: LIMITS.ratio });
      onData(piece);
    };
    try {
      if (e.method === 0) take(raw);
      else await this.codec.inflateStream(raw, take);
    } catch (err) {
      // The consumer's own refusal passes through; any other error is the codec's: a damaged part.
      if (err instanceof InfoScoreError) throw err;
      throw new InfoScoreError("damagedPart", { part: label });
    }
    // A flipped bit that still inflates shows in the checksum.
    if (crc !== e.crc || size !== e.size) throw new InfoScoreError("damagedPart", { part: label });
    this.verified.add(e.name);
  }

  /**
   * A part copied unread is checked against its checksum first: a damaged part must not pass into
   * the result unnoticed. What only reading refuses (size, compression, encryption) is copied as before.
   */
  private async verifyCopy(name: string): Promise<void> {
    if (this.verified.has(name)) return;
    try {
      await this.inflate(name, LIMITS.partBytes, () => undefined);
    } catch (e) {
      if (e instanceof InfoScoreError && e.code === "damagedPart") throw e;
    }
  }

  /** Every original part checked as `write` checks the parts it copies, for a check that writes nothing. */
  async verifyParts(): Promise<void> {
    for (const name of this.entries.keys()) await this.verifyCopy(name);
  }

  set(name: string, content: string | Iterable<string>): void {
    this.changed.set(this.key(name), typeof content === "string" ? { kind: "text", text: content } : { kind: "chunks", chunks: content });
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.changed.set(this.key(name), { kind: "bytes", bytes });
  }

  remove(name: string): void {
    this.changed.set(this.key(name), null);
  }

  /** Writes the package: original order first (patched parts in place), new parts after. */
  async write(sink: (bytes: Uint8Array) => Promise<void> | void): Promise<void> {
    const writer = new ZipWriter(this.codec, sink);
    for (const [name, entry] of this.entries) {
      const c = this.changed.get(name);
      if (c === null) continue;
      if (!c) await this.verifyCopy(name);
      await writer.add(name, c ?? { kind: "raw", entry, bytes: this.bytes });
    }
    for (const [name, c] of this.changed) if (c && !this.entries.has(name)) await writer.add(name, c);
    await writer.finish();
  }
}

/**
 * The decoder for a part's bytes: UTF-16 when they start with its byte-order mark (Excel on some
 * devices writes parts so), otherwise UTF-8 refusing invalid bytes, which would otherwise turn
 * into U+FFFD and enter names and rankings.
 */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le");
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8", { fatal: true });
}

function decodeOrRefuse(part: string, decode: () => string): string {
  try {
    return decode();
  } catch (err) {
    if (err instanceof TypeError) throw new InfoScoreError("xmlMalformed", { part, why: "word.xmlNotUtf8", where: "-" });
    throw err;
  }
}

/** A part read as text is UTF-8 from here on: a UTF-16 declaration is rewritten, so a patched copy says what it is. */
function asUtf8Declared(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return start.startsWith("<?xml") ? start.replace(/^(<\?xml[^>]*?encoding=["'])utf-16(?:le|be)?(["'])/i, "$1UTF-8$2") : start;
}
