// The production build (npm test runs `npm run build` before the tests): what an intranet
// server hosts, self-contained and small.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const DIST = "dist";
const kb = (f: string) => statSync(join(DIST, f)).size / 1024;
const OFFICE = `office-${(createRequire(import.meta.url)("@microsoft/office-js/package.json") as { version: string }).version}`;
/** A content-hashed bundle: name.<8 hex>.js. */
const hashed = (name: string) => readdirSync(DIST).find((f) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`).test(f));

type Transform = (content: Buffer) => string;
type Built = { plugins: { patterns?: { to?: string; transform?: Transform }[] }[] };
type WebpackConfig = (env: object, argv: { mode: string }) => Promise<Built>;
/** The copy step that writes dist/manifest.xml, as the production configuration sets it up. */
function manifestStep(built: Built): Transform {
  const step = built.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
  if (!step?.transform) throw new Error("webpack.config.js no longer copies manifest.xml with a transform");
  return step.transform;
}

describe("production build", () => {
  it("holds the pane, the commands, the offline page, the manifest, office.js and the template", () => {
    for (const f of [
      "taskpane.html",
      "commands.html",
      "index.html",
      "message.html",
      "manifest.xml",
      `${OFFICE}/office.js`,
      `${OFFICE}/excel-web-16.00.js`,
      `${OFFICE}/zh-cn/office_strings.js`,
      "assets/icon-32.png",
      "InfoScore-template.xlsx",
    ]) {
      expect(existsSync(join(DIST, f)), f).toBe(true);
    }
  });

  it("names every bundle by its content, and the pages load those names (no stale chunk after an upgrade)", () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) expect(f, f).toMatch(/\.[0-9a-f]{8}\.js$/);
    for (const [page, entry] of [
      ["taskpane.html", "taskpane"],
      ["index.html", "taskpane"],
      ["commands.html", "commands"],
      ["message.html", "message"],
    ]) {
      const html = readFileSync(join(DIST, page), "utf8");
      expect(html, page).toContain(hashed(entry)!);
      if (entry === "taskpane") expect(html, page).toMatch(/href="?taskpane\.[0-9a-f]{8}\.css/);
    }
  });

  it("is small: our own scripts stay under 1 MB together; the Word writer, loaded on click, under 300 KB", () => {
    const all = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    // The docx library's chunk is fetched only when someone asks for Word files.
    const word = all.filter((f) => readFileSync(join(DIST, f), "utf8").includes("wordprocessingml.document.main+xml"));
    expect(word.length).toBe(1);
    const ours = all.filter((f) => !word.includes(f));
    const total = ours.reduce((n, f) => n + kb(f), 0);
    console.info(
      `bundle sizes (KiB): ${ours.map((f) => `${f} ${kb(f).toFixed(0)}`).join(", ")}; total ${total.toFixed(0)}; Word ${kb(word[0]).toFixed(0)}`,
    );
    expect(total).toBeLessThan(1024);
    expect(kb(word[0])).toBeLessThan(300);
  });

  it("loads nothing from a CDN: pages reference only their own origin, with a strict CSP on the offline page", () => {
    for (const f of ["taskpane.html", "commands.html", "index.html"]) {
      const html = readFileSync(join(DIST, f), "utf8");
      expect(html, f).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
    const index = readFileSync(join(DIST, "index.html"), "utf8");
    expect(index).toContain("default-src 'self'");
    expect(index).not.toContain("office.js");
    for (const f of readdirSync(DIST).filter((x) => x.endsWith(".js"))) {
      expect(readFileSync(join(DIST, f), "utf8"), f).not.toMatch(
        // XML namespace names (the Word writer's Dublin Core and schema URIs) are names, never fetched;
        // so is the forum address in one of the docx library's error texts (the CSP allows no load).
        /https?:\/\/(?!www\.w3\.org|schemas\.|json-schema\.org|purl\.|answers\.microsoft\.com\/en-us\/msoffice\/forum)[a-z0-9.-]+\.(com|net|cn|org)/i,
      );
    }
  });

  // Reads webpack.config.js's own manifest step rather than running a second production build
  // (npm test has built dist/ once already; a build takes about a minute on this machine).
  it("sets the production URL at build time (ADDIN_URL) and refuses http", async () => {
    const { default: config } = (await import(pathToFileURL(resolve("webpack.config.js")).href)) as { default: WebpackConfig };
    const saved = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = "https://oa.example.gov.cn/infoscore";
      const manifest = manifestStep(await config({}, { mode: "production" }))(readFileSync("manifest.xml"));
      expect(manifest).not.toContain("localhost");
      expect(manifest).toContain('DefaultValue="https://oa.example.gov.cn/infoscore/taskpane.html"');
      expect(manifest).toContain("<AppDomain>https://oa.example.gov.cn</AppDomain>");
      // Its own Id (not the development one) and package.json's version.
      const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)![1];
      expect(id(manifest)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id(manifest)).not.toBe(id(readFileSync("manifest.xml", "utf8")));
      const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
      expect(manifest).toContain(`<Version>${version}.0</Version>`);
      // The development server listens on this machine only, without CORS *.
      const dev = (await config({ WEBPACK_SERVE: false }, { mode: "development" })) as unknown as { devServer: Record<string, unknown> };
      expect(dev.devServer.host).toBe("localhost");
      expect(JSON.stringify(dev.devServer)).not.toContain("Access-Control-Allow-Origin");
      process.env.ADDIN_URL = "http://oa.example.gov.cn/";
      await expect(config({}, { mode: "production" })).rejects.toThrow(/https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });
});
