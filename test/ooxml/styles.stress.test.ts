// A workbook whose styles.xml is 21 MB (200,000 cell formats, as style bloat leaves them): the styles
// patch adds InfoScore's styles in one assembly of the part, so memory stays a few copies of it.
// Timed and measured, so it runs in the stress project. A peak measured across the whole batch tool
// in its own process (/usr/bin/time -v) is in docs/benchmarks.md.
import { describe, expect, it } from "vitest";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { IssueLog, isoDay } from "../../core/index.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { countTags } from "../../ooxml/xml.ts";
import { NS_MAIN, ROSTER, row, workbookParts, zipParts } from "../helpers/xlsxParts.ts";

const LOG = { name: "信息报送", xml: row(1, ["报送日期", "报送单位", "标题"]) + row(2, ["2026-03-05", "古邵镇", "春耕"]) };
const FORMATS = 200_000;

/** 21 MB of styles: a Chinese font name (so the text is held two bytes a character) and 200,000 formats, every 1000th a date. */
function bloatedStyles(): string {
  const xf = (i: number) =>
    `<xf numFmtId="${i % 1000 === 0 ? 14 : 0}" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center"/></xf>`;
  const xfs = Array.from({ length: FORMATS }, (_, i) => xf(i)).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><cellXfs count="${FORMATS}">${xfs}</cellXfs></styleSheet>`;
}

describe("a 21 MB styles part", () => {
  it("is read and patched in seconds, the heap growing by a few copies of the part", async () => {
    const styles = bloatedStyles();
    expect(styles.length).toBeGreaterThan(21 * 2 ** 20);
    // A date in a date-formatted cell far down the list: the formats are still all read.
    const log = LOG.xml.replace('<c r="A2" t="inlineStr"><is><t>2026-03-05</t></is></c>', '<c r="A2" s="199000"><v>46086</v></c>');
    const bytes = await zipParts(workbookParts([ROSTER, { name: "信息报送", xml: log }], { "xl/styles.xml": styles }));
    global.gc?.();
    const base = process.memoryUsage();
    let peak = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.external - base.heapUsed - base.external);
    };
    const timer = setInterval(sample, 10);
    const t = performance.now();
    const done = await processWorkbook(
      "in.xlsx",
      bytes,
      { period: "2026-03", asOf: "2026-04-01", lang: "zh", generatedAt: "2026-04-01 09:00" },
      nodeCodec,
    );
    clearInterval(timer);
    sample();
    expect(performance.now() - t).toBeLessThan(60_000);
    expect(peak).toBeLessThan(320 * 2 ** 20); // 246 MB measured; 401 MB before, with a record per format
    expect(done.issues.filter((i) => i.severity === "error")).toEqual([]);
    const out = openPackage(done.output, nodeCodec);
    const again = await readWorkbookPackage(out, new IssueLog());
    expect(again.data.submissions.map((s) => [isoDay(s.date), s.title])).toEqual([["2026-03-05", "春耕"]]);
    const written = await out.text("xl/styles.xml");
    const xfs = countTags(written, "xf", written.indexOf("<cellXfs"), written.indexOf("</cellXfs>"));
    expect(xfs).toBeGreaterThan(FORMATS);
    expect(written).toContain(`<cellXfs count="${xfs}">`);
  }, 120_000);
});
