// Node's file-system errors ("ELOOP: too many symbolic links encountered, stat '…'") as failures
// the user can act on, in the user's language: a sentence for each code, and for a code without
// one a sentence that says the system gave no reason. A raw code never reaches the user.
import { statSync } from "node:fs";
import { dirname } from "node:path";
import { InfoScoreError } from "../core/index.ts";

const codeOf = (e: unknown): string | undefined =>
  e && typeof e === "object" && "code" in e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code) ? e.code : undefined;

/** The first existing part of `folder`, from itself up, that is a file where a folder should be. */
function fileOnTheWay(folder: string): string {
  for (let p = folder; p !== dirname(p); p = dirname(p)) {
    try {
      return statSync(p).isDirectory() ? folder : p;
    } catch {
      // not there, or a file above it: look further up
    }
  }
  return folder;
}

/** What reading `path` failed with, as a failure; an error that is not the file system's passes unchanged. */
export function readFailureOf(e: unknown, path: string): unknown {
  if (e instanceof InfoScoreError) return e;
  const code = codeOf(e);
  switch (code) {
    case undefined:
      return e;
    case "ENOENT":
      return new InfoScoreError("notFound");
    case "ENOTDIR":
      return new InfoScoreError("pathThroughFile", { parent: fileOnTheWay(dirname(path)) });
    case "EACCES":
    case "EPERM":
      return new InfoScoreError("cannotRead");
    case "EISDIR":
      return new InfoScoreError("isFolder");
    case "ELOOP":
      return new InfoScoreError("symlinkLoop");
    case "ENAMETOOLONG":
      return new InfoScoreError("nameTooLongToRead");
    default:
      return new InfoScoreError("readFailed");
  }
}

export function readFailure(e: unknown, path: string): never {
  throw readFailureOf(e, path);
}

/** What writing `path` failed with; `folder` is the folder that had to exist or be made for it. */
export function writeFailure(e: unknown, path: string, folder = dirname(path)): never {
  if (e instanceof InfoScoreError) throw e;
  switch (codeOf(e)) {
    case undefined:
      throw e;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      throw new InfoScoreError("cannotWrite", { path });
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      throw new InfoScoreError("diskFull", { path });
    case "ENAMETOOLONG":
      throw new InfoScoreError("nameTooLong", { path });
    case "ENOTDIR":
    case "EEXIST":
      throw new InfoScoreError("notAFolder", { path, parent: fileOnTheWay(folder) });
    case "EISDIR":
      throw new InfoScoreError("outputIsFolder", { path });
    case "ELOOP":
      throw new InfoScoreError("outputSymlinkLoop", { path });
    default:
      throw new InfoScoreError("writeFailed", { path });
  }
}
