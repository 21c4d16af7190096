// Every path the batch tool will write, worked out and checked before anything is written: an
// output may never be an input (nor a rules or template file), even through a symlink or a
// hard link, two outputs may never be one file, and no file may stand where a folder is needed
// (cli/outputShapes.ts). Same-named inputs from two folders get
// their folder's name in front of their outputs' names.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { FILE_NAMES, InfoScoreError, resultDocumentsName, resultFileName, resultJsonName } from "../core/index.ts";
import { checkFilesAgainstFolders, checkWhatIsThere } from "./outputShapes.ts";

export interface PlannedFile {
  input: string;
  output: string;
  json?: string;
  /** --docx: the folder of the Word files, next to the result workbook. */
  docx?: string;
}

export interface PlanOptions {
  periodLabel: string;
  outDir?: string;
  /**
   * --json: a file for one workbook, a folder otherwise (or when it is one or ends with a slash);
   * true (the option without a value): beside each result workbook.
   */
  json?: string | true;
  /** Other files read by the run (--rules, --template): never written over either. */
  alsoRead?: string[];
  /** --docx: Word files in a folder next to each result workbook. */
  docx?: boolean;
}

const caseInsensitive = process.platform === "win32" || process.platform === "darwin";

/** The path as the file system will resolve it: symlinks followed, as far as the path exists. */
export async function canonical(path: string): Promise<string> {
  let head = resolve(path);
  const tail: string[] = [];
  for (;;) {
    const real = await realpath(head).catch(() => undefined);
    if (real !== undefined) {
      const full = join(real, ...tail);
      return caseInsensitive ? full.toLowerCase() : full;
    }
    const parent = dirname(head);
    if (parent === head) return resolve(path);
    tail.unshift(basename(head));
    head = parent;
  }
}

/** Device and inode of an existing file, so two names of one file (a hard link) are caught. */
const identity = async (path: string) => {
  const s = await stat(path).catch(() => undefined);
  return s ? `${s.dev}:${s.ino}` : undefined;
};

/** `<name>-结果-<period>` with the input's extension: a macro workbook (.xlsm) stays one (core/fileNames.ts). */
export const outputName = (input: string, periodLabel: string, prefix = ""): string => resultFileName(basename(input), periodLabel, prefix);

const jsonName = (input: string, periodLabel: string, prefix = "") => resultJsonName(basename(input), periodLabel, prefix);

export async function planOutputs(inputs: string[], options: PlanOptions): Promise<PlannedFile[]> {
  const unique = await distinctInputs(inputs);
  const json = options.json;
  const isFolder = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
  const jsonDir = typeof json === "string" && (unique.length > 1 || /[\\/]$/.test(json) || (await isFolder(json)));
  const place = (input: string, prefix = "") => {
    const folder = options.outDir ?? dirname(input);
    const jsonFolder = json === true ? folder : jsonDir ? json : undefined;
    return {
      input,
      output: join(folder, outputName(input, options.periodLabel, prefix)),
      json: jsonFolder !== undefined ? join(jsonFolder, jsonName(input, options.periodLabel, prefix)) : (json as string | undefined),
      docx: options.docx ? join(folder, resultDocumentsName(basename(input), options.periodLabel, prefix)) : undefined,
    };
  };
  const prefixes = await prefixesFor(unique, (input) => {
    const p = place(input);
    return (jsonDir || json === true) && p.json ? [p.output, p.json] : [p.output];
  });
  const plans = unique.map((input, i) => place(input, prefixes[i]));
  await checkFilesAgainstFolders(plans);
  await checkClashes(plans, options.alsoRead ?? []);
  await checkWhatIsThere(plans);
  return plans;
}

/** The same file named twice (directly and through its folder, or a link) is processed once. */
async function distinctInputs(inputs: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const input of inputs) {
    const key = (await identity(input)) ?? (await canonical(input));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

/**
 * Output-name prefixes: none, unless two inputs would write to one file (the result workbook in
 * one --out folder, or the JSON in one --json folder); then "<folder>-", and when the folders
 * share a name too, a number as well ("<folder>2-").
 */
async function prefixesFor(inputs: string[], outputsOf: (input: string) => string[]): Promise<string[]> {
  const groups = new Map<string, number[]>();
  for (const [i, input] of inputs.entries()) {
    for (const path of outputsOf(input)) {
      const key = await canonical(path);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
  }
  const clashing = new Set([...groups.values()].filter((members) => members.length > 1).flat());
  const prefixes = inputs.map(() => "");
  const used = new Set<string>();
  for (const i of [...clashing].sort((a, b) => a - b)) {
    const folder = basename(dirname(resolve(inputs[i]))) || FILE_NAMES.rootFolder;
    let prefix = `${folder}-`;
    for (let n = 2; used.has(`${basename(inputs[i])}|${prefix}`); n++) prefix = `${folder}${n}-`;
    used.add(`${basename(inputs[i])}|${prefix}`);
    prefixes[i] = prefix;
  }
  return prefixes;
}

/** A single output (validate's --json file) that is none of the files the run reads. */
export async function checkNotRead(output: string, read: string[]): Promise<void> {
  await checkClashes([{ input: read[0], output }], read.slice(1));
}

async function checkClashes(plans: PlannedFile[], alsoRead: string[]): Promise<void> {
  const read = new Map<string, string>();
  for (const path of [...plans.map((p) => p.input), ...alsoRead]) {
    read.set(await canonical(path), path);
    const id = await identity(path);
    if (id) read.set(id, path);
  }
  const written = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const plan of plans) {
    for (const output of [plan.output, plan.json, plan.docx]) {
      if (output === undefined) continue;
      const keys = [await canonical(output), await identity(output)].filter((k): k is string => k !== undefined);
      for (const key of keys) {
        const input = read.get(key);
        if (input !== undefined) throw new InfoScoreError("outputIsInput", { output, input });
        const earlier = written.get(key);
        // One --json file for one workbook is fine; the same file for two outputs is not.
        if (earlier !== undefined) throw new InfoScoreError("outputsClash", { output, first: owner.get(key)!, second: plan.input });
      }
      for (const key of keys) {
        written.set(key, output);
        owner.set(key, plan.input);
      }
    }
  }
}
