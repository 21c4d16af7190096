// Every page of the build in Chromium, outside Office (office.js included): no request leaves
// the add-in's own origin, and the Content-Security-Policy (no 'unsafe-eval') is never violated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: npm test builds it first (npm run build)");
  const { serve } = await import("../../scripts/serve.mjs");
  server = (await serve(join(process.cwd(), "dist"), 0)) as Server;
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const pages = () =>
  readdirSync("dist")
    .filter((f) => f.endsWith(".html"))
    .sort();

describe("every page in dist/", () => {
  it("has a CSP without 'unsafe-eval' and scripts only from its own folder", () => {
    expect(pages()).toEqual(["commands.html", "index.html", "message.html", "taskpane.html"]);
    for (const f of pages()) {
      const html = readFileSync(join("dist", f), "utf8");
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(csp, f).toBeDefined();
      expect(csp, f).toContain("default-src 'self'");
      expect(csp, f).toContain("script-src 'self';");
      expect(csp, f).not.toContain("unsafe-eval");
      expect(html, f).not.toMatch(/(src|href)="?(https?:)?\/\//);
    }
  });

  it("makes no request outside the add-in's own origin, breaks no CSP rule and throws nothing (office.js included)", async () => {
    const outside: string[] = [];
    const violations: string[] = [];
    const errors: string[] = [];
    for (const f of pages()) {
      const page = await browser.newPage();
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !/^(blob|data|about):/.test(url)) outside.push(`${f}: ${url}`);
      });
      page.on("pageerror", (e) => errors.push(`${f}: ${e.message}`));
      page.on("console", (m) => {
        if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(`${f}: ${m.text()}`);
      });
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(`${origin}/${f}?m=test`, { waitUntil: "load" });
      await page.waitForTimeout(f === "index.html" ? 500 : 4500); // office.js frames its telemetry 3 s after its host map loads
      await page.close();
    }
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
