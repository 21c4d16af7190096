// The Office.js adapter against a strict office-addin-mock workbook: the same cells and formats as
// the xlsx writer for the same sheet models. Chunking on 100,000 rows is in adapter.stress.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildResultSheets,
  calculate,
  columnLetter,
  IssueLog,
  layoutSheet,
  parsePeriod,
  resolveTemplates,
  STYLES,
  type SheetModel,
  rightStyle,
  type StyleKey,
} from "../../core/index.ts";
import { readInput } from "../../addin/excel/readInput.ts";
import { writeSheets } from "../../addin/excel/writeSheets.ts";
import { RESULT_MARKER as MARKER_NAME, parseDay } from "../../core/index.ts";
import { runJobOn } from "../helpers/runDay.ts";
import { worksheetXml } from "../../ooxml/sheetXml.ts";
import { addStyles, EMPTY_STYLES } from "../../ooxml/styles.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";
import { sampleBook } from "../helpers/sampleBook.ts";

describe("Office.js adapter: reading", () => {
  it("fails loudly when a value is read before load and sync (the strict wrapper works)", async () => {
    const book = sampleBook();
    const sheet = book.context.workbook.worksheets.add("x");
    const range = sheet.getUsedRangeOrNullObject(true);
    expect(() => range.rowCount).toThrow(/read too early/);
    range.load("rowCount");
    expect(() => range.rowCount).toThrow(/read too early/);
    expect(() => book.context.workbook.worksheets.items).toThrow(/before load and sync/);
  });
});

describe("Office.js adapter: writing", () => {
  it("replaces only sheets it marked; a user's sheet with a result name is kept", async () => {
    const book = sampleBook();
    installExcelGlobal(book);
    book.addSheet("月度通报", [["用户自己的表"]]);
    await runJobOn("all", parsePeriod("2026-03")!, "zh");
    const names1 = book.sheets.map((s) => s.name);
    expect(names1).toContain("月度通报(2)");
    expect(book.sheets.find((s) => s.name === "月度通报")!.grid[0][0]).toBe("用户自己的表");
    await runJobOn("all", parsePeriod("2026-03")!, "zh");
    expect(book.sheets.map((s) => s.name)).toEqual(names1);
    const ours = book.sheets.filter((s) => s.names.has(MARKER_NAME)).map((s) => s.name);
    expect(ours).toContain("计分明细");
    expect(ours).not.toContain("月度通报");
    expect(ours).not.toContain("我的图表页");
  });

  it("follows the workbook's 输出模板: title, font and the letterhead logo beside every title", async () => {
    const book = sampleBook();
    installExcelGlobal(book);
    const template = book.addSheet("输出模板", [
      ["表", "项目", "内容"],
      ["全部", "字体", "仿宋"],
      ["月度通报", "标题", "{{期间}}信息通报(Excel)"],
    ]);
    template.images.push("iVBORw0KGgo=");
    await runJobOn("all", parsePeriod("2026-03")!, "zh");
    const ranking = book.sheets.find((s) => s.name === "月度通报")!;
    // The 通报 opens with its 报头 (刊名 in A1); the title follows.
    const title = [...ranking.cells.values()].find((c) => c.value === "2026年3月信息通报(Excel)");
    expect(title).toMatchObject({ fontName: "仿宋" });
    expect(ranking.cells.get("A1")).toMatchObject({ value: "信息工作通报", fontName: "仿宋" });
    expect(ranking.placed.map((p) => p.image)).toEqual(["iVBORw0KGgo="]);
    const letters = book.sheets.find((s) => s.name === "缺报通知单")!;
    expect(letters.placed).toHaveLength(2); // one per notice letter
    expect(book.sheets.find((s) => s.name === "计分明细")!.placed).toHaveLength(0);
  });

  it("writes text that looks like a formula as text", async () => {
    const book = new FakeExcel();
    installExcelGlobal(book);
    book.addSheet("单位名册", [["单位"], ["=1+1"], ["@x"]]);
    book.addSheet("信息报送", [
      ["报送日期", "报送单位", "标题"],
      ["2026-03-02", "=1+1", "+标题"],
    ]);
    await runJobOn("all", parsePeriod("2026-03")!, "zh");
    const ranking = book.sheets.find((s) => s.name === "月度通报")!;
    const values = [...ranking.cells.values()].map((c) => c.value).filter((v) => typeof v === "string");
    expect(values).toContain("'=1+1");
    expect(values).not.toContain("=1+1");
  });
});

