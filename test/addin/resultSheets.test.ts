// The Office.js result-sheet writer on the stricter fake Excel: earlier results are found by a
// marker that records the sheet's own id (a user's copy is never deleted), new sheets are written
// under temporary names and swapped in only when complete (a failed request leaves the previous
// results), text stays text, requests are budgeted in UTF-8 bytes with one picture each, and
// calculation is suspended for every request that writes.
import { describe, expect, it } from "vitest";
import { A4_PORTRAIT, RESULT_MARKER, RUN_MARKER, resultMarkerValue, parsePeriod, table, text, type SheetModel } from "../../core/index.ts";
import { writeSheets } from "../../addin/excel/writeSheets.ts";
import { runJobOn } from "../helpers/runDay.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

const FIVE_MB = 5 * 1024 * 1024;
const MARCH = parsePeriod("2026-03")!;

function smallBook(): FakeExcel {
  const book = new FakeExcel();
  installExcelGlobal(book);
  book.addSheet("单位名册", [["单位"], ["古邵镇"], ["区农业农村局"]]);
  book.addSheet("信息报送", [
    ["报送日期", "报送单位", "标题"],
    ["2026-03-02", "古邵镇", "春耕"],
  ]);
  return book;
}

const model = (name: string, rows: Array<Array<string | number>>, extra: Partial<SheetModel> = {}): SheetModel => ({
  name,
  kind: "test",
  widths: [10, 10],
  freezeHeader: false,
  print: A4_PORTRAIT,
  blocks: [text(`${name} 标题`, "title"), table(["编号", "内容"], ["text", "text"], rows)],
  ...extra,
});

const names = (book: FakeExcel) => book.sheets.map((s) => s.name);

describe("result sheets in Excel", () => {
  it("keeps a user's copy of a result sheet on the next 全部重算 (the marker records the sheet's own id)", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    const original = book.sheets.find((s) => s.name === "月度通报")!;
    const copy = book.copySheet(original, "月度通报 存档");
    expect(copy.names.get(RESULT_MARKER)).toBe(original.names.get(RESULT_MARKER)); // the marker travelled
    await runJobOn("all", MARCH, "zh");
    expect(names(book)).toContain("月度通报 存档");
    expect(names(book).filter((n) => n.startsWith("月度通报"))).toEqual(["月度通报 存档", "月度通报"]);
  });

  it("writes the same marker as the batch tool's writer (kind/run/name, run id in InfoScore_Run), so each host knows the other's sheets", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    const run = book.names.get(RUN_MARKER)!;
    expect(run).toMatch(/^="[0-9a-f]{8}"$/);
    const ranking = book.sheets.find((s) => s.name === "月度通报")!;
    expect(ranking.names.get(RESULT_MARKER)).toBe(`="${resultMarkerValue("ranking", run.slice(2, -1), "月度通报")}"`);
    // A later single job keeps the workbook's run id, so the sheets it does not rewrite stay recognisable.
    await runJobOn("staff", MARCH, "zh");
    expect(book.names.get(RUN_MARKER)).toBe(run);
    await runJobOn("all", MARCH, "zh");
    expect(names(book).filter((n) => n.startsWith("月度通报"))).toEqual(["月度通报"]);
  });

  it("does not add 月度通报(2), (3), (4)… on each press when the user has a sheet named 月度通报", async () => {
    const book = smallBook();
    book.addSheet("月度通报", [["用户自己的表"]]);
    for (let i = 0; i < 3; i++) await runJobOn("monthly", MARCH, "zh");
    expect(names(book).filter((n) => n.startsWith("月度通报"))).toEqual(["月度通报", "月度通报(2)"]);
    expect(book.sheets.find((s) => s.name === "月度通报")!.grid[0][0]).toBe("用户自己的表");
  });

  it("leaves the previous results in place, and no half-written sheet, when a request fails part-way", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    const before = names(book);
    const ranking = book.sheets.find((s) => s.name === "月度通报")!;
    for (const after of [3, 6, 9]) {
      book.failSyncAfter(after);
      await expect(runJobOn("all", MARCH, "zh")).rejects.toThrow(/injected/);
      book.failAtSync = undefined;
      expect(names(book), `failure after ${after} syncs`).toEqual(before);
      expect(book.sheets.find((s) => s.name === "月度通报")).toBe(ranking);
    }
  });

  it("writes text cells as text: 001 and 2026-03 are not retyped into a number and a date", async () => {
    const book = new FakeExcel();
    installExcelGlobal(book);
    book.addSheet("Sheet1");
    await writeSheets(book.context, [
      model("文本", [
        ["001", "2026-03"],
        ["0012", "3.10"],
      ]),
    ]);
    const sheet = book.sheets.find((s) => s.name === "文本")!;
    expect(["A3", "B3", "A4", "B4"].map((r) => sheet.cells.get(r)?.value)).toEqual(["001", "2026-03", "0012", "3.10"]);
  });

  it("keeps every request under 5 MB in UTF-8 bytes for Chinese text (3 bytes a character)", async () => {
    const book = new FakeExcel(false);
    installExcelGlobal(book);
    book.addSheet("Sheet1");
    const long = "信息工作考核".repeat(170); // 1,020 characters, 3,060 bytes
    const rows = Array.from({ length: 3_000 }, (_, i) => [String(i), long]);
    await writeSheets(book.context, [model("长文本", rows)]);
    expect(book.maxRequestBytes).toBeGreaterThan(1_000_000);
    expect(book.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(book.sheets.find((s) => s.name === "长文本")).toBeDefined();
  });

  it("sends the letterhead logo once per request, so twelve letters with a 450 KB logo never share one", async () => {
    const book = new FakeExcel(false);
    installExcelGlobal(book);
    book.addSheet("Sheet1");
    const letters = Array.from({ length: 12 }, (_, i) => text(`缺报通知单 ${i + 1}`, "letterTitle"));
    await writeSheets(book.context, [{ ...model("缺报通知单", [["1", "x"]]), blocks: letters, logo: true }], {
      replace: "all",
      logo: "A".repeat(450_000),
    });
    expect(book.sheets.find((s) => s.name === "缺报通知单")!.placed).toHaveLength(12);
    expect(book.maxImagesPerRequest).toBe(1);
    expect(book.maxRequestBytes).toBeLessThan(FIVE_MB);
  });

  it("puts the logo beside the titles of a real run (输出模板 with a picture)", async () => {
    const book = smallBook();
    const template = book.addSheet("输出模板", [["表", "项目", "内容"]]);
    template.images.push("iVBORw0KGgo=");
    await runJobOn("all", MARCH, "zh");
    expect(book.sheets.find((s) => s.name === "月度通报")!.placed.map((p) => p.image)).toEqual(["iVBORw0KGgo="]);
  });

  it("suspends calculation for every request that writes, not only the first", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    expect(book.syncs).toBeGreaterThan(5);
    expect(book.writesWithoutSuspension).toBe(0);
  });

  it("gives each run its own request context", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    await runJobOn("staff", MARCH, "zh");
    expect(book.runs).toBe(2);
    expect(book.context).not.toBe(book.context);
  });
});

