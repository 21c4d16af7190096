// The package layer on what real producers write and on hostile files: each shape is generated
// here, read (and written) through the same code as the batch tool, and checked by value. The
// huge ones (hundreds of megabytes, more than 65,535 parts) are in hostile.stress.test.ts.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { renderFailure, dayOf, excelSerial, isoDay, RESULT_MARKER } from "../../core/index.ts";
import { findLogo } from "../../ooxml/logo.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { openPackage, listSheets } from "../../ooxml/read.ts";
import { readZip, crc32 } from "../../ooxml/zip.ts";
import { concat, NS_MAIN, NS_R, ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";
import { failure, LOG_HEADER, read, resultModel, withLimits, writeOut } from "../helpers/packageProbe.ts";

describe("what real producers write", () => {
  it("reads CDATA text in shared strings and in inline strings", async () => {
    const sst = `<sst xmlns="${NS_MAIN}"><si><t><![CDATA[古邵镇]]></t></si><si><t>春<![CDATA[<耕>&]]>忙</t></si></sst>`;
    const log =
      LOG_HEADER +
      `<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[2026-03-05]]></t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>`;
    const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }], { "xl/sharedStrings.xml": sst }));
    const r = await read(bytes);
    expect(r.issues).toEqual([]);
    expect(r.data.submissions.map((s) => [isoDay(s.date), s.unit, s.title])).toEqual([["2026-03-05", "古邵镇", "春<耕>&忙"]]);
  });

  it("reads x:-prefixed SpreadsheetML with single-quoted attributes, and writes result sheets into it", async () => {
    const x = (rows: string) => `<?xml version='1.0'?><x:worksheet xmlns:x='${NS_MAIN}'><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
    const xr = (r: number, vals: string[]) =>
      `<x:row r='${r}'>${vals.map((v, i) => `<x:c r='${String.fromCharCode(65 + i)}${r}' t='inlineStr'><x:is><x:t>${v}</x:t></x:is></x:c>`).join("")}</x:row>`;
    const parts = workbookParts([
      { name: "单位名册", xml: x(xr(1, ["单位"]) + xr(2, ["古邵镇"])) },
      { name: "信息报送", xml: x(xr(1, ["报送日期", "报送单位", "标题"]) + xr(2, ["2026-03-05", "古邵镇", "春耕"])) },
    ]);
    parts["xl/workbook.xml"] =
      `<?xml version='1.0'?><x:workbook xmlns:x='${NS_MAIN}' xmlns:r='${NS_R}'><x:sheets><x:sheet name='单位名册' sheetId='1' r:id='rId1'/><x:sheet name='信息报送' sheetId='2' r:id='rId2'/></x:sheets></x:workbook>`;
    const bytes = await zipParts(parts);
    const r = await read(bytes);
    expect(r.issues).toEqual([]);
    expect(r.data.units.map((u) => u.name)).toEqual(["古邵镇"]);
    expect(r.data.submissions.map((s) => [isoDay(s.date), s.unit, s.title])).toEqual([["2026-03-05", "古邵镇", "春耕"]]);
    const out = await writeOut(bytes, [resultModel("结果")]);
    const { sheets } = await listSheets(openPackage(out, nodeCodec));
    expect(sheets.map((s) => s.name)).toEqual(["单位名册", "信息报送", "结果"]);
    expect((await read(out)).data.submissions).toHaveLength(1);
  });

  it("decodes any character reference and refuses one to no character, naming the cell", async () => {
    const log = LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "x"]).replace("<t>x</t>", "<t>&#x6625;&#32789;&#x1F33E;</t>");
    const ok = await read(await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }])));
    expect(ok.data.submissions[0].title).toBe("春耕🌾");
    for (const ref of ["&#x110000;", "&#xD800;", "&#0;", "&#99999999999;"]) {
      const bad = LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "x"]).replace("<t>x</t>", `<t>a${ref}</t>`);
      const e = await failure(read(await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: bad }]))));
      expect(e.code).toBe("badCharRef");
      expect(e.message).toContain("信息报送!C2");
      expect(e.message).toContain(ref);
    }
    const sst = `<sst xmlns="${NS_MAIN}"><si><t>&#x110000;</t></si></sst>`;
    const e = await failure(
      read(await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: LOG_HEADER }], { "xl/sharedStrings.xml": sst }))),
    );
    expect([e.code, e.params.where]).toEqual(["badCharRef", "xl/sharedStrings.xml #1"]);
  });
});

