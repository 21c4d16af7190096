// Excel's limits on what we write: cells cut at 32,767 characters with a marker and a warning,
// tables over the row limit continued on more sheets; end to end through the offline page's job.
import { describe, expect, it } from "vitest";
import { A4_PORTRAIT, IssueLog, table, text, type CellV, type SheetModel, type TableBlock } from "../../core/index.ts";
import { cutText, fitCells, MAX_CELL_CHARS, splitLongSheets, TRUNCATED } from "../../core/sheets/limits.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { listSheets, openPackage } from "../../ooxml/read.ts";
import { ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

const model = (blocks: SheetModel["blocks"]): SheetModel => ({
  name: "表",
  kind: "x",
  widths: [10],
  blocks,
  freezeHeader: false,
  print: A4_PORTRAIT,
});
const rowsOf = (m: SheetModel): CellV[][] => [...(m.blocks.find((b) => b.kind === "table") as TableBlock).rows()];

describe("cells longer than Excel's 32,767 characters", () => {
  it("are cut to exactly the limit, ending with the marker, and one warning names the count and the first cell", () => {
    const long = "长".repeat(40_000);
    const issues = new IssueLog();
    const [fitted] = fitCells(
      [
        model([
          text(long, "title"),
          table(
            ["a", "b", "c"],
            ["text", "text", "text"],
            [
              ["x", "y", "z"],
              ["x", "y", long + "尾"],
            ],
          ),
        ]),
      ],
      issues,
    );
    const title = fitted.blocks[0] as { text: string };
    expect(title.text.length).toBe(MAX_CELL_CHARS);
    expect(title.text.endsWith(TRUNCATED)).toBe(true);
    const rows = rowsOf(fitted);
    expect(rows[0]).toEqual(["x", "y", "z"]);
    expect((rows[1][2] as string).length).toBe(MAX_CELL_CHARS);
    // title on row 1, header on row 2, data from row 3: the long cell is C4
    expect(issues.list.map((i) => [i.severity, i.sheet, i.cell, i.params])).toEqual([
      ["warning", "表", "A1", { sheet: "表", count: 2, limit: MAX_CELL_CHARS, first: "A1" }],
    ]);
    expect(issues.list[0].message).toContain("已截断");
    const alone = new IssueLog();
    fitCells(
      [
        model([
          text("短", "title"),
          table(
            ["a", "b", "c"],
            ["text", "text", "text"],
            [
              ["x", "y", "z"],
              ["x", "y", long],
            ],
          ),
        ]),
      ],
      alone,
    );
    expect(alone.list.map((i) => i.cell)).toEqual(["C4"]);
  });

  it("never split a surrogate pair, and leave short texts and their sheets as they are", () => {
    const emoji = "a" + "🌾".repeat(20_000);
    const cut = cutText(emoji);
    expect(cut.endsWith(TRUNCATED)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
    const m = model([text("短", "title")]);
    const issues = new IssueLog();
    expect(fitCells([m], issues)[0]).toBe(m);
    expect(issues.list).toEqual([]);
  });

  it("in a real run: a 32,767-character unit name is quoted by its start in the 校验问题 message, which stays within the limit", async () => {
    const unit = "镇".repeat(32_767);
    const log = row(1, ["报送日期", "报送单位", "标题"]) + row(2, ["2026-03-05", unit, "春耕"]);
    const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }]));
    const done = await processWorkbook(
      "in.xlsx",
      bytes,
      { period: "2026-03", asOf: "2026-04-01", lang: "zh", generatedAt: "2026-04-01 09:00" },
      nodeCodec,
    );
    const unknown = done.issues.find((i) => i.code === "unknownUnit");
    expect(unknown?.message).toBe(`信息报送!B2：报送单位“${"镇".repeat(200)}…”不在单位名册中`);
    expect(done.issues.find((i) => i.code === "cellTruncated")).toBeUndefined();
    const pkg = openPackage(done.output, nodeCodec);
    const sheet = (await listSheets(pkg)).sheets.find((s) => s.name === "校验问题")!;
    const xml = await pkg.text(sheet.path);
    for (const m of xml.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)) expect(m[1].length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });
});

describe("tables longer than a sheet", () => {
  const numbered = (n: number): CellV[][] => Array.from({ length: n }, (_, i) => [i]);

  it("continue on sheets named 表, 表(2), 表(3), every row once and in order, lazy tables too", () => {
    const inMemory = model([text("标题", "title"), table(["n"], ["int"], numbered(2_500))]);
    const lazy = model([
      text("标题", "title"),
      {
        ...table(["n"], ["int"], []),
        rowCount: 2_500,
        rows: function* () {
          yield* numbered(2_500);
        },
      },
    ]);
    for (const m of [inMemory, lazy]) {
      const parts = splitLongSheets([m], 1_000);
      expect(parts.map((p) => p.name)).toEqual(["表", "表(2)", "表(3)"]);
      expect(parts.map((p) => (p.blocks[1] as TableBlock).rowCount)).toEqual([1_000, 1_000, 500]);
      expect(parts.flatMap(rowsOf)).toEqual(numbered(2_500));
      expect(parts.every((p) => (p.blocks[0] as { text: string }).text === "标题")).toBe(true);
    }
    const short = model([table(["n"], ["int"], numbered(10))]);
    expect(splitLongSheets([short], 1_000)).toEqual([short]);
  });
});
