// `infoscore demo`, then `infoscore recalc … --docx` on the bundled sample, as a process (the
// compiled batch tool): the Word files land in their folder and each is a Word package.
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { runBin } from "../helpers/cli.ts";
import { tempDir } from "../helpers/tmp.ts";

const dir = tempDir("infoscore-demo-docx-");
let folder = "";
let run: ReturnType<typeof runBin>;

beforeAll(() => {
  expect(runBin(["demo", "--out", dir]).code).toBe(0);
  const sample = readdirSync(dir).find((f) => f.endsWith(".xlsx") && !f.includes("-结果-"))!;
  run = runBin(["recalc", join(dir, sample), "--period", "2026-03", "--as-of", "2026-04-03", "--docx", "--json", "-"], 120_000);
  folder = join(dir, sample.replace(/\.xlsx$/, "-公文-2026-03"));
}, 180_000);

describe("the batch tool's --docx on the bundled sample", () => {
  it("writes the Word files of the sample's March beside its result workbook", async () => {
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out.trim().split("\n").at(-1)!).docx).toBe(folder);
    const files = readdirSync(folder);
    expect(files).toContain("信息工作通报.docx");
    expect(files.filter((f) => f.startsWith("缺报通知单-")).length).toBeGreaterThan(0);
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(folder, f)));
      expect(Object.keys(zip.files), f).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    }
  });
});
