// Whether the compiled CLI (build/cli/, made by scripts/build-cli.mjs) may run: it exists and is
// newer than every source it was compiled from (build/cli/inputs.json). Plain JavaScript, so
// cli/bin.mjs can ask before anything compiles TypeScript.
import { readFileSync, statSync } from "node:fs";

/** @param {URL} root the repository folder (ending in "/"); @param {Record<string, string | undefined>} env */
export function compiledIsFresh(root, env = process.env) {
  if (env.INFOSCORE_FROM_SOURCE === "1") return false;
  try {
    const built = statSync(new URL("build/cli/main.mjs", root)).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL("build/cli/inputs.json", root), "utf8"));
    return inputs.length > 0 && inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false; // not built, or a source was removed: the sources decide
  }
}
