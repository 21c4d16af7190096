// All result sheets of one calculation, in the order they are added to the workbook (buildResultSheets).
import type { Results } from "../compute.ts";
import { sheetContext, type SheetOptions } from "./context.ts";
import type { SheetModel } from "./sheetModel.ts";
import { applyColumns, emptyTemplates, type OutputTemplates } from "./customise.ts";
import { IssueLog } from "../issues.ts";
import { auditSheets, issuesSheet } from "./otherSheets.ts";
import { fitCells, fitIssuesSheet, splitLongSheets } from "./limits.ts";
import { staffSheet } from "./staffSheet.ts";
import { bulletinSheet } from "./bulletin.ts";
import { appendixSheet } from "./rankingTable.ts";
import { assistLetterSheet, noticeSheet } from "./letters.ts";
import { RESULT_SHEETS } from "./registry.ts";
import { advancedSheet, assistSheet, rewardSheet, workerSheet } from "./unitSheets.ts";

export type ResultGroup = "units" | "staff" | "audit" | "issues";

export interface BuildOptions extends Omit<SheetOptions, "texts"> {
  /** Only these groups (the ribbon's single jobs); all by default. */
  groups?: ResultGroup[];
  /** The user's texts and column layout (输出模板); built-in ones otherwise. */
  templates?: OutputTemplates;
  /** Where template problems are reported (they then show on the 校验问题 sheet). */
  issues?: IssueLog;
}

export function buildResultSheets(results: Results, options: BuildOptions): SheetModel[] {
  const templates = options.templates ?? emptyTemplates();
  const issues = options.issues ?? new IssueLog();
  const ctx = sheetContext(results, { ...options, texts: templates.texts, columns: templates.columns, issues });
  const want = (g: ResultGroup) => !options.groups || options.groups.includes(g);
  const sheets: SheetModel[] = [];
  if (want("units") && results.roster.length > 0) {
    const appendix = appendixSheet(ctx);
    sheets.push(
      bulletinSheet(ctx),
      ...(appendix ? [appendix] : []),
      noticeSheet(ctx),
      assistSheet(ctx),
      assistLetterSheet(ctx),
      rewardSheet(ctx),
      advancedSheet(ctx),
      workerSheet(ctx),
    );
  }
  if (want("staff") && results.staff.length > 0) sheets.push(staffSheet(ctx));
  if (want("audit")) sheets.push(...auditSheets(ctx));
  // Letters and the circulated notice carry the office's logo, when its template has one.
  // Excel's limits (docs/input.md): long cells cut with a warning, before 校验问题 lists the warnings.
  const issuer = { office: String(ctx.vars.发文单位), date: String(ctx.vars.成文日期) };
  const withLogo = (kind: string) => RESULT_SHEETS.some((s) => s.kind === kind && s.logo);
  const laidOut: SheetModel[] = fitCells(
    sheets.map((s) => ({
      ...applyColumns(s, templates, issues),
      font: templates.font,
      word: templates.word,
      logo: withLogo(s.kind),
      issuer,
    })),
    issues,
  );
  // Built last, so that template problems found above are listed too.
  if (want("issues")) laidOut.push(...splitLongSheets(fitIssuesSheet(() => ({ ...issuesSheet(ctx), font: templates.font }), issues)));
  return laidOut;
}
