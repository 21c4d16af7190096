// Compiles the batch tool (cli/main.ts and what it imports from core/, ooxml/, templates/) into one
// JavaScript file, so `infoscore` starts without compiling TypeScript at every run. Packages from
// node_modules stay outside the bundle. Runs at `npm ci` / `npm install` (the `prepare` script)
// and in `npm run build`. cli/bin.mjs uses the output only while it is newer than every input
// listed in inputs.json; otherwise it runs the sources through tsx.
import { build } from "esbuild";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_OUT = join(root, "build", "cli");

export async function buildCli() {
  // Built in a fresh folder, then swapped in: a CLI started meanwhile finds either the old build,
  // the new one, or none (and then runs the sources); never half a build.
  const tmp = `${CLI_OUT}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: "cli/main.ts" },
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true, // dynamic imports (exceljs for the template commands) stay out of start-up
    platform: "node",
    format: "esm",
    target: "node20",
    // commander and zod are bundled (tree-shaken, one file to load: start-up halves); exceljs,
    // needed only by the template commands, is loaded from node_modules when they run.
    external: ["exceljs"],
    banner: {
      js: 'import { createRequire as __infoscoreRequire } from "node:module"; const require = __infoscoreRequire(import.meta.url);',
    },
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  writeFileSync(join(tmp, "inputs.json"), JSON.stringify(inputs, null, 1) + "\n");
  const old = `${CLI_OUT}.${process.pid}.old`;
  if (existsSync(CLI_OUT)) renameSync(CLI_OUT, old);
  renameSync(tmp, CLI_OUT);
  rmSync(old, { recursive: true, force: true });
  return inputs.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = performance.now();
  const n = await buildCli();
  console.log(`build/cli/main.mjs: ${n} sources compiled in ${Math.round(performance.now() - t)} ms`);
}
