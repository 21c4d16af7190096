// The options that take a path (--out, --json, --rules, --template): another option where the
// path should be is refused naming the option, --json means the same in recalc and validate, and
// a JSON file where the run needs a folder is refused before anything is written.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers/tmp.ts";
import { runMain, smallWorkbook } from "../helpers/cli.ts";

const dir = tempDir("infoscore-pathopts-");
const input = join(dir, "报送.xlsx");
beforeAll(() => smallWorkbook(input));

/** A run in a fresh current folder, so a stray file named after an option would show. */
async function inFreshFolder(...args: string[]) {
  const cwd = tempDir("infoscore-pathopts-cwd-");
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { ...(await runMain(...args)), cwd, left: readdirSync(cwd) };
  } finally {
    process.chdir(before);
  }
}

describe("a path option followed by another option", () => {
  it("--json with no value before --out writes the JSON beside the result workbook, and the --out folder is not an input", async () => {
    const out = join(tempDir("infoscore-pathopts-"), "m");
    const r = await inFreshFolder("recalc", input, "--period", "2026-03", "--docx", "--json", "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.left).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(["报送-2026-03.json", "报送-公文-2026-03", "报送-结果-2026-03.xlsx"]);
    expect(r.out).toContain(`JSON 结果：${join(out, "报送-2026-03.json")}`);
    expect(JSON.parse(readFileSync(join(out, "报送-2026-03.json"), "utf8")).units.length).toBe(2);
  });

  it("--json as the last word, without --out: beside the result, next to the input", async () => {
    const folder = tempDir("infoscore-pathopts-");
    const copy = join(folder, "in.xlsx");
    await smallWorkbook(copy);
    const r = await runMain("recalc", copy, "--period", "2026-03", "--json");
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["in-2026-03.json", "in-结果-2026-03.xlsx", "in.xlsx"]);
  });

  for (const option of ["--out", "--rules", "--template"]) {
    it(`recalc ${option} followed by an option is refused naming ${option}, in zh and en; nothing is written`, async () => {
      const folder = tempDir("infoscore-pathopts-");
      const zh = await inFreshFolder("recalc", input, option, "--docx", "--period", "2026-03", "--out", folder);
      expect(zh.code).toBe(2);
      expect(zh.err).toBe(`选项 ${option} 后面应是文件或文件夹路径，而不是 --docx。请在 ${option} 后紧跟路径`);
      expect(zh.left).toEqual([]);
      const en = await inFreshFolder("recalc", input, option, "--docx", "--lang", "en");
      expect(en.err).toBe(`option ${option} needs a file or folder path after it, not --docx. Put the path right after ${option}`);
      expect(readdirSync(folder)).toEqual([]);
    });
  }

  it("--json without a value before the workbook: the message says --json took the workbook's name", async () => {
    const zh = await inFreshFolder("recalc", "--json", input, "--period", "2026-03");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`缺少参数：paths。--json 把后面的 ${input} 当作了自己的值；--json 不带值时，请写在 ${input} 之后`);
    expect(zh.left).toEqual([]);
    const en = await inFreshFolder("recalc", "--json", input, "--lang", "en");
    expect(en.err).toBe(`missing argument: paths. --json took ${input} as its value; to use --json without a value, put it after ${input}`);
  });

  it("--json=-x is refused too; only - itself means stdout", async () => {
    const r = await inFreshFolder("recalc", input, "--json=-x", "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toBe("选项 --json 后面应是文件或文件夹路径，而不是 -x。请在 --json 后紧跟路径（写 - 表示标准输出）");
    expect(r.left).toEqual([]);
  });

  it("template --out and demo --out followed by an option are refused, naming --out", async () => {
    for (const command of ["template", "demo"]) {
      const r = await inFreshFolder(command, "--out", "--force");
      expect(r.code).toBe(2);
      expect(r.err).toContain("选项 --out 后面应是文件或文件夹路径，而不是 --force");
      expect(r.left).toEqual([]);
    }
  });
});

