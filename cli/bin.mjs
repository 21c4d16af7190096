#!/usr/bin/env node
// Entry point of `npx infoscore`. Runs the compiled build/cli/main.mjs (made by scripts/build-cli.mjs
// at `npm ci` and by `npm run build`) when it is newer than every source it was compiled from;
// otherwise (no build yet, or a source edited since) runs the TypeScript through tsx, so an edit
// is never hidden by a stale build. INFOSCORE_FROM_SOURCE=1 forces the tsx path (npm run bench
// uses it to measure both).
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const compiled = new URL("build/cli/main.mjs", root);

function compiledIsFresh() {
  if (process.env.INFOSCORE_FROM_SOURCE === "1") return false;
  try {
    const built = statSync(compiled).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL("build/cli/inputs.json", root), "utf8"));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false; // not built, or a source was removed: the sources decide
  }
}

let main;
if (compiledIsFresh()) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv);
