// The input workbook users start from: one sheet per input of docs/input.md, with styled
// and frozen headers, widths, drop-down lists, example rows and the 计分规则 sheet pre-filled
// with the defaults. Built from this source (reviewable), never kept only as a binary.
import ExcelJS from "exceljs";
import {
  buildResultSheets,
  compute,
  defaultTemplateRows,
  DEFAULT_RULES,
  schemeOf,
  submissionsSpec,
  IssueLog,
  parsePeriod,
  RATING_KINDS,
  readGrids,
  ruleRows,
  SHEETS,
  SUBMISSION_TYPES,
  TIMELINESS_CLASSES,
  type CellValue,
  type RuleSet,
  type SheetKey,
  type SheetSpec,
} from "../core/index.ts";
import { sampleSheets, type SampleSheets } from "./sample.ts";

const WIDTHS: Partial<Record<string, number>> = {
  单位: 20,
  报送单位: 18,
  标题: 36,
  表: 14,
  内容: 90,
  报送日期: 12,
  事件日期: 12,
  主要负责人: 12,
  曾用名: 24,
  项目: 26,
  理由依据: 36,
  规则: 20,
  值: 14,
  说明: 48,
};

const INSTRUCTIONS = [
  "InfoScore 信息工作考核 · 输入工作簿使用说明",
  "",
  "1. 单位名册:每个报送单位一行。“曾用名”填写更名或合并前的名称(用、分隔),信息报送中使用旧名称的记录会计入现单位。",
  "2. 信息报送:每条信息一行(一条次)。是/否标记可填 是/否、√/×、Y/N、1/0,留空为否。报送日期决定计分月份。也可以按月分表(信息报送1月、信息报送2月……),各表一起读取。",
  "3. 考核记录:信息室工作人员的扣分、加分事项,每次一行。“项目”填编号(如 S2)或名称;S3、S4、S13 须填分值;加分须写明理由依据。",
  "4. 业务指标:信息室人员名册及全年目标。目标留空按默认值,期间短于一年时按比例折算。",
  "5. 业务完成:每人每月一行,填写当月编报《信息快报》《峄城信息》期数和上报省委、市委信息条数;计算某一期间时按月合计。有本表时,业务指标中的“完成”列不再使用。",
  "6. 评议打分:群众评议、考评小组、主任办公会打分(百分制),每个评分一行。",
  "7. 计分规则:已预填默认规则,修改“值”即可调整分值、名额、权重等;删除某行即恢复默认。",
  "",
  "日期请写成 2026-03-05、2026/3/5 或 2026年3月5日(或设为日期格式)。只写 3.12、3月12日 这类没有年份的日期会被指出,不会计分。",
  "尚未结束的月份不算缺报:计算时以“截至日期”(默认今天)为准。",
  "",
  "计算:在 Excel 中点击功能区“信息考核”,或用批量工具 npx infoscore recalc 工作簿.xlsx --period 2026-03。",
  "数据只在本机处理,不会发送到任何地方。",
];

function addDataSheet(wb: ExcelJS.Workbook, key: SheetKey, rows: CellValue[][], spec: SheetSpec = SHEETS[key]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }], properties: { tabColor: { argb: "FF5B9BD5" } } });
  const headers = spec.columns.map((c) => c.names[0]);
  ws.columns = headers.map((h) => ({ header: h, width: WIDTHS[h] ?? Math.max(10, h.length * 2 + 4) }));
  const header = ws.getRow(1);
  header.height = 24;
  header.eachCell((cell, col) => {
    const required = spec.columns[col - 1].required;
    cell.font = { bold: true, color: { argb: required ? "FFC00000" : "FF000000" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    if (required) cell.note = "必填";
  });
  for (const r of rows) ws.addRow(r.map((v) => (v === "" ? null : v)));
  return ws;
}

/** The header of a column of an input sheet, as the contract names it. */
const column = (key: SheetKey, field: string): string => SHEETS[key].columns.find((c) => c.field === field)!.names[0];

/** A drop-down list on a column, for rows 2..lastRow. */
function listValidation(ws: ExcelJS.Worksheet, header: string, formula: string, lastRow = 2000): void {
  const col = (ws.getRow(1).values as CellValue[]).indexOf(header);
  if (col < 1) return;
  const letter = ws.getColumn(col).letter;
  // exceljs has range validations at run time; its typings only know per-cell ones.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${letter}2:${letter}${lastRow}`, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "InfoScore",
    error: `请从下拉列表中选择${header}`,
  });
}

