// File handling for the batch tool: finding workbooks, naming outputs, writing atomically.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Package } from "../xlsx/pkg.ts";

/** xlsx files named directly or found (non-recursively) in the folders named; our outputs skipped. */
export async function findWorkbooks(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) {
      for (const name of (await readdir(p)).sort()) {
        if (/\.xls[xm]$/i.test(name) && !name.startsWith("~$") && !/-结果-/.test(name)) files.push(join(p, name));
      }
    } else files.push(p);
  }
  return { files, missing };
}

/** `<name>-结果-<period>` with the input's extension: a macro workbook (.xlsm) stays one. */
export function outputPath(input: string, periodLabel: string, outDir?: string): string {
  const ext = /^\.xlsm$/i.test(extname(input)) ? ".xlsm" : ".xlsx";
  const name = `${basename(input, extname(input))}-结果-${periodLabel.replace(/\.\./, "至")}${ext}`;
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

/** Writes a package through a buffered file stream, waiting whenever the disk is behind. */
export function writePackage(pkg: Package, target: string): Promise<void> {
  return writeAtomically(target, async (tmp) => {
    const file = createWriteStream(tmp, { highWaterMark: 1 << 20 });
    const failed = new Promise<never>((_, reject) => file.on("error", reject));
    const sink = (bytes: Uint8Array) => (file.write(bytes) ? undefined : new Promise<void>((resolve) => file.once("drain", () => resolve())));
    await Promise.race([pkg.write(sink), failed]);
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
  });
}

export function writeText(target: string, text: string): Promise<void> {
  return writeAtomically(target, (tmp) => writeFile(tmp, text, "utf8"));
}
