// What the offline page needs from the browser (Chromium 103 or later): reading and writing
// workbooks uses the platform's deflate-raw streams, and the rules are copied with
// structuredClone. Checked at start, so an older browser is told so plainly, never that the
// user's workbook is damaged.

/** The names of the features this browser lacks; empty when the page can run. */
export function missingFeatures(): string[] {
  const checks: Array<[string, () => boolean]> = [
    ["DecompressionStream(deflate-raw)", () => Boolean(new DecompressionStream("deflate-raw"))],
    ["CompressionStream(deflate-raw)", () => Boolean(new CompressionStream("deflate-raw"))],
    ["structuredClone", () => typeof structuredClone === "function"],
    ["Blob.stream", () => typeof Blob.prototype.stream === "function"],
  ];
  return checks
    .filter(([, ok]) => {
      try {
        return !ok();
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}
