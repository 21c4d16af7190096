// Reads a whole input workbook: picks the sheets by name, streams their rows through the sheet
// readers and checks what must go together. Adapters feed rows (the xlsx package reader, Office API
// chunks, or a grid in tests); this module never sees a file.
import { IssueLog } from "../issues.ts";
import type { Scheme } from "../marks.ts";
import { applyOverrides, type RuleOverride } from "../rules/overrides.ts";
import { schemeOf } from "../rules/scheme.ts";
import { emptyInput } from "../records.ts";
import { DEFAULT_RULES } from "../rules/defaults.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { CellValue } from "../values.ts";
import { converterFor, type CellContext, type ReadTarget } from "./convert.ts";
import { SheetReader, type SheetStats } from "./sheetReader.ts";
import { resembles } from "./sheetMatch.ts";
import { findSheetSpec, isLogPart, SHEETS, submissionsSpec, type SheetKey } from "./specs.ts";

export interface ReadResult extends ReadTarget {
  stats: SheetStats[];
  /** Input sheets recognised, by key, with the name they have in the workbook. */
  found: Partial<Record<SheetKey, string>>;
}

/** Sheets read in this order, so that 计分规则 can be applied before the others are checked. */
const READ_ORDER: SheetKey[] = ["rules", "templates", "units", "submissions", "staff", "actuals", "staffEvents", "ratings"];

/** How to read: the rule set (for 项目 names), the workbook's date system, the period's year. */
export interface ReadOptions {
  rules?: RuleSet;
  /** The workbook counts dates from 1904 (old Mac Excel): General-format serials are read so. */
  date1904?: boolean;
  /** The year a date written without one (3.12, 3月12日) probably has: the period's, for suggestions. */
  year?: number;
  /** Overrides from outside the workbook (a rules file): with the 计分规则 sheet they make the scheme whose columns the log has. */
  overrides?: RuleOverride[];
}

export class WorkbookReader {
  readonly result: ReadResult = { data: emptyInput(), overrides: [], templateRows: [], stats: [], found: {} };
  private readers = new Map<string, SheetReader>();
  /** Every sheet named as an input sheet, by kind: two of one kind are settled in finish(). */
  private readonly byKey = new Map<SheetKey, SheetReader[]>();
  /** Sheets that are no input sheet, for suggestions when one is missing. */
  private readonly others: string[] = [];

  private readonly rules: RuleSet;
  private readonly cells: CellContext;
  private readonly external: RuleOverride[];

  constructor(
    private readonly issues: IssueLog,
    options: ReadOptions = {},
  ) {
    this.rules = options.rules ?? DEFAULT_RULES;
    this.cells = { date1904: options.date1904 ?? false, year: options.year };
    this.external = options.overrides ?? [];
  }

  /**
   * The scheme the log is read with: the rules as the calculation will apply them (the 计分规则
   * sheet is read first; a rules file wins). Its problems are reported there, not twice here.
   */
  private scheme(): Scheme {
    const quiet = new IssueLog(this.issues.lang);
    return schemeOf(applyOverrides([...this.result.overrides, ...this.external], quiet, this.rules));
  }

  /**
   * The reader for a sheet of this name, or undefined when it is not an input sheet. Adapters
   * call this for every sheet of the workbook. A second sheet of one kind (信息报送 beside
   * Submissions) is read too, so that finish() can tell which of them holds the data; the log's
   * sheets per month or number (信息报送1月, 信息报送(2)) are all read, as one log.
   */
  sheet(sheetName: string): SheetReader | undefined {
    const spec = findSheetSpec(sheetName);
    if (!spec) {
      this.others.push(sheetName);
      return undefined;
    }
    this.result.found[spec.key] ??= sheetName;
    const scheme = this.scheme();
    const sheetSpec = spec.key === "submissions" ? submissionsSpec(scheme) : spec;
    const convert = converterFor(spec.key, this.result, this.issues, { rules: this.rules, scheme }, this.cells);
    const reader = new SheetReader(sheetSpec, sheetName, this.issues, convert);
    this.readers.set(sheetName, reader);
    this.byKey.set(spec.key, [...(this.byKey.get(spec.key) ?? []), reader]);
    return reader;
  }

  finish(): ReadResult {
    for (const reader of this.readers.values()) reader.finish();
    const twice = this.settleDoubles();
    for (const reader of this.readers.values()) this.result.stats.push(reader.stats);
    this.suggestLookAlikes();
    this.checkPairs(twice);
    return this.result;
  }

