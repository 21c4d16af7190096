// A line with a flush-right part (the 报头's 编发单位 and date, the 版记's 印发 line): the right part has
// its own cells to the sheet's right edge, right-aligned, so it ends where the table ends in any
// application, landscape or portrait (no padding with spaces sized for one font).
import { describe, expect, it } from "vitest";
import { A4_PORTRAIT, columnLetter, layoutSheet, STYLES, text, type SheetModel } from "../../core/index.ts";
import { textUnits } from "../../core/sheets/paper.ts";
import { sampleJob } from "../helpers/sampleJob.ts";

function expectFlushRight(model: SheetModel, style: "editorLine" | "ccLine"): void {
  const layout = layoutSheet(model);
  const placed = layout.texts.find((t) => t.block.style === style && t.block.right !== undefined)!;
  expect(placed, `${model.name} ${style}`).toBeDefined();
  expect(placed.block.text).not.toMatch(/\u3000{2,}/);
  const last = columnLetter(layout.span - 1);
  const from = placed.rightColumn!;
  expect(from).toBeGreaterThan(0);
  if (from < layout.span - 1) expect(layout.merges).toContain(`${columnLetter(from)}${placed.row}:${last}${placed.row}`);
  expect(STYLES[`${style}Right`].align).toBe("right");
  const room = model.widths.slice(from, layout.span).reduce((s, w) => s + w, 0);
  expect(room).toBeGreaterThan(textUnits(placed.block.right!, 12) + 2);
}

describe("flush-right parts of a line", () => {
  it("the 通报's 报头 date and 印发 date have their own cells to the right edge (month and year)", async () => {
    for (const [p, asOf, name] of [
      ["2026-03", "2026-04-03", "月度通报"],
      ["2026", "2026-12-31", "年度汇总"],
    ]) {
      const job = await sampleJob(p, asOf);
      const model = job.models.find((m) => m.name === name)!;
      expectFlushRight(model, "editorLine");
      expectFlushRight(model, "ccLine");
    }
  });

  it("in a portrait sheet too", () => {
    const model: SheetModel = {
      name: "纵向",
      kind: "test",
      widths: [6, 20, 20, 8, 8],
      blocks: [
        { ...text("区委办公室编", "editorLine", 24), right: "2026年12月31日" },
        { ...text("区委办公室", "ccLine", 24), right: "2026年12月31日印发" },
      ],
      freezeHeader: false,
      print: A4_PORTRAIT,
    };
    expectFlushRight(model, "editorLine");
    expectFlushRight(model, "ccLine");
  });
});
