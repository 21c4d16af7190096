// The offline page under the conditions the issue list names, in Debian's Chromium: one run at a
// time (a new run cancels the old, whose late messages never reach the screen), a file chooser
// reached and used with the keyboard alone, and a browser lacking what the page needs told so
// in plain words, never that the workbook is damaged; with scripts off, the <noscript> notice.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { FileChooser, Page } from "playwright-core";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { writeLog } from "../../bench/io/generate.ts";
import { servedBrowser } from "../helpers/servedBrowser.ts";
import { tempDir } from "../helpers/tmp.ts";

const dir = tempDir("infoscore-runs-");
const web = servedBrowser();

async function openPage(before?: (page: Page) => Promise<unknown>, javaScriptEnabled = true): Promise<Page> {
  const context = await web.browser.newContext({ locale: "zh-CN", javaScriptEnabled });
  const page = await context.newPage();
  await before?.(page);
  await page.goto(`${web.origin}/index.html`);
  return page;
}

describe("the offline page, one run at a time and for every user", () => {
  it("a new run cancels the one in progress: only the second run's results reach the screen", async () => {
    const big = join(dir, "三月大表.xlsx");
    await writeLog(big, 60_000);
    const small = join(dir, "六月.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(small);
    const page = await openPage();
    await page.setInputFiles("#file-input", [big]);
    await page.click("#run-files");
    await page.waitForSelector("body[data-state=running]");
    // Mid-run the user picks another file: 计算 comes back, and pressing it replaces the run.
    await page.setInputFiles("#file-input", [small]);
    expect(await page.isEnabled("#run-files")).toBe(true);
    await page.click("#run-files");
    await page.waitForSelector("body[data-state=finished]", { timeout: 120_000 });
    await page.waitForTimeout(1_500); // time for any late message of the first run
    const downloads = await page.locator("#downloads a").evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.file));
    expect(downloads).toEqual(["六月.xlsx"]);
    const results = await page.evaluate(() => Object.keys(window.infoscoreResults ?? {}));
    expect(results).toEqual(["六月.xlsx"]);
    expect(await page.textContent("#status")).not.toContain("三月大表");
    await page.context().close();
  }, 180_000);

  it("the file chooser is reached with Tab and opened with Space; the chosen file is listed", async () => {
    const input = join(dir, "键盘.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const page = await openPage();
    await page.waitForSelector("#files:not([hidden])");
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "file-input");
    }
    expect(reached).toBe(true);
    // A screen reader names it by its label.
    const name = await page.evaluate(() => (document.getElementById("file-input") as HTMLInputElement).labels?.[0]?.textContent?.trim());
    expect(name).toBeTruthy();
    // Space on the focused chooser opens it; headless Chromium now and then drops the first key press
    // (seen once in a full run), so the key is pressed again while focus is still on the chooser.
    let chooser: FileChooser | undefined;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("file-input");
      const waiting = page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => undefined);
      await page.keyboard.press("Space");
      chooser = await waiting;
    }
    expect(chooser, "Space opens the file chooser").toBeDefined();
    await chooser!.setFiles(input);
    expect(await page.textContent("#file-list")).toContain("键盘.xlsx");
    expect(await page.isEnabled("#run-files")).toBe(true);
    await page.context().close();
  });

  it("a browser without deflate-raw streams or structuredClone is told it is too old, never that the workbook is damaged", async () => {
    const input = join(dir, "旧浏览器.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const page = await openPage((p) =>
      p.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        delete w.structuredClone;
        const Native = w.DecompressionStream as new (f: string) => unknown;
        w.DecompressionStream = function (format: string) {
          if (format === "deflate-raw") throw new TypeError("Unsupported compression format: 'deflate-raw'");
          return new Native(format);
        };
      }),
    );
    await page.waitForSelector("body[data-state=unsupported]");
    const text = await page.textContent("#browser-check");
    expect(text).toContain("浏览器版本过旧");
    expect(text).toContain("Chromium 103");
    expect(text).toContain("DecompressionStream(deflate-raw)");
    expect(text).toContain("structuredClone");
    expect(await page.isVisible("#browser-check")).toBe(true);
    expect(await page.isVisible("#files")).toBe(false);
    expect(await page.textContent("body")).not.toContain("损坏");
    await page.click("#lang");
    expect(await page.textContent("#browser-check")).toContain("too old");
    await page.context().close();
  });

  it("a supported browser never sees the fallback notice; with scripts off the <noscript> notice shows", async () => {
    const page = await openPage();
    await page.waitForSelector("#files:not([hidden])");
    await page.waitForTimeout(3_500); // past the fallback's delay
    expect(await page.isVisible("#browser-check")).toBe(false);
    expect(await page.textContent("#files")).toContain("Chromium 103");
    await page.context().close();
    const off = await openPage(undefined, false);
    expect(await off.isVisible("noscript p, p[data-fallback=noScript]")).toBe(true);
    expect(await off.textContent("body")).toContain("需要运行 JavaScript");
    await off.context().close();
  });
});