describe("the fake Excel rejects what Excel rejects", () => {
  it("sheet names over 31 characters, with a/b:c, or clashing ignoring case", async () => {
    const book = new FakeExcel();
    book.addSheet("月度通报");
    expect(() => book.addSheet("x".repeat(40))).toThrow(/31/);
    expect(() => book.addSheet("a/b:c")).toThrow(/not allowed/);
    const ctx = book.context;
    ctx.workbook.worksheets.add("X".repeat(32));
    await expect(ctx.sync()).rejects.toThrow(/31/);
    book.addSheet("Report");
    const ctx2 = book.context;
    ctx2.workbook.worksheets.add("REPORT");
    await expect(ctx2.sync()).rejects.toThrow(/already exists/);
  });

  it("a 2×2 array on a 1×1 range, adds and deletes before sync, deleting the last sheet", async () => {
    const book = new FakeExcel();
    const only = book.addSheet("唯一");
    const ctx = book.context;
    const sheet = ctx.workbook.worksheets.add("新表");
    expect(
      () =>
        (sheet.getRange("A1").values = [
          [1, 2],
          [3, 4],
        ]),
    ).toThrow(/1×1/);
    expect(book.sheets.map((s) => s.name)).toEqual(["唯一"]); // not there before sync
    await ctx.sync();
    expect(book.sheets.map((s) => s.name)).toEqual(["唯一", "新表"]);
    const ctx2 = book.context;
    ctx2.workbook.worksheets.load("items/name");
    await ctx2.sync();
    for (const s of ctx2.workbook.worksheets.items) s.delete();
    expect(book.sheets).toHaveLength(2); // deletes wait for sync
    await expect(ctx2.sync()).rejects.toThrow(/at least one/);
    // Applied in order: the first delete went through, the second (the last sheet) was refused.
    expect(book.sheets.map((s) => s.name)).toEqual(["新表"]);
    expect(only.deleted).toBe(true);
  });
});
