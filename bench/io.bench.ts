// End-to-end benchmark of `infoscore recalc` against exceljs on the same generated logs.
// Every run is a fresh process (so peak memory is its own); methods alternate within a round
// and the median per method is reported, with ratios measured in this same run.
//   npm run bench                 10k, 100k (3 rounds) and 1M (1 round)
//   npm run bench -- 10000 100000 sizes of your choice
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { writeLog } from "./io/generate.ts";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [10_000, 100_000, 1_000_000];
const dir = join(process.env.TMPDIR ?? "/tmp", "infoscore-bench");
mkdirSync(dir, { recursive: true });

interface Run {
  ms: number;
  maxRssMB: number;
}

function measure(method: string, file: string): Run | { error: string } {
  const out = join(dir, `out-${method}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  try {
    const stdout = execFileSync(
      process.execPath,
      ["--max-old-space-size=8192", "--import", "tsx", "bench/io/worker.ts", method, file, out],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 900_000 },
    );
    return JSON.parse(stdout.trim().split("\n").pop()!);
  } catch (e) {
    return {
      error: String((e as Error).message)
        .split("\n")[0]
        .slice(0, 120),
    };
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const lines: string[] = [];
const log = (line: string) => {
  console.log(line);
  lines.push(line);
};

log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${new Date().toISOString().slice(0, 16)}`,
);
log("");
log("| rows | file MB | method | median s | peak MB | runs | e2e ÷ method |");
log("|---:|---:|---|---:|---:|---:|---:|");
const verdicts: string[] = [];
for (const rows of SIZES) {
  const file = join(dir, `log-${rows}.xlsx`);
  if (!existsSync(file)) await writeLog(file, rows);
  const mb = (readFileSync(file).length / 2 ** 20).toFixed(1);
  // exceljs cannot write a million-row sheet (its XML fragment array overflows), so (a) is skipped there.
  const methods = rows >= 1_000_000 ? ["e2e", "stream"] : ["e2e", "full", "stream"];
  const rounds = rows >= 1_000_000 ? 1 : 3;
  const runs: Record<string, Run[]> = {};
  const errors: Record<string, string> = {};
  for (let r = 0; r < rounds; r++) {
    for (const m of methods) {
      const res = measure(m, file);
      if ("error" in res) errors[m] = res.error;
      else (runs[m] ??= []).push(res);
    }
  }
  const med = (m: string) => (runs[m]?.length ? median(runs[m].map((x) => x.ms)) / 1000 : NaN);
  const peak = (m: string) => (runs[m]?.length ? Math.max(...runs[m].map((x) => x.maxRssMB)) : NaN);
  for (const m of methods) {
    const ratio = m === "e2e" ? "" : (med("e2e") / med(m)).toFixed(2) + "×";
    const label = { e2e: "infoscore recalc (end to end)", full: "(a) exceljs full read + write", stream: "(b) exceljs streaming read" }[m];
    log(
      errors[m] && !runs[m]
        ? `| ${rows.toLocaleString("en")} | ${mb} | ${label} | failed: ${errors[m]} | | | |`
        : `| ${rows.toLocaleString("en")} | ${mb} | ${label} | ${med(m).toFixed(2)} | ${peak(m).toFixed(0)} | ${runs[m].length} | ${ratio} |`,
    );
  }
  if (rows === 100_000) {
    const a = med("e2e") / med("full");
    const b = med("e2e") / med("stream");
    verdicts.push(
      `100k targets: e2e ÷ (a) = ${a.toFixed(2)} (target ≤ 0.40) ${a <= 0.4 ? "PASS" : "FAIL"}; e2e ÷ (b) = ${b.toFixed(2)} (target ≤ 1.30) ${b <= 1.3 ? "PASS" : "FAIL"}; peak ${peak("e2e").toFixed(0)} MB (target ≤ 600) ${peak("e2e") <= 600 ? "PASS" : "FAIL"}`,
    );
  }
  if (rows === 1_000_000)
    verdicts.push(`1M: e2e peak ${peak("e2e").toFixed(0)} MB (target < 1536) ${peak("e2e") < 1536 ? "PASS" : "FAIL"}`);
}
log("");
for (const v of verdicts) log(v);
writeFileSync(join(dir, "last-run.md"), lines.join("\n") + "\n");
console.log(`\n(table also in ${join(dir, "last-run.md")})`);
