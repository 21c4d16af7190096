// The Excel task pane in Chromium with office.js replaced by a stand-in that says "Excel": it
// must render with localStorage blocked (Excel on the web in a cross-site frame with third-party
// storage blocked), show the as-of date, and take the period remembered in the workbook. On the
// fake Excel holding the sample workbook it calculates, and offers the Word files as a .zip where the
// host lets a pane download (Excel on the web, WebView2), the hint where it cannot (the Mac).
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import JSZip from "jszip";
import { DEFAULT_RULES } from "../../core/index.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { fakeExcelScript } from "../helpers/browserFakeExcel.ts";
import { recalc } from "../helpers/cli.ts";
import { libreOfficeConvert, OFFICE_FONTS } from "../helpers/lo.ts";
import { pdfPages } from "../helpers/printPdf.ts";
import { docxChunks, servedBrowser } from "../helpers/servedBrowser.ts";
import { tempDir } from "../helpers/tmp.ts";

const web = servedBrowser("taskpane.html");

/** Where the pane runs: Office's platform name, the webview's user agent (Chromium's own when unset) and the workbook's URL. */
interface Host {
  platform: string;
  userAgent?: string;
  url?: string;
  /** Office.context.officeTheme, where Office reports one. */
  theme?: Record<string, string | boolean>;
}
const WEB: Host = { platform: "OfficeOnline", url: "https://d.docs.live.net/1f/Documents/%E7%A4%BA%E4%BE%8B.xlsx?web=1" };

/** office.js stand-in: host Excel, document settings holding a remembered period, no workbook access. */
const officeStub = (host: Host) => `
window.Office = {
  HostType: { Excel: "Excel" },
  onReady: (cb) => { const info = { host: "Excel", platform: ${JSON.stringify(host.platform)} }; cb && cb(info); return Promise.resolve(info); },
  context: {
    platform: ${JSON.stringify(host.platform)},
    officeTheme: ${JSON.stringify(host.theme)},
    diagnostics: { platform: ${JSON.stringify(host.platform)} },
    requirements: { isSetSupported: () => true },
    document: {
      url: ${JSON.stringify(host.url ?? "")},
      settings: { get: (k) => (k === "infoscore.lastPeriod" ? "2026-Q1" : null), set: () => {}, saveAsync: (cb) => cb && cb() },
    },
  },
};
window.Excel = { run: () => Promise.reject(new Error("no workbook in this test")) };
`;

/** Excel.run answering every run with one finished job (one error, one warning) and counting runs. */
const DAY = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const OUTCOME = {
  written: ["月度通报", "校验问题"],
  issues: [
    { severity: "error", sheet: "信息报送", cell: "A3", rule: "INPUT", code: "badDate", params: {}, message: "信息报送!A3：日期无效" },
    { severity: "warning", sheet: "信息报送", cell: "H2", rule: "INPUT", code: "x", params: {}, message: "信息报送!H2：缺少阅签领导" },
  ],
  results: {
    // The rule set in force: the JSON derives the scheme's marks from it.
    rules: DEFAULT_RULES,
    rulesVersion: "t",
    units: [],
    workers: [],
    staff: [],
    issues: [],
    asOf: DAY(2026, 11, 29),
    period: {
      kind: "month",
      label: "2026-03",
      startMonth: 2026 * 12 + 2,
      endMonth: 2026 * 12 + 2,
      startDay: DAY(2026, 3, 1),
      endDay: DAY(2026, 3, 31),
    },
  },
};
const stubOf = (outcome: unknown) => `
window.excelRuns = 0;
window.Excel = { run: async () => { window.excelRuns++; return ${JSON.stringify(outcome)}; } };
`;
const OUTCOME_STUB = stubOf(OUTCOME);

