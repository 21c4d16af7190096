// Puts complete new result sheets in place of the old ones without a moment with no results:
// the old are renamed aside (temporary name and marker), the new renamed in, the old deleted
// last. Excel applies a request up to the operation that fails, so after a failure the workbook
// is read again and only what still has a temporary name is undone: a new sheet still under
// its temporary name is deleted, an old one set aside gets its name back (or, when its
// replacement already took that name, is deleted).
import { RESULT_MARKER as MARKER_NAME, sanitiseSheetName, TEMP_MARKER, TEMP_PREFIX, type SheetModel } from "../../core/index.ts";
import { hideName, isStale, markerFormula, tempMarkerFormula, type FoundSheet } from "./markers.ts";

export interface Written {
  sheet: Excel.Worksheet;
  model: SheetModel;
  /** The temporary name it was written under. */
  temp: string;
}

/** A temporary sheet name: the run's stamp and a tag, within Excel's 31 characters. */
export const tempSheetName = (stamp: string, tag: string): string => `${TEMP_PREFIX}${stamp}~${tag}`.slice(0, 31);

/** Marks a sheet as temporary (in the same request as its add or rename, before the rename). */
export function markTemp(sheet: Excel.Worksheet, stamp: string): void {
  hideName(sheet.names.add(TEMP_MARKER, tempMarkerFormula(stamp)));
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/**
 * Removes what dead runs left: temporary sheets (marked, still under a temporary name) and the
 * marker on a sheet whose swap finished but whose marker was not yet removed. One request.
 */
export async function removeStale(context: Excel.RequestContext, found: FoundSheet[]): Promise<FoundSheet[]> {
  const stale = found.filter(isStale);
  const stray = found.filter((s) => s.temp && !isStale(s));
  if (!stale.length && !stray.length) return found;
  for (const s of stale) s.sheet.delete();
  for (const s of stray) s.sheet.names.getItem(TEMP_MARKER).delete();
  await context.sync();
  return found.filter((s) => !stale.includes(s)).map((s) => ({ ...s, temp: false }));
}

/**
 * Swaps the written sheets in for `old`. `record` queues the workbook's run id with the rename.
 * Returns the names the new sheets took.
 */
export async function swapIn(
  context: Excel.RequestContext,
  written: Written[],
  old: FoundSheet[],
  run: { id: string; stamp: string; record: () => void; sync: () => Promise<void> },
): Promise<string[]> {
  const asides = old.map((_, i) => tempSheetName(run.stamp, `o${i}`));
  const finals: string[] = [];
  try {
    // Read the names again: a co-author may have added a sheet while the results were written.
    const ours = lower([...written.map((w) => w.temp), ...old.map((s) => s.name)]);
    const keep = new Set((await sheetNames(context)).filter((n) => !ours.has(n.toLowerCase())));
    old.forEach((s, i) => {
      markTemp(s.sheet, run.stamp);
      s.sheet.name = asides[i];
    });
    await run.sync();
    const names = written.map(({ sheet, model }) => {
      const name = sanitiseSheetName(model.name, keep);
      keep.add(name);
      finals.push(name);
      hideName(sheet.names.add(MARKER_NAME, markerFormula(model.kind, run.id, name)));
      sheet.name = name;
      sheet.names.getItem(TEMP_MARKER).delete();
      return name;
    });
    run.record();
    await run.sync();
    await deleteAside(old, run.sync);
    return names;
  } catch (e) {
    await recover(context, written, { old, asides, finals });
    throw e;
  }
}

/** The old results go last; if that fails they stay marked and the next run removes them. */
async function deleteAside(old: FoundSheet[], sync: () => Promise<void>): Promise<void> {
  if (!old.length) return;
  try {
    for (const s of old) s.sheet.delete();
    await sync();
  } catch {
    /* the new results are in; the set-aside sheets are stale now and go with the next run */
  }
}

/**
 * After a failure: undoes only what still has a temporary name (see the top of this file). An
 * old sheet whose name a co-author took meanwhile comes back as 月度通报(2), never lost.
 */
export async function recover(
  context: Excel.RequestContext,
  written: Written[],
  swap: { old: FoundSheet[]; asides: string[]; finals: string[] } = { old: [], asides: [], finals: [] },
): Promise<void> {
  try {
    const now = await sheetNames(context);
    const present = lower(now);
    const sheets = context.workbook.worksheets;
    for (const w of written) if (present.has(w.temp.toLowerCase())) sheets.getItem(w.temp).delete();
    const taken = new Set(now.filter((n) => !n.startsWith(TEMP_PREFIX)));
    // A new sheet is in when its temporary name is gone and its final name is there.
    const isIn = (name: string, j: number) => !present.has(written[j].temp.toLowerCase()) && present.has(name.toLowerCase());
    const replaced = lower(swap.finals.filter(isIn));
    swap.old.forEach((s, i) => {
      if (!present.has(swap.asides[i].toLowerCase())) return;
      const sheet = sheets.getItem(swap.asides[i]);
      if (replaced.has(s.name.toLowerCase())) return sheet.delete();
      sheet.names.getItem(TEMP_MARKER).delete();
      const name = sanitiseSheetName(s.name, taken);
      taken.add(name);
      sheet.name = name;
    });
    await context.sync();
  } catch {
    /* the workbook may be gone (pane closed): what is left is marked and the next run removes it */
  }
}
