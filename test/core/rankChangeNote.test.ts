// 升降 of a unit without points: it never "rises" (it only shares a place with the others who have none),
// so its 升降 is — though its 上月排名 and 排名 differ; the page then says what — means there, in the
// sheet under the table and in the Word file's 附件 under the same table.
import { describe, expect, it } from "vitest";
import {
  buildResultSheets,
  compute,
  IssueLog,
  officialDocuments,
  resolveTemplates,
  type SheetModel,
  type TableBlock,
} from "../../core/index.ts";
import JSZip from "jszip";
import { renderDocument } from "../../ooxml/docx/render.ts";
import { input, period, sub, unit } from "../helpers/records.ts";

const NOTE = "注：本月得分为0的单位不标名次上升，因与其他得分为0的单位并列而名次前移的，升降记“—”。";

/** February: 甲 6, 乙 1, 丙 nothing (rank 3). March: 甲 alone scores; 乙 and 丙 share rank 2 — 丙 moved up without points. */
function march(heldBack: boolean, columns?: string): SheetModel[] {
  const units = [unit("甲"), unit("乙"), unit("丙")];
  const submissions = [sub("甲", "2026-02-03", ["district.adopted"]), sub("乙", "2026-02-04"), sub("甲", "2026-03-03")];
  if (!heldBack) submissions.push(sub("丙", "2026-03-05", ["district.adopted"]));
  const issues = new IssueLog();
  const r = compute(input({ units, submissions }), { period: period("2026-03"), issues });
  const rows = columns ? [{ sheet: "月度通报", item: "列", content: columns, where: { sheet: "输出模板", cell: "C2" } }] : [];
  return buildResultSheets(r, { generatedAt: "2026-04-10 09:30", templates: resolveTemplates(rows, issues), issues });
}

const bulletin = (sheets: SheetModel[]) => sheets.find((s) => s.name === "月度通报")!;
const tableOf = (m: SheetModel) => m.blocks.find((b): b is TableBlock => b.kind === "table")!;

describe("升降 — of a unit without points", () => {
  it("shows — where 上月排名 and 排名 differ, and the note under the table says why", () => {
    const m = bulletin(march(true));
    const t = tableOf(m);
    const row = [...t.rows()].find((r) => r[1] === "丙")!;
    expect([row[t.header.indexOf("上月排名")], row[0], row[t.header.indexOf("升降")]]).toEqual([3, 2, "—"]);
    const at = m.blocks.indexOf(t);
    expect(m.blocks[at + 1]).toMatchObject({ kind: "text", style: "note", text: NOTE });
  });

  it("keeps the note with the table in the Word file's 附件", () => {
    const doc = officialDocuments(march(true)).find((d) => d.kind === "ranking")!;
    const items = doc.attachments[0].items;
    const table = items.findIndex((x) => x.role === "table");
    expect(items[table + 1]).toEqual({ role: "note", text: NOTE });
    expect(doc.body.map((l) => ("text" in l ? l.text : ""))).not.toContain(NOTE);
  });

  it("sets it in the Word file as a note (4号, the body font), not as a 黑体 heading, the table's last row kept with it", async () => {
    const doc = officialDocuments(march(true)).find((d) => d.kind === "ranking")!;
    const xml = await (await JSZip.loadAsync(await renderDocument(doc))).file("word/document.xml")!.async("string");
    const paragraph = new RegExp(`<w:p>(?:(?!<w:p>).)*${NOTE.slice(0, 8)}`).exec(xml)?.[0] ?? "";
    expect(paragraph).toContain('<w:sz w:val="28"/>');
    expect(paragraph).not.toContain(doc.format.headingFont);
    // The table's last row: its cells' paragraphs keep with the next (the note).
    const table = xml.slice(0, xml.indexOf(paragraph)).split("<w:tbl>").pop()!;
    const lastRow = table.slice(table.lastIndexOf("<w:tr>"));
    expect(lastRow).toContain("<w:keepNext/>");
  });

  it("prints no note when no unit is held back, or when a 列 list leaves 升降 out", () => {
    const texts = (m: SheetModel) => m.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(texts(bulletin(march(false)))).not.toContain(NOTE);
    expect(texts(bulletin(march(true, "排名，单位，本月得分，上月排名")))).not.toContain(NOTE);
  });
});