/** A zip as a zip64 producer writes it: sizes and offsets in zip64 extra fields, zip64 end records. */
function zip64Archive(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const n = enc.encode(name);
    const data = enc.encode(text);
    const local = new DataView(new ArrayBuffer(30 + n.length + 20));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 45, true);
    local.setUint16(6, 0x0800, true);
    local.setUint32(14, crc32(data), true);
    local.setUint32(18, 0xffffffff, true);
    local.setUint32(22, 0xffffffff, true);
    local.setUint16(26, n.length, true);
    local.setUint16(28, 20, true);
    new Uint8Array(local.buffer).set(n, 30);
    local.setUint16(30 + n.length, 1, true);
    local.setUint16(32 + n.length, 16, true);
    local.setBigUint64(34 + n.length, BigInt(data.length), true);
    local.setBigUint64(42 + n.length, BigInt(data.length), true);
    const c = new DataView(new ArrayBuffer(46 + n.length + 28));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 45, true);
    c.setUint16(6, 45, true);
    c.setUint16(8, 0x0800, true);
    c.setUint32(16, crc32(data), true);
    c.setUint32(20, 0xffffffff, true);
    c.setUint32(24, 0xffffffff, true);
    c.setUint16(28, n.length, true);
    c.setUint16(30, 28, true);
    c.setUint32(42, 0xffffffff, true);
    new Uint8Array(c.buffer).set(n, 46);
    c.setUint16(46 + n.length, 1, true);
    c.setUint16(48 + n.length, 24, true);
    c.setBigUint64(50 + n.length, BigInt(data.length), true);
    c.setBigUint64(58 + n.length, BigInt(data.length), true);
    c.setBigUint64(66 + n.length, BigInt(offset), true);
    out.push(new Uint8Array(local.buffer), data);
    offset += local.byteLength + data.length;
    central.push(new Uint8Array(c.buffer));
  }
  const cdStart = offset;
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const count = Object.keys(files).length;
  const end = new DataView(new ArrayBuffer(56 + 20 + 22));
  end.setUint32(0, 0x06064b50, true);
  end.setBigUint64(4, 44n, true);
  end.setBigUint64(24, BigInt(count), true);
  end.setBigUint64(32, BigInt(count), true);
  end.setBigUint64(40, BigInt(cdSize), true);
  end.setBigUint64(48, BigInt(cdStart), true);
  end.setUint32(56, 0x07064b50, true);
  end.setBigUint64(64, BigInt(cdStart + cdSize), true);
  end.setUint32(72, 1, true);
  end.setUint32(76, 0x06054b50, true);
  end.setUint16(84, 0xffff, true);
  end.setUint16(86, 0xffff, true);
  end.setUint32(88, 0xffffffff, true);
  end.setUint32(92, 0xffffffff, true);
  return concat([...out, ...central, new Uint8Array(end.buffer)]);
}

describe("zip64 and many parts", () => {
  it("reads a workbook written with zip64 end records and zip64 extra fields", async () => {
    const parts = workbookParts([ROSTER, { name: "信息报送", xml: LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]) }]) as Record<
      string,
      string
    >;
    const r = await read(zip64Archive(parts));
    expect(r.issues).toEqual([]);
    expect(r.data.submissions.map((s) => s.title)).toEqual(["春耕"]);
  });
});

const sheetText = async (bytes: Uint8Array, name: string): Promise<string> => {
  const pkg = openPackage(bytes, nodeCodec);
  const sheet = (await listSheets(pkg)).sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return pkg.text(sheet.path);
};

