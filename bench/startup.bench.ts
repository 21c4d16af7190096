// Start-up of the batch tool, `infoscore --help`, three ways in fresh processes, alternating, median
// of each: as it started before the compiled CLI (the sources through tsx, exceljs loaded at start
// by the template builder), the sources through tsx today (INFOSCORE_FROM_SOURCE=1, what
// cli/bin.mjs falls back to when build/cli/ is stale), and compiled (build/cli/, the default).
// Part of `npm run bench`, printed before the end-to-end table.
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { compiledIsFresh } from "../cli/compiled.mjs";
import { buildCli } from "../scripts/build-cli.mjs";

const ROUNDS = 9;
const TARGET_S = 0.3;

type Way = "before" | "tsx" | "compiled";
const BEFORE =
  'await import("./templates/inputTemplate.ts"); const { main } = await import("./cli/main.ts"); await main(["node", "infoscore", "--help"]);';
const ARGS: Record<Way, string[]> = {
  before: ["--import", "tsx", "--input-type=module", "-e", BEFORE],
  tsx: ["cli/bin.mjs", "--help"],
  compiled: ["cli/bin.mjs", "--help"],
};

function seconds(way: Way): number {
  const env = { ...process.env, INFOSCORE_FROM_SOURCE: way === "compiled" ? "" : "1" };
  const t = performance.now();
  execFileSync(process.execPath, ARGS[way], { env, stdio: "ignore" });
  return (performance.now() - t) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!compiledIsFresh(pathToFileURL(process.cwd() + "/"), {})) await buildCli();
const runs: Record<Way, number[]> = { before: [], tsx: [], compiled: [] };
const ways = Object.keys(runs) as Way[];
for (const way of ways) seconds(way); // warm the file cache and tsx's own cache once
for (let r = 0; r < ROUNDS; r++) for (const way of ways) runs[way].push(seconds(way));
const [before, compiled] = [median(runs.before), median(runs.compiled)];
const LABELS: Record<Way, string> = {
  before: "before: sources through tsx, exceljs loaded at start",
  tsx: "sources through tsx, exceljs loaded when needed (fallback)",
  compiled: "after: compiled (build/cli/), exceljs loaded when needed",
};
console.log(`CLI start-up, \`infoscore --help\` (median of ${ROUNDS} fresh processes each, alternating):`);
console.log("");
console.log("| how it runs | median s | fastest s | slowest s |");
console.log("|---|---:|---:|---:|");
for (const way of ways) {
  const xs = runs[way];
  console.log(`| ${LABELS[way]} | ${median(xs).toFixed(2)} | ${Math.min(...xs).toFixed(2)} | ${Math.max(...xs).toFixed(2)} |`);
}
console.log("");
console.log(
  `start-up: compiled ${compiled.toFixed(2)} s (target < ${TARGET_S}) ${compiled < TARGET_S ? "PASS" : "FAIL"}; ${(before / compiled).toFixed(1)}× faster than before`,
);
console.log("");
