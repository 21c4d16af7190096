// The offline page in Debian's Chromium, driven by playwright-core: upload workbooks, run,
// check summary and issues, download the results and compare them with the batch tool.
// Also checks that the page sends nothing outside its own origin, and stays responsive on a
// 100,000-row workbook (longest main-thread task measured with PerformanceObserver).
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { writeLog } from "../../bench/io/generate.ts";
import { recalc } from "../helpers/cli.ts";
import { servedBrowser } from "../helpers/servedBrowser.ts";
import { tempDir } from "../helpers/tmp.ts";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "web");
const dir = tempDir("infoscore-web-");
const web = servedBrowser();
const outside: string[] = [];

async function openPage(viewport = { width: 1366, height: 768 }, before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await web.browser.newPage({ acceptDownloads: true, locale: "zh-CN", viewport });
  await before?.(page);
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(web.origin) && !url.startsWith("blob:") && !url.startsWith("data:")) outside.push(url);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${web.origin}/index.html`);
  return page;
}

async function runFiles(page: Page, files: string[], period: { year: string; month: string }): Promise<void> {
  await page.setInputFiles("#file-input", files);
  await page.selectOption("#kind", "month");
  await page.fill("#year", period.year);
  await page.selectOption("#month", period.month);
  await page.click("#run-files");
  await page.waitForSelector("body[data-state=finished]", { timeout: 240_000 });
}

beforeAll(() => void mkdirSync(ARTIFACTS, { recursive: true }));

describe("offline page", () => {
  it("says it is not inside Excel, runs a workbook and a malformed file, and matches the batch tool", async () => {
    const input = join(dir, "示例.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const broken = join(dir, "损坏.xlsx");
    writeFileSync(broken, "这不是工作簿");
    const page = await openPage();
    expect(await page.isVisible("#outside")).toBe(true);
    expect(await page.isVisible("#excel-buttons")).toBe(false);
    expect(await page.isVisible("#range-row")).toBe(false);
    expect(await page.textContent("#outside")).toContain("不在 Excel 中");
    await page.screenshot({ path: join(ARTIFACTS, "1366x768-start.png") });

    await runFiles(page, [input, broken], { year: "2026", month: "3" });
    await page.screenshot({ path: join(ARTIFACTS, "1366x768-results-full.png"), fullPage: true });

    // Summary: top units, escalations, grades, chart.
    const summary = await page.textContent("#summary");
    expect(summary).toContain("区卫生健康局");
    expect(summary).toContain("缺报通知单");
    expect(summary).toContain("优秀（推荐）");
    // The scheme's marks, summed: the default scheme's columns by name.
    expect(summary).toContain("各计分项目合计");
    expect(summary).toContain("市采用");
    expect(await page.locator("#chart rect").count()).toBeGreaterThan(5);
    // A file that cannot be processed is listed apart from the workbooks' issues, with the reason.
    const failures = await page.locator("#failures li").allTextContents();
    expect(
      failures.some(
        (t) => t.includes("损坏.xlsx") && t.includes("这是文本文件（如 .csv），不是工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再试"),
      ),
    ).toBe(true);
    expect(await page.locator("#status").textContent()).toContain("1 个文件无法处理");
    const issues = await page.locator("#issues li").allTextContents();
    expect(issues.some((t) => t.includes("损坏.xlsx"))).toBe(false);
    expect(await page.textContent("#status")).toMatch(/完成：1 个结果工作簿可下载；错误 \d+ 处，提示 \d+ 处/);
    expect(issues.some((t) => t.includes("阅签领导"))).toBe(true);

    // Download the result and read it back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#downloads a")]);
    const saved = join(dir, "下载-结果.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ranking = wb.getWorksheet("月度通报")!;

    // The batch tool on the same input.
    expect(await recalc(input, "--period", "2026-03", "--out", join(dir, "cli"), "--json", join(dir, "cli.json"))).toBe(0);
    const cli = JSON.parse(readFileSync(join(dir, "cli.json"), "utf8"));
    const fromPage = await page.evaluate(
      () => (window as unknown as { infoscoreResults: Record<string, unknown> }).infoscoreResults["示例.xlsx"],
    );
    expect(fromPage).toEqual(cli);
    // The 通报's ranking table follows its 报头 and 正文: find its header row.
    const headerRow = ranking.getColumn(1).values.findIndex((v) => v === "排名");
    const header = ranking.getRow(headerRow).values as unknown[];
    const rows = cli.units.map((_: unknown, i: number) => ranking.getRow(headerRow + 1 + i).values as unknown[]);
    expect(rows.map((r: unknown[]) => [r[2], r[1], r[header.indexOf("本月得分")]])).toEqual(
      cli.units.map((u: { unit: string; rank: number; score: number }) => [u.unit, u.rank, u.score]),
    );

    expect(outside).toEqual([]);
    await page.close();
  }, 240_000);

  it("applies a chosen rules file like the batch tool's --rules", async () => {
    const input = join(dir, "规则.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const rules = join(dir, "规则.json");
    writeFileSync(rules, JSON.stringify({ U2: 8, 先进单位名额: 3 }));
    const page = await openPage();
    await page.setInputFiles("#rules-input", rules);
    await runFiles(page, [input], { year: "2026", month: "3" });
    const fromPage = await page.evaluate(
      () => (window as unknown as { infoscoreResults: Record<string, unknown> }).infoscoreResults["规则.xlsx"],
    );
    expect(
      await recalc(input, "--period", "2026-03", "--rules", rules, "--out", join(dir, "cli-rules"), "--json", join(dir, "cli-rules.json")),
    ).toBe(0);
    const cli = JSON.parse(readFileSync(join(dir, "cli-rules.json"), "utf8"));
    expect(fromPage).toEqual(cli);
    expect(cli.units.filter((u: { advancedCandidate: boolean }) => u.advancedCandidate)).toHaveLength(3);
    await page.close();
  }, 120_000);

  it("stops on a rules file that is not JSON and says so in the user's language, inventing no issue", async () => {
    const input = join(dir, "规则坏.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const rules = join(dir, "坏规则.json");
    writeFileSync(rules, '{ "U1": 3,, }');
    const page = await openPage();
    await page.setInputFiles("#rules-input", rules);
    await runFiles(page, [input], { year: "2026", month: "3" });
    expect(await page.textContent("#status")).toBe(
      "未能完成：计分规则文件 坏规则.json 不是有效的 JSON。请检查括号、引号和逗号（可用记事本打开）",
    );
    expect(await page.locator("#issues li").count()).toBe(0);
    expect(await page.locator("#downloads a").count()).toBe(0);
    await page.click("#lang");
    await page.setInputFiles("#rules-input", rules);
    await page.click("#run-files");
    await page.waitForFunction(() => document.getElementById("status")!.textContent!.startsWith("Could not finish"));
    expect(await page.textContent("#status")).toBe(
      "Could not finish: the rules file 坏规则.json is not valid JSON. Check its brackets, quotes and commas",
    );
    await page.close();
  }, 120_000);

  it("shows the as-of date (today, local time) and defaults each period kind to the last complete one as of it", async () => {
    const page = await openPage(undefined, (p) => p.clock.setFixedTime(new Date(2026, 10, 29, 9, 30)));
    expect(await page.inputValue("#as-of")).toBe("2026-11-29");
    const shown = async (kind: string) => {
      await page.selectOption("#kind", kind);
      const year = await page.inputValue("#year");
      const sub = kind === "year" ? "" : await page.inputValue(`#${kind}`);
      return `${year}${sub ? `/${sub}` : ""}`;
    };
    expect(await shown("quarter")).toBe("2026/3"); // not the unfinished Q4
    expect(await shown("month")).toBe("2026/10");
    expect(await shown("half")).toBe("2026/1");
    expect(await shown("year")).toBe("2025");
    expect(await page.textContent("label[for=as-of]")).toBe("截至日期");
    // A later as-of date moves the default: on 2027-01-10 Q4 2026 has ended.
    await page.fill("#as-of", "2027-01-10");
    await page.dispatchEvent("#as-of", "change");
    expect(await shown("quarter")).toBe("2026/4");
    await page.close();
  });

  it("still works when the browser blocks localStorage (third-party storage blocked)", async () => {
    const page = await openPage(undefined, (p) =>
      p.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          get: () => {
            throw new DOMException("Access is denied", "SecurityError");
          },
        });
      }),
    );
    await page.waitForSelector("#outside:not([hidden])");
    expect(await page.textContent("#outside")).toContain("不在 Excel 中");
    await page.click("#lang");
    expect(await page.textContent("#outside")).toContain("Not inside Excel");
    await page.close();
  });

  it("serves an office worker on a phone: download in view, counts, severity words, rules under 高级选项, English throughout", async () => {
    const input = join(dir, "手机.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const broken = join(dir, "坏文件.xlsx");
    writeFileSync(broken, "这不是工作簿");
    const page = await openPage({ width: 390, height: 844 });
    // The rules file is an advanced option, after the period, folded away.
    expect(await page.isVisible("#rules-input")).toBe(false);
    expect(
      await page.evaluate(() => {
        const period = document.getElementById("kind")!;
        const advanced = document.getElementById("advanced")!;
        return (
          advanced.contains(document.getElementById("rules-input")) &&
          Boolean(period.compareDocumentPosition(advanced) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "390x844-start.png") });
    await runFiles(page, [input, broken], { year: "2026", month: "3" });
    await page.screenshot({ path: join(ARTIFACTS, "390x844-results.png") });
    // The download: a large button, in view without scrolling.
    const box = (await page.locator("#downloads a").boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(300);
    // The status says how many errors and warnings, not just 完成.
    const status = (await page.textContent("#status"))!;
    const issues = await page.locator("#issues li").allTextContents();
    const errors = issues.filter((t) => t.startsWith("✖ 错误")).length;
    const warnings = issues.filter((t) => t.startsWith("⚠ 提示")).length;
    expect(warnings).toBeGreaterThan(0);
    // The broken file is not an issue of a workbook: it is listed apart, and counted in the status.
    expect(await page.locator("#failures li").count()).toBe(1);
    expect(status).toContain("1 个文件无法处理");
    expect(errors + warnings).toBe(issues.length);
    expect(status).toContain(`错误 ${errors} 处，提示 ${warnings} 处`);
    // The chart's labels are drawn at 12 px on a 390 px screen.
    await page.locator("#chart").scrollIntoViewIfNeeded();
    const label = await page.locator("#chart text").first().boundingBox();
    expect(label!.height).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: join(ARTIFACTS, "390x844-chart.png") });
    // English covers the summary and the status as well as the labels.
    await page.click("#lang");
    expect(await page.textContent("#outside")).toContain("Not inside Excel");
    expect(await page.locator("#month option").first().textContent()).toBe("Jan");
    expect(await page.textContent("#status")).toContain(`${errors} errors, ${warnings} warnings`);
    const summary = (await page.textContent("#summary"))!;
    expect(summary).toContain("Top units");
    expect(summary).not.toMatch(/排名|得分前列|人员等次/);
    expect(await page.textContent("#downloads a strong")).toBe("Download results");
    const english = await page.locator("#issues li").allTextContents();
    expect(english.filter((t) => t.startsWith("✖ Error"))).toHaveLength(errors);
    expect(english.filter((t) => t.startsWith("⚠ Warning"))).toHaveLength(warnings);
    expect(await page.textContent("#status")).toContain("1 files could not be processed");
    expect(await page.textContent("#failures li")).toContain("this is a text file");
    await page.locator("#status").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "390x844-english.png") });
    await page.close();
  }, 120_000);

  it("puts a warning that changes every result beside the status: a period the log does not reach", async () => {
    const input = join(dir, "九月.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const page = await openPage();
    await runFiles(page, [input], { year: "2026", month: "9" });
    expect(await page.textContent("#status")).toContain("⚠ 报送记录止于 2026-03-27，早于本期间（2026-09）");
    await page.click("#lang");
    expect(await page.textContent("#status")).toContain("⚠ the submission log ends on 2026-03-27, before the period (2026-09)");
    await page.close();
  }, 120_000);

  it("on a 1366×768 screen the download button is in view after 计算", async () => {
    const input = join(dir, "桌面.xlsx");
    await buildInputWorkbook({ data: sampleSheets() }).xlsx.writeFile(input);
    const page = await openPage({ width: 1366, height: 768 });
    await runFiles(page, [input], { year: "2026", month: "3" });
    const box = (await page.locator("#downloads a").boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: join(ARTIFACTS, "1366x768-results.png") });
    await page.close();
  }, 120_000);

  it("stays responsive on a 100,000-row workbook (longest main-thread task reported)", async () => {
    const big = join(dir, "十万行.xlsx");
    await writeLog(big, 100_000);
    const page = await openPage();
    const started = performance.now(); // a duration, not a date
    await runFiles(page, [big], { year: "2026", month: "6" });
    const seconds = (performance.now() - started) / 1000;
    const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    const units = await page.evaluate(
      () =>
        Object.values((window as unknown as { infoscoreResults: Record<string, { units: unknown[] }> }).infoscoreResults)[0].units.length,
    );
    expect(units).toBe(120);
    await page.screenshot({ path: join(ARTIFACTS, "1366x768-100k.png") });
    const report = `100,000-row workbook in the offline page: ${seconds.toFixed(1)} s end to end, longest main-thread task ${longest.toFixed(0)} ms\n`;
    writeFileSync(join(ARTIFACTS, "responsiveness.txt"), report);
    console.info(report.trim());
    // The work runs in a worker: the page never blocks for long.
    expect(longest).toBeLessThan(500);
    // …and the measurement itself works: a deliberate 300 ms block on the page is seen.
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          setTimeout(() => {
            const end = performance.now() + 300;
            while (performance.now() < end);
            done();
          }, 0),
        ),
    );
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)).toBeGreaterThanOrEqual(290);
    expect(outside).toEqual([]);
    await page.close();
  }, 300_000);
});