/** The one shared expectation: every cell a sheet model puts down, with its value and style. */
function expectedCells(model: SheetModel): Map<string, { value: unknown; style: StyleKey }> {
  const layout = layoutSheet(model);
  const out = new Map<string, { value: unknown; style: StyleKey }>();
  for (const { block, row, rightColumn } of layout.texts) {
    out.set(`A${row}`, { value: block.text, style: block.style });
    if (rightColumn !== undefined) out.set(`${columnLetter(rightColumn)}${row}`, { value: block.right, style: rightStyle(block.style) });
  }
  for (const table of layout.tables) {
    table.block.header.forEach((h, c) => out.set(`${columnLetter(c)}${table.headerRow}`, { value: h, style: "header" }));
    let r = table.firstDataRow;
    for (const row of table.block.rows()) {
      table.block.header.forEach((_, c) => out.set(`${columnLetter(c)}${r}`, { value: row[c] ?? null, style: table.block.styles[c] }));
      r++;
    }
  }
  return out;
}

const blank = (v: unknown) => (v === null || v === undefined || v === "" ? null : v);

describe("output parity: the Office.js adapter writes what the xlsx writer writes", () => {
  let models: SheetModel[];
  let book: FakeExcel;
  beforeAll(async () => {
    book = sampleBook();
    installExcelGlobal(book);
    const issues = new IssueLog();
    const read = await readInput(book.context, issues);
    const results = calculate(read, { period: parsePeriod("2026-03")!, asOf: parseDay("2026-11-29")!, issues });
    const templates = resolveTemplates(
      [{ sheet: "月度通报", item: "列", content: "单位,本月得分,排名,累计条数", where: { sheet: "t", cell: "C2" } }],
      issues,
    );
    models = buildResultSheets(results, { generatedAt: "2026-04-01 09:00", templates, issues });
    await writeSheets(book.context, models);
  });

  it("same cells, values and styles on every result sheet (customised column order included)", async () => {
    const { index } = addStyles(EMPTY_STYLES);
    const keyOf = new Map(Object.entries(index).map(([k, i]) => [i, k as StyleKey]));
    for (const model of models) {
      const expected = expectedCells(model);
      // xlsx writer: parse the cells of the worksheet XML it produces.
      const xml = [...worksheetXml(model, index)].join("");
      const fromXlsx = new Map<string, { value: unknown; style: StyleKey }>();
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"(?: t="(\w+)")?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const inner = m[4] ?? "";
        const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
        const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
        const value =
          m[3] === "inlineStr"
            ? text!
                .replace(/&lt;/g, "<")
                .replace(/&gt;/g, ">")
                .replace(/&quot;/g, '"')
                .replace(/&amp;/g, "&")
            : m[3] === "b"
              ? v === "1"
              : v !== undefined
                ? Number(v)
                : null;
        fromXlsx.set(m[1], { value, style: keyOf.get(Number(m[2]))! });
      }
      // Office.js adapter: what the fake workbook recorded.
      const sheet = book.sheets.find((s) => s.name === model.name)!;
      for (const [ref, want] of expected) {
        const x = fromXlsx.get(ref);
        expect(x, `${model.name}!${ref} in xlsx`).toBeDefined();
        expect([blank(x!.value), x!.style], `${model.name}!${ref} xlsx`).toEqual([blank(want.value), want.style]);
        const o = sheet.cells.get(ref) ?? {};
        const shown = typeof o.value === "string" && o.value.startsWith("'") ? o.value.slice(1) : o.value;
        expect(blank(shown), `${model.name}!${ref} office value`).toEqual(blank(want.value));
        const spec = STYLES[want.style];
        // Text is written under the Text format (@) so Excel keeps it as typed; General is no format.
        const numFmt = o.numberFormat === "General" || (o.numberFormat === "@" && !spec.numFmt) ? undefined : o.numberFormat;
        expect({ bold: Boolean(o.bold), size: o.size, numFmt, border: Boolean(o.border) }, `${model.name}!${ref} office style`).toEqual({
          bold: Boolean(spec.bold),
          size: spec.size ?? 11,
          numFmt: spec.numFmt === "General" ? undefined : spec.numFmt,
          border: Boolean(spec.border || spec.lineAbove || spec.lineBelow),
        });
      }
      const layout = layoutSheet(model);
      expect(sheet.merges.sort(), model.name).toEqual([...layout.merges].sort());
      expect(sheet.dataBars.sort(), model.name).toEqual([...layout.dataBars].sort());
      expect(sheet.frozenRows, model.name).toBe(Math.max(0, layout.freezeBelow - 1));
      expect(sheet.pageBreaks, model.name).toEqual(layout.breaksAfter.map((r) => `A${r + 1}`));
    }
    const ranking = book.sheets.find((s) => s.name === "月度通报")!;
    const headerRow = [...ranking.cells.entries()].find(([ref, c]) => /^A\d+$/.test(ref) && c.value === "单位")![0].slice(1);
    expect(["A", "B", "C", "D"].map((c) => ranking.cells.get(`${c}${headerRow}`)?.value)).toEqual(["单位", "本月得分", "排名", "累计条数"]);
  });
});
