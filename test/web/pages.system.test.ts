// Every page of the build in Chromium, outside Office (office.js included): no request leaves
// the add-in's own origin, and the Content-Security-Policy (no 'unsafe-eval') is never violated.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { servedBrowser } from "../helpers/servedBrowser.ts";

const web = servedBrowser();

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
      const page = await web.browser.newPage();
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(web.origin) && !/^(blob|data|about):/.test(url)) outside.push(`${f}: ${url}`);
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
      await page.goto(`${web.origin}/${f}?m=test`, { waitUntil: "load" });
      await page.waitForTimeout(f === "index.html" ? 500 : 4500); // office.js frames its telemetry 3 s after its host map loads
      await page.close();
    }
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
