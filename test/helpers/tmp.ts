import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export const tempDir = (prefix = "infoscore-"): string => mkdtempSync(join(tmpdir(), prefix));
export const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
