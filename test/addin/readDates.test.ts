// Dates through the Office.js reader: range.values gives serial numbers, so date-formatted cells
// become Dates (a time of day included) while a General 3.12 is reported as the core reports it;
// a 1904-date-system workbook reads the same calendar days as through the batch tool's reader.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { IssueLog, isoDay, type CellValue, type ReadResult } from "../../core/index.ts";
import { readInput } from "../../addin/excel/readInput.ts";
import { isDateFormat } from "../../addin/excel/dates.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

/** 2026-03-05 10:30 as a serial number: 1900 system, and 1,462 days fewer in 1904. */
const SERIAL_1900 = Date.UTC(2026, 2, 5) / 86_400_000 + 25_569 + 10.5 / 24;
const UNITS = [["单位"], ["古邵镇"]];
const LOG_HEADER = ["报送日期", "报送单位", "标题"];

async function viaOffice(
  date1904: boolean,
  serial: number,
  format: string,
  plain: CellValue = 3.12,
): Promise<ReadResult & { issues: IssueLog["list"] }> {
  const book = new FakeExcel();
  book.date1904 = date1904;
  installExcelGlobal(book);
  book.addSheet("单位名册", UNITS);
  const log = book.addSheet("信息报送", [LOG_HEADER, [serial, "古邵镇", "春耕"], [plain, "古邵镇", "夏收"]]);
  log.formats = [
    ["General", "General", "General"],
    [format, "General", "General"],
    ["General", "General", "General"],
  ];
  const issues = new IssueLog("zh");
  const read = await readInput(book.context, issues, { year: 2026 });
  return { ...read, issues: issues.list };
}

async function viaPackage(date1904: boolean): Promise<ReadResult & { issues: IssueLog["list"] }> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  wb.addWorksheet("单位名册").addRows(UNITS);
  const ws = wb.addWorksheet("信息报送");
  ws.addRows([LOG_HEADER, [new Date(Date.UTC(2026, 2, 5, 10, 30)), "古邵镇", "春耕"], [3.12, "古邵镇", "夏收"]]);
  ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
  const issues = new IssueLog("zh");
  const read = await readWorkbookPackage(openPackage(new Uint8Array(await wb.xlsx.writeBuffer()), nodeCodec), issues, { year: 2026 });
  return { ...read, issues: issues.list };
}

const summary = (r: ReadResult & { issues: IssueLog["list"] }) => ({
  days: r.data.submissions.map((s) => isoDay(s.date)),
  issues: r.issues.map((i) => [i.sheet, i.cell, i.code]),
});

describe("dates in the Office.js reader", () => {
  it("accepts a date-formatted cell with a time of day and reports a General 3.12", async () => {
    const r = await viaOffice(false, SERIAL_1900, "yyyy-mm-dd hh:mm");
    expect(r.data.submissions.map((s) => isoDay(s.date))).toEqual(["2026-03-05"]);
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([["A3", "dateWithoutYear"]]);
    expect(r.issues[0].message).toContain("2026年3月12日");
  });

  it("reads a 1904-date-system workbook as the batch tool's reader does (same days, same issues)", async () => {
    const office = await viaOffice(true, SERIAL_1900 - 1_462, "yyyy-mm-dd hh:mm");
    const pkg = await viaPackage(true);
    expect(summary(office)).toEqual(summary(pkg));
    expect(summary(office).days).toEqual(["2026-03-05"]);
    // …and a 1900 workbook likewise.
    expect(summary(await viaOffice(false, SERIAL_1900, "yyyy/m/d h:mm"))).toEqual(summary(await viaPackage(false)));
  });

  it("tells date formats from number formats", () => {
    for (const f of ["yyyy-mm-dd", "m/d/yy", '[$-804]yyyy"年"m"月"d"日"', "h:mm", "yyyy/m/d h:mm"]) expect(isDateFormat(f), f).toBe(true);
    for (const f of ["General", "0.00", "@", "#,##0", '0"天"', "0.00E+00", "[Red]0.0", '"day"0']) expect(isDateFormat(f), f).toBe(false);
  });
});
