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
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
  /** The stored name was neither flagged nor valid UTF-8 (read as GBK when it could be). */
  nameNotUtf8?: boolean;
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

/** An entry whose central-directory record and local header disagree (name, sizes or checksum). */
export class ZipEntryMismatch extends ZipError {
  constructor(
    readonly part: string,
    readonly field: "name" | "size" | "crc",
  ) {
    super(`${part}: central directory and local header disagree on the ${field}`);
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LOOSE = new TextDecoder();

/**
 * A stored name as the part name it stands for: UTF-8 when flagged or valid, else GBK (Chinese
 * Windows tools write names so), with backslashes as "/" (some Windows tools write them).
 */
function partName(raw: Uint8Array, flags: number): { name: string; notUtf8: boolean } {
  let name: string;
  let notUtf8 = false;
  try {
    name = flags & 0x0800 ? LOOSE.decode(raw) : UTF8.decode(raw);
  } catch {
    notUtf8 = true;
    name = gbk(raw) ?? LOOSE.decode(raw);
  }
  return { name: name.replace(/\\/g, "/"), notUtf8 };
}

function gbk(raw: Uint8Array): string | undefined {
  try {
    return new TextDecoder("gbk", { fatal: true }).decode(raw);
  } catch {
    return undefined; // not GBK either, or no GBK decoder in this environment
  }
}

/** Refuses an entry whose local header says otherwise than its central-directory record. */
function checkLocalHeader(bytes: Uint8Array, view: DataView, at: number, listed: Uint8Array, e: ZipEntry): void {
  const nameLength = view.getUint16(at + 26, true);
  const local = bytes.subarray(at + 30, at + 30 + nameLength);
  if (local.length !== listed.length || local.some((b, i) => b !== listed[i])) throw new ZipEntryMismatch(e.name, "name");
  if (view.getUint16(at + 6, true) & 0x0008) return; // sizes and checksum follow the data instead
  const differs = (offset: number, value: number) => {
    const v = view.getUint32(at + offset, true);
    return v !== MAX32 && v !== value % 2 ** 32;
  };
  if (differs(14, e.crc)) throw new ZipEntryMismatch(e.name, "crc");
  if (differs(18, e.compressedSize) || differs(22, e.size)) throw new ZipEntryMismatch(e.name, "size");
}

const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Where the central directory is and how many entries it claims, zip64 records included. */
function centralDirectory(bytes: Uint8Array, view: DataView): { count: number; offset: number; zip64: boolean } {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_557); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no end of central directory");
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  const zip64 = locator >= 0 && view.getUint32(locator, true) === SIG_LOCATOR64;
  if (zip64 && view.getUint32(locator, true) === SIG_LOCATOR64) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== SIG_END64) throw new ZipError("bad zip64 end record");
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  if (offset > bytes.length) throw new ZipError("central directory outside the file");
  return { count, offset, zip64 };
}

/** The zip64 extra field's values for the fields that the fixed header marks as too large. */
function zip64Extra(view: DataView, at: number, length: number, want: { size: boolean; compressed: boolean; offset: boolean }): number[] {
  const out: number[] = [];
  for (let p = at; p + 4 <= at + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      for (const flag of [want.size, want.compressed, want.offset]) {
        if (!flag) continue;
        if (q + 8 > p + 4 + size) throw new ZipError("short zip64 extra field");
        out.push(Number(view.getBigUint64(q, true)));
        q += 8;
      }
      return out;
    }
    p += 4 + size;
  }
  throw new ZipError("missing zip64 extra field");
}

/**
 * The entries of an archive, in central-directory order. The directory is walked to its end
 * rather than trusting the 16-bit count, so a producer that lets the count wrap past 65,535
 * loses nothing; a zip64 count that disagrees with the walk is an error, not a silent drop.
 */
export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset, zip64 } = centralDirectory(bytes, view);
  const entries = new Map<string, ZipEntry>();
  const headers: Array<() => void> = []; // checked once shared data is ruled out, which says more
  let p = offset;
  let n = 0;
  while (p + 46 <= bytes.length && view.getUint32(p, true) === SIG_CENTRAL) {
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > bytes.length) throw new ZipError("central directory cut short");
    const flags = view.getUint16(p + 8, true);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const { name, notUtf8 } = partName(rawName, flags);
    const want = { size: size === MAX32, compressed: compressedSize === MAX32, offset: localOffset === MAX32 };
    if (want.size || want.compressed || want.offset) {
      const big = zip64Extra(view, p + 46 + nameLength, extraLength, want);
      if (want.size) size = big.shift()!;
      if (want.compressed) compressedSize = big.shift()!;
      if (want.offset) localOffset = big.shift()!;
    }
    const local = localOffset + 30 <= bytes.length && view.getUint32(localOffset, true) === SIG_LOCAL;
    if (!local) throw new ZipError(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) throw new ZipError(`${name} runs past the end of the file`);
    if (entries.has(name)) throw new ZipError(`two parts named ${name}`);
    const entry: ZipEntry = { name, method, crc, compressedSize, size, dataOffset, flags, ...(notUtf8 && { nameNotUtf8: true }) };
    headers.push(() => checkLocalHeader(bytes, view, localOffset, rawName, entry));
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + commentLength;
    n++;
  }
  // A plain end record's count has 16 bits: it may have wrapped (or be capped at 0xFFFF).
  const agrees = zip64 ? n === count : n % 65_536 === count || (count === MAX16 && n >= MAX16);
  if (!agrees) {
    throw new ZipError(`central directory lists ${count} parts, ${n} found`);
  }
  refuseOverlaps(entries);
  for (const check of headers) check();
  return entries;
}

