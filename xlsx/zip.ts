// A small ZIP reader and writer for xlsx packages. Unchanged parts are copied as their original
// compressed bytes; new parts are deflated as they are produced. The compression itself is
// injected (Node's zlib in the batch tool, CompressionStream in a browser), so this module runs
// anywhere and a million-row sheet never has to sit in memory whole.

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
}

/** Deflate and inflate, raw (no zlib header), as the environment provides them. */
export interface Codec {
  inflate(data: Uint8Array): Promise<Uint8Array>;
  /** Inflates in pieces, calling `onData` with each decompressed piece. */
  inflateStream(data: Uint8Array, onData: (piece: Uint8Array) => void): Promise<void>;
  /** A deflater fed piece by piece; `end` flushes. Output goes to `onData`. */
  deflater(onData: (piece: Uint8Array) => void): { write(piece: Uint8Array): Promise<void> | void; end(): Promise<void> };
  crc32(data: Uint8Array, previous: number): number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;

export class ZipError extends Error {}

export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_557); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipError("bad central directory");
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (view.getUint32(localOffset, true) !== SIG_LOCAL) throw new ZipError(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.set(name, { name, method, crc, compressedSize, size, dataOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One part of the package to write: copied raw, or new content (text or text pieces). */
export type PartSource =
  | { kind: "raw"; entry: ZipEntry; bytes: Uint8Array }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "chunks"; chunks: Iterable<string> };

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  descriptor: boolean;
}

/** Writes a zip archive part by part to `sink` (which may be a file stream or a memory buffer). */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly codec: Codec, private readonly sink: (bytes: Uint8Array) => Promise<void> | void) {}

  private async out(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.sink(bytes);
  }

  async add(name: string, part: PartSource): Promise<void> {
    const nameBytes = this.encoder.encode(name);
    if (part.kind === "raw") {
      const { entry, bytes } = part;
      const w: Written = { name: nameBytes, method: entry.method, crc: entry.crc, compressedSize: entry.compressedSize, size: entry.size, offset: this.offset, descriptor: false };
      await this.out(localHeader(w));
      await this.out(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize));
      this.written.push(w);
      return;
    }
    // New content: sizes and CRC are known only afterwards, so they follow in a data descriptor.
    const w: Written = { name: nameBytes, method: 8, crc: 0, compressedSize: 0, size: 0, offset: this.offset, descriptor: true };
    await this.out(localHeader(w));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const pending: Uint8Array[] = [];
    const deflater = this.codec.deflater((piece) => {
      compressed += piece.length;
      pending.push(piece);
    });
    const flush = async () => {
      for (const piece of pending.splice(0)) await this.out(piece);
    };
    const feedBytes = async (bytes: Uint8Array) => {
      crc = this.codec.crc32(bytes, crc);
      size += bytes.length;
      await deflater.write(bytes);
      await flush();
    };
    const feed = (text: string) => feedBytes(this.encoder.encode(text));
    if (part.kind === "bytes") await feedBytes(part.bytes);
    else if (part.kind === "text") await feed(part.text);
    else for (const chunk of part.chunks) if (chunk) await feed(chunk);
    await deflater.end();
    await flush();
    Object.assign(w, { crc, size, compressedSize: compressed });
    const d = new DataView(new ArrayBuffer(16));
    d.setUint32(0, SIG_DESCRIPTOR, true);
    d.setUint32(4, crc, true);
    d.setUint32(8, compressed, true);
    d.setUint32(12, size, true);
    await this.out(new Uint8Array(d.buffer));
    this.written.push(w);
  }

  async finish(): Promise<void> {
    const start = this.offset;
    for (const w of this.written) await this.out(centralHeader(w));
    const size = this.offset - start;
    const d = new DataView(new ArrayBuffer(22));
    d.setUint32(0, SIG_END, true);
    d.setUint16(8, this.written.length, true);
    d.setUint16(10, this.written.length, true);
    d.setUint32(12, size, true);
    d.setUint32(16, start, true);
    await this.out(new Uint8Array(d.buffer));
  }
}

// DOS date 1980-01-01 00:00: timestamps are not ours to invent and xlsx readers ignore them.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(w: Written): Uint8Array {
  const d = new DataView(new ArrayBuffer(30 + w.name.length));
  d.setUint32(0, SIG_LOCAL, true);
  d.setUint16(4, 20, true);
  d.setUint16(6, (w.descriptor ? 0x0008 : 0) | 0x0800, true); // data descriptor; UTF-8 names
  d.setUint16(8, w.method, true);
  d.setUint16(12, DOS_DATE, true);
  d.setUint32(14, w.descriptor ? 0 : w.crc, true);
  d.setUint32(18, w.descriptor ? 0 : w.compressedSize, true);
  d.setUint32(22, w.descriptor ? 0 : w.size, true);
  d.setUint16(26, w.name.length, true);
  const out = new Uint8Array(d.buffer);
  out.set(w.name, 30);
  return out;
}

function centralHeader(w: Written): Uint8Array {
  const d = new DataView(new ArrayBuffer(46 + w.name.length));
  d.setUint32(0, SIG_CENTRAL, true);
  d.setUint16(4, 20, true);
  d.setUint16(6, 20, true);
  d.setUint16(8, (w.descriptor ? 0x0008 : 0) | 0x0800, true);
  d.setUint16(10, w.method, true);
  d.setUint16(14, DOS_DATE, true);
  d.setUint32(16, w.crc, true);
  d.setUint32(20, w.compressedSize, true);
  d.setUint32(24, w.size, true);
  d.setUint16(28, w.name.length, true);
  d.setUint32(42, w.offset, true);
  const out = new Uint8Array(d.buffer);
  out.set(w.name, 46);
  return out;
}

/** CRC-32 in plain JS, for codecs without a native one. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
