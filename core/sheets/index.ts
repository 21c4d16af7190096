// All result sheets of one calculation, in the order they are added to the workbook.
import type { Results } from "../compute.ts";
import { sheetContext, type SheetOptions } from "./context.ts";
import type { SheetModel } from "./model.ts";
import { auditSheets, issuesSheet, staffSheet } from "./otherSheets.ts";
import { advancedSheet, assistSheet, noticeSheet, rankingSheet, rewardSheet, workerSheet } from "./unitSheets.ts";

export type ResultGroup = "units" | "staff" | "audit" | "issues";

export interface BuildOptions extends SheetOptions {
  /** Only these groups (the ribbon's single jobs); all by default. */
  groups?: ResultGroup[];
}

export function buildResultSheets(results: Results, options: BuildOptions): SheetModel[] {
  const ctx = sheetContext(results, options);
  const want = (g: ResultGroup) => !options.groups || options.groups.includes(g);
  const sheets: SheetModel[] = [];
  if (want("units") && results.roster.length > 0) {
    sheets.push(rankingSheet(ctx), noticeSheet(ctx), assistSheet(ctx), rewardSheet(ctx), advancedSheet(ctx), workerSheet(ctx));
  }
  if (want("staff") && results.staff.length > 0) sheets.push(staffSheet(ctx));
  if (want("audit")) sheets.push(...auditSheets(ctx));
  if (want("issues")) sheets.push(issuesSheet(ctx));
  return sheets;
}

/** Names of every sheet InfoScore may create, so adapters can tell ours from the user's. */
export const RESULT_SHEET_NAMES = [
  "月度通报", "季度汇总", "半年汇总", "年度汇总", "期间汇总", "缺报通知单", "重点帮促", "用稿奖励", "先进单位",
  "优秀信息工作者", "个人考核结果", "计分明细", "校验问题",
];