describe("the writer keeps the user's sheets", () => {
  it("removes our old sheet's relationship by its exact id, even one with regular-expression characters", async () => {
    const parts = workbookParts([
      ROSTER,
      { name: "信息报送", xml: LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]) },
      { name: "校验问题", xml: "" },
    ]);
    // Our earlier sheet (an old-style marker, still under its name) under the id "r.d1": as a pattern it matches "rId1", the roster's.
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string)
      .replace('r:id="rId3"', 'r:id="r.d1"')
      .replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="${RESULT_MARKER}" localSheetId="2" hidden="1">"issues"</definedName></definedNames>`,
      );
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace('Id="rId3"', 'Id="r.d1"');
    const out = await writeOut(await zipParts(parts), [resultModel("结果")]);
    const r = await read(out);
    expect(r.data.units.map((u) => u.name)).toEqual(["古邵镇", "峨山镇"]);
    expect((await listSheets(openPackage(out, nodeCodec))).sheets.map((s) => s.name)).toEqual(["单位名册", "信息报送", "结果"]);
    const rels = await openPackage(out, nodeCodec).text("xl/_rels/workbook.xml.rels");
    expect(rels).toContain('Id="rId1"');
    expect(rels).not.toContain('Id="r.d1"');
  });

  it("leaves a copied and a renamed result sheet alone on the next run, content and all", async () => {
    const input = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]) }]));
    const first = await writeOut(
      input,
      [resultModel("月度通报", "monthly", [["第一次", 1]]), resultModel("校验问题", "issues", [["第一次", 1]])],
      "run1",
    );
    // What Excel does on "Move or Copy… → create a copy": a new sheet part, and the sheet-scoped
    // marker copied with it; then the user renames 月度通报.
    const zip = await JSZip.loadAsync(first);
    let workbook = await zip.file("xl/workbook.xml")!.async("string");
    const marker = /<definedName name="InfoScore_Result" localSheetId="3"[^>]*>([^<]*)<\/definedName>/.exec(workbook)![1];
    const copiedPart = await sheetText(first, "校验问题");
    workbook = workbook
      .replace("</sheets>", '<sheet name="校验问题 (2)" sheetId="99" r:id="rId99"/></sheets>')
      .replace("</definedNames>", `<definedName name="InfoScore_Result" localSheetId="4" hidden="1">${marker}</definedName></definedNames>`)
      .replace('name="月度通报"', 'name="我的通报"');
    zip.file("xl/workbook.xml", workbook);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="${NS_R}/worksheet" Target="worksheets/sheet99.xml"/></Relationships>`,
      ),
    );
    zip.file("xl/worksheets/sheet99.xml", copiedPart);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
    const edited = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const renamedPart = await sheetText(edited, "我的通报");

    const second = await writeOut(
      edited,
      [resultModel("月度通报", "monthly", [["第二次", 2]]), resultModel("校验问题", "issues", [["第二次", 2]])],
      "run2",
    );
    const names = (await listSheets(openPackage(second, nodeCodec))).sheets.map((s) => s.name);
    expect(names).toEqual(["单位名册", "信息报送", "我的通报", "校验问题 (2)", "月度通报", "校验问题"]);
    expect(await sheetText(second, "校验问题 (2)")).toBe(copiedPart);
    expect(await sheetText(second, "我的通报")).toBe(renamedPart);
    expect(await sheetText(second, "校验问题")).toContain("第二次");
    // A third run replaces only the second run's sheets.
    const third = await writeOut(second, [resultModel("月度通报", "monthly"), resultModel("校验问题", "issues")], "run3");
    expect((await listSheets(openPackage(third, nodeCodec))).sheets.map((s) => s.name)).toEqual(names);
    expect(await sheetText(third, "校验问题 (2)")).toBe(copiedPart);
  });

  it("writes dates of a 1904-date-system workbook in that system (2026-03-05 stays 2026-03-05)", async () => {
    const serial1900 = excelSerial(dayOf(2026, 3, 5));
    expect(serial1900).toBe(46_086);
    const models = [resultModel("结果", "audit", [["春耕", serial1900]])];
    const plain = await zipParts(workbookParts([ROSTER]));
    const mac = await zipParts(workbookParts([ROSTER], {}, '<workbookPr date1904="1"/>'));
    expect(await sheetText(await writeOut(plain, models), "结果")).toContain("<v>46086</v>");
    const xml = await sheetText(await writeOut(mac, models), "结果");
    expect(xml).toContain("<v>44624</v>"); // days from 1904-01-01 to 2026-03-05
    expect(xml).not.toContain("<v>46086</v>");
  });

  it("reads a General-format serial in a 1904-date-system workbook in that system", async () => {
    const log =
      LOG_HEADER +
      `<row r="2"><c r="A2"><v>44624</v></c><c r="B2" t="inlineStr"><is><t>古邵镇</t></is></c><c r="C2" t="inlineStr"><is><t>春耕</t></is></c></row>`;
    const mac = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }], {}, '<workbookPr date1904="1"/>'));
    const pc = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log.replace("44624", "46086") }]));
    for (const bytes of [mac, pc]) expect((await read(bytes)).data.submissions.map((s) => isoDay(s.date))).toEqual(["2026-03-05"]);
  });
});

