// Print checks on a result workbook as a user would print it: LibreOffice renders chosen result
// sheets to PDF, `pdftotext -bbox-layout` gives every text line with its box on the page.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Package } from "../../ooxml/package.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { libreOfficePdf } from "./lo.ts";

/**
 * A copy of the output where only `keep` sheets are visible (LibreOffice prints no hidden sheet),
 * in that order of the workbook; every sheet part stays as we wrote it.
 */
export async function onlySheets(file: string, keep: (name: string) => boolean, suffix: string): Promise<string> {
  const pkg = Package.open(readFileSync(file), nodeCodec);
  let workbook = await pkg.text("xl/workbook.xml");
  let first = -1;
  let i = 0;
  workbook = workbook.replace(/<sheet\b[^>]*>/g, (tag) => {
    const name = /name="([^"]*)"/.exec(tag)![1].replace(/&amp;/g, "&");
    const index = i++;
    const cleaned = tag.replace(/\sstate="\w+"/, "");
    if (keep(name)) {
      if (first < 0) first = index;
      return cleaned;
    }
    return cleaned.replace("<sheet", '<sheet state="hidden"');
  });
  // Open on the first kept sheet: a hidden active sheet would still be printed.
  const view = `<bookViews><workbookView activeTab="${Math.max(0, first)}"/></bookViews>`;
  workbook = workbook.replace(/<bookViews>[\s\S]*?<\/bookViews>|<bookViews\/>/, "").replace("<sheets>", `${view}<sheets>`);
  pkg.set("xl/workbook.xml", workbook);
  const out = file.replace(/\.xlsx$/, `-${suffix}.xlsx`);
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b.slice()));
  writeFileSync(out, Buffer.concat(chunks));
  return out;
}

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Text lines (pdftotext's <line>), each with its words' text joined. */
  lines: Box[];
  /** The page's text in reading order. */
  text: string;
}

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)![1]);
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ENTITIES[e]);

/** Every page of a PDF with its text lines and their boxes (points, origin top left). */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const pages: PdfPage[] = [];
  for (const page of html.split(/<page /).slice(1)) {
    const head = page.slice(0, page.indexOf(">"));
    const lines: Box[] = [];
    for (const m of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      // pdftotext splits words at script changes (2026年11月29 | 日): join touching words without a space.
      let text = "";
      let lastEnd = -Infinity;
      for (const w of m[2].matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
        text += (text && num(w[1], "xMin") - lastEnd > 1.5 ? " " : "") + unescape(w[2]);
        lastEnd = num(w[1], "xMax");
      }
      lines.push({ xMin: num(m[1], "xMin"), yMin: num(m[1], "yMin"), xMax: num(m[1], "xMax"), yMax: num(m[1], "yMax"), text });
    }
    pages.push({ width: num(head, "width"), height: num(head, "height"), lines, text: lines.map((l) => l.text).join("\n") });
  }
  return pages;
}

/**
 * Pairs of text lines on a page whose boxes overlap: across more than `slack` points and down
 * more than a quarter of the lower line's height (the boxes of two lines wrapped in one cell touch
 * by a point or two through ascent and descent; text printed over text overlaps far more).
 */
export function overlaps(page: PdfPage, slack = 0.5): Array<[Box, Box]> {
  const out: Array<[Box, Box]> = [];
  const ls = page.lines;
  for (let i = 0; i < ls.length; i++) {
    for (let j = i + 1; j < ls.length; j++) {
      const a = ls[i];
      const b = ls[j];
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > slack && y > Math.max(slack, 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin))) out.push([a, b]);
    }
  }
  return out;
}

export { libreOfficePdf };
