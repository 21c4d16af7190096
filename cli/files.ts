// File handling for the batch tool: finding workbooks, reading one safely, writing atomically
// through short-named temporary files that never outlive the run.
import { createWriteStream, rmSync } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { InfoScoreError, isResultFileName, isWorkbookFileName, type SheetModel } from "../core/index.ts";
import type { Package } from "../ooxml/package.ts";
import { wordFiles } from "../ooxml/docx/wordFiles.ts";
import { readFailure, readFailureOf, writeFailure } from "./osErrors.ts";

/** Input files above this size are refused: the 1M-row benchmark workbook is 86 MB. */
export const MAX_INPUT_MB = 256;

/** Files a user may drop in a folder meaning them as workbooks: reported, not skipped silently. */
const OTHER_SPREADSHEETS = /\.(xls|et|csv)$/i;

/** A path that cannot be read, with why (a failure to render in the user's language). */
export interface PathFailure {
  path: string;
  failure: unknown;
}

/** xlsx files named directly or found (non-recursively) in the folders named; our outputs skipped. */
export async function findWorkbooks(paths: string[]): Promise<{ files: string[]; failed: PathFailure[]; unreadable: string[] }> {
  const files: string[] = [];
  const failed: PathFailure[] = [];
  const unreadable: string[] = [];
  for (const p of paths) {
    try {
      if (!(await stat(p)).isDirectory()) {
        files.push(p);
        continue;
      }
      for (const name of (await readdir(p)).sort()) {
        if (name.startsWith("~$") || isResultFileName(name)) continue;
        if (isWorkbookFileName(name)) files.push(join(p, name));
        else if (OTHER_SPREADSHEETS.test(name)) unreadable.push(join(p, name));
      }
    } catch (e) {
      failed.push({ path: p, failure: readFailureOf(e, p) });
    }
  }
  return { files, failed, unreadable };
}

/** The bytes of an input file: only a regular file, only up to MAX_INPUT_MB (never /dev/zero or a pipe). */
export async function readInput(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((e) => readFailure(e, path));
  if (info.isDirectory()) throw new InfoScoreError("isFolder");
  if (!info.isFile()) throw new InfoScoreError("notRegularFile");
  const limit = MAX_INPUT_MB * 1024 * 1024;
  if (info.size > limit) throw new InfoScoreError("fileTooLarge", { size: Math.ceil(info.size / 1024 / 1024), limit: MAX_INPUT_MB });
  const handle = await open(path, "r").catch((e) => readFailure(e, path));
  try {
    // Checked again on the open handle: the path may have been swapped since the stat.
    const again = await handle.stat();
    if (!again.isFile()) throw new InfoScoreError("notRegularFile");
    if (again.size > limit) throw new InfoScoreError("fileTooLarge", { size: Math.ceil(again.size / 1024 / 1024), limit: MAX_INPUT_MB });
    return await handle.readFile().catch((e) => readFailure(e, path));
  } finally {
    await handle.close();
  }
}

/** Temporary files being written; removed on every failure and on Ctrl-C / SIGTERM. */
const liveTemporaries = new Set<string>();

export function removeTemporaries(): void {
  for (const tmp of liveTemporaries) rmSync(tmp, { force: true });
  liveTemporaries.clear();
}

/** A short name beside the target, so a long (valid) target name cannot make it too long. */
const temporaryFor = (target: string) => join(dirname(resolve(target)), `.~is-${randomBytes(4).toString("hex")}.tmp`);

/** Writes next to the target and renames, so a reader never sees half a file. */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(resolve(target)), { recursive: true }).catch((e) => writeFailure(e, target));
  const tmp = temporaryFor(target);
  liveTemporaries.add(tmp);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    writeFailure(e, target);
  } finally {
    liveTemporaries.delete(tmp);
  }
}

/** Writes a package through a buffered file stream, waiting whenever the disk is behind. */
export function writePackage(pkg: Package, target: string): Promise<void> {
  return writeAtomically(target, async (tmp) => {
    const file = createWriteStream(tmp, { highWaterMark: 1 << 20 });
    const failed = new Promise<never>((_, reject) => file.on("error", reject));
    const sink = (bytes: Uint8Array) =>
      file.write(bytes) ? undefined : new Promise<void>((resolve) => file.once("drain", () => resolve()));
    try {
      await Promise.race([pkg.write(sink), failed]);
      await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
    } finally {
      file.destroy();
    }
  });
}

/** The Word files of a result into their folder (made if missing), each written atomically; their number. */
export async function writeWordFiles(sheets: readonly SheetModel[], folder: string): Promise<number> {
  const files = await wordFiles(sheets);
  await mkdir(folder, { recursive: true });
  for (const f of files) await writeAtomically(join(folder, f.name), (tmp) => writeFile(tmp, f.bytes));
  return files.length;
}

export function writeText(target: string, text: string): Promise<void> {
  return writeAtomically(target, (tmp) => writeFile(tmp, text, "utf8"));
}
