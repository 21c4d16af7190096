// Reads a whole input workbook: picks the sheets by name, streams their rows through the sheet
// readers and checks what must go together. Adapters feed rows (the xlsx package reader, Office API
// chunks, or a grid in tests); this module never sees a file.
import type { IssueLog } from "../issues.ts";
import { emptyInput } from "../model.ts";
import { DEFAULT_RULES } from "../rules/defaults.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { CellValue } from "../values.ts";
import { converterFor, type CellContext, type ReadTarget } from "./convert.ts";
import { SheetReader, type SheetStats } from "./sheetReader.ts";
import { findSheetSpec, SHEETS, type SheetKey } from "./specs.ts";

export interface ReadResult extends ReadTarget {
  stats: SheetStats[];
  /** Input sheets recognised, by key, with the name they have in the workbook. */
  found: Partial<Record<SheetKey, string>>;
}

/** Sheets read in this order, so that 计分规则 can be applied before the others are checked. */
export const READ_ORDER: SheetKey[] = ["rules", "templates", "units", "submissions", "staff", "actuals", "staffEvents", "ratings"];

/** How to read: the rule set (for 项目 names), the workbook's date system, the period's year. */
export interface ReadOptions {
  rules?: RuleSet;
  /** The workbook counts dates from 1904 (old Mac Excel): General-format serials are read so. */
  date1904?: boolean;
  /** The year a date written without one (3.12, 3月12日) probably has: the period's, for suggestions. */
  year?: number;
}

export class WorkbookReader {
  readonly result: ReadResult = { data: emptyInput(), overrides: [], templateRows: [], stats: [], found: {} };
  private readers = new Map<string, SheetReader>();

  private readonly rules: RuleSet;
  private readonly cells: CellContext;

  constructor(private readonly issues: IssueLog, options: ReadOptions = {}) {
    this.rules = options.rules ?? DEFAULT_RULES;
    this.cells = { date1904: options.date1904 ?? false, year: options.year };
  }

  /** The reader for a sheet of this name, or undefined when it is not an input sheet. */
  sheet(sheetName: string): SheetReader | undefined {
    const spec = findSheetSpec(sheetName);
    if (!spec || this.result.found[spec.key]) return undefined; // the first sheet of a kind wins
    this.result.found[spec.key] = sheetName;
    const reader = new SheetReader(spec, sheetName, this.issues, converterFor(spec.key, this.result, this.issues, this.rules, this.cells));
    this.readers.set(sheetName, reader);
    return reader;
  }

  finish(): ReadResult {
    for (const reader of this.readers.values()) {
      reader.finish();
      this.result.stats.push(reader.stats);
    }
    this.checkPairs();
    return this.result;
  }

  /** A sheet that needs another one: the log needs the roster, staff rows need 业务指标. */
  private checkPairs(): void {
    const found = this.result.found;
    const need = (present: SheetKey, required: SheetKey) => {
      if (found[present] && !found[required]) {
        this.issues.error("sheetMissing", { sheet: SHEETS[required].name, cell: "" }, "INPUT", { expected: SHEETS[required].name, alias: SHEETS[required].aliases[0] });
      }
    };
    need("submissions", "units");
    need("staffEvents", "staff");
    need("ratings", "staff");
    need("actuals", "staff");
    if (!Object.keys(found).some((k) => k !== "rules" && k !== "templates")) {
      this.issues.error("sheetMissing", { sheet: SHEETS.submissions.name, cell: "" }, "INPUT", { expected: `${SHEETS.units.name}/${SHEETS.submissions.name}/${SHEETS.staff.name}`, alias: "Units/Submissions/Staff targets" });
    }
  }
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
