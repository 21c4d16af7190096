// The production build as a user opens it: dist/ served on a free port of this machine by
// `npm run web`'s server, and Debian's Chromium driven headless by playwright-core.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser } from "playwright-core";

export interface ServedBrowser {
  /** http://127.0.0.1:<port>, the add-in's own origin. */
  origin: string;
  browser: Browser;
}

/** Flags that keep Chromium from talking to the network on its own, so every request seen is the page's. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Serves dist/ and launches Chromium before the file's tests, closes both after them. The fields are
 * filled in beforeAll: read them inside tests, not at the top of the file. `page` is the build's page
 * the tests open, checked to exist first.
 */
export function servedBrowser(page = "index.html"): ServedBrowser {
  const served = {} as ServedBrowser;
  let server: Server | undefined;
  beforeAll(async () => {
    if (!existsSync(join("dist", page))) throw new Error("dist/ is missing: npm test builds it first (npm run build)");
    // Imported only now: the module builds dist/ when it is missing as it loads.
    const { serve } = await import("../../scripts/serve.mjs");
    server = await serve(join(process.cwd(), "dist"), 0);
    served.origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    served.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
  }, 120_000);
  afterAll(async () => {
    await served.browser?.close();
    server?.close();
  });
  return served;
}

/** The build's script chunks that hold the docx library (its styles part names w:docDefaults). */
export const docxChunks = () =>
  readdirSync("dist").filter((f) => f.endsWith(".js") && readFileSync(join("dist", f), "utf8").includes("docDefaults"));
