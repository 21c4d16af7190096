// The fake Excel (fakeExcel.ts) holding the bundled sample workbook (sampleBook.ts), bundled for a
// browser page: a script that replaces Excel.run with the fake's, so the real task pane reads the
// sample, calculates and writes its result sheets in Chromium. The page's Office stand-in stays
// (host, platform, settings); the book is window.fakeBook, for the test to look into.
import { build, type Plugin } from "esbuild";

/** office-addin-mock only needs office-addin-manifest's host names (the rest of it is Node's). */
const MANIFEST_STUB: Plugin = {
  name: "office-addin-manifest-stub",
  setup(b) {
    b.onResolve({ filter: /^office-addin-manifest$/ }, () => ({ path: "office-addin-manifest", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents:
        'export const OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };',
      loader: "js",
    }));
  },
};

const ENTRY = `
import { sampleBook } from "./test/helpers/sampleBook.ts";
import { installExcelGlobal } from "./test/helpers/fakeExcel.ts";
const office = window.Office;
const book = sampleBook();
installExcelGlobal(book);
window.Office = office;
window.fakeBook = book;
`;

export async function fakeExcelScript(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "ts", sourcefile: "fakeExcelEntry.ts" },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    plugins: [MANIFEST_STUB],
    // The fake measures requests with Buffer.byteLength (UTF-8 bytes).
    banner: { js: "var Buffer = { byteLength: (s) => new TextEncoder().encode(String(s)).length };" },
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}
