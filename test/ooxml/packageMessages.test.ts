// Package shapes that used to get a message about something else ("找不到表头" for a part that
// could not be found, "已损坏" for valid XML): each valid one is read and recalculated, each
// broken one refused with a message naming the part and what is wrong, in both languages.
import { describe, expect, it } from "vitest";
import { InfoScoreError, IssueLog, parseDay, parsePeriod, renderFailure } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { checkWorkbook } from "../../ooxml/job.ts";
import { listSheets, openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { crc32, readZip } from "../../ooxml/zip.ts";
import { concat, NS_MAIN, NS_R, ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";
import { failure } from "../helpers/packageProbe.ts";

const LOG = { name: "信息报送", xml: row(1, ["报送日期", "报送单位", "标题"]) + row(2, ["2026-03-05", "古邵镇", "春耕"]) };
const OPTIONS = { period: "2026-03", asOf: "2026-04-01", lang: "zh" as const, generatedAt: "2026-04-01 09:00" };
const CHECK = { period: parsePeriod("2026-03")!, asOf: parseDay("2026-04-01")!, lang: "zh" as const, generatedAt: "2026-04-01 09:00" };
const enc = new TextEncoder();
type Parts = Record<string, string | Uint8Array>;

/** Recalculates and reads the result back: the log's titles, the sheets and the issues. */
async function roundTrip(bytes: Uint8Array, lang: "zh" | "en" = "zh") {
  const done = await processWorkbook("in.xlsx", bytes, { ...OPTIONS, lang }, nodeCodec);
  const out = openPackage(done.output, nodeCodec);
  const again = await readWorkbookPackage(out, new IssueLog());
  const { sheets } = await listSheets(out);
  return { titles: again.data.submissions.map((s) => s.title), names: sheets.map((s) => s.name), issues: done.issues, out };
}

/** The refusal of a recalculation, rendered in both languages. */
async function refusal(bytes: Uint8Array): Promise<{ code: string; zh: string; en: string; e: InfoScoreError }> {
  const e = await failure(processWorkbook("in.xlsx", bytes, OPTIONS, nodeCodec));
  return { code: e.code, zh: renderFailure(e, "zh"), en: renderFailure(e, "en"), e };
}

/** The parts with one sheet part moved to another name, and the relationship's Target written as given. */
function moveSheet(parts: Parts, to: string, target: string): Parts {
  const out = { ...parts };
  out[to] = out["xl/worksheets/sheet2.xml"];
  delete out["xl/worksheets/sheet2.xml"];
  out["xl/_rels/workbook.xml.rels"] = (out["xl/_rels/workbook.xml.rels"] as string).replace("worksheets/sheet2.xml", target);
  return out;
}

/** A stored zip written by hand: names as raw bytes, general-purpose flags as given (no UTF-8 flag by default). */
function rawZip(entries: Array<[Uint8Array, Uint8Array]>, flags = 0): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, flags, true);
    h.setUint32(14, crc32(data), true);
    h.setUint32(18, data.length, true);
    h.setUint32(22, data.length, true);
    h.setUint16(26, name.length, true);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint32(16, crc32(data), true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    local.push(new Uint8Array(h.buffer), name, data);
    central.push(new Uint8Array(c.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return concat([...local, ...central, new Uint8Array(end.buffer)]);
}

const asBytes = (parts: Parts): Array<[string, Uint8Array]> =>
  Object.entries(parts).map(([n, c]) => [n, typeof c === "string" ? enc.encode(c) : c]);

/** The first position of a local header (`local`) or central-directory record of a part. */
function headerOf(bytes: Uint8Array, name: string, local: boolean): number {
  const signature = local ? 0x04034b50 : 0x02014b50;
  const nameAt = local ? 30 : 46;
  const needle = enc.encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + nameAt + needle.length <= bytes.length; i++) {
    if (view.getUint32(i, true) === signature && needle.every((b, k) => bytes[i + nameAt + k] === b)) return i;
  }
  throw new Error(`no header for ${name}`);
}

function utf16(text: string): Uint8Array {
  const units = new Uint16Array([...text].map((ch) => ch.charCodeAt(0)));
  return new Uint8Array([0xff, 0xfe, ...new Uint8Array(units.buffer)]);
}

describe("part names as other tools write them", () => {
  it("a percent-encoded relationship Target (信息.xml, sheet 1.xml) is the part of that name, read and recalculated", async () => {
    for (const [part, target] of [
      ["xl/worksheets/信息.xml", "worksheets/%E4%BF%A1%E6%81%AF.xml"],
      ["xl/worksheets/sheet 1.xml", "worksheets/sheet%201.xml"],
    ]) {
      const r = await roundTrip(await zipParts(moveSheet(workbookParts([ROSTER, LOG]), part, target)));
      expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(r.titles).toEqual(["春耕"]);
      expect(r.names).toContain("月度通报");
      expect(r.out.has(part)).toBe(true);
    }
  });

  it("part names in GBK (no UTF-8 flag) are read; names that match nothing are refused naming the part and the encoding", async () => {
    const parts = moveSheet(workbookParts([ROSTER, LOG]), "xl/worksheets/信息.xml", "worksheets/信息.xml");
    const gbk = (name: string) =>
      name === "xl/worksheets/信息.xml"
        ? new Uint8Array([...enc.encode("xl/worksheets/"), 0xd0, 0xc5, 0xcf, 0xa2, ...enc.encode(".xml")])
        : enc.encode(name);
    const named = asBytes(parts).map(([n, c]): [Uint8Array, Uint8Array] => [gbk(n), c]);
    const r = await roundTrip(rawZip(named));
    expect(r.titles).toEqual(["春耕"]);
    expect(r.out.has("xl/worksheets/信息.xml")).toBe(true);

    // Bytes that are neither UTF-8 nor GBK: the sheet's part cannot be matched.
    const broken = named.map(([n, c]): [Uint8Array, Uint8Array] => [
      n.length > 20 && n[14] === 0xd0 ? new Uint8Array([...n.subarray(0, 14), 0x80, 0xff, ...n.subarray(18)]) : n,
      c,
    ]);
    const f = await refusal(rawZip(broken));
    expect(f.code).toBe("sheetPartMissingNames");
    expect(f.zh).toContain("信息报送");
    expect(f.zh).toContain("xl/worksheets/信息.xml");
    expect(f.zh).toContain("不是 UTF-8 编码");
    expect(f.en).toContain("not in UTF-8");
  });

  it("a sheet whose part is not in the package is refused naming the sheet and the part, not 找不到表头", async () => {
    const parts = workbookParts([ROSTER, LOG]);
    delete parts["xl/worksheets/sheet2.xml"];
    const f = await refusal(await zipParts(parts));
    expect(f.code).toBe("sheetPartMissing");
    expect(f.zh).toContain("工作表“信息报送”的内容部件 xl/worksheets/sheet2.xml 不在工作簿中");
    expect(f.en).toContain("sheet “信息报送”");
  });

  it("backslash names (xl\\worksheets\\sheet1.xml) are read, and written back with /", async () => {
    const parts = asBytes(workbookParts([ROSTER, LOG])).map(([n, c]): [string, Uint8Array] => [n.replace(/\//g, "\\"), c]);
    const r = await roundTrip(await zipParts(parts));
    expect(r.titles).toEqual(["春耕"]);
    expect(r.names).toContain("月度通报");
    expect([...readZip(await bytesOf(r.out)).keys()].filter((n) => n.includes("\\"))).toEqual([]);
  });
});

async function bytesOf(pkg: ReturnType<typeof openPackage>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b));
  return concat(chunks);
}

describe("a damaged or wrapped zip is named as such", () => {
  it("a central directory that disagrees with the local header (name, size, CRC) is a damaged package naming the part", async () => {
    const good = await zipParts(workbookParts([ROSTER, LOG]), true);
    const part = "xl/worksheets/sheet2.xml";
    const cases: Array<[string, (b: Uint8Array, v: DataView) => void]> = [
      ["名称", (b) => (b[headerOf(good, part, true) + 30 + part.length - 5] = 0x39)], // sheet2 → sheet9 in the local header only
      ["大小", (_b, v) => v.setUint32(headerOf(good, part, true) + 22, 5, true)],
      ["校验值（CRC）", (_b, v) => v.setUint32(headerOf(good, part, true) + 14, 12345, true)],
    ];
    for (const [what, damage] of cases) {
      const bytes = good.slice();
      damage(bytes, new DataView(bytes.buffer));
      const f = await refusal(bytes);
      expect(f.code).toBe("zipHeadersDisagree");
      expect(f.zh).toContain(`部件 ${part} 的目录记录与其文件头的${what}不一致`);
      expect(f.en).toContain(`for part ${part} the directory and the entry's own header disagree`);
    }
  });

  it("a bad CRC in a part copied unread (docProps/app.xml) is refused naming it; in a part read, too", async () => {
    const parts = workbookParts([ROSTER, LOG], {
      "docProps/app.xml": `<Properties><Application>Microsoft Excel</Application></Properties>`,
    });
    const good = await zipParts(parts, true);
    for (const part of ["docProps/app.xml", "xl/worksheets/sheet2.xml"]) {
      const bytes = good.slice();
      const view = new DataView(bytes.buffer);
      // The same wrong checksum in both headers: only the data tells.
      for (const local of [true, false]) view.setUint32(headerOf(good, part, local) + (local ? 14 : 16), 0x12345678, true);
      const f = await refusal(bytes);
      expect([f.code, f.e.params.part]).toEqual(["damagedPart", part.endsWith("sheet2.xml") ? `信息报送 (${part})` : part]);
      expect(f.zh).toContain("已损坏");
      // A check that writes nothing (validate) refuses it alike.
      const checked = await failure(checkWorkbook(bytes, nodeCodec, CHECK));
      expect([checked.code, checked.params.part]).toEqual([f.code, f.e.params.part]);
    }
  });

  it("a zip holding a workbook says so and names the workbook to open, not 缺少部件 _rels/.rels", async () => {
    const inner = await zipParts(workbookParts([ROSTER, LOG]));
    const f = await refusal(await zipParts({ "3月/信息报送汇总.xlsx": inner }));
    expect(f.code).toBe("zipOfWorkbook");
    expect(f.zh).toContain("这是一个压缩包，里面装着工作簿 信息报送汇总.xlsx");
    expect(f.en).toContain("zip archive containing the workbook 信息报送汇总.xlsx");
  });
});

describe("valid XML that was refused as damaged", () => {
  it("a ct:-prefixed [Content_Types].xml is read and patched", async () => {
    const parts = workbookParts([ROSTER, LOG]);
    const ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] as string)
      .replace(/<(\/?)(Types|Default|Override)\b/g, "<$1ct:$2")
      .replace(`xmlns="${ct}"`, `xmlns:ct="${ct}"`);
    const r = await roundTrip(await zipParts(parts));
    expect(r.titles).toEqual(["春耕"]);
    const types = await r.out.text("[Content_Types].xml");
    expect(types).toMatch(/^<\?xml[^>]*\?><Types xmlns="[^"]*content-types" xmlns:ct=/);
    expect(types).toMatch(/<Override PartName="\/xl\/worksheets\/sheet\d+\.xml"/);
  });

  it("UTF-16 parts (workbook.xml, a sheet, sharedStrings, with a BOM and encoding=UTF-16) are read", async () => {
    const sst = `<?xml version="1.0" encoding="UTF-16"?><sst xmlns="${NS_MAIN}"><si><t>古邵镇</t></si><si><t>春耕</t></si></sst>`;
    const log =
      row(1, ["报送日期", "报送单位", "标题"]) +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>2026-03-05</t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>`;
    const parts = workbookParts([ROSTER, { name: "信息报送", xml: log }], { "xl/sharedStrings.xml": utf16(sst) });
    for (const p of ["xl/workbook.xml", "xl/worksheets/sheet2.xml"])
      parts[p] = utf16((parts[p] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
    const r = await roundTrip(await zipParts(parts));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.titles).toEqual(["春耕"]);
    expect(r.names).toContain("月度通报");
  });

  it("a bare DOCTYPE is read; one with declarations is refused for safety by name, not as 'no sheets' or 'over 32,767 characters'", async () => {
    const bare = workbookParts([ROSTER, LOG]);
    bare["xl/workbook.xml"] = (bare["xl/workbook.xml"] as string).replace("?>", "?><!DOCTYPE workbook>");
    expect((await roundTrip(await zipParts(bare))).titles).toEqual(["春耕"]);

    const declared = workbookParts([ROSTER, LOG]);
    declared["xl/workbook.xml"] = (declared["xl/workbook.xml"] as string).replace("?>", "?><!DOCTYPE workbook [<!ELEMENT workbook ANY>]>");
    const w = await refusal(await zipParts(declared));
    expect([w.code, w.e.params.part]).toEqual(["xmlDtd", "xl/workbook.xml"]);
    expect(w.zh).toContain("含 DOCTYPE 内部声明（DTD，可定义实体），出于安全不予读取");
    expect(w.en).toContain("refused for safety");

    // An entity bomb in the shared strings, as in a known proof of concept: a few entities, each four of the last.
    const entities = Array.from({ length: 6 }, (_, i) => `<!ENTITY a${i} "${i ? `&a${i - 1};`.repeat(4) : "aaaaaaaaa"}">`).join("");
    const sst = `<?xml version="1.0"?><!DOCTYPE foo[${entities}]><sst xmlns="${NS_MAIN}"><si><t>test${"&a5;".repeat(9000)}</t></si></sst>`;
    const b = await refusal(await zipParts(workbookParts([ROSTER, LOG], { "xl/sharedStrings.xml": sst })));
    expect([b.code, b.e.params.part]).toEqual(["xmlDtd", "xl/sharedStrings.xml"]);
    expect(b.zh).not.toContain("32,767");
  });
});

describe("the logo on 输出模板", () => {
  const withLogo = (picture: Uint8Array) =>
    workbookParts([ROSTER, LOG, { name: "输出模板", xml: row(1, ["表", "项目", "内容"]) }], {
      "xl/worksheets/_rels/sheet3.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
      "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
      "xl/drawings/_rels/drawing1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/image" Target="../media/image1.png"/></Relationships>`,
      "xl/media/image1.png": picture,
    });

  it("a logo whose bytes are no picture is left out with a warning naming 输出模板 and the part; a real one is placed", async () => {
    const notPicture = enc.encode("<html>这不是图片</html>");
    for (const lang of ["zh", "en"] as const) {
      const r = await roundTrip(await zipParts(withLogo(notPicture)), lang);
      const issue = r.issues.find((i) => i.code === "logoNotPicture");
      expect(issue?.sheet).toBe("输出模板");
      expect(issue?.message).toContain("xl/media/image1.png");
      expect(issue?.message).toContain(lang === "zh" ? "不是 PNG、JPEG 或 GIF 图片" : "not a PNG, JPEG or GIF picture");
      expect(r.titles).toEqual(["春耕"]);
      expect([...readZip(await bytesOf(r.out)).keys()].filter((n) => n.startsWith("xl/media/") && n !== "xl/media/image1.png")).toEqual([]);
    }
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const ok = await roundTrip(await zipParts(withLogo(png)));
    expect(ok.issues.find((i) => i.code === "logoNotPicture")).toBeUndefined();
    expect([...readZip(await bytesOf(ok.out)).keys()].some((n) => n.startsWith("xl/media/") && n !== "xl/media/image1.png")).toBe(true);
  });
});
