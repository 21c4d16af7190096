// What the file system says about a path reaches the user as a sentence in the user's language,
// naming the path: a symbolic link loop, a folder given as a file, a missing file, a file on the
// way of a path, an output name taken by a folder. Never a raw code (ELOOP, ENOENT, EISDIR …) or
// "错误代码 Error". Real paths on a real file system, through the batch tool.
import { beforeAll, describe, expect, it } from "vitest";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "../helpers/tmp.ts";
import { BIN, runBin, runMain, smallWorkbook } from "../helpers/cli.ts";
import { readFailureOf, writeFailure } from "../../cli/osErrors.ts";
import { renderFailure } from "../../core/index.ts";

const dir = tempDir("infoscore-os-");
const good = join(dir, "good.xlsx");
const loop = join(dir, "loop.xlsx");
const folder = join(dir, "folder.xlsx");
const PERIOD = ["--period", "2026-03", "--as-of", "2026-04-10"];
/** A raw code, Node's English, or the internal failure's code: none may reach the user. */
const RAW = /\bE[A-Z]{3,}\b|错误代码|error code|no such file|too many symbolic links|illegal operation/;

beforeAll(async () => {
  await smallWorkbook(good);
  symlinkSync("loop-b", join(dir, "loop-a"));
  symlinkSync("loop-a", join(dir, "loop-b"));
  symlinkSync("loop-a", loop);
  mkdirSync(folder);
});

describe("reading", () => {
  it("a symbolic link loop, a missing file and a path through a file, each named (the real command)", () => {
    const missing = join(dir, "没有这个.xlsx");
    const through = join(good, "x.xlsx");
    const r = runBin(["recalc", loop, missing, through, ...PERIOD]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`✗ ${loop}：这是循环指向自身的符号链接（快捷方式），打不开。请改用它本应指向的实际文件`);
    expect(r.err).toContain(`✗ ${missing}：找不到该文件或文件夹。请检查路径`);
    expect(r.err).toContain(`✗ ${through}：路径中的 ${good} 是文件，不是文件夹，找不到该文件。请检查路径`);
    expect(r.err).not.toMatch(RAW);
    const en = runBin(["recalc", loop, through, ...PERIOD, "--lang", "en"]);
    expect(en.err).toContain(`✗ ${loop}: this is a symbolic link that points back to itself in a loop, so it cannot be opened`);
    expect(en.err).toContain(`✗ ${through}: ${good} on the way is a file, not a folder`);
    expect(en.err).not.toMatch(RAW);
  });

  it("validate: a link loop and a folder given as the workbook", async () => {
    const r = await runMain("validate", loop, ...PERIOD);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`✗ ${loop}：这是循环指向自身的符号链接（快捷方式），打不开。请改用它本应指向的实际文件`);
    const f = await runMain("validate", folder, ...PERIOD, "--lang", "en");
    expect(f.err).toBe(`✗ ${folder}: this is a folder, not a file. Name a file in it`);
  });

  it("--template through a link loop, --rules naming a folder, and a name too long to open", async () => {
    const t = await runMain("recalc", good, "--template", loop, ...PERIOD);
    expect(t.code).toBe(2);
    expect(t.err).toContain(`✗ ${loop}：这是循环指向自身的符号链接`);
    const rules = await runMain("recalc", good, "--rules", folder, ...PERIOD);
    expect(rules.err).toContain(`✗ ${folder}：这是一个文件夹，不是文件。请指定其中的文件`);
    const long = join(dir, `${"长".repeat(100)}.xlsx`); // 300 bytes: over the 255 a file name may have
    const n = await runMain("recalc", long, ...PERIOD);
    expect(n.err).toContain(`✗ ${long}：文件名或路径过长，无法打开。请缩短文件名或把文件移到较短的路径下`);
    for (const out of [t.err, rules.err, n.err]) expect(out).not.toMatch(RAW);
    // Nothing was written beside the input.
    expect(readdirSync(dir).filter((f) => f.includes("结果"))).toEqual([]);
  });

  it("an unreadable folder of workbooks is named with what to do", () => {
    const closed = tempDir("infoscore-closed-");
    copyFileSync(good, join(closed, "in.xlsx"));
    chmodSync(closed, 0o000);
    // As root every folder is readable: run the command as nobody then.
    const asUser = process.getuid?.() === 0 ? ["runuser", "-u", "nobody", "--", "env", "HOME=/tmp"] : [];
    const [cmd, ...args] = [...asUser, process.execPath, BIN, "recalc", closed, ...PERIOD];
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
    chmodSync(closed, 0o755);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`✗ ${closed}：没有读取该文件的权限。请检查文件权限后再试`);
    expect(r.stderr).not.toMatch(RAW);
  }, 60_000);

  it("an error the system gives no sentence for is still a sentence, without its code", () => {
    const eio = Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    expect(renderFailure(readFailureOf(eio, "/x/a.xlsx"), "zh")).toBe(
      "无法读取该文件，系统未说明原因。请确认文件能在 Excel 或 WPS 中打开，必要时复制到本机再试",
    );
    const written = (() => {
      try {
        writeFailure(Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" }), "/x/结果.xlsx");
      } catch (e) {
        return [renderFailure(e, "zh"), renderFailure(e, "en")];
      }
      return [];
    })();
    expect(written).toEqual([
      "写入 /x/结果.xlsx 失败，系统未说明原因。请检查磁盘与权限，或用 --out 换一个位置后再试",
      "writing /x/结果.xlsx failed and the system gave no reason. Check the disk and the permissions, or choose another place with --out",
    ]);
    expect(renderFailure(new Error("boom"), "zh")).toBe("处理时发生内部错误。请将该文件与本提示发给维护人员");
  });
});

describe("writing", () => {
  it("a result name taken by a folder is said so before anything is written; nothing else is left behind", async () => {
    const out = tempDir("infoscore-os-out-");
    mkdirSync(join(out, "good-结果-2026-03.xlsx"));
    const r = await runMain("recalc", good, "--out", out, ...PERIOD);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `无法写入 ${join(out, "good-结果-2026-03.xlsx")}：已有同名的文件夹。请用 --out 或 --json 指定其他位置，或改名该文件夹`,
    );
    expect(readdirSync(out)).toEqual(["good-结果-2026-03.xlsx"]);
  });

  it("--out and demo --out through a file name the file that is in the way, not its folder", async () => {
    const out = tempDir("infoscore-os-file-");
    const file = join(out, "x");
    writeFileSync(file, "");
    const r = await runMain("recalc", good, "--out", join(file, "sub"), ...PERIOD);
    expect(r.err).toContain(`：路径中的 ${file} 不是文件夹。请检查 --out 或 --json`);
    const demo = await runMain("demo", "--out", file);
    expect(demo.code).toBe(2);
    expect(demo.err).toBe(`无法写入 ${file}：路径中的 ${file} 不是文件夹。请检查 --out 或 --json`);
    for (const e of [r.err, demo.err]) expect(e).not.toMatch(RAW);
  });
});
