// The batch tool on a workbook an interrupted add-in run left: the result has no temporary sheet,
// keeps the user's look-alike, and LibreOffice opens it (every sheet read, printed to PDF).
import { describe, expect, it } from "vitest";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runMain } from "../helpers/cli.ts";
import { libreOfficePdf, libreOfficeSheets } from "../helpers/lo.ts";
import { LOOKALIKE_NAME, STALE_NAME, staleTempWorkbook } from "../helpers/staleTemp.ts";
import { sha256, tempDir } from "../helpers/tmp.ts";

describe("infoscore recalc on a workbook with an add-in run's leftovers", () => {
  it("drops the marked temporary sheet, keeps 'InfoScore~x', and the result opens in LibreOffice", async () => {
    const dir = tempDir();
    const input = join(dir, "中断.xlsx");
    writeFileSync(input, await staleTempWorkbook());
    const before = sha256(input);
    const r = await runMain("recalc", input, "--period", "2026-03", "--out", join(dir, "out"));
    expect(r.code, r.err).toBe(0);
    expect(sha256(input)).toBe(before);
    const result = join(dir, "out", "中断-结果-2026-03.xlsx");
    const sheets = libreOfficeSheets(result);
    expect([...sheets.keys()]).not.toContain(STALE_NAME);
    expect(sheets.get(LOOKALIKE_NAME)?.[0]?.[0]).toBe("用户自己的表");
    expect(sheets.get("备注")?.[1]?.[0]).toBe("第二行");
    expect(sheets.get("月度通报")?.flat().join("")).toContain("古邵镇");
    const pdf = libreOfficePdf(result, dir);
    expect(existsSync(pdf) && statSync(pdf).size).toBeGreaterThan(1000);
  }, 240_000);
});
