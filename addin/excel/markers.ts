// Which sheets InfoScore made. Each result sheet carries a sheet-scoped defined name whose text
// is the marker of core/sheets/sheetModel.ts (kind/run/sheet name), the same as the xlsx writer's, so
// the batch tool and the add-in recognise each other's sheets. A user's copy or a renamed sheet
// carries the marker too (it travels with the copy) but under another name, so it is the user's
// and is never replaced. The workbook-scoped name InfoScore_Run holds the workbook's run id.
// A sheet InfoScore is still writing, or has set aside to replace, carries a temporary name
// (InfoScore~…) and the sheet-scoped name InfoScore_Temp: when a run dies (pane closed, the
// ribbon's time limit) the next run finds and removes it, and never mistakes it for a user's.
import { parseResultMarker, RESULT_MARKER, resultMarkerValue, RUN_MARKER, TEMP_MARKER, TEMP_PREFIX } from "../../core/index.ts";

export interface Marker {
  kind: string;
  runId?: string;
  /** The name the sheet had when InfoScore wrote it; undefined for markers of older versions. */
  sheetName?: string;
}

/** `="…"`: a defined name holding a text constant. */
const formulaOf = (text: string) => `="${text.replace(/"/g, '""')}"`;

export function markerFormula(kind: string, runId: string, sheetName: string): string {
  return formulaOf(resultMarkerValue(kind, runId, sheetName));
}

/** The text of a text-constant formula (="…" or "…"), or undefined. */
function constantText(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  const m = /^=?"(.*)"$/s.exec(formula.trim());
  return m ? m[1].replace(/""/g, '"') : undefined;
}

export function parseMarker(formula: unknown): Marker | undefined {
  const text = constantText(formula);
  return text === undefined ? undefined : parseResultMarker(text);
}

/** Keeps a marker out of Name Manager's list (it still travels with the sheet). */
export function hideName(item: Excel.NamedItem | undefined): void {
  if (item) item.visible = false;
}

export const tempMarkerFormula = (stamp: string): string => formulaOf(stamp);

export interface FoundSheet {
  name: string;
  sheet: Excel.Worksheet;
  /** Set when InfoScore made this very sheet (not a copy of one, not renamed). */
  ours?: Marker;
  /** Carries TEMP_MARKER: left by a run that did not finish (or is being swapped). */
  temp?: boolean;
}

/** A temporary sheet of a run that is no longer running: marked and still under a temporary name. */
export const isStale = (s: FoundSheet): boolean => Boolean(s.temp) && s.name.startsWith(TEMP_PREFIX);

export interface FoundResults {
  sheets: FoundSheet[];
  /** The workbook's run id (InfoScore_Run), reused so single jobs keep earlier sheets recognisable. */
  runId?: string;
  /** Whether InfoScore_Run exists yet (it is added, not set, the first time). */
  hasRunName: boolean;
}

/** Every worksheet and, for InfoScore's own, its marker. Two syncs at most. */
export async function findResultSheets(context: Excel.RequestContext): Promise<FoundResults> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const run = context.workbook.names.getItemOrNullObject(RUN_MARKER);
  run.load("formula");
  await context.sync();
  const marks = sheets.items.map((sheet) => {
    const name = sheet.names.getItemOrNullObject(RESULT_MARKER);
    name.load("formula");
    return name;
  });
  const temps = sheets.items.map((sheet) => {
    const name = sheet.names.getItemOrNullObject(TEMP_MARKER);
    name.load("name");
    return name;
  });
  await context.sync();
  const runId = run.isNullObject ? undefined : constantText(run.formula);
  const found = sheets.items.map((sheet, i): FoundSheet => {
    const marker = marks[i].isNullObject ? undefined : parseMarker(marks[i].formula);
    // Older markers hold the kind alone: taken as ours, as before. A copy or a rename has another name.
    const same =
      marker && (marker.sheetName === undefined || (marker.sheetName === sheet.name && (runId === undefined || marker.runId === runId)));
    return { name: sheet.name, sheet, ours: same ? marker : undefined, temp: !temps[i].isNullObject };
  });
  return { sheets: found, runId, hasRunName: !run.isNullObject };
}

/** Records the workbook's run id (added the first time, then kept). */
export function recordRun(context: Excel.RequestContext, found: FoundResults, runId: string): void {
  if (found.hasRunName && found.runId === runId) return;
  if (found.hasRunName) context.workbook.names.getItemOrNullObject(RUN_MARKER).formula = formulaOf(runId);
  else hideName(context.workbook.names.add(RUN_MARKER, formulaOf(runId)));
}
