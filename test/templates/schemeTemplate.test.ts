// The input template built for an office's scheme (docs/rules.md, 计分方案): its log has the
// scheme's mark columns with their drop-downs, its 计分规则 sheet the rows that make the scheme
// again when the workbook is read back.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { applyOverrides, IssueLog, overridesFromJson, parseDay, parsePeriod, readGrids } from "../../core/index.ts";
import { recalcWorkbook } from "../../ooxml/job.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { COUNTED_RULES, guobanScheme } from "../helpers/schemes.ts";

/** The rule set of the 国办 scheme's 计分规则 sheet, as the reader reads it. */
function guobanRules() {
  const issues = new IssueLog();
  const read = readGrids({ sheets: [guobanScheme().sheets[2]] }, issues);
  return applyOverrides(read.overrides, issues);
}

const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const validationOf = (ws: ExcelJS.Worksheet, header: string) => {
  const letter = ws.getColumn(headers(ws).indexOf(header) + 1).letter;
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  return Object.entries(model).find(([range]) => range.startsWith(`${letter}2:`))?.[1];
};

describe("the input template of a scheme", () => {
  it("国办采用 and 约稿 are columns of 信息报送 with 是/否 drop-downs", () => {
    const log = buildInputWorkbook({ rules: guobanRules() }).getWorksheet("信息报送")!;
    expect(headers(log)).toEqual(expect.arrayContaining(["中央采用", "国办采用", "约稿"]));
    expect(headers(log).indexOf("国办采用")).toBe(headers(log).indexOf("中央采用") + 1);
    expect(validationOf(log, "国办采用")).toMatchObject({ type: "list", formulae: ['"是,否"'] });
  });

  it("its 计分规则 sheet holds the 国办采用 row with 列名, 级别 and 类型", () => {
    const rules = buildInputWorkbook({ rules: guobanRules() }).getWorksheet("计分规则")!;
    const rows = rules.getSheetValues().slice(2) as unknown[][];
    const row = rows.find((r) => r?.[1] === "国办采用")!;
    expect(row.slice(1, 9)).toEqual(["国办采用", 200, "国办采用(每条计分)", "国办采用", "国办", "采用", "否", "否"]);
  });

  it("read back, the template's workbook scores with the scheme (its 计分规则 sheet alone)", async () => {
    const blank = { units: [["甲镇"]], submissions: [], staffEvents: [], staff: [], actuals: [], ratings: [] };
    const wb = buildInputWorkbook({ data: blank, rules: guobanRules() });
    const log = wb.getWorksheet("信息报送")!;
    const row = (values: Record<string, string>) => log.addRow(headers(log).map((h) => values[h as string] ?? null));
    row({ 报送日期: "2026-03-02", 报送单位: "甲镇", 标题: "甲镇专报", 国办采用: "是" });
    row({ 报送日期: "2026-03-03", 报送单位: "甲镇", 标题: "甲镇约稿", 约稿: "是" });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const job = await recalcWorkbook(bytes, nodeCodec, {
      period: parsePeriod("2026-03")!,
      asOf: parseDay("2026-11-29")!,
      lang: "zh",
      generatedAt: "",
    });
    const [jia] = job.json().units;
    expect([jia.score, jia.marks.国办采用, jia.marks.约稿]).toEqual([1 + 200 + 1 + 3, 1, 1]);
    expect(job.issues.filter((i) => i.sheet === "计分规则")).toEqual([]);
  });

  it("a count mark gets a whole-number check instead of a drop-down; a removed level has no column", () => {
    const rules = applyOverrides(overridesFromJson(COUNTED_RULES, "counted.json"), new IssueLog());
    const log = buildInputWorkbook({ rules }).getWorksheet("信息报送")!;
    expect(headers(log)).not.toContain("区采用");
    expect(validationOf(log, "市领导批示")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
  });
});