  /**
   * Two sheets of one kind: when only one has rows it is read (a warning names both); when both
   * have rows neither is read (an error names both), as either choice could be the wrong one.
   */
  private settleDoubles(): Set<SheetKey> {
    const unread = new Set<SheetKey>();
    for (const [key, all] of this.byKey) {
      // The log's monthly or numbered sheets are parts of one log, read together.
      const readers = key === "submissions" ? all.filter((r) => !isLogPart(r.stats.sheet)) : all;
      if (readers.length < 2) continue;
      const withRows = readers.filter((r) => r.stats.read > 0);
      const [first, second] = withRows.length >= 2 ? withRows : readers;
      const where = { sheet: first.stats.sheet, cell: "" };
      const names = { first: first.stats.sheet, second: second.stats.sheet, expected: SHEETS[key].name };
      if (withRows.length >= 2) {
        for (const r of readers) this.forget(r);
        clearKind(this.result, key);
        delete this.result.found[key];
        unread.add(key);
        this.issues.error("sheetTwice", where, "INPUT", names);
        continue;
      }
      const kept = withRows[0] ?? readers[0];
      for (const r of readers) if (r !== kept) this.forget(r);
      this.result.found[key] = kept.stats.sheet;
      const empty = readers.find((r) => r !== kept)!.stats.sheet;
      this.issues.warn("sheetTwiceReadOne", where, "INPUT", { ...names, used: kept.stats.sheet, empty });
    }
    return unread;
  }

  /** A sheet not read after all: its rows' issues and counts are dropped. */
  private forget(reader: SheetReader): void {
    this.readers.delete(reader.stats.sheet);
    this.issues.discardSheet(reader.stats.sheet);
  }

  /** An input sheet not found while a sheet of a similar name exists: an error that names it. */
  private suggestLookAlikes(): void {
    for (const spec of Object.values(SHEETS)) {
      if (this.result.found[spec.key] || this.byKey.has(spec.key)) continue;
      const like = this.others.find((name) => resembles(name, spec));
      if (like) this.issues.error("sheetLooksLike", { sheet: like, cell: "" }, "INPUT", { expected: spec.name, found: like });
    }
  }

  /** A sheet that needs another one: the log needs the roster, staff rows need 业务指标. */
  private checkPairs(reported: Set<SheetKey>): void {
    const found = this.result.found;
    const lookAlike = (key: SheetKey) => this.others.some((name) => resembles(name, SHEETS[key]));
    const need = (present: SheetKey, required: SheetKey) => {
      if (found[present] && !found[required] && !reported.has(required) && !lookAlike(required)) {
        this.issues.error("sheetMissing", { sheet: SHEETS[required].name, cell: "" }, "INPUT", {
          expected: SHEETS[required].name,
          alias: SHEETS[required].aliases[0],
        });
      }
    };
    need("submissions", "units");
    need("staffEvents", "staff");
    need("ratings", "staff");
    need("actuals", "staff");
    const suggested = reported.size > 0 || (["units", "submissions", "staff"] as const).some(lookAlike);
    if (!suggested && !Object.keys(found).some((k) => k !== "rules" && k !== "templates")) {
      this.issues.error("sheetMissing", { sheet: SHEETS.submissions.name, cell: "" }, "INPUT", {
        expected: `${SHEETS.units.name}/${SHEETS.submissions.name}/${SHEETS.staff.name}`,
        alias: "Units/Submissions/Staff targets",
      });
    }
  }
}

/** Drops what a sheet kind's readers put in the result (when neither of two sheets is read). */
function clearKind(result: ReadResult, key: SheetKey): void {
  const data = result.data;
  if (key === "rules") result.overrides.length = 0;
  else if (key === "templates") result.templateRows.length = 0;
  else if (key === "actuals") delete data.staffActuals;
  else data[key].length = 0;
}

/** A workbook already in memory as grids (tests, the add-in, small files). */
export interface GridWorkbook {
  sheets: Array<{ name: string; rows: CellValue[][] }>;
}

export function readGrids(workbook: GridWorkbook, issues: IssueLog, options?: ReadOptions): ReadResult {
  const reader = new WorkbookReader(issues, options);
  const ordered = [...workbook.sheets].sort((a, b) => orderOf(a.name) - orderOf(b.name));
  for (const sheet of ordered) {
    const r = reader.sheet(sheet.name);
    sheet.rows.forEach((values, i) => r?.push(i + 1, values ?? []));
  }
  return reader.finish();
}

export function orderOf(sheetName: string): number {
  const spec = findSheetSpec(sheetName);
  return spec ? READ_ORDER.indexOf(spec.key) : READ_ORDER.length;
}

/**
 * Read counts that are true after the calculation (D4): a row with an error anywhere — in the
 * reader, or later (an unknown unit, a duplicate 编号, a date after the as-of date) — is 未计入.
 * 读取 = 计入 + 未计入 always holds.
 */
export function readStats(read: ReadResult, issues: IssueLog): SheetStats[] {
  return read.stats.map((s) => {
    const rejected = Math.min(s.read, Math.max(s.rejected, issues.rowsWithErrors(s.sheet)));
    return { sheet: s.sheet, read: s.read, used: s.read - rejected, rejected };
  });
}