/** Bytes that start as a PNG does, padded to `size`. */
function pngOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

describe("hostile files are refused with a clear message", () => {
  it("a part over the size limit and a styles.xml over the small-part limit are refused by name", async () => {
    const big = LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "x".repeat(30_000)]).repeat(80);
    const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: big }]));
    const e = await withLimits({ partBytes: 2 ** 20 }, () => failure(read(bytes)));
    expect([e.code, e.params.part]).toEqual(["partTooLarge", "信息报送 (xl/worksheets/sheet2.xml)"]);
    const styles = `<styleSheet xmlns="${NS_MAIN}"><numFmts>${'<numFmt numFmtId="5" formatCode="0"/>'.repeat(60_000)}</numFmts></styleSheet>`;
    const withStyles = await zipParts(workbookParts([ROSTER], { "xl/styles.xml": styles }));
    const s = await withLimits({ smallPartBytes: 2 ** 20 }, () => failure(read(withStyles)));
    expect([s.code, s.params.part]).toEqual(["partTooLarge", "xl/styles.xml"]);
  });

  it("a flipped bit in a part, an unknown compression method and an encrypted part are refused by name", async () => {
    const parts = workbookParts([ROSTER, { name: "信息报送", xml: LOG_HEADER + row(2, ["2026-03-05", "古邵镇", "春耕"]) }]);
    const bytes = await zipParts(parts, true);
    const at = (name: string) => {
      // the central-directory entry of a part
      const needle = new TextEncoder().encode(name);
      for (let i = bytes.length - 46; i >= 0; i--) {
        if (
          bytes[i] === 0x50 &&
          bytes[i + 1] === 0x4b &&
          bytes[i + 2] === 1 &&
          bytes[i + 3] === 2 &&
          needle.every((b, k) => bytes[i + 46 + k] === b)
        )
          return i;
      }
      throw new Error(name);
    };
    const flipped = bytes.slice();
    const entry = readZip(bytes).get("xl/worksheets/sheet2.xml")!;
    flipped[entry.dataOffset + 60] ^= 0x04; // same length, different text: only the checksum tells
    expect((await failure(read(flipped))).code).toBe("damagedPart");
    const method = bytes.slice();
    new DataView(method.buffer).setUint16(at("xl/worksheets/sheet2.xml") + 10, 12, true); // bzip2
    const m = await failure(read(method));
    expect([m.code, m.params.method]).toEqual(["unsupportedCompression", 12]);
    const encrypted = bytes.slice();
    new DataView(encrypted.buffer).setUint16(at("xl/worksheets/sheet2.xml") + 8, 1, true);
    expect((await failure(read(encrypted))).code).toBe("encrypted");
  });

  it("a logo picture over the limit is refused with a message about the logo", async () => {
    const parts = workbookParts([ROSTER, { name: "输出模板", xml: row(1, ["表", "项目", "内容"]) }], {
      "xl/worksheets/_rels/sheet2.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
      "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
      "xl/drawings/_rels/drawing1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/image" Target="../media/image1.png"/></Relationships>`,
      "xl/media/image1.png": pngOfSize(3 * 2 ** 20),
    });
    const pkg = openPackage(await zipParts(parts), nodeCodec);
    expect((await findLogo(pkg))?.bytes.length).toBe(3 * 2 ** 20);
    const e = await withLimits({ logoBytes: 2 ** 20 }, () => failure(findLogo(pkg)));
    expect(e.code).toBe("logoTooLarge");
    expect(renderFailure(e, "zh")).toContain("标志图片");
  });
});
