// An xlsx package opened for reading and patching: parts by name, read as text or streamed,
// replaced or removed, and written back with every untouched part copied byte for byte.
import { readZip, ZipError, ZipWriter, type Codec, type PartSource, type ZipEntry } from "./zip.ts";

export class NotAWorkbook extends Error {}

export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, PartSource | null>();

  private constructor(private readonly bytes: Uint8Array, readonly codec: Codec) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      if (e instanceof ZipError) throw new NotAWorkbook("不是有效的 xlsx 工作簿(无法解压) / not an xlsx workbook (cannot unzip)");
      throw e;
    }
  }

  static open(bytes: Uint8Array, codec: Codec): Package {
    return new Package(bytes, codec);
  }

  has(name: string): boolean {
    const c = this.changed.get(name);
    return c === undefined ? this.entries.has(name) : c !== null;
  }

  async bytesOf(name: string): Promise<Uint8Array> {
    const e = this.entries.get(name);
    if (!e) throw new NotAWorkbook(`不是有效的 xlsx 工作簿(缺少 ${name}) / not an xlsx workbook (${name} is missing)`);
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return e.method === 0 ? raw : this.codec.inflate(raw);
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
    else await this.codec.inflateStream(raw, (piece) => onText(decoder.decode(piece, { stream: true })));
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
