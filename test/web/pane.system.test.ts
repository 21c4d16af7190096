// The Excel task pane in Chromium with office.js replaced by a stand-in that says "Excel": it
// must render with localStorage blocked (Excel on the web in a cross-site frame with third-party
// storage blocked), show the as-of date, and take the period remembered in the workbook.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import { chromium, type Browser, type Page } from "playwright-core";
import { DEFAULT_RULES } from "../../core/index.ts";

let server: Server;
let origin: string;
let browser: Browser;

/** office.js stand-in: host Excel, document settings holding a remembered period, no workbook access. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  onReady: (cb) => { const info = { host: "Excel", platform: "OfficeOnline" }; cb && cb(info); return Promise.resolve(info); },
  context: {
    requirements: { isSetSupported: () => true },
    document: { settings: { get: (k) => (k === "infoscore.lastPeriod" ? "2026-Q1" : null), set: () => {}, saveAsync: (cb) => cb && cb() } },
  },
};
window.Excel = { run: () => Promise.reject(new Error("no workbook in this test")) };
`;

/** Excel.run answering every run with one finished job (one error, one warning) and counting runs. */
const DAY = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const OUTCOME = {
  written: ["月度通报", "校验问题"],
  issues: [
    { severity: "error", sheet: "信息报送", cell: "A3", rule: "INPUT", code: "badDate", params: {}, message: "信息报送 A3:日期无效" },
    { severity: "warning", sheet: "信息报送", cell: "H2", rule: "INPUT", code: "x", params: {}, message: "信息报送 H2:缺少阅签领导" },
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

async function openPane(blockStorage: boolean, excel = ""): Promise<Page> {
  const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 350, height: 700 } });
  await page.clock.setFixedTime(new Date(2026, 10, 29, 9, 30));
  await page.route("**/office-*/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB + excel }));
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
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("#excel-buttons:not([hidden])", { timeout: 10_000 });
  expect(errors).toEqual([]);
  return page;
}

beforeAll(async () => {
  if (!existsSync("dist/taskpane.html")) throw new Error("dist/ is missing: npm test builds it first (npm run build)");
  const { serve } = await import("../../scripts/serve.mjs");
  server = (await serve(join(process.cwd(), "dist"), 0)) as Server;
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  mkdirSync(join("test-artifacts", "web"), { recursive: true });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

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
    expect(await page.textContent("#status")).toContain("错误 1 处,提示 1 处");
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
    const many = Array.from({ length: 620 }, (_, i) => ({ ...warning, cell: `H${i + 2}`, message: `信息报送 H${i + 2}:缺少阅签领导` }));
    const page = await openPane(false, stubOf({ ...OUTCOME, issues: many }));
    await page.click("#excel-buttons button[data-job=all]");
    await page.waitForSelector("#issues li button");
    expect(await page.locator("#issues li button").count()).toBe(500);
    expect(await page.locator("#issues li").last().textContent()).toContain("另有 120 条未在此列出");
    await page.close();
  });
});
