// `infoscore demo`, then `infoscore recalc … --docx` on the bundled sample, as a process (the
// compiled batch tool): the Word files land in their folder and each is a Word package; printed by
// LibreOffice (fonts mapped by the test-only fonts.conf), the sample's lists read as a clerk wants.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { runBin } from "../helpers/cli.ts";
import { libreOfficeConvert, OFFICE_FONTS } from "../helpers/lo.ts";
import { pdfPages } from "../helpers/printPdf.ts";
import { tempDir } from "../helpers/tmp.ts";

const dir = tempDir("infoscore-demo-docx-");
let folder = "";
let run: ReturnType<typeof runBin>;

beforeAll(() => {
  expect(runBin(["demo", "--out", dir]).code).toBe(0);
  const sample = readdirSync(dir).find((f) => f.endsWith(".xlsx") && !f.includes("-结果-"))!;
  run = runBin(["recalc", join(dir, sample), "--period", "2026-03", "--as-of", "2026-04-03", "--docx", "--json", "-"], 120_000);
  folder = join(dir, sample.replace(/\.xlsx$/, "-公文-2026-03"));
}, 180_000);

describe("the batch tool's --docx on the bundled sample", () => {
  it("writes the Word files of the sample's March beside its result workbook", async () => {
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out.trim().split("\n").at(-1)!).docx).toBe(folder);
    const files = readdirSync(folder);
    expect(files).toContain("信息工作通报.docx");
    expect(files.filter((f) => f.startsWith("缺报通知单-")).length).toBeGreaterThan(0);
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(folder, f)));
      expect(Object.keys(zip.files), f).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    }
  });

  it("keeps the note of 优秀信息工作者 with its table's last rows: no page holds the note alone", async () => {
    const file = join(folder, "优秀信息工作者.docx");
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
    // The note: the text after the table, its first characters as printed.
    const after = xml.slice(xml.lastIndexOf("</w:tbl>"));
    const start = [...after.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .slice(0, 1);
    expect(start).not.toBe("");
    const out = join(dir, "pdf");
    mkdirSync(out, { recursive: true });
    libreOfficeConvert([file], "pdf", out, OFFICE_FONTS);
    const pages = pdfPages(join(out, "优秀信息工作者.pdf")).map((p) => [...p.lines].sort((a, b) => a.yMin - b.yMin));
    const last = pages.map((lines) => lines.some((l) => l.text.startsWith(start))).lastIndexOf(true);
    expect(last).toBeGreaterThanOrEqual(0);
    // Above the note on its page: the table's last rows.
    expect(pages[last][0].text.startsWith(start), `page ${last + 1}: ${pages[last][0].text}`).toBe(false);
  }, 180_000);
});
