// Excel's errors reach the clerk as advice in their language, with Excel's code and place as
// details (never Excel's raw sentence and its documentation link); a protected workbook is
// refused before anything is read or written; runs wait out cell-edit mode where Excel can.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../core/index.ts";
import { excelAdvice } from "../../addin/excel/errors.ts";
import { runJobOn } from "../helpers/runDay.ts";
import { failureText } from "../../addin/ui/render.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

const MARCH = parsePeriod("2026-03")!;

/** An error as office.js raises it (OfficeExtension.Error: code, message, debugInfo). */
const officeError = (code: string, message: string, errorLocation?: string) =>
  Object.assign(new Error(message), { code, debugInfo: errorLocation ? { errorLocation } : {} });

function book(): FakeExcel {
  const b = new FakeExcel(false);
  installExcelGlobal(b);
  b.addSheet("单位名册", [["单位"], ["古邵镇"]]);
  return b;
}

describe("Excel's errors as advice", () => {
  it("payload limits: desktop Excel or the offline page, with the code as details and no link", () => {
    const e = officeError(
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits",
      "Range.values",
    );
    const zh = failureText(e, "zh");
    expect(zh).toContain("桌面版 Excel");
    expect(zh).toContain("离线网页");
    expect(zh).toContain("详细信息：RequestPayloadSizeLimitExceeded，位置 Range.values");
    expect(zh).not.toMatch(/https?:/);
    expect(failureText(e, "en")).toMatch(/desktop Excel.*offline page.*details: RequestPayloadSizeLimitExceeded, at Range\.values/);
  });

  it("cell-edit mode: press Enter; transient codes: run again; a name taken meanwhile: run again", () => {
    expect(excelAdvice(officeError("InvalidOperationInCellEditMode", "edit mode"), "zh")).toContain("按 Enter");
    expect(excelAdvice(officeError("ServiceNotAvailable", "busy"), "en")).toContain("run again");
    expect(excelAdvice(new Error("ItemAlreadyExists: A resource with the same name"), "zh")).toContain("再运行一次");
    expect(excelAdvice(new Error("something else"), "zh")).toBeUndefined();
    expect(failureText(new Error("something else"), "zh")).toBe("something else");
  });

  it("refuses a protected workbook before reading or writing anything", async () => {
    const b = book();
    b.structureProtected = true;
    const before = b.sheets.map((s) => s.name);
    const failure = await runJobOn("all", MARCH, "zh").catch((e: unknown) => e);
    expect(failureText(failure, "zh")).toContain("取消保护");
    expect(failureText(failure, "zh")).toContain("WorkbookProtected");
    expect(b.sheets.map((s) => s.name)).toEqual(before);
    expect(b.syncs).toBe(1); // the protection check alone
  });

  it("asks Excel to wait for cell editing to end where ExcelApi 1.11 exists, and not elsewhere", async () => {
    const b = book();
    await runJobOn("staff", MARCH, "zh");
    expect(b.runOptions).toEqual({ delayForCellEdit: true });
    (globalThis as unknown as { Office: unknown }).Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 10 } },
    };
    await runJobOn("staff", MARCH, "zh");
    expect(b.runOptions).toEqual({});
  });
});
