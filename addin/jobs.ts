// The jobs behind the ribbon buttons and the task pane: read the open workbook, calculate,
// write the result sheets. Shared by both, so a button and the pane do exactly the same.
import {
  defaultPeriod as lastComplete,
  findSheetSpec,
  IssueLog,
  localDay,
  localStamp,
  parsePeriod,
  recalculate,
  t,
  yearOfMonth,
  type Issue,
  type Lang,
  type Period,
  type ResultGroup,
  type Results,
  type SheetModel,
} from "../core/index.ts";
import { readInput } from "./excel/readInput.ts";
import { writeSheets } from "./excel/writeSheets.ts";
import { readLogo } from "./excel/logo.ts";
import { loadWorkbookSetting, saveWorkbookSetting } from "./ui/storage.ts";
import { exclusive } from "./jobLock.ts";
import { checkNotProtected } from "./excel/errors.ts";

export type Job = "all" | "monthly" | "summary" | "staff";

export interface JobOutcome {
  results: Results;
  issues: Issue[];
  written: string[];
  /** The result sheets' models: the pane makes the run's Word files from them, without reading the workbook again. */
  models: SheetModel[];
}

const GROUPS: Record<Job, ResultGroup[] | undefined> = {
  all: undefined,
  monthly: ["units", "issues"],
  summary: ["units", "issues"],
  staff: ["staff", "issues"],
};

const LAST_PERIOD = "infoscore.lastPeriod";

/** Remembers the period chosen in the pane, in the workbook itself (document settings) where possible. */
export function rememberPeriod(label: string): void {
  saveWorkbookSetting(LAST_PERIOD, label);
}

export function rememberedPeriod(): Period | undefined {
  const label = loadWorkbookSetting(LAST_PERIOD);
  return label ? parsePeriod(label) : undefined;
}

/** The one-click default: the period last chosen in the pane, else the last complete month. */
export function defaultPeriod(job: Job, asOf: number): Period {
  const chosen = rememberedPeriod();
  const month = lastComplete("month", asOf);
  if (job === "monthly") return chosen?.kind === "month" ? chosen : month;
  if (job === "summary") return chosen && chosen.kind !== "month" ? chosen : lastComplete("quarter", asOf);
  return chosen ?? month;
}

/** Where ExcelApi 1.11 exists, a run waits for the user to leave cell-edit mode instead of failing. */
function runOptions(): Excel.RunOptions {
  const has111 = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.11");
  return has111 ? { delayForCellEdit: true } : {};
}

/** One job on the open workbook; refused (JobBusy) while another runs, from the ribbon or the pane. */
export async function runJob(
  job: Job,
  period: Period,
  lang: Lang,
  onProgress?: (text: string) => void,
  asOf?: number,
  now = new Date(),
): Promise<JobOutcome> {
  // The clock, read once for this run (D7): the default as-of day and the audit footers' time.
  const day = asOf ?? localDay(now);
  return exclusive(
    () =>
      Excel.run(runOptions(), async (context) => {
        await checkNotProtected(context);
        const issues = new IssueLog(lang);
        const read = await readInput(context, issues, { year: yearOfMonth(period.endMonth) }, (rows) =>
          onProgress?.(t(lang, "ui.rowsRead", { n: rows.toLocaleString() })),
        );
        const { results, sheets } = recalculate(read, { period, asOf: day, issues, generatedAt: localStamp(now), groups: GROUPS[job] });
        const logo = await readLogo(context);
        const written = await writeSheets(context, sheets, {
          replace: job === "all" ? "all" : "same",
          onSheet: (name) => onProgress?.(t(lang, "ui.sheetWritten", { sheet: name })),
          logo,
        });
        return { results, issues: issues.list, written, models: sheets };
      }),
    t(lang, "ui.busy"),
  );
}

/** Selects the offending cell of an issue, so the user lands on it. */
export async function selectIssue(issue: Issue): Promise<void> {
  if (!issue.sheet) return;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(issue.sheet);
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.activate();
    if (/^[A-Z]+\d+$/.test(issue.cell)) sheet.getRange(issue.cell).select();
    await context.sync();
  });
}

/**
 * Inserts the input template's sheets that the workbook does not have yet (ExcelApi 1.13). A
 * sheet counts as present under any of its names: "Units" is 单位名册.
 */
export async function insertTemplate(templateBase64: string, templateSheets: string[], lang: Lang = "zh"): Promise<string[]> {
  return exclusive(
    () =>
      Excel.run(runOptions(), async (context) => {
        await checkNotProtected(context);
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const present = new Set(sheets.items.map((s) => findSheetSpec(s.name)?.key ?? s.name.toLowerCase()));
        const missing = templateSheets.filter((n) => !present.has(findSheetSpec(n)?.key ?? n.toLowerCase()));
        if (missing.length) {
          context.workbook.insertWorksheetsFromBase64(templateBase64, {
            sheetNamesToInsert: missing,
            positionType: Excel.WorksheetPositionType.end,
          });
          await context.sync();
        }
        return missing;
      }),
    t(lang, "ui.busy"),
  );
}
