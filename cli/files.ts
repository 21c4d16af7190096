// File handling for the batch tool: finding workbooks, naming outputs, writing atomically.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type JSZip from "jszip";

/** xlsx files named directly or found (non-recursively) in the folders named; our outputs skipped. */
export async function findWorkbooks(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) {
      for (const name of (await readdir(p)).sort()) {
        if (/\.xlsx$/i.test(name) && !name.startsWith("~$") && !/-结果-/.test(name)) files.push(join(p, name));
      }
    } else files.push(p);
  }
  return { files, missing };
}

export function outputPath(input: string, periodLabel: string, outDir?: string): string {
  const name = `${basename(input, extname(input))}-结果-${periodLabel.replace(/\.\./, "至")}.xlsx`;
  return join(outDir ?? dirname(input), name);
}

export function jsonPath(input: string, periodLabel: string, json: string, many: boolean): Promise<string> {
  return (async () => {
    const info = await stat(json).catch(() => undefined);
    const isDir = info?.isDirectory() || json.endsWith("/") || many;
    if (!isDir) return json;
    await mkdir(json, { recursive: true });
    return join(json, `${basename(input, extname(input))}-${periodLabel.replace(/\.\./, "至")}.json`);
  })();
}

/** Writes next to the target and renames, so a reader never sees half a file. */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(resolve(target)), { recursive: true });
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function writeZip(zip: JSZip, target: string): Promise<void> {
  return writeAtomically(target, async (tmp) => {
    const stream = zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 6 } });
    await pipeline(stream, createWriteStream(tmp));
  });
}

export function writeText(target: string, text: string): Promise<void> {
  return writeAtomically(target, (tmp) => writeFile(tmp, text, "utf8"));
}

/** Sheet XML chunks as a Node stream, so a million-row sheet is never one string. */
export const streamChunks = (chunks: Iterable<string>): NodeJS.ReadableStream =>
  Readable.from((function* () {
    for (const c of chunks) yield Buffer.from(c, "utf8");
  })());
