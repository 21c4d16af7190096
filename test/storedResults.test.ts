// Behaviour guard: the results JSON of the bundled sample and of a benchmark workbook, through
// the real package reader and the shared job, must equal the stored copies in
// test/fixtures/results/. A deliberate change of results is stored again with
//   INFOSCORE_STORE_RESULTS=1 npx vitest run test/storedResults.test.ts
// and the diff of the stored files is part of the change for review.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDay, parsePeriod } from "../core/index.ts";
import { recalcWorkbook } from "../ooxml/job.ts";
import { nodeCodec } from "../cli/nodeCodec.ts";
import { inputTemplateBuffer } from "../templates/inputTemplate.ts";
import { sampleSheets } from "../templates/sample.ts";
import { writeLog } from "../bench/io/generate.ts";
import { tempDir } from "./helpers/tmp.ts";

const STORED = join(import.meta.dirname, "fixtures", "results");
const store = process.env.INFOSCORE_STORE_RESULTS === "1";

async function resultsOf(bytes: Uint8Array, period: string, asOf: string): Promise<unknown> {
  const job = await recalcWorkbook(bytes, nodeCodec, {
    period: parsePeriod(period)!,
    asOf: parseDay(asOf)!,
    lang: "zh",
    generatedAt: "2026-11-29 09:00",
  });
  return job.json();
}

function compare(name: string, json: unknown): void {
  const file = join(STORED, name);
  if (store || !existsSync(file)) writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
  expect(json).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

describe("stored results (behaviour does not change unnoticed)", () => {
  it("the bundled sample, March 2026, as of 2026-11-29", async () => {
    const bytes = await inputTemplateBuffer({ data: sampleSheets() });
    compare("sample-2026-03.json", await resultsOf(bytes, "2026-03", "2026-11-29"));
  });

  it("a 1,000-row benchmark log, the year 2026, as of 2026-11-29 and as of 2027-01-10", async () => {
    const file = join(tempDir(), "bench.xlsx");
    await writeLog(file, 1_000);
    const bytes = new Uint8Array(readFileSync(file));
    compare("bench-1000-2026-asof-2026-11-29.json", await resultsOf(bytes, "2026", "2026-11-29"));
    compare("bench-1000-2026-asof-2027-01-10.json", await resultsOf(bytes, "2026", "2027-01-10"));
  });
});