/** A whole number of at least 0 on a count column (D11: 批示 2 means twice). */
function countValidation(ws: ExcelJS.Worksheet, header: string, lastRow = 100_000): void {
  const col = (ws.getRow(1).values as CellValue[]).indexOf(header);
  if (col < 1) return;
  const letter = ws.getColumn(col).letter;
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${letter}2:${letter}${lastRow}`, {
    type: "whole",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "InfoScore",
    error: `${header}请填写次数(0 或正整数)`,
  });
}

export interface TemplateOptions {
  /** Rows to fill in; the default is a handful of consistent example rows from the sample. */
  data?: SampleSheets;
  /** An office's rule set: the log gets its scheme's mark columns, the 计分规则 sheet its rows. */
  rules?: RuleSet;
}

/** Rows written for the default log's columns, moved to the columns of another scheme's log (a mark it lacks is dropped, a new one blank). */
function logRows(rows: CellValue[][], spec: SheetSpec): CellValue[][] {
  const from = SHEETS.submissions.columns.map((c) => c.field);
  return rows.map((r) => spec.columns.map((c) => (from.includes(c.field) ? (r[from.indexOf(c.field)] ?? "") : "")));
}

/** A few example rows that agree with each other: every name rated, every unit on the roster. */
function exampleRows(sample: SampleSheets): SampleSheets {
  const people = new Set(["张伟", "王芳"]);
  const units = sample.units.slice(0, 7);
  const unitNames = new Set(units.map((u) => u[0]));
  const ofPeople = (rows: CellValue[][]) => rows.filter((r) => people.has(r[0] as string));
  const ratings = ofPeople(sample.ratings).filter((r, i, all) => all.findIndex((x) => x[0] === r[0] && x[1] === r[1]) === i);
  return {
    units,
    submissions: sample.submissions.filter((r) => unitNames.has(r[2])).slice(0, 6),
    staff: ofPeople(sample.staff),
    actuals: ofPeople(sample.actuals),
    staffEvents: ofPeople(sample.staffEvents),
    ratings,
  };
}

export function buildInputWorkbook(options: TemplateOptions = {}): ExcelJS.Workbook {
  const sample = options.data ?? exampleRows(sampleSheets());
  const wb = new ExcelJS.Workbook();
  wb.creator = "InfoScore";
  const help = wb.addWorksheet("使用说明");
  help.getColumn(1).width = 110;
  INSTRUCTIONS.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  addDataSheet(wb, "units", sample.units);
  const rulesInForce = options.rules ?? DEFAULT_RULES;
  const scheme = schemeOf(rulesInForce);
  const logSpec = submissionsSpec(scheme);
  const log = addDataSheet(wb, "submissions", logRows(sample.submissions, logSpec), logSpec);
  log.getColumn(2).numFmt = "yyyy-mm-dd";
  const events = addDataSheet(wb, "staffEvents", sample.staffEvents);
  addDataSheet(wb, "staff", sample.staff);
  const actuals = addDataSheet(wb, "actuals", sample.actuals);
  actuals.getColumn(2).numFmt = "@";
  const ratings = addDataSheet(wb, "ratings", sample.ratings);
  const rules = addDataSheet(wb, "rules", ruleRows(rulesInForce));
  const layout = addDataSheet(wb, "templates", outputTemplateRows());
  layout.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  // Drop-downs come from the input contract, so a new choice appears here by itself.
  const list = (values: readonly string[]) => `"${values.join(",")}"`;
  const flag = list(["是", "否"]);
  // The scheme's marks: 是/否 drop-downs, or whole numbers for a mark counted by number.
  for (const m of scheme.marks) if (!m.count) listValidation(log, m.name, flag, 100_000);
  for (const m of scheme.marks) if (m.count) countValidation(log, m.name);
  listValidation(log, column("submissions", "important"), flag, 100_000);
  listValidation(log, column("submissions", "type"), list(SUBMISSION_TYPES), 100_000);
  listValidation(log, column("submissions", "timeliness"), list(TIMELINESS_CLASSES), 100_000);
  listValidation(log, "报送单位", "单位名册!$A$2:$A$1000", 100_000);
  listValidation(events, "项目", `"${DEFAULT_RULES.staff.items.map((i) => i.name).join(",")}"`);
  listValidation(events, "安排不当", flag);
  listValidation(events, "姓名", "业务指标!$A$2:$A$500");
  listValidation(actuals, "姓名", "业务指标!$A$2:$A$500");
  listValidation(ratings, column("ratings", "kind"), list(Object.keys(RATING_KINDS).filter((k) => /\p{Script=Han}/u.test(k))));
  listValidation(ratings, "姓名", "业务指标!$A$2:$A$500");
  rules.getColumn(3).alignment = { wrapText: true };
  return wb;
}

/** The built-in texts and column orders, to pre-fill the 输出模板 sheet users edit. */
export function outputTemplateRows(sample: SampleSheets = sampleSheets()): CellValue[][] {
  const sheet = (key: SheetKey, rows: CellValue[][]) => ({
    name: SHEETS[key].name,
    rows: [SHEETS[key].columns.map((c) => c.names[0]), ...rows],
  });
  const issues = new IssueLog();
  const read = readGrids(
    {
      sheets: [
        sheet("units", sample.units),
        sheet("submissions", sample.submissions),
        sheet("staff", sample.staff),
        sheet("ratings", sample.ratings),
      ],
    },
    issues,
  );
  const results = compute(read.data, { period: parsePeriod("2026-03")!, issues });
  return defaultTemplateRows(buildResultSheets(results, { generatedAt: "" }));
}

export async function inputTemplateBuffer(options: TemplateOptions = {}): Promise<Uint8Array> {
  const buffer = await buildInputWorkbook(options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