/**
 * Parts whose data overlap or are shared (two names, one stored part): a valid producer never
 * writes them, and a small file of such parts could expand into gigabytes.
 */
function refuseOverlaps(entries: Map<string, ZipEntry>): void {
  const spans = [...entries.values()].sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    if (spans[i].dataOffset < previous.dataOffset + Math.max(previous.compressedSize, 1))
      throw new ZipError(`parts ${previous.name} and ${spans[i].name} share their data`);
  }
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

  constructor(
    private readonly codec: Codec,
    private readonly sink: (bytes: Uint8Array) => Promise<void> | void,
  ) {}

  private async out(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.sink(bytes);
  }

  async add(name: string, part: PartSource): Promise<void> {
    const nameBytes = this.encoder.encode(name);
    if (part.kind === "raw") {
      const { entry, bytes } = part;
      if (entry.size >= MAX32 || entry.compressedSize >= MAX32) throw new ZipError(`${name} is over 4 GiB`);
      const w: Written = {
        name: nameBytes,
        method: entry.method,
        crc: entry.crc,
        compressedSize: entry.compressedSize,
        size: entry.size,
        offset: this.offset,
        descriptor: false,
      };
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
    if (size >= MAX32 || compressed >= MAX32) throw new ZipError(`${name} is over 4 GiB`);
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
    // Over 65,535 parts or 4 GiB, the counts and offsets only fit in zip64 records.
    const zip64 = this.written.length >= MAX16 || start >= MAX32 || size >= MAX32;
    if (zip64) {
      const at = this.offset;
      const e = new DataView(new ArrayBuffer(56 + 20));
      e.setUint32(0, SIG_END64, true);
      e.setBigUint64(4, 44n, true);
      e.setUint16(12, 45, true);
      e.setUint16(14, 45, true);
      e.setBigUint64(24, BigInt(this.written.length), true);
      e.setBigUint64(32, BigInt(this.written.length), true);
      e.setBigUint64(40, BigInt(size), true);
      e.setBigUint64(48, BigInt(start), true);
      e.setUint32(56, SIG_LOCATOR64, true);
      e.setBigUint64(56 + 8, BigInt(at), true);
      e.setUint32(56 + 16, 1, true);
      await this.out(new Uint8Array(e.buffer));
    }
    const d = new DataView(new ArrayBuffer(22));
    d.setUint32(0, SIG_END, true);
    d.setUint16(8, Math.min(this.written.length, MAX16), true);
    d.setUint16(10, Math.min(this.written.length, MAX16), true);
    d.setUint32(12, Math.min(size, MAX32), true);
    d.setUint32(16, Math.min(start, MAX32), true);
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
  // Values that do not fit in 32 bits go to a zip64 extra field, in the order the format fixes.
  const big = [w.size, w.compressedSize, w.offset].map((v) => v >= MAX32);
  const extra = big.filter(Boolean).length * 8;
  const d = new DataView(new ArrayBuffer(46 + w.name.length + (extra ? 4 + extra : 0)));
  d.setUint32(0, SIG_CENTRAL, true);
  d.setUint16(4, extra ? 45 : 20, true);
  d.setUint16(6, extra ? 45 : 20, true);
  d.setUint16(8, (w.descriptor ? 0x0008 : 0) | 0x0800, true);
  d.setUint16(10, w.method, true);
  d.setUint16(14, DOS_DATE, true);
  d.setUint32(16, w.crc, true);
  d.setUint32(20, Math.min(w.compressedSize, MAX32), true);
  d.setUint32(24, Math.min(w.size, MAX32), true);
  d.setUint16(28, w.name.length, true);
  d.setUint16(30, extra ? 4 + extra : 0, true);
  d.setUint32(42, Math.min(w.offset, MAX32), true);
  if (extra) {
    let q = 46 + w.name.length;
    d.setUint16(q, 0x0001, true);
    d.setUint16(q + 2, extra, true);
    q += 4;
    for (const [i, v] of [w.size, w.compressedSize, w.offset].entries()) {
      if (!big[i]) continue;
      d.setBigUint64(q, BigInt(v), true);
      q += 8;
    }
  }
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
