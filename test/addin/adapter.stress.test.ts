// The Office.js adapter on 100,000 log rows against the strict fake workbook: reads and writes go in
// chunks (the sync count does not grow per row) and no request or response passes 5 MB. Seconds
// each, so they run in the stress project (vitest.config.ts).
import { describe, expect, it } from "vitest";
import { buildResultSheets, calculate, IssueLog, parseDay, parsePeriod } from "../../core/index.ts";
import { readInput, CELLS_PER_READ } from "../../addin/excel/readInput.ts";
import { writeSheets } from "../../addin/excel/writeSheets.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { installExcelGlobal } from "../helpers/fakeExcel.ts";
import { sampleBook } from "../helpers/sampleBook.ts";

const FIVE_MB = 5 * 1024 * 1024;

describe("Office.js adapter: reading", () => {
  it("reads 100,000 log rows in chunks: syncs do not grow per row, no response over 5 MB", async () => {
    const book = sampleBook(100_000, false);
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    expect(read.data.submissions.length).toBe(100_000 + sampleSheets().submissions.length);
    const chunks = Math.ceil((100_000 + 200) / Math.floor(CELLS_PER_READ / 21));
    expect(book.syncs).toBeLessThanOrEqual(3 + chunks + 6 + 5); // + a header read per input sheet, the date-system probe
    expect(book.syncs).toBeLessThan(100); // 100,000 rows: a per-row sync would be 100,000
    expect(book.maxResponseBytes).toBeGreaterThan(100_000);
    expect(book.maxResponseBytes).toBeLessThan(FIVE_MB);
  });
});

describe("Office.js adapter: writing", () => {
  it("writes every result sheet of 100,000 rows in chunks under 5 MB per request", async () => {
    const book = sampleBook(100_000, false);
    installExcelGlobal(book);
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    const results = calculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-11-29")!, issues });
    const models = buildResultSheets(results, { generatedAt: "2026-04-01 09:00", issues });
    const before = book.syncs;
    const written = await writeSheets(book.context, models);
    expect(written).toEqual(models.map((m) => m.name));
    const auditRows = models.find((m) => m.name === "计分明细")!.blocks.reduce((n, b) => n + (b.kind === "table" ? b.rowCount : 0), 0);
    expect(auditRows).toBeGreaterThan(100_000);
    const syncs = book.syncs - before;
    expect(syncs).toBeLessThan(60);
    expect(book.maxRequestBytes).toBeGreaterThan(1_000_000);
    expect(book.maxRequestBytes).toBeLessThan(FIVE_MB);
  });
});
