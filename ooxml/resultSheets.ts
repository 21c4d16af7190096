// Adds result sheets to a workbook package without rewriting it: the user's parts (charts,
// pivot tables, images, defined names, styles, validations) are copied as they are, compressed
// bytes and all; only workbook.xml, its rels, [Content_Types].xml and styles.xml are patched.
// Sheets InfoScore made earlier carry a hidden sheet-scoped name recording the run and the
// sheet's name; they are replaced. Any other sheet is never touched, even one with the same name
// as ours, a copy of ours (the copy carries the marker but not its own name) or a renamed one.
import {
  layoutSheet,
  parseResultMarker,
  RESULT_MARKER as MARKER_NAME,
  resultSheetNames,
  resultMarkerValue,
  RUN_MARKER,
  sanitiseSheetName,
  TEMP_MARKER,
  TEMP_PREFIX,
  type SheetModel,
} from "../core/index.ts";
import { addStyles, EMPTY_STYLES } from "./styles.ts";
import { logoDrawingXml, type Logo } from "./logo.ts";
import { worksheetXml } from "./sheetXml.ts";
import type { Package } from "./package.ts";
import {
  attributes,
  escapeXml,
  folderOf,
  inFolder,
  insertBeforeClose,
  relsPathOf,
  resolveTarget,
  tags,
  unescapeXml,
  unprefixContentTypes,
  unprefixMain,
  workbookPartOf,
} from "./xml.ts";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  tag: string;
}

export interface PackageReport {
  added: string[];
  replaced: string[];
  /** Temporary sheets an interrupted add-in run left (marked and under a temporary name), removed. */
  stale: string[];
}

const text = (zip: Package, path: string): Promise<string> => zip.text(path);

/** The names InfoScore gives its result sheets (and 校验问题). */
const OUR_NAMES: ReadonlySet<string> = new Set(resultSheetNames());

/** Our sheets from earlier runs: marked, and still under the name and run the marker records. */
function ourSheets(workbook: string, sheets: SheetEntry[]): Set<number> {
  const lastRun = tags(workbook, "definedName").find((d) => d.attrs.name === RUN_MARKER && d.attrs.localSheetId === undefined);
  const runId = lastRun ? definedNameText(workbook, lastRun) : undefined;
  const out = new Set<number>();
  for (const d of tags(workbook, "definedName")) {
    if (d.attrs.name !== MARKER_NAME || d.attrs.localSheetId === undefined) continue;
    const index = Number(d.attrs.localSheetId);
    const marker = parseResultMarker(definedNameText(workbook, d));
    // Markers of older versions hold the kind alone: those sheets are ours while they keep a name
    // InfoScore gives (a long sheet's continuation, 计分明细(2), included); renamed, they are the user's.
    const name = sheets[index]?.name;
    const old = marker.sheetName === undefined && name !== undefined && OUR_NAMES.has(name.replace(/\(\d+\)$/, ""));
    if (old || (marker.sheetName === name && marker.runId === runId)) out.add(index);
  }
  return out;
}

/**
 * Sheets an add-in run that died left behind: under a temporary name AND carrying the temporary
 * marker. A user's sheet that merely starts with the prefix has no marker and is kept.
 */
function staleTempSheets(workbook: string, sheets: SheetEntry[]): Set<number> {
  const out = new Set<number>();
  for (const d of tags(workbook, "definedName")) {
    if (d.attrs.name !== TEMP_MARKER || d.attrs.localSheetId === undefined) continue;
    const index = Number(d.attrs.localSheetId);
    if (sheets[index]?.name.startsWith(TEMP_PREFIX)) out.add(index);
  }
  return out;
}

/** The text constant of a defined name (`"…"` with "" for a quote). */
function definedNameText(workbook: string, d: { tag: string; index: number }): string {
  if (d.tag.endsWith("/>")) return "";
  const start = d.index + d.tag.length;
  const end = workbook.indexOf("</", start);
  const formula = unescapeXml(workbook.slice(start, end < 0 ? start : end));
  return /^"(.*)"$/s.test(formula) ? formula.slice(1, -1).replace(/""/g, '"') : formula;
}