async function openPane(blockStorage: boolean, excel = "", host = WEB, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await web.browser.newPage({
    locale: "zh-CN",
    colorScheme,
    viewport: { width: 350, height: 700 },
    acceptDownloads: true,
    ...(host.userAgent ? { userAgent: host.userAgent } : {}),
  });
  await page.clock.setFixedTime(new Date(2026, 10, 29, 9, 30));
  await page.route("**/office-*/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: officeStub(host) + excel }));
  if (blockStorage) {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get: () => {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
  }
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${web.origin}/taskpane.html`);
  await page.waitForSelector("#excel-buttons:not([hidden])", { timeout: 10_000 });
  expect(errors).toEqual([]);
  return page;
}

beforeAll(() => void mkdirSync(join("test-artifacts", "web"), { recursive: true }));

describe("the task pane in Excel", () => {
  it("renders with localStorage blocked, with the run buttons, the as-of date and the workbook's remembered period", async () => {
    const page = await openPane(true);
    expect(await page.textContent("h1")).toBe("信息工作考核");
    expect(await page.isVisible("#outside")).toBe(false);
    expect(await page.locator("#excel-buttons button").count()).toBe(5);
    expect(await page.inputValue("#as-of")).toBe("2026-11-29");
    expect([await page.inputValue("#kind"), await page.inputValue("#year"), await page.inputValue("#quarter")]).toEqual([
      "quarter",
      "2026",
      "1",
    ]);
    // Switching kind picks the last complete one as of the as-of date.
    await page.selectOption("#kind", "quarter");
    expect(await page.inputValue("#quarter")).toBe("3");
    // A run that fails says why, and the pane stays usable.
    await page.click("#excel-buttons button[data-job=all]");
    await page.waitForFunction(() => document.getElementById("status")!.textContent!.includes("未能完成"));
    expect(await page.isEnabled("#excel-buttons button[data-job=all]")).toBe(true);
    await page.close();
  });

  it("reaches every issue by keyboard: Tab lands on it and Enter selects its cell; the status counts errors and warnings", async () => {
    const page = await openPane(false, OUTCOME_STUB);
    await page.click("#excel-buttons button[data-job=all]");
    await page.waitForSelector("#issues li button");
    expect(await page.textContent("#status")).toContain("错误 1 处，提示 1 处");
    const before = await page.evaluate(() => (window as unknown as { excelRuns: number }).excelRuns);
    let reached = "";
    for (let i = 0; i < 40 && !reached.includes("日期无效"); i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (document.activeElement?.closest("#issues") ? (document.activeElement.textContent ?? "") : ""));
    }
    expect(reached).toContain("✖ 错误");
    await page.screenshot({ path: join("test-artifacts", "web", "pane-350x700.png"), fullPage: true });
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => (window as unknown as { excelRuns: number }).excelRuns > n, before);
    await page.close();
  });
});

describe("the pane's issue list", () => {
  it("says how many issues it does not list past the first 500, and where they all are", async () => {
    const warning = OUTCOME.issues[1];
    const many = Array.from({ length: 620 }, (_, i) => ({ ...warning, cell: `H${i + 2}`, message: `信息报送!H${i + 2}：缺少阅签领导` }));
    const page = await openPane(false, stubOf({ ...OUTCOME, issues: many }));
    await page.click("#excel-buttons button[data-job=all]");
    await page.waitForSelector("#issues li button");
    expect(await page.locator("#issues li button").count()).toBe(500);
    expect(await page.locator("#issues li").last().textContent()).toContain("另有 120 条未在此列出");
    await page.close();
  });
});

/** Office's own theme colours: the Colorful (light) and Black themes. */
const LIGHT_THEME = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
  isDarkTheme: false,
};
const BLACK_THEME = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
};

/**
 * The WCAG contrast of every visible text on the page against the background it is drawn on (the
 * nearest ancestor with one), worked out from the computed colours; disabled controls are exempt.
 */
const textContrasts = (page: Page) =>
  page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number).concat(1).slice(0, 4);
    const lum = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const backgroundOf = (e: Element | null): number[] => {
      for (; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: Array<{ text: string; ratio: number; color: string; background: string }> = [];
    for (const e of document.querySelectorAll("body, body *")) {
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const box = e.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0 || getComputedStyle(e).visibility === "hidden" || e.closest(":disabled")) continue;
      const bg = backgroundOf(e);
      const fg = rgba(getComputedStyle(e).color);
      const shown = fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
      const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
      out.push({
        text: e.textContent!.trim().slice(0, 30),
        ratio: (hi + 0.05) / (lo + 0.05),
        color: getComputedStyle(e).color,
        background: `rgb(${bg.slice(0, 3).join(", ")})`,
      });
    }
    return out;
  });

describe("the pane in Office's light and dark themes", () => {
  const cases = [
    { name: "office-light", host: { ...WEB, theme: LIGHT_THEME }, scheme: "light" as const, dark: false },
    { name: "office-black", host: { ...WEB, theme: BLACK_THEME }, scheme: "light" as const, dark: true },
    // No theme from Office (an older one, or the offline page): the system's dark preference decides.
    { name: "system-dark", host: WEB, scheme: "dark" as const, dark: true },
  ];
  for (const c of cases) {
    it(`${c.name}: every text has contrast of at least 4.5:1 against its background, body text included`, async () => {
      const page = await openPane(false, OUTCOME_STUB, c.host, c.scheme);
      await page.click("#excel-buttons button[data-job=all]");
      await page.waitForSelector("#issues li button");
      await page.screenshot({ path: join("test-artifacts", "web", `pane-theme-${c.name}.png`), fullPage: true });
      const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = (body.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b < 3 * 128, `${c.name} background ${body}`).toBe(c.dark);
      if (c.host.theme) expect(body).toBe(c.dark ? "rgb(38, 38, 38)" : "rgb(255, 255, 255)"); // Office's own colour
      const contrasts = await textContrasts(page);
      expect(contrasts.find((x) => x.text.startsWith("信息工作考核"))).toBeDefined();
      expect(contrasts.length).toBeGreaterThan(20);
      expect(contrasts.filter((x) => x.ratio < 4.5)).toEqual([]);
      await page.close();
    });
  }
});

/** Runs 全部计算 on the sample workbook for March 2026, as of 2026-04-03; every request the pane makes is listed. */
async function runSample(host: Host): Promise<{ page: Page; requests: string[] }> {
  const page = await openPane(false, await fakeExcelScript(), host);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.fill("#as-of", "2026-04-03");
  await page.selectOption("#kind", "month");
  await page.fill("#year", "2026");
  await page.selectOption("#month", "3");
  await page.click("#excel-buttons button[data-job=all]");
  await page.waitForFunction(() => document.getElementById("status")!.textContent!.startsWith("完成："), undefined, { timeout: 60_000 });
  return { page, requests };
}

const fakeBook = (page: Page) =>
  page.evaluate(() => {
    const book = (window as unknown as { fakeBook: { runs: number; sheets: Array<{ name: string }> } }).fakeBook;
    return { runs: book.runs, sheets: book.sheets.map((s) => s.name) };
  });

describe("下载公文(Word) in the pane", () => {
  it("on Excel on the web: after a run on the sample workbook, one click gives the .zip of the batch tool's Word files", async () => {
    const dir = tempDir("infoscore-panedocx-");
    const { page, requests } = await runSample(WEB);
    expect(await page.isVisible("#docx-hint")).toBe(false);
    const button = page.locator("#pane-docx");
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe("下载公文（Word）");
    await page.screenshot({ path: join("test-artifacts", "web", "pane-docx-web.png"), fullPage: true });
    const afterRun = await fakeBook(page);
    expect(afterRun.sheets).toContain("月度通报");
    // The docx library is not fetched with the pane nor by the run, only on the click.
    const chunks = docxChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const loaded = () => requests.filter((u) => chunks.some((c) => u.endsWith(`/${c}`)));
    expect(loaded()).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe("示例-公文-2026-03.zip");
    await page.waitForFunction(() => document.getElementById("status")!.textContent!.includes("公文（Word）已下载"));
    expect(await page.textContent("#status")).toBe("公文（Word）已下载：示例-公文-2026-03.zip");
    expect(loaded().length).toBeGreaterThan(0);
    // Made from the run just done: the workbook is not read again; and nothing went anywhere but the add-in's own origin.
    expect((await fakeBook(page)).runs).toBe(afterRun.runs);
    expect(requests.filter((u) => !u.startsWith(`${web.origin}/`) && !u.startsWith("blob:"))).toEqual([]);
    const saved = join(dir, "公文.zip");
    await download.saveAs(saved);
    await page.close();

    // The same files as the batch tool writes for the same workbook, day and period.
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const names = Object.keys(zip.files).sort();
    const input = join(dir, "示例.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const out = join(dir, "cli");
    mkdirSync(out);
    expect(await recalc(input, "--period", "2026-03", "--as-of", "2026-04-03", "--docx", "--out", out)).toBe(0);
    expect(names).toEqual(readdirSync(join(out, "示例-公文-2026-03")).sort());
    expect(names).toContain("信息工作通报.docx");
    const letters = names.filter((n) => n.startsWith("缺报通知单-"));
    expect(letters.length).toBeGreaterThan(0);

    // The files open: the 通报's document part is well-formed XML with its title; the 通报 and a letter print in LibreOffice.
    const docx = await JSZip.loadAsync(await zip.file("信息工作通报.docx")!.async("uint8array"));
    const body = await docx.file("word/document.xml")!.async("string");
    writeFileSync(join(dir, "document.xml"), body);
    execFileSync("xmllint", ["--noout", join(dir, "document.xml")]); // throws on XML that is not well-formed
    expect(body).toContain("信息工作通报");
    for (const n of ["信息工作通报.docx", letters[0]]) writeFileSync(join(dir, n), await zip.file(n)!.async("uint8array"));
    libreOfficeConvert([join(dir, "信息工作通报.docx"), join(dir, letters[0])], "pdf", dir, OFFICE_FONTS);
    expect(pdfPages(join(dir, "信息工作通报.pdf"))[0].text).toContain("信息工作通报");
    const letter = pdfPages(join(dir, letters[0].replace(/\.docx$/, ".pdf")));
    expect(letter[0].text).toContain(letters[0].replace(/^缺报通知单-|\.docx$/g, ""));
  }, 600_000);

  it("on Windows with WebView2 the button is offered too", async () => {
    const webView2 =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
    const { page } = await runSample({ platform: "PC", userAgent: webView2, url: "C:\\Users\\王芳\\Documents\\示例.xlsx" });
    expect(await page.isVisible("#pane-docx")).toBe(true);
    expect(await page.isVisible("#docx-hint")).toBe(false);
    await page.close();
  }, 240_000);

  it("on a Mac (WKWebView) the button is absent after the same run, and the hint says to use the offline page", async () => {
    const wkWebView = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
    const { page } = await runSample({ platform: "Mac", userAgent: wkWebView, url: "/Users/wangfang/Documents/示例.xlsx" });
    expect((await fakeBook(page)).sheets).toContain("月度通报");
    expect(await page.isVisible("#pane-docx")).toBe(false);
    expect(await page.isVisible("#docx-hint")).toBe(true);
    expect(await page.textContent("#docx-hint")).toContain("离线网页中打开同一工作簿");
    await page.screenshot({ path: join("test-artifacts", "web", "pane-docx-mac.png"), fullPage: true });
    await page.close();
  }, 240_000);
});
