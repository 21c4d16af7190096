// The batch tool's writer removes what an interrupted add-in run left (a temporary sheet: under the
// add-in's temporary name AND marked InfoScore_Temp), cleaning its parts and names, and keeps a user's
// sheet that merely starts with the same prefix, byte for byte.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { listSheets, openPackage } from "../../ooxml/read.ts";
import { addResultSheets } from "../../ooxml/resultSheets.ts";
import { LOOKALIKE_NAME, LOOKALIKE_PART, packageProblems, STALE_NAME, staleTempWorkbook } from "../helpers/staleTemp.ts";
import { resultModel } from "../helpers/packageProbe.ts";

const OPTIONS = { period: "2026-03", asOf: "2026-04-01", lang: "zh" as const, generatedAt: "2026-04-01 09:00" };

describe("temporary sheets an interrupted add-in run left", () => {
  it("are removed with their drawing, relationships and names; the look-alike user's sheet is kept byte for byte", async () => {
    const input = await staleTempWorkbook();
    expect(await packageProblems(input)).toEqual([]);
    const done = await processWorkbook("in.xlsx", input, OPTIONS, nodeCodec);
    const out = openPackage(done.output, nodeCodec);
    const names = (await listSheets(out)).sheets.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(["单位名册", "信息报送", LOOKALIKE_NAME, "备注"]);
    expect(names).not.toContain(STALE_NAME);
    expect(names).toContain("月度通报");
    expect(await packageProblems(done.output)).toEqual([]);

    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(done.output);
    expect(await after.file(LOOKALIKE_PART)!.async("uint8array")).toEqual(await before.file(LOOKALIKE_PART)!.async("uint8array"));
    expect(after.file("xl/drawings/drawing1.xml")).toBeNull();
    expect(after.file("xl/drawings/_rels/drawing1.xml.rels")).toBeNull();
    const workbook = await after.file("xl/workbook.xml")!.async("string");
    expect(workbook).not.toContain("InfoScore_Temp");
    expect(workbook).not.toContain(STALE_NAME);
    // 备注's own print area moved with it, from the fifth sheet to the fourth.
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">'备注'!$A$1:$A$2</definedName>`);
  });

  it("are reported apart from replaced result sheets", async () => {
    const pkg = openPackage(await staleTempWorkbook(), nodeCodec);
    const report = await addResultSheets(pkg, [resultModel("校验问题")], { runId: "run1" });
    expect(report).toEqual({ added: ["校验问题"], replaced: [], stale: [STALE_NAME] });
  });

  it("a sheet under a temporary name without the marker, or with the marker under another name, is the user's", async () => {
    const input = await staleTempWorkbook();
    const zip = await JSZip.loadAsync(input);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    // The marker moved to the look-alike's neighbour 备注 (a finished swap whose marker stayed): nothing is removed.
    zip.file("xl/workbook.xml", workbook.replace('name="InfoScore_Temp" localSheetId="2"', 'name="InfoScore_Temp" localSheetId="4"'));
    const pkg = openPackage(new Uint8Array(await zip.generateAsync({ type: "uint8array" })), nodeCodec);
    const report = await addResultSheets(pkg, [], { runId: "run1" });
    expect(report.stale).toEqual([]);
  });
});
