// An xlsx package opened for reading and patching: parts by name, read as text or streamed,
// replaced or removed, and written back with every untouched part copied byte for byte.
import { InfoScoreError } from "../core/index.ts";
import { assertWorkbookBytes } from "./sniff.ts";
import { readZip, ZipError, ZipWriter, type Codec, type PartSource, type ZipEntry } from "./zip.ts";

/** Methods a part may be stored with: 0 stored, 8 deflated (all Excel and WPS write). */
const METHODS = new Set([0, 8]);

export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, PartSource | null>();

  private constructor(private readonly bytes: Uint8Array, readonly codec: Codec) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      // A RangeError is a header that points outside the file: damaged as well.
      if (e instanceof ZipError || e instanceof RangeError) throw new InfoScoreError("notWorkbook");
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

  async bytesOf(name: string): Promise<Uint8Array> {
    const e = this.entries.get(name);
    if (!e) throw new InfoScoreError("partMissing", { part: name });
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === 0) return raw;
    checkMethod(e);
    return this.codec.inflate(raw).catch(() => damaged(name));
  }

  /** The text of an original part (changes made through `set` are not read back). */
  async text(name: string): Promise<string> {
    return new TextDecoder().decode(await this.bytesOf(name));
  }

  /** Streams an original part's text in pieces; multi-byte characters are never split. */
  async streamText(name: string, onText: (text: string) => void): Promise<void> {
    const e = this.entries.get(name);
    if (!e) return;
    const decoder = new TextDecoder();
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === 0) onText(decoder.decode(raw));
    else {
      checkMethod(e);
      // The consumer's own error passes through; any other one is the codec's: a damaged part.
      let failed: { error: unknown } | undefined;
      const consume = (piece: Uint8Array) => {
        try {
          onText(decoder.decode(piece, { stream: true }));
        } catch (error) {
          failed ??= { error };
          throw error;
        }
      };
      await this.codec.inflateStream(raw, consume).catch(() => (failed ? Promise.reject(failed.error) : damaged(name)));
    }
    const tail = decoder.decode();
    if (tail) onText(tail);
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

function checkMethod(e: ZipEntry): void {
  if (!METHODS.has(e.method)) throw new InfoScoreError("unsupportedCompression", { part: e.name, method: e.method });
}

/** A decompression error ("invalid distance too far back") becomes a failure naming the part. */
function damaged(part: string): never {
  throw new InfoScoreError("damagedPart", { part });
}
