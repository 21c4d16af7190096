// Reads a whole input workbook: picks the sheets by name, streams their rows through the sheet
// readers and checks what must go together. Adapters feed rows (the xlsx package reader, Office API
// chunks, or a grid in tests); this module never sees a file.
import type { IssueLog } from "../issues.ts";
import { emptyInput } from "../model.ts";
import { DEFAULT_RULES } from "../rules/defaults.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { CellValue } from "../values.ts";
import { converterFor, type ReadTarget } from "./convert.ts";
import { SheetReader, type SheetStats } from "./sheetReader.ts";
import { findSheetSpec, SHEETS, type SheetKey } from "./specs.ts";

export interface ReadResult extends ReadTarget {
  stats: SheetStats[];
  /** Input sheets recognised, by key, with the name they have in the workbook. */
  found: Partial<Record<SheetKey, string>>;
}

/** Sheets read in this order, so that 计分规则 can be applied before the others are checked. */
export const READ_ORDER: SheetKey[] = ["rules", "templates", "units", "submissions", "staff", "staffEvents", "ratings"];

export class WorkbookReader {
  readonly result: ReadResult = { data: emptyInput(), overrides: [], templateRows: [], stats: [], found: {} };
  private readers = new Map<string, SheetReader>();

  constructor(private readonly issues: IssueLog, private readonly rules: RuleSet = DEFAULT_RULES) {}

  /** The reader for a sheet of this name, or undefined when it is not an input sheet. */
  sheet(sheetName: string): SheetReader | undefined {
    const spec = findSheetSpec(sheetName);
    if (!spec || this.result.found[spec.key]) return undefined; // the first sheet of a kind wins
    this.result.found[spec.key] = sheetName;
    const reader = new SheetReader(spec, sheetName, this.issues, converterFor(spec.key, this.result, this.issues, this.rules));
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
    if (!Object.keys(found).some((k) => k !== "rules" && k !== "templates")) {
      this.issues.error("sheetMissing", { sheet: SHEETS.submissions.name, cell: "" }, "INPUT", { expected: `${SHEETS.units.name}/${SHEETS.submissions.name}/${SHEETS.staff.name}`, alias: "Units/Submissions/Staff targets" });
    }
  }
}

/** A workbook already in memory as grids (tests, the add-in, small files). */
export interface GridWorkbook {
  sheets: Array<{ name: string; rows: CellValue[][] }>;
}

export function readGrids(workbook: GridWorkbook, issues: IssueLog, rules?: RuleSet): ReadResult {
  const reader = new WorkbookReader(issues, rules);
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
