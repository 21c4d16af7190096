// Fuzz: 10,000 generated workbooks — random cells of every kind (dates with times of day among
// them), one- and two-row headers, logs over monthly sheets, the shapes real producers write,
// hostile markup, truncated and bit-flipped packages — through the reader and the writer. Typed
// refusals (PackageError) are fine; any other exception, a slow file or rows that are neither
// used nor rejected is a failure. Generated in memory from a fixed seed, so a failure replays.
import { describe, expect, it } from "vitest";
import { InfoScoreError, A4_PORTRAIT, dayOf, IssueLog, parsePeriod, recalculate, table, type SheetModel } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { addResultSheets } from "../../ooxml/resultSheets.ts";

import { readZip } from "../../ooxml/zip.ts";
import { concat, NS_MAIN, workbookParts, zipParts } from "../helpers/xlsxParts.ts";
import { rng } from "../../bench/generate.ts";

const FILES = Number(process.env.FUZZ_FILES ?? 10_000);
const random = rng(20261129);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;

// One log in several sheets too: 信息报送 by month or number.
const LOG_PARTS = ["信息报送1月", "信息报送(2)", "3月信息报送"];
const SHEETS = ["单位名册", "信息报送", "业务指标", "考核记录", "评议打分", "计分规则", "输出模板", "Sheet1"];
const HEADERS: Record<string, string[]> = {
  单位名册: ["单位", "主要负责人", "启用月份", "曾用名"],
  信息报送: ["编号", "报送日期", "报送单位", "作者", "标题", "区采用", "市采用", "省采用", "重要信息", "事件日期"],
  业务指标: ["姓名", "上报市委完成", "上报市委目标"],
  考核记录: ["姓名", "项目", "次数", "分值", "理由依据", "日期"],
  评议打分: ["姓名", "评议类型", "分数"],
  计分规则: ["规则", "值"],
  输出模板: ["表", "项目", "内容"],
  Sheet1: ["a"],
};
for (const part of LOG_PARTS) HEADERS[part] = HEADERS.信息报送;
/** The flag columns a two-row header puts under a merged 采用情况. */
const FLAGS = new Set(["区采用", "市采用", "省采用"]);
const WORDS = [
  "古邵镇",
  "峨山镇",
  "春耕",
  "是",
  "否",
  "√",
  "2026-03-05",
  "2026年3月5日",
  "3月5日",
  "2026/3/5 10:30",
  "2026年3月5日 10时",
  "2026-03-31 23:59:59",
  "2026-02-30",
  "2026.3.5 下午3点",
  "S14",
  "U2",
  "mass",
  "群众评议",
  "张三",
  "  ",
  "=1+1",
  "-3",
  "１２",
  "五号",
];

function randomText(): string {
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(WORDS);
    case 1:
      return "&amp;&lt;&gt;&quot;&apos;";
    case 2:
      return chance(0.05) ? pick(["&#x110000;", "&#xD800;", "&#0;"]) : `&#${0x20 + Math.floor(random() * 0xd000)};`;
    case 3:
      return `<![CDATA[${pick(WORDS)}<&>]]>`;
    case 4:
      return "字".repeat(Math.floor(random() * 200));
    case 5:
      return String.fromCharCode(...Array.from({ length: 8 }, () => 32 + Math.floor(random() * 0x4e00))).replace(/[<&]/g, "");
    case 6:
      return chance(0.02) ? "x".repeat(32_768) : "&#x1F33E;";
    default:
      return `${pick(WORDS)}${Math.floor(random() * 100)}`;
  }
}

