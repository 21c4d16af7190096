// Every request the add-in sends, as Excel on the web's own office.js serializes it (run offline,
// test/helpers/officeWire.ts), and every response (the fake Excel measures what it answers),
// stays under 4.5 MB: Excel on the web refuses 5 MB. The realistic large cases: a 5,000-row table
// of wrapped text (a row height each), 100,000 log rows read and written back, a column of
// 2,000-character texts, twelve letters with a 450 KB logo.
import { describe, expect, it } from "vitest";
import {
  A4_PORTRAIT,
  buildResultSheets,
  calculate,
  IssueLog,
  parseDay,
  parsePeriod,
  SHEETS,
  table,
  text,
  type CellValue,
  type SheetKey,
  type SheetModel,
} from "../../core/index.ts";
import { readInput } from "../../addin/excel/readInput.ts";
import { MAX_REQUEST_BYTES, writeSheets } from "../../addin/excel/writeSheets.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";
import { wireContext, type Wire } from "../helpers/officeWire.ts";

const LIMIT = 4.5 * 1024 * 1024;

function emptyBook(): FakeExcel {
  const book = new FakeExcel(false);
  installExcelGlobal(book);
  book.addSheet("Sheet1");
  return book;
}

function logBook(rows: number, title: (i: number) => string): FakeExcel {
  const book = new FakeExcel(false);
  installExcelGlobal(book);
  const sample = sampleSheets();
  const grid = (key: SheetKey, body: CellValue[][]) => [SHEETS[key].columns.map((c) => c.names[0]), ...body];
  const log = Array.from({ length: rows }, (_, i) => {
    const base = sample.submissions[i % sample.submissions.length];
    return [`G${i}`, "2026-03-15", base[2], base[3], title(i), ...base.slice(5)];
  });
  book.addSheet("单位名册", grid("units", sample.units));
  book.addSheet("信息报送", grid("submissions", log));
  return book;
}

function expectUnder(wire: Wire, book: FakeExcel): void {
  expect(wire.requests.length).toBeGreaterThan(1);
  expect(Math.max(...wire.requests)).toBeLessThan(LIMIT);
  // The budget's own promise holds on the wire: what it counts is what office.js sends.
  expect(Math.max(...wire.requests)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  expect(book.maxResponseBytes).toBeLessThan(LIMIT);
}

const wrapped = (rows: number): SheetModel => ({
  name: "长表",
  kind: "test",
  widths: [8, 60, 12],
  freezeHeader: true,
  print: A4_PORTRAIT,
  blocks: [
    text("长表 标题", "title"),
    table(
      ["序号", "内容", "备注"],
      ["text", "textWrap", "text"],
      Array.from({ length: rows }, (_, i) => [String(i + 1), "关于进一步做好信息报送工作的通知要求".repeat(1 + (i % 4)), "备注"]),
    ),
  ],
});

describe("requests and responses on the wire (office.js's own serializer)", () => {
  it("a 5,000-row 计分明细 of wrapped text: a row height per run of equal rows, all counted", async () => {
    const book = logBook(5_000, (i) => `关于进一步做好${i}号春耕备耕信息报送工作的情况报告`.repeat(2 + (i % 4)));
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    const results = calculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-11-29")!, issues });
    const detail = buildResultSheets(results, { generatedAt: "2026-04-01 09:00", issues }).filter((m) => m.name === "计分明细");
    expect(detail).toHaveLength(1);
    const wire: Wire = { requests: [] };
    await writeSheets(wireContext(book.context, wire), detail);
    expectUnder(wire, book);
    expect(Math.max(...wire.requests)).toBeGreaterThan(1_000_000); // the real thing was measured
  });

  it("100,000 log rows: read in chunks and every result sheet written back", async () => {
    const book = logBook(100_000, (i) => `春耕备耕工作动态第${i}期`);
    const wire: Wire = { requests: [] };
    const context = wireContext(book.context, wire);
    const issues = new IssueLog();
    const read = await readInput(context, issues);
    const results = calculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-11-29")!, issues });
    await writeSheets(context, buildResultSheets(results, { generatedAt: "2026-04-01 09:00", issues }));
    expectUnder(wire, book);
    expect(book.maxResponseBytes).toBeGreaterThan(500_000);
  }, 120_000);

  it("a column of 2,000-character texts: read by bytes, not cells, and written back", async () => {
    const book = logBook(6_000, (i) => `${i}`.padEnd(2_000, "长"));
    const wire: Wire = { requests: [] };
    const context = wireContext(book.context, wire);
    const issues = new IssueLog();
    const read = await readInput(context, issues);
    expect(read.data.submissions).toHaveLength(6_000);
    const long = { ...wrapped(1), name: "长文本" };
    long.blocks = [
      table(
        ["序号", "内容"],
        ["text", "textWrap"],
        Array.from({ length: 3_000 }, (_, i) => [String(i), "长".repeat(2_000)]),
      ),
    ];
    await writeSheets(context, [long]);
    expectUnder(wire, book);
    expect(book.maxResponseBytes).toBeGreaterThan(1_000_000);
  }, 60_000);

  it("twelve letters with a 450 KB logo: one picture a request", async () => {
    const book = emptyBook();
    const wire: Wire = { requests: [] };
    const letters = Array.from({ length: 12 }, (_, i) => text(`缺报通知单 ${i + 1}`, "letterTitle"));
    const model: SheetModel = { ...wrapped(1), name: "缺报通知单", blocks: letters, logo: true };
    await writeSheets(wireContext(book.context, wire), [model], { replace: "all", logo: "A".repeat(450_000) });
    expectUnder(wire, book);
    expect(wire.requests.filter((n) => n > 450_000)).toHaveLength(12);
  });
});
