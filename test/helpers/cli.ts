// Running the batch tool in tests: in-process through main() (fast), or as the real command
// through cli/bin.mjs (for exit codes, signals and anything that could crash the process).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { vi } from "vitest";
import ExcelJS from "exceljs";
import { main } from "../../cli/main.ts";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runMain(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await main(["node", "infoscore", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** `infoscore recalc` in process, its progress lines kept off the test's output; its exit code. */
export async function recalc(...args: string[]): Promise<number> {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    return await main(["node", "infoscore", "recalc", ...args]);
  } finally {
    log.mockRestore();
  }
}

export const BIN = join(import.meta.dirname, "..", "..", "cli", "bin.mjs");

export function runBin(args: string[], timeout = 60_000): Run & { signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout, env: { ...process.env, INFOSCORE_DEBUG: "" } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, signal: r.signal };
}

/** A small, valid input workbook: two units, submissions in March 2026 (or the rows given). */
export async function smallWorkbook(file: string, log?: unknown[][], extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("单位名册").addRows([
    ["单位", "主要负责人"],
    ["古邵镇", "张书记"],
    ["峨山镇", "李镇长"],
  ]);
  const rows = log ?? [
    ["古邵镇", "2026-03-05", "春耕备耕"],
    ["峨山镇", "2026-03-09", "防汛准备"],
  ];
  wb.addWorksheet("信息报送").addRows([["报送单位", "报送日期", "标题"], ...rows]);
  extra?.(wb);
  await wb.xlsx.writeFile(file);
}
