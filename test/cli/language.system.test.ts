// One language per run: a batch of bad inputs with --lang en and --lang zh, and no text of the
// other language in any message the batch tool prints. Chinese may appear in English output
// only inside quotes (the user's own values), as sheet names and as date forms users type
// (2026年3月5日); English in Chinese output only
// as file names, cell references, codes and the names of programs and formats.
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { resultSheetNames, SHEETS } from "../../core/index.ts";
import { tempDir } from "../helpers/tmp.ts";
import { runBin, runMain, smallWorkbook } from "../helpers/cli.ts";

const root = tempDir("infoscore-lang-");
const batch = join(root, "batch");

/** A compound file naming its streams, as Excel writes an encrypted workbook or an .xls. */
function compound(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => [...name].forEach((ch, j) => (bytes[512 + i * 128 + 2 * j] = ch.charCodeAt(0))));
  return bytes;
}

beforeAll(async () => {
  mkdirSync(batch);
  const good = join(root, "good.xlsx");
  await smallWorkbook(good);
  // Bad cells, a misnamed sheet, doubled sheets, weights that do not sum to 1.
  await smallWorkbook(join(batch, "a-cells.xlsx"), [
    ["古邵真", "三月五日", "春耕"],
    ["峨山镇", "2026-03-09", "防汛"],
  ]);
  const misnamed = new ExcelJS.Workbook();
  misnamed.addWorksheet("单位名册").addRows([["单位"], ["古邵镇"]]);
  misnamed.addWorksheet("2026年信息报送").addRows([
    ["报送单位", "报送日期", "标题"],
    ["古邵镇", "2026-03-05", "春耕"],
  ]);
  await misnamed.xlsx.writeFile(join(batch, "b-misnamed.xlsx"));
  await smallWorkbook(join(batch, "c-doubled.xlsx"), undefined, (wb) => {
    wb.addWorksheet("Submissions").addRows([
      ["报送单位", "报送日期", "标题"],
      ["古邵镇", "2026-03-06", "夏收"],
    ]);
    wb.addWorksheet("计分规则").addRows([
      ["规则", "值"],
      ["群众评议权重", 0.5],
      ["日常考核权重", -1],
      ["U99", 1],
    ]);
  });
  writeFileSync(join(batch, "d-encrypted.xlsx"), compound(["EncryptionInfo", "EncryptedPackage"]));
  writeFileSync(join(batch, "e-legacy.xlsx"), compound(["Workbook"]));
  writeFileSync(join(batch, "f-text.xlsx"), "unit,date,title\n");
  writeFileSync(join(batch, "g-empty.xlsx"), "");
  const damaged = readFileSync(good);
  damaged[damaged.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) + 24] = 0xff; // a reserved deflate block
  writeFileSync(join(batch, "h-damaged.xlsx"), damaged);
  writeFileSync(join(batch, "i-truncated.xlsx"), readFileSync(good).subarray(0, 400));
  writeFileSync(join(batch, "j-old.xls"), compound(["Workbook"]));
  copyFileSync(good, join(root, "ok.xlsx"));
  writeFileSync(
    join(root, "weights.json"),
    "\uFEFF" + JSON.stringify({ appraisal: { weights: { mass: -0.5, daily: 2 } }, ranking: { method: "x" } }),
  );
  writeFileSync(join(root, "broken.json"), '{ "U1": 3,, }');
  writeFileSync(join(root, "exists.xlsx"), "x");
});

/** Everything the tool prints for the whole set of bad inputs, in one language. */
async function allOutput(lang: "zh" | "en"): Promise<string> {
  const l = ["--lang", lang];
  const runs = [
    runBin(["recalc", batch, "--period", "2026-03", "--out", join(root, `out-${lang}`), ...l]),
    await runMain("recalc", join(root, "ok.xlsx"), "--rules", join(root, "weights.json"), "--period", "2026-03", ...l),
    await runMain("recalc", join(root, "ok.xlsx"), "--rules", join(root, "broken.json"), "--period", "2026-03", ...l),
    await runMain("recalc", join(root, "ok.xlsx"), "--json", join(root, "ok.xlsx"), "--period", "2026-03", ...l),
    await runMain("recalc", join(root, "missing.xlsx"), "/dev/zero", "--period", "2026-03", ...l),
    await runMain("recalc", join(root, "ok.xlsx"), "--period", "2026-13", ...l),
    await runMain("recalc", join(root, "ok.xlsx"), "--bogus", ...l),
    await runMain("template", "--out", join(root, "exists.xlsx"), ...l),
    await runMain("validate", join(batch, "d-encrypted.xlsx"), ...l),
    // The help, titles and all, in the language asked for.
    ...[["--help"], ["recalc", "--help"], ["validate", "--help"], ["template", "--help"], ["demo", "--help"]].map((a) =>
      runBin([...a, ...l]),
    ),
  ];
  // validate prints every issue of a workbook
  for (const n of ["a-cells", "b-misnamed", "c-doubled"])
    runs.push(await runMain("validate", join(batch, `${n}.xlsx`), "--period", "2026-03", ...l));
  // With --json - the batch prints one JSON object per workbook on stdout: its messages are the texts in it.
  runs.push(runBin(["recalc", batch, "--period", "2026-03", "--out", join(root, `json-${lang}`), "--json", "-", ...l]));
  const messages = (out: string) =>
    out.split("\n").map((line) => {
      if (!line.startsWith("{")) return line;
      const o = JSON.parse(line) as { input: string; error?: string; headline?: string[] };
      return [o.input, o.error ?? "", ...(o.headline ?? [])].join("\n");
    });
  return runs.map((r) => [...messages(r.out), r.err].join("\n")).join("\n");
}

