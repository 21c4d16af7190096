#!/usr/bin/env node
// `node scripts/build-icons.mjs`: draws the six ribbon buttons' icons (addin/assets/<name>-16|32|80.png)
// from the SVGs below, rendered by Chromium through playwright-core (a dev dependency; /usr/bin/chromium
// or CHROMIUM). A developer step: the PNGs are committed and manifest.xml names them.
// Each icon is drawn on a 32-unit grid with filled shapes and white details, so it reads at 16 px
// and on both Office's light and dark ribbons.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const BLUE = "#0f6cbd";
const GREEN = "#107c10";
const TEAL = "#038387";
const ORANGE = "#ca5010";
const PURPLE = "#8764b8";
const GREY = "#616161";

/** Icon name → its SVG body on a 32×32 grid. */
export const ICONS = {
  // 插入模板: a worksheet with a green plus.
  "insert-template": `
    <rect x="3" y="3" width="22" height="24" rx="2" fill="${GREEN}"/>
    <rect x="6" y="9" width="16" height="15" fill="#fff"/>
    <path d="M6 14.5h16M6 19.5h16M11.5 9v15M17 9v15" stroke="${GREEN}" stroke-width="1.5"/>
    <circle cx="24" cy="24" r="7.5" fill="#fff"/>
    <circle cx="24" cy="24" r="6" fill="${BLUE}"/>
    <path d="M24 20.5v7M20.5 24h7" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/>`,
  // 月度通报: one month's calendar page, one day marked.
  monthly: `
    <rect x="3" y="5" width="26" height="24" rx="2.5" fill="${BLUE}"/>
    <rect x="6" y="12" width="20" height="14" fill="#fff"/>
    <rect x="8.5" y="2" width="3" height="6" rx="1.5" fill="${GREY}"/>
    <rect x="20.5" y="2" width="3" height="6" rx="1.5" fill="${GREY}"/>
    <rect x="8" y="14" width="4" height="4" fill="${BLUE}" opacity=".35"/>
    <rect x="14" y="14" width="4" height="4" fill="${BLUE}" opacity=".35"/>
    <rect x="20" y="14" width="4" height="4" fill="${ORANGE}"/>
    <rect x="8" y="20" width="4" height="4" fill="${BLUE}" opacity=".35"/>
    <rect x="14" y="20" width="4" height="4" fill="${BLUE}" opacity=".35"/>`,
  // 期间汇总: a sum (Σ) over a stack of periods.
  summary: `
    <rect x="7" y="3" width="22" height="20" rx="2" fill="${TEAL}" opacity=".45"/>
    <rect x="3" y="7" width="22" height="22" rx="2" fill="${TEAL}"/>
    <path d="M20 11.5h-11l6 6.5-6 6.5h11" fill="none" stroke="#fff" stroke-width="2.6" stroke-linejoin="round" stroke-linecap="round"/>`,
  // 个人考核: a person with a check mark.
  staff: `
    <circle cx="13" cy="9" r="6" fill="${PURPLE}"/>
    <path d="M2 29c0-7 5-11.5 11-11.5s11 4.5 11 11.5z" fill="${PURPLE}"/>
    <circle cx="24" cy="23" r="7.5" fill="#fff"/>
    <circle cx="24" cy="23" r="6" fill="${GREEN}"/>
    <path d="M20.8 23.2l2.2 2.3 4.2-4.6" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // 全部重算: two arrows round a circle.
  "run-all": `
    <path d="M26 13.5A10.5 10.5 0 0 0 7.2 9.5" fill="none" stroke="${BLUE}" stroke-width="3.6" stroke-linecap="round"/>
    <path d="M6 18.5a10.5 10.5 0 0 0 18.8 4" fill="none" stroke="${BLUE}" stroke-width="3.6" stroke-linecap="round"/>
    <path d="M3 4.5l2 9.5 9-3.5z" fill="${BLUE}"/>
    <path d="M29 27.5l-2-9.5-9 3.5z" fill="${BLUE}"/>`,
  // 打开面板: a window with its right-hand pane open.
  "open-pane": `
    <rect x="2" y="4" width="28" height="24" rx="2.5" fill="${GREY}"/>
    <rect x="4.5" y="9" width="13" height="16.5" fill="#fff"/>
    <rect x="19.5" y="9" width="8" height="16.5" fill="${BLUE}"/>
    <path d="M21.5 13h4M21.5 17h4M21.5 21h4" stroke="#fff" stroke-width="1.6"/>`,
};

export const SIZES = [16, 32, 80];

const svg = (body, size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${body}</svg>`;

async function main() {
  const out = fileURLToPath(new URL("../addin/assets/", import.meta.url));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [name, body] of Object.entries(ICONS)) {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(`<html><body style="margin:0;background:transparent">${svg(body, size)}</body></html>`);
        const png = await page.locator("svg").screenshot({ omitBackground: true });
        writeFileSync(join(out, `${name}-${size}.png`), png);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${Object.keys(ICONS).length * SIZES.length} icons written to addin/assets/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
