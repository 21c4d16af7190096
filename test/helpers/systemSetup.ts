// Global setup of the system tests: the production build (dist/) and the compiled CLI (build/cli/)
// must be there and newer than their sources. `npm test` has just built both, so this only
// checks; a lone `npx vitest run --project system` after an edit rebuilds what is stale, once.
import { execFileSync } from "node:child_process";
import { PRODUCT } from "../../folders.mjs";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compiledIsFresh } from "../../cli/compiled.mjs";
import { buildCli } from "../../scripts/build-cli.mjs";

/** Newest modification time among the files under these paths (0 when none exist). */
function newest(paths: string[]): number {
  let t = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const s = statSync(path);
    if (!s.isDirectory()) t = Math.max(t, s.mtimeMs);
    else t = Math.max(t, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return t;
}

/** Oldest modification time among these outputs (0 when one is missing). */
function oldest(paths: string[]): number {
  return paths.every(existsSync) ? Math.min(...paths.map((p) => statSync(p).mtimeMs)) : 0;
}

const DIST_SOURCES = [
  ...PRODUCT.filter((f) => f !== "cli"),
  "scripts/build-template.ts",
  "manifest.xml",
  "webpack.config.js",
  "package-lock.json",
];
// The build's time is the template's, written last and always (scripts/build-template.ts): webpack
// leaves a file untouched when its content has not changed, so its outputs' times say nothing.
const DIST_OUTPUTS = ["dist/index.html", "dist/taskpane.js"];
const DIST_STAMP = "dist/InfoScore-template.xlsx";

export default async function setup(): Promise<void> {
  if (!DIST_OUTPUTS.every(existsSync) || oldest([DIST_STAMP]) < newest(DIST_SOURCES)) {
    console.info("system tests: dist/ is missing or older than its sources: npm run build");
    execFileSync("npm", ["run", "build"], { stdio: "inherit" });
    return; // npm run build compiles the CLI too
  }
  if (!compiledIsFresh(pathToFileURL(process.cwd() + "/"), {})) {
    console.info("system tests: compiling the CLI (build/cli/ is missing or stale)");
    await buildCli();
  }
}