/** Text without the parts that are neither language: paths, quoted user values, sheet names. */
function stripNeutral(text: string): string {
  const sheetNames = [
    ...Object.values(SHEETS).flatMap((s) => [s.name, ...s.aliases]),
    ...resultSheetNames(),
    "信息报送 (2)",
    "2026年信息报送",
    // The units of the test workbooks: names the summary gives the letters' addressees by.
    "古邵镇",
    "峨山镇",
  ];
  let out = text
    .split(root)
    .join(" ")
    .replace(/[\w./\u4e00-\u9fff-]*\.(xlsx|xls|json|csv|tmp)\b/g, " ");
  // Command-line syntax in the help: option names, <placeholders>, [optional parts].
  out = out.replace(/(^|\s)--?[a-z][\w-]*/g, " ").replace(/<[^>]*>|\[[^\]]*\]/g, " ");
  out = out.replace(/“[^”]*”/g, " ").replace(/"[^"]*"/g, " ");
  // Date forms users type (2026年3月5日) are input syntax, shown as examples in both languages.
  out = out.replace(/\d{4}年\d{1,2}月(\d{1,2}日)?/g, " ");
  for (const name of sheetNames.sort((a, b) => b.length - a.length)) out = out.split(name).join(" ");
  return out;
}

let zh = "";
let en = "";
beforeAll(async () => {
  zh = await allOutput("zh");
  en = await allOutput("en");
  if (process.env.SHOW_OUTPUT) console.info(`${zh}\n-----\n${en}`);
}, 120_000);

describe("one language per run", () => {
  it("the help is in the language asked for", () => {
    expect(zh).toContain("用法： infoscore recalc");
    expect(zh).toContain("显示命令的用法");
    expect(en).toContain("Usage: infoscore recalc");
    expect(en).toContain("show how to use the command");
  });

  it("the batch said something about every bad input in both languages", () => {
    for (const name of [
      "a-cells",
      "b-misnamed",
      "c-doubled",
      "d-encrypted",
      "e-legacy",
      "f-text",
      "g-empty",
      "h-damaged",
      "i-truncated",
      "j-old",
    ]) {
      expect(zh, name).toContain(name);
      expect(en, name).toContain(name);
    }
    expect(zh).toContain("请先在 Excel 中取消密码");
    expect(zh).toContain("请在 Excel 或 WPS 中另存为 .xlsx 后再试");
    expect(en).toContain("Remove the password in Excel first");
  });

  it("English output has no Chinese outside quotes and sheet names", () => {
    const left = stripNeutral(en).match(/[^\n]*[\u3400-\u9fff\uff00-\uffef][^\n]*/g) ?? [];
    expect(left).toEqual([]);
  });

  it("Chinese output has no English words besides file names, cell references, codes and program names", () => {
    const allowed =
      /^(Excel|Word|docx|WPS|JSON|MB|infoscore|help|out|json|force|xlsx|xls|et|csv|InfoScore|recalc|validate|template|demo|paths|zh|en|xl|worksheets|sheet\d*|xml|dev|zero|bogus|YYYY|MM|DD|[A-Z]{1,3}\d+|E[A-Z]+|[A-Za-z]*Error|Q\d|H\d)$/;
    const words = (stripNeutral(zh).match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !allowed.test(w));
    expect([...new Set(words)]).toEqual([]);
  });

  it("no stack trace and no raw system or library text in either language", () => {
    for (const text of [zh, en]) {
      expect(text).not.toMatch(
        /\n\s+at |Error:|EACCES|ENOENT|invalid distance|Unexpected token|Too small|Invalid option|appraisal\.weights/,
      );
    }
  });
});