function randomCell(ref: string, sst: number): string {
  const r = chance(0.9) ? ` r="${ref}"` : "";
  switch (Math.floor(random() * 9)) {
    case 0:
      return `<c${r}/>`;
    case 1:
      return `<c${r}><v>${pick(["46086", "1e308", "-1", "NaN", "Infinity", "4.5", "99999999999", "", "abc", "0"])}</v></c>`;
    case 2:
      return `<c${r} s="1"><v>${pick(["46086", "1e308", "-5e9", "NaN", "45000.5", "x", "46112.99998842", "46086.4375"])}</v></c>`;
    case 3:
      return `<c${r} t="s"><v>${Math.floor(random() * (sst + 3)) - 1}</v></c>`;
    case 4:
      return `<c${r} t="b"><v>${pick(["0", "1", "2", ""])}</v></c>`;
    case 5:
      return `<c${r} t="e"><v>#N/A</v></c>`;
    case 6:
      return `<c${r} t="d"><v>${pick(["2026-03-05", "2026-13-45", "x", "2026-03-05T10:00:00Z", "2026-03-31T23:59:59.999", "2026-04-01T00:00:00+08:00"])}</v></c>`;
    case 7:
      return `<c${r} t="str"><f>A1</f><v>${randomText()}</v></c>`;
    default:
      return `<c${r} t="inlineStr"><is><r><t xml:space="preserve">${randomText()}</t></r><rPh><t>x</t></rPh></is></c>`;
  }
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The header: one row, or two (采用情况 merged over the flag names in the row below), as offices draw it. */
function headerRows(header: string[]): { xml: string; next: number } {
  const col = (i: number) => String.fromCharCode(65 + i);
  if (!header.some((h) => FLAGS.has(h)) || chance(0.7))
    return { xml: `<row r="1">${header.map((h, i) => inline(`${col(i)}1`, h)).join("")}</row>`, next: 2 };
  const first = header.findIndex((h) => FLAGS.has(h));
  const upper = header.map((h, i) => (FLAGS.has(h) ? (i === first ? inline(`${col(i)}1`, "采用情况") : "") : inline(`${col(i)}1`, h)));
  const lower = header.map((h, i) => (FLAGS.has(h) ? inline(`${col(i)}2`, h) : ""));
  return { xml: `<row r="1">${upper.join("")}</row><row r="2">${lower.join("")}</row>`, next: 3 };
}

function sheetXml(name: string, sst: number): string {
  const header = HEADERS[name];
  const top = headerRows(header);
  let rows = top.xml;
  const n = Math.floor(random() * 12);
  for (let r = top.next; r < top.next + n; r++) {
    const rowRef = chance(0.95) ? ` r="${r}"` : "";
    let cells = "";
    for (let c = 0; c < header.length; c++) if (chance(0.8)) cells += randomCell(`${String.fromCharCode(65 + c)}${r}`, sst);
    rows += `<row${rowRef}>${cells}</row>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The shapes real producers write, applied to a part's text. */
function reshape(xml: string): string {
  if (chance(0.1))
    xml = xml
      .replace(/<(\/?)(?!\?|!)/g, "<$1x:")
      .replace("<x:worksheet xmlns=", "<x:worksheet xmlns:x=")
      .replace("<x:sst xmlns=", "<x:sst xmlns:x=");
  if (chance(0.1)) xml = xml.replace(/="([^"]*)"/g, "='$1'");
  if (chance(0.05)) xml = xml.replace(/<row/g, "<!-- c --><row");
  return xml;
}

/** Damage: cut the text, drop a close tag, or leave a cell open. */
function damage(xml: string): string {
  const k = Math.floor(random() * 4);
  if (k === 0) return xml.slice(0, Math.floor(random() * xml.length));
  if (k === 1) return xml.replace("</row>", "");
  if (k === 2) return xml.replace("</c>", "<c>".repeat(50));
  return xml.replace("<row", "<row <row");
}

async function generate(i: number): Promise<Uint8Array> {
  const names = SHEETS.filter(() => chance(0.6));
  if (chance(0.3)) names.push(pick(LOG_PARTS));
  if (chance(0.8) && !names.includes("信息报送")) names.push("信息报送");
  const sstCount = Math.floor(random() * 5);
  const sst = `<?xml version="1.0"?><sst xmlns="${NS_MAIN}">${Array.from({ length: sstCount }, () => `<si><t>${randomText()}</t></si>`).join("")}</sst>`;
  const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS_MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
  const sheets = names.map((name) => {
    let xml = reshape(sheetXml(name, sstCount));
    if (chance(0.05)) xml = damage(xml);
    return { name, xml };
  });
  const extra: Record<string, string> = {
    "xl/sharedStrings.xml": chance(0.03) ? damage(reshape(sst)) : reshape(sst),
    "xl/styles.xml": styles,
  };
  const parts = workbookParts(sheets, extra, chance(0.1) ? '<workbookPr date1904="1"/>' : "");
  let bytes = await zipParts(parts, i % 5 !== 0);
  if (chance(0.05)) bytes = bytes.slice(0, Math.floor(random() * bytes.length)); // truncated file
  if (chance(0.1)) {
    bytes = bytes.slice();
    for (let f = 0; f < 1 + Math.floor(random() * 4); f++) bytes[Math.floor(random() * bytes.length)] ^= 1 << Math.floor(random() * 8);
  }
  return bytes;
}

const smallModel: SheetModel = {
  name: "结果",
  kind: "fuzz",
  widths: [10],
  freezeHeader: false,
  print: A4_PORTRAIT,
  blocks: [table(["日期"], ["date"], [[46_086]])],
};

const refusals: Record<string, number> = {};

async function roundTrip(i: number, bytes: Uint8Array): Promise<"ok" | "refused"> {
  try {
    const pkg = openPackage(bytes, nodeCodec);
    const issues = new IssueLog();
    const read = await readWorkbookPackage(pkg, issues);
    for (const s of read.stats) expect(s.read, `${i}: ${s.sheet}`).toBe(s.used + s.rejected);
    const models =
      i % 50 === 0
        ? recalculate(read, { period: parsePeriod("2026-03")!, asOf: dayOf(2026, 4, 1), issues, generatedAt: "2026-04-01 09:00" }).sheets
        : [smallModel];
    await addResultSheets(pkg, models, { runId: "fuzz" });
    const chunks: Uint8Array[] = [];
    await pkg.write((b) => void chunks.push(b));
    const out = concat(chunks);
    expect(readZip(out).size, `${i}`).toBeGreaterThan(0);
    // What we write reads back with the same rows.
    const again = await readWorkbookPackage(openPackage(out, nodeCodec), new IssueLog());
    expect(
      again.stats.map((s) => s.read),
      `${i}`,
    ).toEqual(read.stats.map((s) => s.read));
    return "ok";
  } catch (e) {
    if (e instanceof InfoScoreError) {
      refusals[e.code] = (refusals[e.code] ?? 0) + 1;
      return "refused";
    }
    throw new Error(`workbook ${i}: ${(e as Error).stack}`, { cause: e });
  }
}

describe("fuzz: generated, reshaped and damaged workbooks", () => {
  it(`${FILES.toLocaleString("en")} workbooks: no exception but a typed refusal, each fast, read = used + rejected`, async () => {
    const counts = { ok: 0, refused: 0 };
    let slowest = 0;
    for (let i = 0; i < FILES; i++) {
      const bytes = await generate(i);
      const t = performance.now();
      counts[await roundTrip(i, bytes)]++;
      slowest = Math.max(slowest, performance.now() - t);
    }
    console.log(counts, refusals);
    expect(counts.ok + counts.refused).toBe(FILES);
    // Both paths are exercised: most files are read and written, some are refused.
    expect(counts.ok).toBeGreaterThan(FILES / 2);
    expect(counts.refused).toBeGreaterThan(FILES / 50);
    expect(slowest).toBeLessThan(2_000);
  }, 180_000);
});