const quoteFormula = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Removes one tag found by `tags` (an element with no children) from a part. */
const cut = (xml: string, t: { tag: string; index: number } | undefined): string =>
  t ? xml.slice(0, t.index) + xml.slice(t.index + t.tag.length) : xml;

/** Removes the relationship with this Id; ids are compared as text, never as a pattern. */
const removeRelationship = (rels: string, id: string): string =>
  cut(
    rels,
    tags(rels, "Relationship").find((r) => r.attrs.Id === id),
  );

const removeOverride = (types: string, part: string): string =>
  cut(
    types,
    tags(types, "Override").find((o) => o.attrs.PartName === `/${part}`),
  );

const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/**
 * Removes an old result sheet's part and our drawings with it; returns the content types without them.
 * A stale temporary sheet was written whole by the add-in, so its drawing (Excel names it, not us) goes
 * too; pictures stay, as Excel may share one picture part between sheets.
 */
async function removeSheetParts(zip: Package, part: string, types: string, temporary = false): Promise<string> {
  // Our drawings (the logo) go with the sheet; the user's parts are never ours to remove.
  if (zip.has(relsPathOf(part))) {
    for (const r of tags(await text(zip, relsPathOf(part)), "Relationship")) {
      if (r.attrs.TargetMode === "External") continue;
      const target = resolveTarget(part, r.attrs.Target);
      const drawing = temporary && r.attrs.Type === DRAWING_TYPE;
      if (!drawing && !/\/infoscore-[^/]+$/.test(target)) continue;
      zip.remove(target);
      zip.remove(relsPathOf(target));
      types = removeOverride(types, target);
    }
  }
  zip.remove(part);
  zip.remove(relsPathOf(part));
  return removeOverride(types, part);
}

export interface AddOptions {
  logo?: Logo;
  /** Identifies this run in the markers; random by default. */
  runId?: string;
}

/** Adds (or replaces) InfoScore's result sheets in an opened package, ready to be written. */
export async function addResultSheets(zip: Package, models: SheetModel[], options: AddOptions = {}): Promise<PackageReport> {
  const rootRels = await text(zip, "_rels/.rels");
  const workbookPath = workbookPartOf(rootRels);
  const workbookRelsPath = relsPathOf(workbookPath);
  // A workbook written with x: prefixes gets its own elements unprefixed, so ours fit in.
  let workbook = unprefixMain(await text(zip, workbookPath));
  let rels = await text(zip, workbookRelsPath);
  let types = unprefixContentTypes(await text(zip, "[Content_Types].xml"));
  const date1904 = /^(1|true)$/.test(tags(workbook, "workbookPr")[0]?.attrs.date1904 ?? "");

  const sheets = sheetEntries(workbook);
  const runId = options.runId ?? randomRunId();

  // 1. Remove our earlier sheets and dead runs' temporary ones.
  const removed = await removeEarlierSheets(zip, { workbook, rels, types, workbookPath }, sheets);
  ({ workbook, rels, types } = removed);
  const { replaced, stale } = removed;
  workbook = fixActiveTab(workbook, sheets.length);
  workbook = removeRunMarker(workbook);

  // 2. Styles once for all our sheets.
  const installed = await installStyles(zip, workbookPath, rels, types, models);
  const styles = installed.styles;
  rels = installed.rels;
  types = installed.types;

  // 3. Add the new sheets at the end.
  const taken = new Set(sheets.map((s) => s.name));
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  let nextRel = 1 + Math.max(0, ...tags(rels, "Relationship").map((r) => Number(/\d+$/.exec(r.attrs.Id)?.[0] ?? 0)));
  let nextPart = 1;
  const dir = folderOf(workbookPath);
  const names: string[] = [`<definedName name="${RUN_MARKER}" hidden="1">${escapeXml(quoteFormula(runId))}</definedName>`];
  const added: string[] = [];
  // A workbook that binds the relationships namespace to another prefix (or nowhere) gets it declared.
  const rNs = tags(workbook, "workbook")[0]?.attrs["xmlns:r"] === REL_NS ? "" : ` xmlns:r="${REL_NS}"`;
  for (const model of models) {
    const name = sanitiseSheetName(model.name, taken);
    taken.add(name);
    while (zip.has(inFolder(dir, `worksheets/sheet${nextPart}.xml`))) nextPart++;
    const part = inFolder(dir, `worksheets/sheet${nextPart}.xml`);
    const rid = `rId${nextRel++}`;
    const index = sheets.length + added.length;
    const logoRid = options.logo && model.logo ? addLogo(zip, part, model, options.logo, nextPart, (t) => (types = t), types) : undefined;
    zip.set(part, worksheetXml({ ...model, name }, styles.index, logoRid, date1904 ? DAYS_1900_TO_1904 : 0));
    rels = insertBeforeClose(
      rels,
      "Relationships",
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${nextPart}.xml"/>`,
    );
    types = insertBeforeClose(types, "Types", `<Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/>`);
    workbook = insertBeforeClose(workbook, "sheets", `<sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}" r:id="${rid}"${rNs}/>`);
    const marker = quoteFormula(resultMarkerValue(model.kind, runId, name));
    names.push(`<definedName name="${MARKER_NAME}" localSheetId="${index}" hidden="1">${escapeXml(marker)}</definedName>`);
    const titles = printTitlesName(model, index, name);
    if (titles) names.push(titles);
    added.push(name);
    nextPart++;
  }
  workbook = addDefinedNames(workbook, names);
  zip.set(workbookPath, workbook);
  zip.set(workbookRelsPath, rels);
  zip.set("[Content_Types].xml", types);
  return { added, replaced, stale };
}

