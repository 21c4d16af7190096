// Node's file-system errors ("EACCES: permission denied, open '…'") as failures the user can act
// on, in the user's language; anything that is not a file-system error passes unchanged.
import { dirname } from "node:path";
import { InfoScoreError } from "../core/index.ts";

const codeOf = (e: unknown): string | undefined =>
  e && typeof e === "object" && "code" in e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code) ? e.code : undefined;

export function readFailure(e: unknown): never {
  if (e instanceof InfoScoreError) throw e;
  switch (codeOf(e)) {
    case "ENOENT":
    case "ENOTDIR":
      throw new InfoScoreError("notFound");
    case "EACCES":
    case "EPERM":
      throw new InfoScoreError("cannotRead");
    case "EISDIR":
      throw new InfoScoreError("notRegularFile");
    default:
      throw e;
  }
}

export function writeFailure(e: unknown, path: string): never {
  if (e instanceof InfoScoreError) throw e;
  const code = codeOf(e);
  switch (code) {
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
      throw new InfoScoreError("notAFolder", { path, parent: dirname(path) });
    default:
      throw new InfoScoreError("writeFailed", { path, code });
  }
}
