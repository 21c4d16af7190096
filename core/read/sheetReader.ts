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

/** Where a header row put each field, and the cells naming a field already placed (a second 区采用). */
interface HeaderMatch {
  found: Map<string, number>;
  twice: Array<{ field: string; index: number }>;
}

export class SheetReader {
  private pending: Array<{ rowNumber: number; values: CellValue[]; uncalculated?: readonly number[] }> = [];
  private indexOf: Map<string, number> | undefined;
  private columns: Record<string, string> = {};
  /** The header's last row: rows at or above it are titles, wherever the XML puts them. */
  private headerRow = 0;
  /** The row right below a one-row header may hold the names under a merged group label. */
  private secondRowOpen = false;
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

  /**
   * Feeds one row: 1-based row number and cell values from column A; `uncalculated` are the
   * (0-based) columns holding a formula whose result the file does not store.
   */
  push(rowNumber: number, values: CellValue[], uncalculated?: readonly number[]): void {
    if (this.skipped) return;
    if (this.indexOf) return this.afterHeader(rowNumber, values, uncalculated);
    const previous = this.pending[this.pending.length - 1];
    if (this.tryHeader(rowNumber, values, previous)) return;
    this.pending.push({ rowNumber, values, uncalculated });
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

  private fieldOf(value: CellValue): string | undefined {
    if (typeof value !== "string") return undefined;
    const n = normaliseName(value);
    if (!n) return undefined;
    return this.spec.columns.find((c) => c.names.some((name) => normaliseName(name) === n))?.field;
  }

  private matchHeader(values: readonly CellValue[]): HeaderMatch {
    const found = new Map<string, number>();
    const twice: HeaderMatch["twice"] = [];
    values.forEach((v, i) => {
      const field = this.fieldOf(v);
      if (field === undefined) return;
      if (found.has(field)) twice.push({ field, index: i });
      else found.set(field, i);
    });
    return { found, twice };
  }

  private complete(found: ReadonlyMap<string, number>): boolean {
    return this.spec.columns.every((c) => !c.required || found.has(c.field));
  }

  /**
   * A header of one row, or of two: names under a merged group label (采用情况 over 区采用 …),
   * with the other names in the row above (merged down, so blank in the lower row).
   */
  private tryHeader(rowNumber: number, values: readonly CellValue[], previous?: { rowNumber: number; values: CellValue[] }): boolean {
    const lower = this.matchHeader(values);
    if (this.complete(lower.found)) {
      this.accept(rowNumber, lower, values);
      this.secondRowOpen = true;
      return true;
    }
    if (!previous || lower.found.size === 0) return false;
    const upper = this.matchHeader(previous.values);
    const merged = mergeRows(upper, lower);
    if (upper.found.size === 0 || !this.complete(merged.found)) return false;
    this.accept(rowNumber, merged, values, previous.values);
    return true;
  }

  private accept(rowNumber: number, match: HeaderMatch, ...rows: Array<readonly CellValue[]>): void {
    this.indexOf = match.found;
    this.headerRow = rowNumber;
    for (const [field, i] of match.found) this.columns[field] = columnLetter(i);
    this.reportHeaderCells(match, rows);
    // Rows the XML wrote before the header row but that stand below it are data too.
    const later = this.pending.filter((p) => p.rowNumber > rowNumber).sort((a, b) => a.rowNumber - b.rowNumber);
    this.pending = [];
    for (const p of later) this.afterHeader(p.rowNumber, p.values, p.uncalculated);
  }

  /** The row under a one-row header: more names (a two-row header) or the first data row. */
  private afterHeader(rowNumber: number, values: CellValue[], uncalculated?: readonly number[]): void {
    if (rowNumber <= this.headerRow) return;
    if (this.secondRowOpen) {
      this.secondRowOpen = false;
      if (rowNumber === this.headerRow + 1 && this.trySecondRow(rowNumber, values)) return;
    }
    this.data(rowNumber, values, uncalculated);
  }

  /** Names of columns not yet placed, with the required columns' cells blank below their merged names. */
  private trySecondRow(rowNumber: number, values: readonly CellValue[]): boolean {
    const lower = this.matchHeader(values);
    const added = [...lower.found].filter(([field]) => !this.indexOf!.has(field));
    if (added.length === 0) return false;
    const required = this.spec.columns.filter((c) => c.required).map((c) => this.indexOf!.get(c.field)!);
    if (!required.every((i) => isBlank(values[i]) || this.fieldOf(values[i]) !== undefined)) return false;
    const merged = mergeRows({ found: this.indexOf!, twice: [] }, lower);
    this.indexOf = merged.found;
    this.headerRow = rowNumber;
    for (const [field, i] of merged.found) this.columns[field] = columnLetter(i);
    this.reportHeaderCells({ found: merged.found, twice: lower.twice }, [values]);
    return true;
  }

  /** A column named twice, and a header cell that is almost a column's name: warnings naming them. */
  private reportHeaderCells(match: HeaderMatch, rows: ReadonlyArray<readonly CellValue[]>): void {
    for (const { field, index } of match.twice) {
      const column = this.labels.get(field) ?? field;
      this.issues.warn("columnTwice", { sheet: this.sheetName, cell: `${columnLetter(index)}${this.headerRow}` }, "INPUT", {
        column,
        used: columnLetter(match.found.get(field)!),
      });
    }
    const missing = this.spec.columns.filter((c) => !match.found.has(c.field));
    for (const cells of rows) {
      cells.forEach((v, i) => {
        if (typeof v !== "string" || this.fieldOf(v) !== undefined || [...match.found.values()].includes(i)) return;
        const like = missing.find((c) => c.names.some((name) => nearName(normaliseName(v), normaliseName(name))));
        if (!like) return;
        this.issues.warn("columnNotPlaced", { sheet: this.sheetName, cell: `${columnLetter(i)}${this.headerRow}` }, "INPUT", {
          value: v.trim().slice(0, 40),
          column: like.names[0],
        });
      });
    }
  }

  /** No row had every required column: name the missing ones on the closest candidate. */
  private giveUp(): void {
    if (this.skipped) return;
    this.skipped = true;
    let best = { rowNumber: 0, found: new Map<string, number>() };
    for (const p of this.pending) {
      const { found } = this.matchHeader(p.values);
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

  private data(rowNumber: number, values: CellValue[], uncalculated?: readonly number[]): void {
    // Formulas without a result in columns InfoScore reads: their values are unknown, not blank.
    const unknown = uncalculated?.length ? [...this.indexOf!].filter(([, i]) => uncalculated.includes(i)) : [];
    if (unknown.length === 0 && values.every(isBlank)) return;
    this.stats.read++;
    if (unknown.length) {
      for (const [field, i] of unknown) {
        const where = { sheet: this.sheetName, cell: `${columnLetter(i)}${rowNumber}`, row: rowNumber };
        this.issues.error("formulaNotCalculated", where, "INPUT", { column: this.labels.get(field) ?? field });
      }
      this.stats.rejected++;
      return;
    }
    const view = new RowView(values, this.indexOf!, { sheet: this.sheetName, row: rowNumber, columns: this.columns }, this.labels);
    if (this.convert(view)) this.stats.used++;
    else this.stats.rejected++;
  }
}

/** Two header rows as one: the lower row's names win; an upper name over a cell the lower row uses is dropped. */
function mergeRows(upper: HeaderMatch, lower: HeaderMatch): HeaderMatch {
  const found = new Map(lower.found);
  const used = new Set(lower.found.values());
  for (const [field, i] of upper.found) if (!found.has(field) && !used.has(i)) found.set(field, i);
  return { found, twice: [...upper.twice, ...lower.twice] };
}

/** A header cell one character off a column name, or holding it with a word more (区级采用, 报送日期时间). */
function nearName(cell: string, name: string): boolean {
  if (!cell || name.length < 3 || cell.length > name.length + 4) return false;
  if (/\p{Script=Han}/u.test(name) && cell.includes(name)) return true;
  if (Math.abs(cell.length - name.length) > 1) return false;
  let i = 0;
  while (i < cell.length && cell[i] === name[i]) i++;
  let j = 0;
  while (j < cell.length - i && cell[cell.length - 1 - j] === name[name.length - 1 - j]) j++;
  return cell.length - i - j <= 1 && name.length - i - j <= 1;
}
