// The offline page's 下载公文(Word) in Debian's Chromium: the .zip it downloads holds the same
// Word files as `infoscore recalc --docx`, each opens in LibreOffice, and the docx library's
// chunk is fetched only when the button is clicked.
import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { recalc } from "../helpers/cli.ts";
import { libreOfficeConvert, OFFICE_FONTS } from "../helpers/lo.ts";
import { pdfPages } from "../helpers/printPdf.ts";
import { docxChunks, servedBrowser } from "../helpers/servedBrowser.ts";
import { tempDir } from "../helpers/tmp.ts";

const dir = tempDir("infoscore-webdocx-");
const web = servedBrowser();

describe("下载公文(Word) on the offline page", () => {
  it("downloads a .zip of the Word files the batch tool writes, loading the docx library only then", async () => {
    const input = join(dir, "示例.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const page = await web.browser.newPage({ acceptDownloads: true, locale: "zh-CN" });
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto(`${web.origin}/index.html`);
    await page.setInputFiles("#file-input", [input]);
    await page.selectOption("#kind", "month");
    await page.fill("#year", "2026");
    await page.selectOption("#month", "3");
    await page.fill("#as-of", "2026-04-03");
    await page.click("#run-files");
    await page.waitForSelector("body[data-state=finished]", { timeout: 240_000 });
    const chunks = docxChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const loaded = () => fetched.filter((u) => chunks.some((c) => u.endsWith(`/${c}`)));
    expect(loaded()).toEqual([]);

    const button = page.locator("#downloads button.download-docx");
    expect(await button.textContent()).toBe("下载公文（Word）");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe("示例-公文-2026-03.zip");
    expect(loaded().length).toBeGreaterThan(0);
    const saved = join(dir, "公文.zip");
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const names = Object.keys(zip.files).sort();

    // The batch tool on the same workbook and day.
    const out = join(dir, "cli");
    mkdirSync(out, { recursive: true });
    expect(await recalc(input, "--period", "2026-03", "--as-of", "2026-04-03", "--docx", "--out", out)).toBe(0);
    expect(names).toEqual(readdirSync(join(out, "示例-公文-2026-03")).sort());
    expect(names).toContain("信息工作通报.docx");
    expect(names.some((n) => n.startsWith("缺报通知单-"))).toBe(true);

    // Every file from the zip opens in LibreOffice and prints.
    const unpacked = join(dir, "unzipped");
    mkdirSync(unpacked, { recursive: true });
    for (const n of names) writeFileSync(join(unpacked, n), await zip.file(n)!.async("uint8array"));
    libreOfficeConvert(
      names.map((n) => join(unpacked, n)),
      "pdf",
      unpacked,
      OFFICE_FONTS,
    );
    for (const n of names) {
      const pages = pdfPages(join(unpacked, n.replace(/\.docx$/, ".pdf")));
      expect(pages.length, n).toBeGreaterThan(0);
    }
    expect(pdfPages(join(unpacked, "信息工作通报.pdf"))[0].text).toContain("信息工作通报");
  }, 600_000);
});
