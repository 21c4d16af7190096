// Paths that can never destroy a file: every output is checked against every input (symlinks
// and hard links followed) and every other output before anything is written.
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn, execFileSync } from "node:child_process";
import { join } from "node:path";
import { sha256, tempDir } from "../helpers/tmp.ts";
import { BIN, runMain, smallWorkbook } from "../helpers/cli.ts";
import { writeLog } from "../../bench/io/generate.ts";

const dir = tempDir("infoscore-paths-");
const good = join(dir, "good.xlsx");
beforeAll(() => smallWorkbook(good));

/** A fresh folder holding a copy of the small workbook under `name`. */
function folderWith(name: string): { folder: string; input: string } {
  const folder = tempDir("infoscore-paths-");
  const input = join(folder, name);
  copyFileSync(good, input);
  return { folder, input };
}

describe("outputs never replace an input", () => {
  it("refuses --json naming the input: exit 2, input unchanged, nothing written", async () => {
    const { folder, input } = folderWith("in.xlsx");
    const before = sha256(input);
    const r = await runMain("recalc", input, "--json", input, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`输出文件 ${input} 就是输入文件 ${input}`);
    expect(r.err).toContain("未写入任何文件");
    expect(sha256(input)).toBe(before);
    expect(readdirSync(folder)).toEqual(["in.xlsx"]);
  });

  it("refuses --json naming the result workbook", async () => {
    const { folder, input } = folderWith("in.xlsx");
    const out = join(folder, "in-结果-2026-03.xlsx");
    const r = await runMain("recalc", input, "--json", out, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`将写到同一个文件 ${out}`);
    expect(readdirSync(folder)).toEqual(["in.xlsx"]);
  });

  it("refuses an input that is a symlink to its own future output name", async () => {
    const { folder } = folderWith("real.xlsx");
    // link.xlsx → link-结果-2026-03.xlsx: writing the output would replace what the input reads.
    copyFileSync(join(folder, "real.xlsx"), join(folder, "link-结果-2026-03.xlsx"));
    symlinkSync(join(folder, "link-结果-2026-03.xlsx"), join(folder, "link.xlsx"));
    const before = sha256(join(folder, "link-结果-2026-03.xlsx"));
    const r = await runMain("recalc", join(folder, "link.xlsx"), "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是输入文件");
    expect(sha256(join(folder, "link-结果-2026-03.xlsx"))).toBe(before);
  });

  it("refuses an output that is a hard link to the input, and --json over the rules file", async () => {
    const { folder, input } = folderWith("in.xlsx");
    linkSync(input, join(folder, "in-结果-2026-03.xlsx"));
    expect((await runMain("recalc", input, "--period", "2026-03")).code).toBe(2);
    const rules = join(folder, "rules.json");
    writeFileSync(rules, '{"先进单位名额": 3}');
    const r = await runMain("recalc", input, "--out", join(folder, "out"), "--rules", rules, "--json", rules, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(readFileSync(rules, "utf8")).toBe('{"先进单位名额": 3}');
  });

  it("an output path through a symlinked folder is compared by where it really goes", async () => {
    const { folder, input } = folderWith("in.xlsx");
    symlinkSync(folder, join(folder, "..", `${folder.split("/").pop()}-alias`));
    const viaAlias = join(`${folder}-alias`, "in.xlsx");
    const r = await runMain("recalc", input, "--json", viaAlias, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(sha256(input)).toBe(sha256(good));
  });
});

describe("same-named inputs from two folders", () => {
  it("get distinct outputs and JSON files, each named after its folder", async () => {
    const root = tempDir("infoscore-paths-");
    for (const sub of ["东区", "西区"]) {
      mkdirSync(join(root, sub));
      copyFileSync(good, join(root, sub, "报送.xlsx"));
    }
    const out = join(root, "out");
    const r = await runMain(
      "recalc",
      join(root, "东区", "报送.xlsx"),
      join(root, "西区", "报送.xlsx"),
      "--out",
      out,
      "--json",
      out,
      "--period",
      "2026-03",
    );
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ["东区-报送-2026-03.json", "东区-报送-结果-2026-03.xlsx", "西区-报送-2026-03.json", "西区-报送-结果-2026-03.xlsx"].sort(),
    );
  });

  it("without --out, one --json folder: both outputs of each input get its folder's name, results still beside the input", async () => {
    const root = tempDir("infoscore-paths-");
    for (const sub of ["a", "b"]) {
      mkdirSync(join(root, sub));
      copyFileSync(good, join(root, sub, "报送.xlsx"));
    }
    const json = join(root, "json");
    const r = await runMain("recalc", join(root, "a", "报送.xlsx"), join(root, "b", "报送.xlsx"), "--json", json, "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(readdirSync(json).sort()).toEqual(["a-报送-2026-03.json", "b-报送-2026-03.json"]);
    expect(readdirSync(join(root, "a")).sort()).toEqual(["a-报送-结果-2026-03.xlsx", "报送.xlsx"]);
  });

  it("folders of one name get a number too", async () => {
    const root = tempDir("infoscore-paths-");
    for (const sub of ["x/报表", "y/报表"]) {
      mkdirSync(join(root, sub), { recursive: true });
      copyFileSync(good, join(root, sub, "报送.xlsx"));
    }
    const out = join(root, "out");
    const r = await runMain("recalc", join(root, "x/报表/报送.xlsx"), join(root, "y/报表/报送.xlsx"), "--out", out, "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["报表-报送-结果-2026-03.xlsx", "报表2-报送-结果-2026-03.xlsx"]);
  });

  it("the same file named twice (directly and through its folder) is processed once", async () => {
    const { folder, input } = folderWith("一.xlsx");
    const r = await runMain("recalc", input, folder, "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((line) => line.includes(" → "))).toHaveLength(1);
  });
});

describe("template --out", () => {
  it("refuses an existing file without --force and replaces it with --force", async () => {
    const folder = tempDir("infoscore-paths-");
    const target = join(folder, "我的工作簿.xlsx");
    writeFileSync(target, "precious");
    const r = await runMain("template", "--out", target);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${target} 已存在，未覆盖。如需覆盖请加 --force`);
    expect(readFileSync(target, "utf8")).toBe("precious");
    expect((await runMain("template", "--out", target, "--force", "--blank")).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("temporary files", () => {
  it("a valid 237-byte output name is written (the temporary name stays short)", async () => {
    const folder = tempDir("infoscore-paths-");
    const input = join(folder, `${"a".repeat(217)}.xlsx`);
    copyFileSync(good, input);
    const name = `${"a".repeat(217)}-结果-2026-03.xlsx`;
    expect(Buffer.byteLength(name)).toBe(237);
    const r = await runMain("recalc", input, "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(existsSync(join(folder, name))).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a failed write leaves no temporary file and says why in Chinese", async () => {
    const { folder, input } = folderWith("in.xlsx");
    // The result name is taken by a folder: the rename fails after the temporary file was written.
    mkdirSync(join(folder, "in-结果-2026-03.xlsx"));
    writeFileSync(join(folder, "in-结果-2026-03.xlsx", "x"), "");
    const r = await runMain("recalc", input, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/写入 .*in-结果-2026-03\.xlsx 失败|无法写入/);
    expect(r.err).not.toMatch(/E[A-Z]{3,}:/);
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)(
    "%s in the middle of writing removes the temporary file (exit %i)",
    async (signal, exitCode) => {
      const folder = tempDir("infoscore-signal-");
      const input = join(folder, "big.xlsx");
      await writeLog(input, 60_000);
      const child = spawn(process.execPath, [BIN, "recalc", input, "--period", "2026-03"], { stdio: "ignore" });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      // Wait for the temporary file to appear, then interrupt.
      let seen = false;
      for (let i = 0; i < 6000 && !seen; i++) {
        seen = readdirSync(folder).some((f) => f.endsWith(".tmp"));
        if (!seen) await new Promise((r) => setTimeout(r, 5));
      }
      expect(seen).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(exitCode);
      expect(readdirSync(folder).sort()).toEqual(["big.xlsx"]);
    },
    120_000,
  );

  it("demo --out refuses to replace an existing sample without --force", async () => {
    const folder = tempDir("infoscore-demo-");
    const first = await runMain("demo", "--out", folder);
    expect(first.code).toBe(0);
    const sample = readdirSync(folder).find((f) => f.endsWith(".xlsx") && !f.includes("2026"))!;
    writeFileSync(join(folder, sample), "edited");
    const again = await runMain("demo", "--out", folder);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain(sample);
    expect(readFileSync(join(folder, sample), "utf8")).toBe("edited");
    expect((await runMain("demo", "--out", folder, "--force")).code).toBe(0);
  }, 120_000);
});

describe("inputs that are not regular files", () => {
  it("refuses /dev/zero and a FIFO at once, and a file over the size limit", async () => {
    const folder = tempDir("infoscore-paths-");
    const fifo = join(folder, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const sparse = join(folder, "huge.xlsx");
    execFileSync("truncate", ["-s", "300M", sparse]);
    const r = await runMain("recalc", "/dev/zero", fifo, sparse, "--out", folder, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain("✗ /dev/zero：不是普通文件（而是设备、管道等），不予读取");
    expect(r.err).toContain(`✗ ${fifo}：不是普通文件`);
    expect(r.err).toContain(`✗ ${sparse}：文件大小 300 MB，超过上限 256 MB`);
  }, 20_000);
});
