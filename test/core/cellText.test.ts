// What a result sheet's cells hold is the text itself: a clerk copies a sentence or a name out of a
// cell into OA, so no line break is put inside it; the spreadsheet wraps it, and the row is as tall
// as that wrap takes (wrapLines).
import { describe, expect, it } from "vitest";
import { STYLES, type SheetModel } from "../../core/index.ts";
import { linesHeight, textUnits, wrapLines } from "../../core/sheets/paper.ts";
import { spanWidth } from "../../core/sheets/context.ts";
import { sampleJob } from "../helpers/sampleJob.ts";

const sheetsOf = async (p: string, asOf: string): Promise<SheetModel[]> => (await sampleJob(p, asOf)).models;

/** Every text a sheet writes into a cell, with where it is. */
function cellTexts(m: SheetModel): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  m.blocks.forEach((b, i) => {
    if (b.kind === "text") out.push({ where: `${m.name} block ${i}`, text: b.text });
    if (b.kind === "table")
      for (const row of b.rows()) for (const c of row) if (typeof c === "string") out.push({ where: `${m.name} table`, text: c });
  });
  return out;
}

describe("result sheets' cells hold their text whole", () => {
  it("put no line break inside a sentence or a name (month and year of the sample)", async () => {
    for (const [p, asOf] of [
      ["2026-03", "2026-04-03"],
      ["2026", "2026-12-31"],
    ]) {
      const sheets = await sheetsOf(p, asOf);
      const broken = sheets
        .filter((m) => m.kind !== "issues")
        .flatMap(cellTexts)
        // A 落款 (office and date) is two lines by the template's own line break.
        .filter((c) => /\n/.test(c.text) && !/^\S+\n\d{4}年\d{1,2}月\d{1,2}日$/.test(c.text));
      expect(broken, p).toEqual([]);
      if (p === "2026") {
        const summary = cellTexts(sheets.find((m) => m.name === "年度汇总")!).map((c) => c.text);
        expect(summary.some((t) => t.includes("区发展和改革局"))).toBe(true);
        const staff = cellTexts(sheets.find((m) => m.name === "个人考核结果")!).map((c) => c.text);
        expect(staff.some((t) => /上报市委少\d+期（扣\d+分）/.test(t))).toBe(true);
      }
    }
  });

  it("gives a paragraph the height of the lines the spreadsheet wraps it to", async () => {
    const sheet = (await sheetsOf("2026", "2026-12-31")).find((m) => m.name === "年度汇总")!;
    const width = spanWidth(sheet.widths, sheet.widths.length);
    const body = sheet.blocks.filter((b) => b.kind === "text" && b.style === "letterBody" && b.text.length > 60);
    expect(body.length).toBeGreaterThan(0);
    for (const b of body) {
      if (b.kind !== "text") continue;
      const size = STYLES[b.style].size ?? 12;
      expect(b.height, b.text).toBe(linesHeight(wrapLines(b.text, width, size), size));
      expect(b.height!).toBeGreaterThan(linesHeight(1, size));
    }
  });

  it("gives a column that does not wrap room for its longest text (优秀（推荐） in 等次, names, dates)", async () => {
    const tooWide: string[] = [];
    for (const [p, asOf] of [
      ["2026-03", "2026-04-03"],
      ["2026", "2026-12-31"],
    ]) {
      for (const m of await sheetsOf(p, asOf)) {
        if (m.kind === "issues" || m.kind === "audit") continue;
        for (const b of m.blocks) {
          if (b.kind !== "table") continue;
          for (const row of b.rows())
            row.forEach((c, i) => {
              const style = STYLES[b.styles[i]];
              if (typeof c !== "string" || style.wrap) return;
              // The cell's width less a little padding.
              if (textUnits(c, style.size ?? 11) > (m.widths[i] ?? 0) - 0.5) tooWide.push(`${p} ${m.name} column ${i + 1}: ${c}`);
            });
        }
      }
    }
    expect(tooWide).toEqual([]);
  });
});
