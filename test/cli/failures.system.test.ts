// Failures a user can cause, each in the user's language, naming the file (and the part) and
// saying what to do; one workbook's failure never stops the next of a batch.
import { beforeAll, describe, expect, it } from "vitest";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../helpers/tmp.ts";
import { BIN, runBin, runMain, smallWorkbook } from "../helpers/cli.ts";
import { sniff } from "../../ooxml/sniff.ts";
import { writeFailure } from "../../cli/osErrors.ts";
import { InfoScoreError, renderFailure } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";

const dir = tempDir("infoscore-failures-");
const good = join(dir, "good.xlsx");
beforeAll(() => smallWorkbook(good));

/** A compound (OLE) file as Excel writes for an encrypted workbook: a header and a directory naming its streams. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => {
    for (let j = 0; j < name.length; j++) bytes[512 + i * 128 + 2 * j] = name.charCodeAt(j);
  });
  return bytes;
}

/** Finds the central-directory record of `part` and its local header. */
function zipRecords(bytes: Buffer, part: string): { central: number; local: number; data: number } {
  const name = Buffer.from(part);
  for (let p = bytes.length - 22; p >= 0; p--) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) continue;
    const length = bytes.readUInt16LE(p + 28);
    if (!bytes.subarray(p + 46, p + 46 + length).equals(name)) continue;
    const local = bytes.readUInt32LE(p + 42);
    return { central: p, local, data: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28) };
  }
  throw new Error(`no ${part}`);
}

describe("what the file really is, before unzipping", () => {
  it("an encrypted workbook says to remove the password in Excel", async () => {
    const file = join(dir, "加密.xlsx");
    writeFileSync(file, compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    const r = await runMain("recalc", file, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`✗ ${file}：工作簿设有打开密码（已加密），无法读取。请先在 Excel 中取消密码`);
    const en = await runMain("recalc", file, "--period", "2026-03", "--lang", "en");
    expect(en.err).toContain("the workbook is encrypted with a password");
  });

  it("a real .xls (made by LibreOffice), also renamed .xlsx, gets “另存为 .xlsx” (decision D6)", async () => {
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xls", "--outdir", dir, good], {
      stdio: "pipe",
      timeout: 180_000,
    });
    const xls = join(dir, "good.xls");
    expect(sniff(readFileSync(xls))).toBe("legacyWorkbook");
    const renamed = join(dir, "改名.xlsx");
    copyFileSync(xls, renamed);
    for (const file of [xls, renamed]) {
      const r = await runMain("recalc", file, "--period", "2026-03", "--out", join(dir, "out"));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`✗ ${file}：这是旧版 .xls 或 .et 格式的工作簿，无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
    }
  }, 200_000);

  it("a CSV (UTF-8 or GBK) and an empty file get their own advice", async () => {
    const csv = join(dir, "导出.csv");
    writeFileSync(csv, "\uFEFF报送单位,报送日期,标题\n古邵镇,2026-03-05,春耕\n");
    const gbk = join(dir, "gbk.xlsx");
    writeFileSync(gbk, Buffer.from([0xb1, 0xa8, 0xcb, 0xcd, 0x2c, 0x31, 0x0d, 0x0a])); // 报送,1 in GBK
    const empty = join(dir, "空.xlsx");
    writeFileSync(empty, "");
    const r = await runMain("recalc", csv, gbk, empty, "--period", "2026-03", "--out", join(dir, "out"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`✗ ${csv}：这是文本文件（如 .csv），不是工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
    expect(r.err).toContain(`✗ ${gbk}：这是文本文件`);
    expect(r.err).toContain(`✗ ${empty}：文件是空的（0 字节）`);
  });

  it("a folder's .xls, .et and .csv files are named as skipped, not ignored", async () => {
    const folder = tempDir("infoscore-failures-");
    copyFileSync(good, join(folder, "a.xlsx"));
    writeFileSync(join(folder, "b.et"), compoundFile(["Workbook"]));
    const r = await runMain("recalc", folder, "--period", "2026-03");
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${join(folder, "b.et")}：不是 .xlsx 工作簿，已跳过。请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
  });
});

