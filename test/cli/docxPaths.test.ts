// --docx: the Word files' folder is planned and checked with the other outputs (cli/paths.ts):
// beside the result workbook (or in --out), prefixed as it is, and never a file the run reads.
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { planOutputs } from "../../cli/paths.ts";
import { InfoScoreError } from "../../core/index.ts";
import { tempDir } from "../helpers/tmp.ts";

const dir = tempDir("infoscore-docxpaths-");
const input = join(dir, "示例.xlsx");
writeFileSync(input, "");

describe("the Word files' folder", () => {
  it("is <name>-公文-<period> beside the result workbook, or in --out; none without --docx", async () => {
    const [plan] = await planOutputs([input], { periodLabel: "2026-03", docx: true });
    expect(plan.docx).toBe(join(dir, "示例-公文-2026-03"));
    const out = join(dir, "out");
    const [inOut] = await planOutputs([input], { periodLabel: "2026-Q1", docx: true, outDir: out });
    expect(inOut.docx).toBe(join(out, "示例-公文-2026-Q1"));
    const [none] = await planOutputs([input], { periodLabel: "2026-03" });
    expect(none.docx).toBeUndefined();
  });

  it("takes the prefix of same-named workbooks from two folders", async () => {
    const a = join(dir, "甲", "表.xlsx");
    const b = join(dir, "乙", "表.xlsx");
    for (const f of [a, b]) {
      mkdirSync(join(f, ".."), { recursive: true });
      writeFileSync(f, "");
    }
    const plans = await planOutputs([a, b], { periodLabel: "2026-03", docx: true, outDir: join(dir, "同") });
    expect(plans.map((p) => p.docx)).toEqual([join(dir, "同", "甲-表-公文-2026-03"), join(dir, "同", "乙-表-公文-2026-03")]);
  });

  it("is never a file the run reads", async () => {
    const rules = join(dir, "示例-公文-2026-03");
    writeFileSync(rules, "{}");
    await expect(planOutputs([input], { periodLabel: "2026-03", docx: true, alsoRead: [rules] })).rejects.toSatisfy(
      (e) => e instanceof InfoScoreError && e.code === "outputIsInput",
    );
  });
});
