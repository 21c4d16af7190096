// How long the unit loop (`npm run test:unit`) takes, wall clock, on an idle machine and with busy
// loops running beside it (load ≈ their count): docs/benchmarks.md, "The unit loop". Each run is a
// fresh `vitest run --project unit`; the busy loops are child processes ended by their own ids.
//   node bench/unitLoop.bench.mjs [runs=3] [busy loops for the loaded case=3]
import { spawn, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const runs = Number(process.argv[2] ?? 3);
const busy = Number(process.argv[3] ?? 3);
const vitest = "node_modules/vitest/vitest.mjs";

/** One unit-project run under /usr/bin/time: its wall time and the CPU seconds its processes used. */
function unitRun() {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S", process.execPath, vitest, "run", "--project", "unit"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`unit tests failed:\n${r.stdout}\n${r.stderr}`);
  const [wall, user, sys] = r.stderr
    .match(/TIME ([\d.]+) ([\d.]+) ([\d.]+)/)
    .slice(1)
    .map(Number);
  return { wall, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function series(label) {
  const load = loadavg()[0];
  const results = Array.from({ length: runs }, unitRun);
  const walls = results.map((r) => r.wall);
  const cpu = median(results.map((r) => r.cpu));
  console.log(
    `| ${label} | ${load.toFixed(1)} | ${walls.map((w) => w.toFixed(1)).join(", ")} | ${median(walls).toFixed(1)} | ${cpu.toFixed(1)} |`,
  );
}

console.log(`${cpus().length} cores, Node ${process.version}, ${runs} runs each`);
console.log("| machine | load (1 min) before | wall s per run | median wall s | median CPU s |");
console.log("|---|---:|---|---:|---:|");
series("as found");
const loops = Array.from({ length: busy }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
try {
  await sleep(5_000); // let the load settle in
  series(`+ ${busy} busy loops`);
} finally {
  for (const loop of loops) loop.kill();
}
