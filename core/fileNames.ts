// How InfoScore names what it writes, the same in every host: the batch tool, the offline page
// (downloads) and the add-in's docs. `<name>-结果-<period>.xlsx`; a macro workbook stays .xlsm.

import { FILE_NAMES } from "./text.ts";

/** The part every result workbook's name carries, so a folder run skips earlier results. */
const RESULT_INFIX = `-${FILE_NAMES.resultInfix}-`;

const EXTENSION = /\.(xlsx|xlsm|xls|et|csv)$/i;
const periodPart = (label: string) => label.replace(/\.\./, FILE_NAMES.rangeJoin);
const stem = (fileName: string) => fileName.replace(EXTENSION, "");

/** The result workbook for an input workbook's file name (no folder) and a period label. */
export function resultFileName(inputName: string, periodLabel: string, prefix = ""): string {
  const ext = /\.xlsm$/i.test(inputName) ? ".xlsm" : ".xlsx";
  return `${prefix}${stem(inputName)}${RESULT_INFIX}${periodPart(periodLabel)}${ext}`;
}

/** The JSON results file for an input workbook's file name and a period label. */
export function resultJsonName(inputName: string, periodLabel: string, prefix = ""): string {
  return `${prefix}${stem(inputName)}-${periodPart(periodLabel)}.json`;
}

/** The folder (or, with ".zip", the archive) of a result's Word files: `<name>-公文-<period>`. */
export function resultDocumentsName(inputName: string, periodLabel: string, prefix = ""): string {
  return `${prefix}${stem(inputName)}-${FILE_NAMES.documentsInfix}-${periodPart(periodLabel)}`;
}

/** A workbook InfoScore wrote (skipped when a folder is run again). */
export const isResultFileName = (fileName: string): boolean => fileName.includes(RESULT_INFIX);

/** A file InfoScore reads as an input workbook: .xlsx or .xlsm, not Excel's ~$ lock file. */
export const isWorkbookFileName = (fileName: string): boolean => /\.xls[xm]$/i.test(fileName) && !fileName.startsWith("~$");
