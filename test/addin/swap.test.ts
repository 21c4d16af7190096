// The results swap on the fake Excel, with a fault injected at every operation of every request
// of the swap (Excel applies a request up to the operation that fails): the workbook always
// ends with one complete set of results under their names, never none, and what a dead run left
// (marked temporary sheets) is removed by the next run while a user's look-alike stays.
import { describe, expect, it } from "vitest";
import { parsePeriod, RESULT_MARKER, RUN_MARKER, TEMP_MARKER, TEMP_PREFIX } from "../../core/index.ts";
import { runJobOn } from "../helpers/runDay.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

const MARCH = parsePeriod("2026-03")!;

function smallBook(): FakeExcel {
  const book = new FakeExcel(false);
  installExcelGlobal(book);
  book.addSheet("单位名册", [["单位"], ["古邵镇"], ["区农业农村局"]]);
  book.addSheet("信息报送", [
    ["报送日期", "报送单位", "标题"],
    ["2026-03-02", "古邵镇", "春耕"],
  ]);
  return book;
}

const names = (book: FakeExcel) => book.sheets.map((s) => s.name);

/** The result sheets InfoScore would replace next time: marker present and naming the sheet itself. */
function results(book: FakeExcel): string[] {
  return book.sheets
    .filter((s) => {
      const marker = s.names.get(RESULT_MARKER);
      return marker !== undefined && marker.endsWith(`/${s.name}"`);
    })
    .map((s) => s.name)
    .sort();
}

/** The syncs of one clean run and how many operations each carried. */
async function measure(book: FakeExcel): Promise<number[]> {
  const from = book.opsPerSync.length;
  await runJobOn("all", MARCH, "zh");
  return book.opsPerSync.slice(from);
}

describe("the results swap", () => {
  it("never leaves the workbook without results, whichever operation of the swap fails", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    const expected = results(book);
    expect(expected.length).toBeGreaterThan(3);
    book.addSheet("我的表", [["用户"]]);
    const ops = await measure(book);
    // The swap is the last four requests: read the names again, set aside, rename in, delete the old.
    const swap = ops.length - 4;
    let cases = 0;
    for (let s = swap; s < ops.length; s++) {
      // The first operations, the middle, the last (every one costs seconds of test time).
      const n = ops[s];
      for (const k of new Set([0, 1, 2, 3, Math.floor(n / 2), n - 1, n].filter((x) => x >= 0 && x <= n))) {
        book.failSyncAfter(s);
        book.failAfterOps = k;
        const outcome = await runJobOn("all", MARCH, "zh").then(
          () => "done",
          (e: Error) => e.message,
        );
        book.failAtSync = undefined;
        book.failAfterOps = undefined;
        const where = `request ${s - swap + 1} of the swap, after ${k} operations: ${outcome}`;
        expect(results(book), where).toEqual(expected);
        expect(names(book), where).toContain("我的表");
        // What is left over is marked, so the next run removes it.
        for (const left of book.sheets.filter((x) => x.name.startsWith(TEMP_PREFIX))) expect(left.names.has(TEMP_MARKER), where).toBe(true);
        await runJobOn("all", MARCH, "zh");
        expect(
          names(book).filter((n) => n.startsWith(TEMP_PREFIX)),
          where,
        ).toEqual([]);
        expect(results(book), where).toEqual(expected);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(10);
  });

  it("keeps the old results when a co-author takes a result's name during the swap (ItemAlreadyExists)", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    const ops = await measure(book);
    const rename = book.syncs + ops.length - 1; // the request that renames the new sheets in
    book.beforeSync = (n) => {
      if (n === rename) book.addSheet("校验问题", [["同事新建"]]);
    };
    await expect(runJobOn("all", MARCH, "zh")).rejects.toThrow(/ItemAlreadyExists/);
    book.beforeSync = undefined;
    // The old 校验问题 is back under a free name, not deleted; nothing temporary is left.
    expect(names(book)).toContain("校验问题(2)");
    expect(book.sheets.find((s) => s.name === "校验问题")!.grid[0][0]).toBe("同事新建");
    expect(names(book).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
    expect(results(book)).toContain("月度通报");
  });

  it("removes the temporary sheets a dead run left (marked), and keeps a user's sheet of the same look", async () => {
    const book = smallBook();
    const dead = book.addSheet(`${TEMP_PREFIX}mfx1k2~0`, [["半成品"]]);
    dead.names.set(TEMP_MARKER, '="mfx1k2"');
    const aside = book.addSheet(`${TEMP_PREFIX}mfx1k2~o0`, [["旧结果"]]);
    aside.names.set(TEMP_MARKER, '="mfx1k2"');
    const mine = book.addSheet(`${TEMP_PREFIX}我的`, [["用户"]]);
    await runJobOn("all", MARCH, "zh");
    expect(dead.deleted && aside.deleted).toBe(true);
    expect(mine.deleted).toBe(false);
    expect(names(book)).toContain(`${TEMP_PREFIX}我的`);
    expect(results(book)).toContain("月度通报");
  });

  it("hides its markers from Name Manager", async () => {
    const book = smallBook();
    await runJobOn("all", MARCH, "zh");
    expect([...book.hiddenNames].sort()).toEqual([RESULT_MARKER, RUN_MARKER, TEMP_MARKER].sort());
  });
});
