// An xlsx package opened for reading and patching: parts by name, read as text or streamed,
// replaced or removed, and written back with every untouched part copied byte for byte.
import { ByteCollector } from "./bytes.ts";
import { InfoScoreError } from "../core/index.ts";
import { assertWorkbookBytes } from "./sniff.ts";
import { readZip, ZipError, ZipWriter, type Codec, type PartSource, type ZipEntry } from "./zip.ts";
import { LIMITS, mib } from "./limits.ts";

export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, PartSource | null>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly codec: Codec,
  ) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      // A RangeError is a header that points outside the file: damaged as well.
      if (e instanceof ZipError || e instanceof RangeError) throw new InfoScoreError("notWorkbook", { why: e.message });
      throw e;
    }
  }

  /** Opens a package, after checking the bytes are one (an .xls or a CSV gets its own advice). */
  static open(bytes: Uint8Array, codec: Codec): Package {
    assertWorkbookBytes(bytes);
    return new Package(bytes, codec);
  }

  has(name: string): boolean {
    const c = this.changed.get(name);
    return c === undefined ? this.entries.has(name) : c !== null;
  }

  /** The bytes of an original part, refused past `limit` uncompressed bytes. */
  async bytesOf(name: string, limit: number = LIMITS.smallPartBytes): Promise<Uint8Array> {
    const collected = new ByteCollector();
    await this.inflate(name, limit, (piece) => collected.add(piece));
    return collected.bytes();
  }

  /** The text of an original part (changes made through `set` are not read back). */
  async text(name: string): Promise<string> {
    return new TextDecoder().decode(await this.bytesOf(name));
  }

  /** Streams an original part's text in pieces; multi-byte characters are never split. */
  async streamText(name: string, onText: (text: string) => void, label = name, limit: number = LIMITS.partBytes): Promise<void> {
    if (!this.entries.has(name)) return;
    const decoder = new TextDecoder();
    await this.inflate(name, limit, (piece) => onText(decoder.decode(piece, { stream: true })), label);
    const tail = decoder.decode();
    if (tail) onText(tail);
  }

  /**
   * Decompresses a part piece by piece, stopping (with a typed error) as soon as it passes
   * `limit` bytes or expands like a zip bomb: a hostile part is never inflated whole.
   */
  private async inflate(name: string, limit: number, onData: (piece: Uint8Array) => void, label = name): Promise<void> {
    const e = this.entries.get(name);
    if (!e) throw new InfoScoreError("partMissing", { part: name });
    if ((e.flags ?? 0) & 1) throw new InfoScoreError("encrypted", { part: label });
    if (e.method !== 0 && e.method !== 8) throw new InfoScoreError("unsupportedCompression", { part: label, method: e.method });
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let size = 0;
    let crc = 0;
    const take = (piece: Uint8Array) => {
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
  }

  set(name: string, content: string | Iterable<string>): void {
    this.changed.set(name, typeof content === "string" ? { kind: "text", text: content } : { kind: "chunks", chunks: content });
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.changed.set(name, { kind: "bytes", bytes });
  }

  remove(name: string): void {
    this.changed.set(name, null);
  }

  /** Writes the package: original order first (patched parts in place), new parts after. */
  async write(sink: (bytes: Uint8Array) => Promise<void> | void): Promise<void> {
    const writer = new ZipWriter(this.codec, sink);
    for (const [name, entry] of this.entries) {
      const c = this.changed.get(name);
      if (c === null) continue;
      await writer.add(name, c ?? { kind: "raw", entry, bytes: this.bytes });
    }
    for (const [name, c] of this.changed) if (c && !this.entries.has(name)) await writer.add(name, c);
    await writer.finish();
  }
}
