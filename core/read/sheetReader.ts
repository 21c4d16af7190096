// Reads one input sheet row by row, so a million-row log can stream through without a grid in
// memory: finds the header (below banners or merged titles), maps columns by name in any order,
// skips blank rows and hands each data row to the sheet's converter.
import type { IssueLog } from "../issues.ts";
import { listOf } from "../text.ts";
import type { SourceRef } from "../records.ts";
import { columnLetter, isBlank, type CellValue } from "../values.ts";
import { normaliseName, type SheetSpec } from "./specs.ts";

/** How many rows above the header may hold titles, notes or banners. */
const HEADER_SEARCH_ROWS = 30;

/** A data row with its cells addressed by field name. */
export class RowView {
  constructor(
    private readonly values: readonly CellValue[],
    private readonly indexOf: ReadonlyMap<string, number>,
    readonly source: SourceRef,
    /** The contract's (Chinese) name of each field's column, for messages. */
    private readonly labels: ReadonlyMap<string, string> = new Map(),
  ) {}
  label(field: string): string {
    return this.labels.get(field) ?? field;
  }
  get(field: string): CellValue {
    const i = this.indexOf.get(field);
    return i === undefined ? undefined : this.values[i];
  }
  has(field: string): boolean {
    return this.indexOf.has(field);
  }
  where(field: string): { sheet: string; cell: string; row: number } {
    const column = this.source.columns[field];
    return { sheet: this.source.sheet, cell: column ? `${column}${this.source.row}` : String(this.source.row), row: this.source.row };
  }
}

export interface SheetStats {
  sheet: string;
  /** Non-blank data rows seen. */
  read: number;
  /** Rows turned into records (some may still carry warnings). */
  used: number;
  /** Rows left out, each with at least one error issue. */
  rejected: number;
}

/** Converts one row; returns false when the row was left out (after reporting why). */
export type RowConverter = (row: RowView) => boolean;

export class SheetReader {
  private pending: Array<{ rowNumber: number; values: CellValue[] }> = [];
  private indexOf: Map<string, number> | undefined;
  private columns: Record<string, string> = {};
  private readonly labels: ReadonlyMap<string, string>;
  readonly stats: SheetStats;

  constructor(
    private readonly spec: SheetSpec,
    private readonly sheetName: string,
    private readonly issues: IssueLog,
    private readonly convert: RowConverter,
  ) {
    this.stats = { sheet: sheetName, read: 0, used: 0, rejected: 0 };
    this.labels = new Map(spec.columns.map((c) => [c.field, c.names[0]]));
  }

  /** Feeds one row: 1-based row number and cell values from column A. */
  push(rowNumber: number, values: CellValue[]): void {
    if (this.skipped) return;
    if (this.indexOf) return this.data(rowNumber, values);
    if (this.tryHeader(values)) return;
    this.pending.push({ rowNumber, values });
    if (this.pending.length >= HEADER_SEARCH_ROWS) this.giveUp();
  }

  finish(): void {
    if (!this.indexOf) this.giveUp();
  }

  /** Set when no header was found: the sheet cannot be read, which was reported once. */
  private skipped = false;

  private requiredNames(): string {
    const names = this.spec.columns.filter((c) => c.required).map((c) => c.names[0]);
    return listOf(this.issues.lang, names);
  }

  private matchHeader(values: readonly CellValue[]): Map<string, number> {
    const found = new Map<string, number>();
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const n = normaliseName(v);
      if (!n) return;
      const spec = this.spec.columns.find((c) => !found.has(c.field) && c.names.some((name) => normaliseName(name) === n));
      if (spec) found.set(spec.field, i);
    });
    return found;
  }

  private tryHeader(values: readonly CellValue[]): boolean {
    const found = this.matchHeader(values);
    if (!this.spec.columns.every((c) => !c.required || found.has(c.field))) return false;
    this.indexOf = found;
    for (const [field, i] of found) this.columns[field] = columnLetter(i);
    this.pending = [];
    return true;
  }

  /** No row had every required column: name the missing ones on the closest candidate. */
  private giveUp(): void {
    if (this.skipped) return;
    this.skipped = true;
    let best = { rowNumber: 0, found: new Map<string, number>() };
    for (const p of this.pending) {
      const found = this.matchHeader(p.values);
      if (found.size > best.found.size) best = { rowNumber: p.rowNumber, found };
    }
    if (best.found.size === 0) {
      this.issues.error("headerMissing", { sheet: this.sheetName, cell: "" }, "INPUT", { columns: this.requiredNames() });
    } else {
      for (const c of this.spec.columns.filter((c) => c.required && !best.found.has(c.field))) {
        this.issues.error("columnMissing", { sheet: this.sheetName, cell: `A${best.rowNumber}` }, "INPUT", { column: c.names[0] });
      }
    }
    this.pending = [];
  }

  private data(rowNumber: number, values: CellValue[]): void {
    if (values.every(isBlank)) return;
    this.stats.read++;
    const view = new RowView(values, this.indexOf!, { sheet: this.sheetName, row: rowNumber, columns: this.columns }, this.labels);
    if (this.convert(view)) this.stats.used++;
    else this.stats.rejected++;
  }
}