interface Parts {
  workbook: string;
  rels: string;
  types: string;
  workbookPath: string;
}

/**
 * Removes our earlier result sheets and the temporary sheets of dead add-in runs, last first so the
 * indexes of the others stay right while we go; `sheets` is left with the sheets that remain.
 */
async function removeEarlierSheets(zip: Package, parts: Parts, sheets: SheetEntry[]) {
  let { workbook, rels, types } = parts;
  const relTargets = new Map(tags(rels, "Relationship").map((r) => [r.attrs.Id, resolveTarget(parts.workbookPath, r.attrs.Target)]));
  const marked = ourSheets(workbook, sheets);
  const temporary = staleTempSheets(workbook, sheets);
  const replaced: string[] = [];
  const stale: string[] = [];
  for (const index of [...new Set([...marked, ...temporary])].sort((a, b) => b - a)) {
    const entry = sheets[index];
    if (!entry) continue;
    (temporary.has(index) ? stale : replaced).push(entry.name);
    workbook = cut(
      workbook,
      tags(workbook, "sheet").find((t) => t.tag === entry.tag),
    );
    workbook = shiftLocalSheetIds(workbook, index);
    const part = relTargets.get(entry.rid);
    rels = removeRelationship(rels, entry.rid);
    if (part) types = await removeSheetParts(zip, part, types, temporary.has(index));
    sheets.splice(index, 1);
  }
  return { workbook, rels, types, replaced, stale };
}

const sheetEntries = (workbook: string): SheetEntry[] =>
  tags(workbook, "sheet").map((t) => ({
    name: t.attrs.name,
    sheetId: Number(t.attrs.sheetId),
    rid: t.attrs["r:id"] ?? t.attrs.id,
    tag: t.tag,
  }));

