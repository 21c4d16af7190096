// Which sheets InfoScore made. Each result sheet carries a sheet-scoped defined name whose text
// records the sheet's kind, the worksheet's own id and the name InfoScore gave it. A user's
// copy of a result sheet carries the name too (it travels with the copy) but has another id,
// so it is the user's and is never replaced.
import { RESULT_MARKER } from "../../core/index.ts";

export interface Marker {
  kind: string;
  /** The id of the worksheet the marker was written on; undefined for markers of older versions. */
  id?: string;
  /** The name InfoScore meant for the sheet (it may carry "(2)" when a user's sheet had it). */
  intended?: string;
}

export function markerFormula(kind: string, id: string, intended: string): string {
  return `="${[kind, id, intended].join("|").replace(/"/g, '""')}"`;
}

export function parseMarker(formula: unknown): Marker | undefined {
  if (typeof formula !== "string") return undefined;
  const m = /^="(.*)"$/s.exec(formula.trim());
  if (!m) return undefined;
  const [kind, id, intended] = m[1].replace(/""/g, '"').split("|");
  return { kind, id: id || undefined, intended: intended || undefined };
}

export interface FoundSheet {
  name: string;
  id: string;
  sheet: Excel.Worksheet;
  /** Set when InfoScore made this very sheet (not a copy of one). */
  ours?: Marker;
}

/** Every worksheet with its id and, for InfoScore's own, its marker. Two syncs at most. */
export async function findResultSheets(context: Excel.RequestContext): Promise<FoundSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const marks = sheets.items.map((sheet) => {
    const name = sheet.names.getItemOrNullObject(RESULT_MARKER);
    name.load("formula");
    return name;
  });
  await context.sync();
  return sheets.items.map((sheet, i) => {
    const marker = marks[i].isNullObject ? undefined : parseMarker(marks[i].formula);
    // Older markers have no id: taken as ours, as before. A copy has an id that is not its own.
    const ours = marker && (marker.id === undefined || marker.id === sheet.id) ? marker : undefined;
    return { name: sheet.name, id: sheet.id, sheet, ours };
  });
}