describe("validate --json means what recalc --json means", () => {
  it("no value or - prints the JSON; a file name writes it there", async () => {
    const bare = await runMain("validate", input, "--period", "2026-03", "--json");
    const dash = await runMain("validate", input, "--period", "2026-03", "--json", "-");
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.out).stats.length).toBeGreaterThan(0);
    expect(dash.out).toBe(bare.out);
    const file = join(tempDir("infoscore-pathopts-"), "检查.json");
    const toFile = await runMain("validate", input, "--period", "2026-03", "--json", file);
    expect(toFile.out).toBe(`JSON 检查结果：${file}`);
    expect(readFileSync(file, "utf8")).toBe(bare.out + "\n");
  });

  it("validate --json naming the input is refused and the input kept", async () => {
    const before = readFileSync(input);
    const r = await runMain("validate", input, "--json", input);
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是输入文件");
    expect(readFileSync(input)).toEqual(before);
  });
});

describe("a JSON file where the run needs a folder", () => {
  it("--json d --out d is refused before the result workbook is written, naming both options", async () => {
    const root = tempDir("infoscore-pathopts-");
    const m = join(root, "m");
    for (const lang of ["zh", "en"]) {
      const r = await runMain("recalc", input, "--period", "2026-03", "--json", m, "--out", m, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        lang === "zh"
          ? `--json 要写出文件 ${m}，而 --out 要用文件夹 ${m}：同一路径不能既是文件又是文件夹。已停止，未写入任何文件。请给 --json 和 --out 指定不同的位置`
          : `--json would write the file ${m}, but --out needs the folder ${m}: one path cannot be both. Stopped; nothing was written. Choose different places for --json and --out`,
      );
      expect(existsSync(m)).toBe(false);
    }
  });

  it("a JSON file on the way to the --out folder, or named like the 公文 folder, is refused too", async () => {
    const root = tempDir("infoscore-pathopts-");
    const above = await runMain("recalc", input, "--period", "2026-03", "--json", join(root, "a"), "--out", join(root, "a", "b"));
    expect(above.err).toContain(`--json 要写出文件 ${join(root, "a")}，而 --out 要用文件夹 ${join(root, "a", "b")}`);
    mkdirSync(join(root, "out"));
    const docx = join(root, "out", "报送-公文-2026-03");
    const word = await runMain("recalc", input, "--period", "2026-03", "--out", join(root, "out"), "--docx", "--json", docx);
    expect(word.err).toContain(`--json 要写出文件 ${docx}，而 --docx 要用文件夹 ${docx}`);
    expect(readdirSync(root)).toEqual(["out"]);
    expect(readdirSync(join(root, "out"))).toEqual([]);
  });

  it("what already stands in the way stops a batch before its first workbook is written", async () => {
    const root = tempDir("infoscore-pathopts-");
    const second = join(root, "二.xlsx");
    await smallWorkbook(second);
    const out = join(root, "out");
    mkdirSync(join(out, "二-结果-2026-03.xlsx"), { recursive: true });
    const taken = await runMain("recalc", input, second, "--period", "2026-03", "--out", out);
    expect(taken.code).toBe(2);
    expect(taken.err).toBe(
      `无法写入 ${join(out, "二-结果-2026-03.xlsx")}：已有同名的文件夹。请用 --out 或 --json 指定其他位置，或改名该文件夹`,
    );
    expect(readdirSync(out)).toEqual(["二-结果-2026-03.xlsx"]);
    // A file where the second workbook's 公文 folder goes.
    const words = join(root, "words");
    mkdirSync(words);
    writeFileSync(join(words, "二-公文-2026-03"), "");
    const file = await runMain("recalc", input, second, "--period", "2026-03", "--out", words, "--docx");
    expect(file.code).toBe(2);
    expect(file.err).toBe(
      `无法写入 ${join(words, "二-公文-2026-03")}：路径中的 ${join(words, "二-公文-2026-03")} 不是文件夹。请检查 --out 或 --json`,
    );
    expect(readdirSync(words)).toEqual(["二-公文-2026-03"]);
  });
});
