// Probes of the package layer shared by the hostile-file tests (unit and stress): a workbook read
// the way the batch tool reads it, its failure caught, result sheets written back, a log part of
// any size streamed into a zip without holding it in memory, and the size limits changed for one call.
import { createDeflateRaw } from "node:zlib";
import { A4_PORTRAIT, InfoScoreError, IssueLog, table, text, type SheetModel } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { addResultSheets } from "../../ooxml/resultSheets.ts";
import { LIMITS } from "../../ooxml/limits.ts";
import { crc32, ZipWriter } from "../../ooxml/zip.ts";
import { concat, ROSTER, row, workbookParts } from "./xlsxParts.ts";

export const LOG_HEADER = row(1, ["报送日期", "报送单位", "标题"]);

export async function read(bytes: Uint8Array) {
  const issues = new IssueLog();
  const result = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
  return { ...result, issues: issues.list };
}

export async function failure(promise: Promise<unknown>): Promise<InfoScoreError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof InfoScoreError) return e;
    throw e;
  }
  throw new Error("expected an InfoScoreError");
}

export async function writeOut(bytes: Uint8Array, models: Parameters<typeof addResultSheets>[1] = [], runId?: string): Promise<Uint8Array> {
  const pkg = openPackage(bytes, nodeCodec);
  await addResultSheets(pkg, models, { runId });
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b));
  return concat(chunks);
}

/** A part deflated piece by piece, so a huge part never sits in memory: its raw zip entry. */
async function deflatedEntry(pieces: () => Iterable<string>): Promise<{ bytes: Uint8Array; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((r) => z.on("end", r));
  let crc = 0;
  let size = 0;
  for (const piece of pieces()) {
    const b = Buffer.from(piece);
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once("drain", r));
  }
  z.end();
  await done;
  return { bytes: concat(out), crc, size };
}

/** A workbook whose 信息报送 sheet part is the given deflated entry. */
export async function withHugeLog(pieces: () => Iterable<string>): Promise<Uint8Array> {
  const parts = workbookParts([ROSTER, { name: "信息报送", xml: "" }]);
  delete parts["xl/worksheets/sheet2.xml"];
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter(nodeCodec, (b) => void chunks.push(b));
  for (const [name, content] of Object.entries(parts)) await writer.add(name, { kind: "text", text: content as string });
  const e = await deflatedEntry(pieces);
  await writer.add("xl/worksheets/sheet2.xml", {
    kind: "raw",
    entry: { name: "", method: 8, crc: e.crc, compressedSize: e.bytes.length, size: e.size, dataOffset: 0 },
    bytes: e.bytes,
  });
  await writer.finish();
  return concat(chunks);
}

export async function withLimits<T>(changes: Partial<typeof LIMITS>, run: () => Promise<T>): Promise<T> {
  const saved = { ...LIMITS };
  Object.assign(LIMITS, changes);
  try {
    return await run();
  } finally {
    Object.assign(LIMITS, saved);
  }
}

export function resultModel(name: string, kind = "issues", rows: Array<Array<string | number>> = [["a", 1]]): SheetModel {
  return {
    name,
    kind,
    widths: [10, 10],
    freezeHeader: false,
    print: A4_PORTRAIT,
    blocks: [text(name, "title"), table(["文字", "日期"], ["text", "date"], rows)],
  };
}
