// Reading only what the input contract needs, in reads sized by bytes: a stray cell far to the
// right costs a warning naming its column, not a thousand requests; a column of long texts is
// read in smaller chunks, and a read Excel refuses as too large is halved and read again.
import { describe, expect, it } from "vitest";
import { IssueLog, SHEETS, type CellValue } from "../../core/index.ts";
import { readInput } from "../../addin/excel/readInput.ts";
import { MAX_TITLE_CHARS } from "../../core/read/convert.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { FakeExcel, PAYLOAD_LIMIT } from "../helpers/fakeExcel.ts";

function logBook(rows: number, title: (i: number) => string): { book: FakeExcel; log: CellValue[][] } {
  const book = new FakeExcel(false);
  const sample = sampleSheets();
  const header = SHEETS.submissions.columns.map((c) => c.names[0]);
  const log: CellValue[][] = [
    header,
    ...Array.from({ length: rows }, (_, i) => {
      const base = sample.submissions[i % sample.submissions.length];
      return [`G${i}`, "2026-03-15", base[2], base[3], title(i), ...base.slice(5)];
    }),
  ];
  book.addSheet("单位名册", [["单位"], ...sample.units]);
  book.addSheet("信息报送", log);
  return { book, log };
}

describe("reading the input sheets", () => {
  it("reads only the known columns: a space in XFD1 costs a warning naming XFD, not a thousand requests", async () => {
    const { book, log } = logBook(3_000, (i) => `春耕动态${i}`);
    const width = log[0].length;
    log[0] = [...log[0], ...new Array<CellValue>(16_384 - width - 1).fill(null), " "]; // XFD1
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    expect(read.data.submissions).toHaveLength(3_000);
    // Date system, sheet list, extents, then a header read and a data read per sheet.
    expect(book.syncs).toBeLessThanOrEqual(8);
    const wide = issues.list.filter((i) => i.code === "usedRangeWide");
    expect(wide).toHaveLength(1);
    expect(wide[0].sheet).toBe("信息报送");
    expect(wide[0].message).toContain("XFD 列");
    expect(wide[0].message).toContain(`${String.fromCharCode(64 + width)} 列`);
  });

  it("reads a column of 2,000-character texts by bytes: a refused read is halved, every row arrives", async () => {
    const { book } = logBook(6_000, (i) => `${i}`.padEnd(2_000, "长"));
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    expect(read.data.submissions).toHaveLength(6_000);
    // Every row arrives whole; what is kept of a title is its first MAX_TITLE_CHARS characters.
    expect(read.data.submissions[5_999].title).toBe("5999".padEnd(MAX_TITLE_CHARS, "长"));
    expect(issues.list.filter((i) => i.code === "textCut")).toHaveLength(6_000);
    expect(book.refusedResponses).toBeGreaterThan(0); // the first read, sized in cells, was too large
    expect(book.maxResponseBytes).toBeGreaterThan(1_000_000);
    expect(book.syncs).toBeLessThan(30);
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });
});
