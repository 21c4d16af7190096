// Files against folders among a run's outputs, checked with the other output paths (cli/paths.ts)
// before the first write: a file the run writes where it needs a folder, and what already stands
// at each path (a folder where a file goes, a file where a folder goes). Found late, either would
// stop the run halfway, after some outputs were written.
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { InfoScoreError } from "../core/index.ts";
import { canonical, type PlannedFile } from "./paths.ts";

/** The folders a plan needs, each with the option that asks for it. */
const foldersOf = (plan: PlannedFile): Array<[string, string]> => {
  const folders: Array<[string | undefined, string]> = [
    [dirname(plan.output), "--out"],
    [plan.json && dirname(plan.json), "--json"],
    [plan.docx, "--docx"],
  ];
  return folders.filter((f): f is [string, string] => f[0] !== undefined);
};

/** The files a plan writes directly (the Word files go inside its 公文 folder), each with its option. */
const filesOf = (plan: PlannedFile): Array<[string, string]> =>
  [plan.output, plan.json].flatMap((file, i) => (file === undefined ? [] : [[file, i === 0 ? "--out" : "--json"] as [string, string]]));

/**
 * No file the run writes may be a folder the run needs (the --out folder, the JSON's folder, a
 * 公文 folder) or lie on the way to one: `--json d --out d` would write the workbook into d, then
 * fail to write the JSON as the file d. Reported naming both options.
 */
export async function checkFilesAgainstFolders(plans: readonly PlannedFile[]): Promise<void> {
  const needed = new Map<string, { folder: string; option: string }>();
  for (const [folder, option] of plans.flatMap(foldersOf)) {
    for (let path = await canonical(folder); !needed.has(path); path = dirname(path)) {
      needed.set(path, { folder, option });
      if (dirname(path) === path) break;
    }
  }
  for (const [file, fileOption] of plans.flatMap(filesOf)) {
    const clash = needed.get(await canonical(file));
    if (clash) throw new InfoScoreError("outputFileIsFolder", { file, fileOption, folder: clash.folder, folderOption: clash.option });
  }
}

/** The first existing path from `folder` up that is not a folder, if any. */
async function fileOnTheWay(folder: string): Promise<string | undefined> {
  for (let p = folder; ; p = dirname(p)) {
    const info = await stat(p).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : p;
    if (dirname(p) === p) return undefined;
  }
}

/** What already stands in the way: a folder where a file will be written, a file where a folder is needed. */
export async function checkWhatIsThere(plans: readonly PlannedFile[]): Promise<void> {
  for (const [file] of plans.flatMap(filesOf)) {
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new InfoScoreError("outputIsFolder", { path: file });
  }
  for (const plan of plans) {
    // Each folder with the path written through it, for the message.
    const through: Array<[string | undefined, string | undefined]> = [
      [dirname(plan.output), plan.output],
      [plan.json && dirname(plan.json), plan.json],
      [plan.docx, plan.docx],
    ];
    for (const [folder, path] of through) {
      const parent = folder === undefined ? undefined : await fileOnTheWay(folder);
      if (parent !== undefined) throw new InfoScoreError("notAFolder", { path: path!, parent });
    }
  }
}
