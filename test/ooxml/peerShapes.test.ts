// Valid packages other producers write that were refused as damaged: a workbook part at the
// package root, a UTF-16 styles part, an empty self-closed <styleSheet/>; and invalid UTF-8,
// which is refused by name instead of entering names as U+FFFD.
import { describe, expect, it } from "vitest";
import { InfoScoreError, IssueLog, RESULT_MARKER, renderFailure } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { listSheets, openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { NS_MAIN, ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

const LOG = { name: "信息报送", xml: row(1, ["报送日期", "报送单位", "标题"]) + row(2, ["2026-03-05", "古邵镇", "春耕"]) };
const OPTIONS = { period: "2026-03", asOf: "2026-04-01", lang: "zh" as const, generatedAt: "2026-04-01 09:00" };

/** Recalculates and reads the result back: the log's item and the result sheets are there. */
async function roundTrip(bytes: Uint8Array) {
  const done = await processWorkbook("in.xlsx", bytes, OPTIONS, nodeCodec);
  const out = openPackage(done.output, nodeCodec);
  const { sheets } = await listSheets(out);
  const issues = new IssueLog();
  const again = await readWorkbookPackage(out, issues);
  return { names: sheets.map((s) => s.name), titles: again.data.submissions.map((s) => s.title), out };
}

describe("packages other producers write", () => {
  it("a workbook part at the package root (Target=workbook.xml) is read and recalculated", async () => {
    const parts = workbookParts([ROSTER, LOG]);
    const moved: Record<string, string | Uint8Array> = {};
    for (const [name, content] of Object.entries(parts)) {
      const text = typeof content === "string" ? content : "";
      if (name === "_rels/.rels") moved[name] = text.replace('Target="xl/workbook.xml"', 'Target="workbook.xml"');
      else if (name === "[Content_Types].xml") moved[name] = text.replace(/\/xl\//g, "/");
      else if (name.startsWith("xl/")) moved[name.replace("xl/_rels/", "_rels/").replace(/^xl\//, "")] = content;
      else moved[name] = content;
    }
    const r = await roundTrip(await zipParts(moved));
    expect(r.titles).toEqual(["春耕"]);
    expect(r.names).toContain("月度通报");
    expect(r.out.has("worksheets/sheet3.xml")).toBe(true);
  });

  it("a UTF-16 styles part and an empty self-closed <styleSheet/> are patched, not refused", async () => {
    const styles = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?><styleSheet xmlns="${NS_MAIN}"><numFmts count="0"/></styleSheet>`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...styles].map((c) => c.charCodeAt(0))).buffer)]);
    for (const part of [utf16, `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"/>`]) {
      const r = await roundTrip(await zipParts(workbookParts([ROSTER, LOG], { "xl/styles.xml": part })));
      expect(r.titles).toEqual(["春耕"]);
      const written = await r.out.text("xl/styles.xml");
      expect(written).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
      expect(written).toContain("</styleSheet>");
    }
  });

  it("invalid UTF-8 in a part is refused by name, not read as U+FFFD", async () => {
    const bytes = new TextEncoder().encode(
      `<?xml version="1.0"?><worksheet xmlns="${NS_MAIN}"><sheetData>${row(1, ["单位"])}${row(2, ["古邵镇"])}</sheetData></worksheet>`,
    );
    const at = bytes.indexOf(0xe9); // the first byte of 镇's three
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at + 1)]);
    const pkg = openPackage(
      await zipParts(workbookParts([{ name: "单位名册", xml: "" }], { "xl/worksheets/sheet1.xml": broken })),
      nodeCodec,
    );
    let error: unknown;
    try {
      await readWorkbookPackage(pkg, new IssueLog());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InfoScoreError);
    expect(renderFailure(error as InfoScoreError, "zh")).toContain("文字编码无效");
    expect(renderFailure(error as InfoScoreError, "en")).toContain("not valid UTF-8");
    expect(renderFailure(error as InfoScoreError, "en")).toContain("sheet1.xml");
  });
});

describe("result sheets of an earlier version", () => {
  it("are replaced while they keep InfoScore's name; a renamed copy (2月通报存档) is the user's and kept", async () => {
    const parts = workbookParts([ROSTER, LOG, { name: "月度通报", xml: row(1, ["旧"]) }, { name: "2月通报存档", xml: row(1, ["存档"]) }]);
    const marker = (i: number) => `<definedName name="${RESULT_MARKER}" localSheetId="${i}" hidden="1">"ranking"</definedName>`;
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace(
      "</sheets>",
      `</sheets><definedNames>${marker(2)}${marker(3)}</definedNames>`,
    );
    const r = await roundTrip(await zipParts(parts));
    expect(r.names.filter((n) => n === "月度通报")).toHaveLength(1);
    expect(r.names).toContain("2月通报存档");
  });
});

describe("overlapping zip entries", () => {
  it("two parts pointing at one stored part are refused before anything is inflated", async () => {
    const bytes = await zipParts(workbookParts([ROSTER, LOG]));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central: number[] = [];
    for (let p = 0; p + 4 <= bytes.length; p++) if (view.getUint32(p, true) === 0x02014b50) central.push(p);
    // The last part now claims the first part's data as its own.
    view.setUint32(central[central.length - 1] + 42, view.getUint32(central[0] + 42, true), true);
    let error: unknown;
    try {
      openPackage(bytes, nodeCodec);
    } catch (e) {
      error = e;
    }
    expect((error as InfoScoreError).code).toBe("notWorkbook");
    expect(renderFailure(error as InfoScoreError, "en")).toContain("not a valid xlsx workbook");
  });
});