/** The defined name that repeats a sheet's table header on every printed page, if it has one. */
function printTitlesName(model: SheetModel, index: number, name: string): string | undefined {
  const row = layoutSheet(model).printTitleRow; // the row the Excel adapter repeats too
  return row
    ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${quoteSheet(name)}!$${row}:$${row}</definedName>`
    : undefined;
}

/** Adds our named styles to the workbook's styles part (creating the part when it has none). */
async function installStyles(zip: Package, workbookPath: string, rels: string, types: string, models: SheetModel[]) {
  const stylesRel = tags(rels, "Relationship").find((r) => r.attrs.Type?.endsWith("/styles"));
  const stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.attrs.Target) : inFolder(folderOf(workbookPath), "styles.xml");
  const stylesXml = zip.has(stylesPath) ? unprefixMain(await text(zip, stylesPath)) : EMPTY_STYLES;
  const styles = addStyles(stylesXml, models.find((m) => m.font)?.font);
  zip.set(stylesPath, styles.xml);
  if (!stylesRel) {
    rels = insertBeforeClose(
      rels,
      "Relationships",
      `<Relationship Id="rIdInfoScoreStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    );
    types = insertBeforeClose(
      types,
      "Types",
      `<Override PartName="/${stylesPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
  }
  return { styles, rels, types };
}

const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The logo's drawing for one sheet (and the media part, once); returns the sheet's r:id for it. */
function addLogo(
  zip: Package,
  sheetPart: string,
  model: SheetModel,
  logo: Logo,
  n: number,
  setTypes: (t: string) => void,
  types: string,
): string {
  const dir = sheetPart.split("/").slice(0, -2).join("/");
  const media = `${dir}/media/infoscore-logo.${logo.ext}`;
  const drawing = `${dir}/drawings/infoscore-drawing${n}.xml`;
  zip.setBytes(media, logo.bytes);
  zip.set(drawing, logoDrawingXml(model));
  zip.set(
    relsPathOf(drawing),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/infoscore-logo.${logo.ext}"/></Relationships>`,
  );
  zip.set(
    relsPathOf(sheetPart),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/infoscore-drawing${n}.xml"/></Relationships>`,
  );
  let t = types.includes(`PartName="/${drawing}"`)
    ? types
    : insertBeforeClose(types, "Types", `<Override PartName="/${drawing}" ContentType="${DRAWING_CT}"/>`);
  const known = tags(t, "Default").some((d) => d.attrs.Extension?.toLowerCase() === logo.ext);
  if (!known) t = insertBeforeClose(t, "Types", `<Default Extension="${logo.ext}" ContentType="image/${logo.ext}"/>`);
  setTypes(t);
  return "rId1";
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Serial numbers of the 1904 date system are this many days smaller than the 1900 system's. */
const DAYS_1900_TO_1904 = 1462;

function randomRunId(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Drops the workbook-scoped run marker (a fresh one is added with this run's sheets). */
function removeRunMarker(workbook: string): string {
  const d = tags(workbook, "definedName").find((t) => t.attrs.name === RUN_MARKER && t.attrs.localSheetId === undefined);
  if (!d || d.tag.endsWith("/>")) return cut(workbook, d);
  const close = workbook.indexOf("</definedName>", d.index);
  return close < 0 ? workbook : workbook.slice(0, d.index) + workbook.slice(close + "</definedName>".length);
}
const quoteSheet = (name: string) => `'${escapeXml(name.replace(/'/g, "''"))}'`;

/** Drops names scoped to the removed sheet and renumbers the names of the sheets after it. */
function shiftLocalSheetIds(workbook: string, removed: number): string {
  return workbook.replace(/<definedName\b[^>]*>[^<]*<\/definedName>|<definedName\b[^>]*\/>/g, (whole) => {
    const id = attributes(whole.slice(0, whole.indexOf(">") + 1)).localSheetId;
    if (id === undefined) return whole;
    const n = Number(id);
    if (n === removed) return "";
    return n > removed ? whole.replace(/localSheetId="\d+"/, `localSheetId="${n - 1}"`) : whole;
  });
}

function fixActiveTab(workbook: string, sheetCount: number): string {
  return workbook.replace(/<workbookView\b[^>]*>/g, (tag) =>
    tag.replace(/(activeTab|firstSheet)="(\d+)"/g, (m, attr: string, v: string) => (Number(v) >= sheetCount ? `${attr}="0"` : m)),
  );
}

/** Adds defined names where the schema wants them: after sheets (and externalReferences). */
function addDefinedNames(workbook: string, names: string[]): string {
  if (names.length === 0) return workbook;
  if (workbook.includes("</definedNames>")) return insertBeforeClose(workbook, "definedNames", names.join(""));
  workbook = workbook.replace(/<definedNames\s*\/>/, "");
  const block = `<definedNames>${names.join("")}</definedNames>`;
  const after = workbook.includes("</externalReferences>")
    ? "</externalReferences>"
    : workbook.includes("</functionGroups>")
      ? "</functionGroups>"
      : "</sheets>";
  return workbook.replace(after, after + block);
}
