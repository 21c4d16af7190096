// The package layer on huge hostile files and on more parts than a 16-bit count holds: each shape is
// generated here and read (and written) through the same code as the batch tool. The time bounds they assert
// (well under a second, seconds for hundreds of megabytes) are meant for a machine that is not
// overloaded, and some take seconds, so they run in the stress project (vitest.config.ts), not in the unit loop.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { isoDay } from "../../core/index.ts";
import { readZip } from "../../ooxml/zip.ts";
import { concat, ROSTER, row, rowsXml, workbookParts, zipParts } from "../helpers/xlsxParts.ts";
import { failure, LOG_HEADER, read, resultModel, withHugeLog, withLimits, writeOut } from "../helpers/packageProbe.ts";

describe("zip64 and many parts", () => {
  it("keeps every one of more than 65,535 parts, and the output opens in another zip reader", async () => {
    const parts: Array<[string, string]> = Object.entries(
      workbookParts([ROSTER, { name: "信息报送", xml: LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]) }]),
    ) as Array<[string, string]>;
    for (let i = 0; i < 66_000; i++) parts.push([`customXml/item${i}.xml`, `<a>${i}</a>`]);
    const bytes = await zipParts(parts, true);
    expect(readZip(bytes).size).toBe(parts.length);
    // A producer that lets the 16-bit count wrap (66,006 → 470) loses nothing either.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const eocd = bytes.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    expect(view.getUint32(eocd - 20, true)).toBe(0x07064b50); // zip64 locator written
    const legacy = concat([bytes.slice(0, eocd - 76), bytes.slice(eocd)]); // zip64 records dropped
    const lv = new DataView(legacy.buffer);
    lv.setUint16(legacy.length - 22 + 8, parts.length % 65_536, true);
    lv.setUint16(legacy.length - 22 + 10, parts.length % 65_536, true);
    expect(readZip(legacy).size).toBe(parts.length);
    expect((await read(bytes)).data.submissions).toHaveLength(1);
    const out = await writeOut(bytes, [resultModel("结果")]);
    const names = new Set(readZip(out).keys());
    expect(names.size).toBe(parts.length + 2); // our sheet and styles.xml
    expect(names.has("customXml/item65999.xml")).toBe(true);
    const other = await JSZip.loadAsync(out);
    expect(Object.keys(other.files).length).toBe(parts.length + 2);
    expect(await other.file("customXml/item65999.xml")!.async("string")).toBe("<a>65999</a>");
  }, 60_000);
});

describe("hostile files are refused quickly, with a clear message, in bounded memory", () => {
  const spaces = (mb: number) =>
    function* () {
      yield rowsXml(LOG_HEADER + `<row r="2"><c r="A2" t="inlineStr"><is><t>2026-03-05</t></is></c>`).replace(
        "</sheetData></worksheet>",
        "",
      );
      const block = " ".repeat(2 ** 20);
      for (let i = 0; i < mb; i++) yield block;
      yield `<c r="B2" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C2" t="inlineStr"><is><t>春耕</t></is></c></row></sheetData></worksheet>`;
    };

  it("200 MB of whitespace in one row: refused as a zip bomb at once; with the ratio check off, read in seconds", async () => {
    const bytes = await withHugeLog(spaces(200));
    expect(bytes.length).toBeLessThan(2 * 2 ** 20);
    let t = performance.now();
    const e = await failure(read(bytes));
    expect(e.code).toBe("zipBomb");
    expect(e.message).toContain("信息报送");
    expect(performance.now() - t).toBeLessThan(3_000);
    t = performance.now();
    const heap = process.memoryUsage().heapUsed;
    let peak = heap;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    const r = await withLimits({ ratio: Infinity }, () => read(bytes));
    clearInterval(timer);
    expect(r.data.submissions.map((s) => [isoDay(s.date), s.unit, s.title])).toEqual([["2026-03-05", "古邵镇", "春耕"]]);
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(peak - heap).toBeLessThan(300 * 2 ** 20);
  }, 60_000);

  it("one 100 MB cell: refused past Excel's 32,767 characters, naming the cell, without inflating the rest", async () => {
    const bytes = await withHugeLog(function* () {
      yield rowsXml(
        LOG_HEADER + `<row r="2"><c r="A2" t="inlineStr"><is><t>2026-03-05</t></is></c><c r="B2" t="inlineStr"><is><t>`,
      ).replace("</sheetData></worksheet>", "");
      const block = "镇".repeat(2 ** 20);
      for (let i = 0; i < 100; i++) yield block;
      yield "</t></is></c></row></sheetData></worksheet>";
    });
    const t = performance.now();
    const e = await failure(read(bytes));
    expect([e.code, e.params.where]).toEqual(["cellTooLong", "信息报送!B2"]);
    expect(e.message).toContain("32,767");
    expect(performance.now() - t).toBeLessThan(2_000);
  }, 60_000);

  it("7.5 KB of unclosed <c> tags and an unclosed <row>: a damaged-part message in well under a second", async () => {
    const cells = LOG_HEADER + '<row r="2">' + '<c r="A2" t="inlineStr"><is><t>x</t></is>'.repeat(190);
    const unclosedRow =
      LOG_HEADER +
      '<row r="2">' +
      row(3, ["2026-03-05", "古邵镇", "春耕"])
        .repeat(20_000)
        .replace(/<\/?row[^>]*>/g, "");
    for (const xml of [cells, unclosedRow]) {
      const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml }]));
      const t = performance.now();
      const e = await failure(read(bytes));
      expect(e.code).toBe("xmlMalformed");
      expect(e.message).toContain("信息报送");
      expect(performance.now() - t).toBeLessThan(1_000);
    }
  });

  it("a cell reference past Excel's last column (XFD) is refused, not turned into a row of 300 million cells", async () => {
    const log = LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]).replace('r="C2"', 'r="AAAAAA2"');
    const t = performance.now();
    const e = await failure(read(await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }]))));
    expect([e.code, e.params.why]).toEqual(["xmlMalformed", "word.xmlCellOutOfRange"]);
    expect(performance.now() - t).toBeLessThan(1_000);
  });
});