describe("damaged packages name the part", () => {
  it("a damaged sheet part: no zlib English, the part named, what to do", async () => {
    const bytes = readFileSync(good);
    const { data } = zipRecords(bytes, "xl/worksheets/sheet2.xml");
    bytes[data] = 0xff; // a reserved block type: the deflate stream cannot be read
    const file = join(dir, "损坏.xlsx");
    writeFileSync(file, bytes);
    const r = await runMain("recalc", file, "--period", "2026-03", "--out", join(dir, "out"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `✗ ${file}：工作簿的部件 信息报送 (xl/worksheets/sheet2.xml) 已损坏，无法解压。请在 Excel 中用“打开并修复”打开`,
    );
    expect(r.err).not.toMatch(/invalid|block type|distance/i);
  });

  it("“invalid distance too far back” (a back reference before the start) never reaches the user", async () => {
    const bytes = readFileSync(good);
    const { data } = zipRecords(bytes, "xl/sharedStrings.xml");
    // A fixed-Huffman block whose first symbol copies 3 bytes from 1 byte back: before the start.
    bytes.set([0x03, 0x02, 0x00], data);
    const file = join(dir, "distance.xlsx");
    writeFileSync(file, bytes);
    for (const lang of ["zh", "en"]) {
      const r = await runMain("recalc", file, "--period", "2026-03", "--out", join(dir, "out"), "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain("xl/sharedStrings.xml");
      expect(r.err).not.toMatch(/invalid distance|too far back/);
    }
  });

  it("an unsupported compression method is named with the part", async () => {
    const bytes = readFileSync(good);
    const { central, local } = zipRecords(bytes, "xl/worksheets/sheet2.xml");
    bytes.writeUInt16LE(12, central + 10); // bzip2
    bytes.writeUInt16LE(12, local + 8);
    const file = join(dir, "bzip2.xlsx");
    writeFileSync(file, bytes);
    const r = await runMain("recalc", file, "--period", "2026-03", "--out", join(dir, "out"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `✗ ${file}: part 信息报送 (xl/worksheets/sheet2.xml) of the workbook uses an unsupported compression method (12)`,
    );
  });

  it("a truncated zip is “not a valid xlsx workbook”, not an offset error", async () => {
    const file = join(dir, "截断.xlsx");
    writeFileSync(file, readFileSync(good).subarray(0, 300));
    const r = await runMain("recalc", file, "--period", "2026-03", "--out", join(dir, "out"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是有效的 xlsx 工作簿（无法解压）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再试");
  });
});

describe("file-system errors in the user's language", () => {
  it("EACCES, ENOSPC and ENAMETOOLONG become failures naming the path", () => {
    const fail = (code: string) => {
      try {
        writeFailure(Object.assign(new Error(`${code}: permission denied, open '/x/a.12001.1795921505400.tmp'`), { code }), "/x/结果.xlsx");
      } catch (e) {
        return [renderFailure(e, "zh"), renderFailure(e, "en")];
      }
      return [];
    };
    expect(fail("EACCES")[0]).toBe("无法写入 /x/结果.xlsx：没有写入权限或该位置只读。请用 --out 指定可写入的文件夹，或检查权限后再试");
    expect(fail("ENOSPC")[0]).toContain("磁盘空间不足");
    expect(fail("ENAMETOOLONG")[1]).toContain("the file name or path is too long");
    expect(fail("EACCES").join("")).not.toContain(".tmp");
  });

  it("a real unwritable folder (EACCES) is named, with what to do, and leaves no temporary file", () => {
    const folder = tempDir("infoscore-readonly-");
    copyFileSync(good, join(folder, "in.xlsx"));
    chmodSync(join(folder, "in.xlsx"), 0o644);
    chmodSync(folder, 0o555);
    // As root every folder is writable: run the command as nobody then.
    const asUser = process.getuid?.() === 0 ? ["runuser", "-u", "nobody", "--", "env", "HOME=/tmp"] : [];
    const [cmd, ...args] = [...asUser, process.execPath, BIN, "recalc", join(folder, "in.xlsx"), "--period", "2026-03"];
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `✗ ${join(folder, "in.xlsx")}：无法写入 ${join(folder, "in-结果-2026-03.xlsx")}：没有写入权限或该位置只读。请用 --out 指定可写入的文件夹`,
    );
    expect(r.stderr).not.toMatch(/EACCES|permission denied|\.tmp/);
    expect(readdirSync(folder)).toEqual(["in.xlsx"]);
  }, 60_000);

  it("an --out that is a file, not a folder, is refused in Chinese", async () => {
    const notFolder = join(dir, "file-not-folder");
    writeFileSync(notFolder, "");
    const r = await runMain("recalc", good, "--period", "2026-03", "--out", join(notFolder, "sub"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/不是文件夹|无法写入/);
    expect(r.err).not.toMatch(/ENOTDIR|EEXIST/);
  });

  it("an unexpected error is “internal”, without its class name or English text", () => {
    expect(renderFailure(new RangeError("Invalid time value"), "zh")).toBe("处理时发生内部错误。请将该文件与本提示发给维护人员");
    expect(renderFailure(new InfoScoreError("damagedPart", { part: "xl/a.xml" }), "en")).toContain(
      "part xl/a.xml of the workbook is damaged",
    );
  });
});

describe("a batch goes on after a failed workbook", () => {
  it("a reader that throws inside the decompression stream rejects that file only", async () => {
    const { deflateRawSync } = await import("node:zlib");
    const deflated = new Uint8Array(deflateRawSync(Buffer.from("x".repeat(1000))));
    await expect(
      nodeCodec.inflateStream(deflated, () => {
        throw new RangeError("Invalid time value");
      }),
    ).rejects.toThrow(RangeError);
  });

  it("the real command: a number too large for a date in one workbook, then a sound one — the second is written", async () => {
    const folder = tempDir("infoscore-batch-");
    const bad = join(folder, "1-电话号码.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("单位名册").addRows([["单位"], ["古邵镇"]]);
    const ws = wb.addWorksheet("信息报送");
    ws.addRows([
      ["报送单位", "报送日期", "标题"],
      ["古邵镇", 1e20, "电话"],
    ]);
    ws.getCell("B2").numFmt = "yyyy-mm-dd";
    await wb.xlsx.writeFile(bad);
    const damaged = join(folder, "2-损坏.xlsx");
    writeFileSync(damaged, readFileSync(good).subarray(0, 200));
    copyFileSync(good, join(folder, "3-正常.xlsx"));
    const r = runBin(["recalc", folder, "--period", "2026-03", "--json", "-"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBeGreaterThanOrEqual(1);
    expect(r.code).toBeLessThanOrEqual(2);
    expect(existsSync(join(folder, "3-正常-结果-2026-03.xlsx"))).toBe(true);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([bad, damaged, join(folder, "3-正常.xlsx")]);
    expect(lines[1]).toMatchObject({ code: "notWorkbook" });
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});
