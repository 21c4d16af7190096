// Keep-with-next: a table's last rows go to the page of the text after it, so that no printed page
// shows the repeated table header (print titles are sheet-wide) without a row of the table under it.
// Worked by hand on A4 portrait: 841.89 − 2 × 54 = 733.89 pt a page; the title row is 30 pt, the
// header 30 pt, a data row 15 pt, so page 1 holds the title, the header and 44 rows (720 pt).
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../../core/sheets/layout.ts";
import { pageRoom, pageStarts, rowHeights } from "../../core/sheets/pagination.ts";
import { A4_PORTRAIT, table, text, type Block, type SheetModel } from "../../core/sheets/sheetModel.ts";

function sheetOf(rows: number, after: Block[], repeatHeader = true): SheetModel {
  const data = Array.from({ length: rows }, (_, i) => [i + 1, `unit ${i + 1}`]);
  return {
    name: "s",
    kind: "ranking",
    widths: [8, 20],
    blocks: [text("Title", "title", 30), table(["rank", "unit"], ["int", "text"], data, { repeatHeader }), ...after],
    freezeHeader: false,
    print: A4_PORTRAIT,
  };
}

const closing: Block[] = [{ kind: "blank" }, text("signature", "letterSign", 22), text("date", "letterSign", 22)];

describe("keep-with-next", () => {
  it("measures the page and the rows as the writers set them", () => {
    const model = sheetOf(44, closing);
    expect(pageRoom(model, 2)).toBeCloseTo(733.89, 1);
    const heights = rowHeights(model, 2)!;
    expect(heights.slice(1, 4)).toEqual([30, 30, 15]);
    // Title, header and 44 rows fill page 1; the closing lines start page 2.
    expect(pageStarts(heights, [], 733.89, 2)).toEqual([1, 47]);
  });

  it("a table that ends at a page's foot takes its last two rows to the page of the closing lines", () => {
    const layout = layoutSheet(sheetOf(44, closing));
    expect(layout.printTitleRow).toBe(2);
    expect(layout.tables[0].lastDataRow).toBe(46);
    expect(layout.breaksAfter).toEqual([44]);
    const starts = pageStarts(rowHeights(sheetOf(44, closing), 2)!, layout.breaksAfter, 733.89, 2);
    // Page 2: the repeated header, rows 45 and 46, the closing lines.
    expect(starts).toEqual([1, 45]);
  });

  it("adds no break when the closing lines fit under the table, with room to spare", () => {
    expect(layoutSheet(sheetOf(30, closing)).breaksAfter).toEqual([]);
    // Nothing after the table: its last page always has rows.
    expect(layoutSheet(sheetOf(44, [])).breaksAfter).toEqual([]);
  });

  it("breaks where Excel's pages (a few per cent longer) would end the table at the foot", () => {
    // 46 rows: our page 1 ends after row 44 with two rows and the closing lines on page 2, but a page
    // 6% longer holds all 46 rows and leaves the closing lines alone under the repeated header.
    expect(layoutSheet(sheetOf(46, closing)).breaksAfter).toEqual([46]);
  });

  it("leaves a table without a repeated header alone", () => {
    expect(layoutSheet(sheetOf(44, closing, false)).breaksAfter).toEqual([]);
  });

  it("a one-row table goes whole, its header with it, when the closing lines would not fit under it", () => {
    const lines = Array.from({ length: 46 }, (_, i): Block => text(`paragraph ${i + 1}`, "text", 15));
    const model: SheetModel = { ...sheetOf(1, closing), blocks: [...lines, ...sheetOf(1, closing).blocks.slice(1)] };
    const layout = layoutSheet(model);
    // 46 lines (690 pt), the header (row 47) and its row (48) come to 735 pt: on our page the row starts
    // page 2 with the closing lines; on a page 6% longer both fit page 1 and the closing lines would
    // be alone under the repeated header. So the table starts a page, its header with it.
    expect(layout.tables[0].headerRow).toBe(47);
    expect(layout.breaksAfter).toEqual([46]);
  });
});

describe("a table's header is never left at a page's foot", () => {
  /** Title, a first table of `rows` rows, then a heading kept with a second table of ten rows, then closing lines. */
  function twoTables(rows: number): SheetModel {
    const first = sheetOf(rows, []);
    const second = table(
      ["rank", "unit"],
      ["int", "text"],
      Array.from({ length: 10 }, (_, i) => [i + 1, `unit ${i + 1}`]),
      { repeatHeader: true },
    );
    return { ...first, blocks: [...first.blocks, { ...text("Heading", "letterBody", 22), keepWithNext: true }, second, ...closing] };
  }

  it("the heading and the header start the next page when no row of theirs would fit under them", () => {
    // 41 rows: title 30 + header 30 + 615 = 675 pt, heading 697, header 727 ≤ 733.89, its first row 742 >.
    const layout = layoutSheet(twoTables(41));
    expect(layout.tables[1].headerRow).toBe(45);
    expect(layout.breaksAfter).toEqual([43]);
  });

  it("nothing moves when the header has rows under it on its page", () => {
    // 25 rows: everything fits page 1 (696 pt), with room to spare.
    expect(layoutSheet(twoTables(25)).breaksAfter).toEqual([]);
    // 30 rows: the second table fits under its header, but the closing lines (749 pt) would not:
    // that table's last two rows go with them.
    expect(layoutSheet(twoTables(30)).breaksAfter).toEqual([42]);
  });
});
