// The input template: opens in LibreOffice with its drop-downs, and reads back clean.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { calculate, INPUT_TEMPLATE_SHEETS, IssueLog, parseDay, parsePeriod } from "../../core/index.ts";
import { inputTemplateBuffer } from "../../templates/inputTemplate.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { Package } from "../../ooxml/package.ts";
import { tempDir } from "../helpers/tmp.ts";

describe("input template", () => {
  it("reads back through our reader with no issue at all on its example rows", async () => {
    const bytes = await inputTemplateBuffer();
    const issues = new IssueLog();
    const read = await readWorkbookPackage(openPackage(bytes, nodeCodec), issues);
    calculate(read, { period: parsePeriod("2026-01")!, asOf: parseDay("2026-11-29")!, issues }); // the example rows are of January
    expect(issues.list.map((i) => i.message)).toEqual([]);
    expect(Object.keys(read.found).sort()).toEqual([
      "actuals",
      "ratings",
      "rules",
      "staff",
      "staffEvents",
      "submissions",
      "templates",
      "units",
    ]);
    expect(read.data.staffActuals?.length).toBeGreaterThan(0);
    expect(read.data.submissions.length).toBeGreaterThan(0);
    expect(read.overrides.length).toBeGreaterThan(40);
  });

  it("opens in LibreOffice with its drop-down validations kept", async () => {
    const dir = tempDir();
    const file = join(dir, "模板.xlsx");
    writeFileSync(file, await inputTemplateBuffer());
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    const out = join(dir, "lo");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        out,
        file,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const saved = Package.open(readFileSync(join(out, "模板.xlsx")), nodeCodec);
    const workbook = await saved.text("xl/workbook.xml");
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheetNames).toEqual([
      "使用说明",
      "单位名册",
      "信息报送",
      "考核记录",
      "业务指标",
      "业务完成",
      "评议打分",
      "计分规则",
      "输出模板",
    ]);
    expect(sheetNames).toEqual(INPUT_TEMPLATE_SHEETS);
    const log = await saved.text("xl/worksheets/sheet3.xml");
    const lists = [...log.matchAll(/<dataValidation [^>]*type="list"[\s\S]*?<formula1>([^<]*)<\/formula1>/g)].map((m) =>
      m[1].replace(/&quot;/g, '"'),
    );
    expect(lists).toEqual(expect.arrayContaining(['"是,否"', '"反映,突发,会议活动,一般"']));
    expect(lists.some((f) => f.includes("单位名册"))).toBe(true);
  });
});
