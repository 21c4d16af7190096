#!/usr/bin/env node
// Entry point of `npx infoscore`. Runs the compiled build/cli/main.mjs (made by scripts/build-cli.mjs
// at `npm ci` and by `npm run build`) when it is newer than every source it was compiled from;
// otherwise (no build yet, or a source edited since) runs the TypeScript through tsx, so an edit
// is never hidden by a stale build. INFOSCORE_FROM_SOURCE=1 forces the tsx path (npm run bench
// uses it to measure both).
import { compiledIsFresh } from "./compiled.mjs";

const root = new URL("../", import.meta.url);
let main;
if (compiledIsFresh(root)) {
  ({ main } = await import(new URL("build/cli/main.mjs", root).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv);
