// A fake Excel workbook for adapter tests. Objects the adapter reads (used ranges, value chunks,
// sheet names, marker names) are office-addin-mock objects behind a strict wrapper: reading a
// property before load() and context.sync() throws, instead of returning the mock's marker
// string. Writes are recorded per cell, so tests can compare what was written, and every
// sync measures the JSON payload of the request and of the response.
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, type CellValue } from "../../core/index.ts";

type Grid = CellValue[][];

/** Fails the test on a read before load or sync, where office-addin-mock returns a marker string. */
export function strict<T extends object>(mock: T, what: string): T {
  return new Proxy(mock, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value === "string" && value.startsWith("Error, ")) throw new Error(`${what}.${String(prop)} read too early: ${value}`);
      return value;
    },
  });
}

export function parseAddress(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (whole) return { r0: 0, c0: col(whole[1]), r1: 1_048_575, c1: col(whole[2]) };
  const [a, b = a] = address.split(":");
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { c: col(m[1]), r: Number(m[2]) - 1 };
  };
  const x = p(a);
  const y = p(b);
  return { r0: x.r, c0: x.c, r1: y.r, c1: y.c };
}

export interface CellRecord {
  value?: unknown;
  fontName?: string;
  numberFormat?: string;
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontal?: string;
  wrap?: boolean;
  border?: boolean;
}

export class FakeSheet {
  cells = new Map<string, CellRecord>();
  merges: string[] = [];
  widths = new Map<number, number>();
  frozenRows = 0;
  dataBars: string[] = [];
  pageBreaks: string[] = [];
  printTitleRows = "";
  names = new Map<string, string>();
  page: Record<string, unknown> = {};
  /** Pictures on the sheet (base64), as a user pasted them; and the ones the adapter placed. */
  images: string[] = [];
  placed: Array<{ image: string; top: number; height: number }> = [];
  deleted = false;

  constructor(readonly book: FakeExcel, public name: string, readonly grid: Grid = [], readonly recordFormats = true) {}

  cell(r: number, c: number): CellRecord {
    const key = `${columnLetter(c)}${r + 1}`;
    let rec = this.cells.get(key);
    if (!rec) this.cells.set(key, (rec = {}));
    return rec;
  }

  forEach(a: { r0: number; c0: number; r1: number; c1: number }, fn: (rec: CellRecord) => void): void {
    if (!this.recordFormats) return;
    if (a.r1 - a.r0 > 100_000) return; // whole columns: widths only
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) fn(this.cell(r, c));
  }

  /** The Excel.Range surface the adapter uses, over cells r0..r1, c0..c1. */
  range(a: { r0: number; c0: number; r1: number; c1: number }): Excel.Range {
    const sheet = this;
    const book = this.book;
    const font = {
      set name(v: string) { sheet.forEach(a, (x) => (x.fontName = v)); },
      set bold(v: boolean) { sheet.forEach(a, (x) => (x.bold = v)); },
      set size(v: number) { sheet.forEach(a, (x) => (x.size = v)); },
      set color(v: string) { sheet.forEach(a, (x) => (x.color = v)); },
    };
    const format = {
      font,
      fill: { set color(v: string) { sheet.forEach(a, (x) => (x.fill = v)); } },
      set verticalAlignment(_v: string) {},
      set horizontalAlignment(v: string) { sheet.forEach(a, (x) => (x.horizontal = v)); },
      set wrapText(v: boolean) { sheet.forEach(a, (x) => (x.wrap = v)); },
      set rowHeight(_v: number) {},
      set columnWidth(v: number) { for (let c = a.c0; c <= a.c1; c++) sheet.widths.set(c, v); },
      borders: { getItem: () => ({ set style(_v: string) { sheet.forEach(a, (x) => (x.border = true)); }, set color(_v: string) {} }) },
    };
    const target = {
      format,
      set values(v: unknown[][]) {
        book.requestBytes += JSON.stringify(v).length;
        v.forEach((row, i) => row.forEach((value, j) => (sheet.cell(a.r0 + i, a.c0 + j).value = value)));
      },
      set numberFormat(v: string[][]) {
        book.requestBytes += JSON.stringify(v).length;
        sheet.forEach(a, (x) => (x.numberFormat = v[0][0]));
      },
      merge: () => sheet.merges.push(`${columnLetter(a.c0)}${a.r0 + 1}:${columnLetter(a.c1)}${a.r1 + 1}`),
      conditionalFormats: { add: () => void sheet.dataBars.push(`${columnLetter(a.c0)}${a.r0 + 1}:${columnLetter(a.c1)}${a.r1 + 1}`) },
      select: () => {},
      load: () => {},
      top: a.r0 * 15,
    };
    return target as unknown as Excel.Range;
  }

  /** The Excel.Worksheet surface: reads through strict office-addin-mock objects. */
  api(): Excel.Worksheet {
    const sheet = this;
    const book = this.book;
    const rows = this.grid.length;
    const cols = Math.max(0, ...this.grid.map((r) => r.length));
    const seed = {
      name: this.name,
      getUsedRangeOrNullObject: () => book.track(new OfficeMockObject({ isNullObject: rows === 0, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols }), `${sheet.name}.usedRange`),
      getRangeByIndexes: (r: number, c: number, n: number, m: number) => {
        const values = sheet.grid.slice(r, r + n).map((row) => Array.from({ length: m }, (_, j) => row[c + j] ?? ""));
        const read = book.track(new OfficeMockObject({ values }), `${sheet.name}.range`);
        // Writes go to the recorder; reads come from the strict mock.
        const write = sheet.range({ r0: r, c0: c, r1: r + n - 1, c1: c + m - 1 });
        return new Proxy(read, {
          set: (_t, prop, value) => Reflect.set(write, prop, value),
          get: (t, prop, receiver) => (prop === "format" || prop === "merge" || prop === "conditionalFormats" ? Reflect.get(write, prop) : Reflect.get(t, prop, receiver)),
        });
      },
      getRange: (address: string) => sheet.range(parseAddress(address)),
      names: {
        getItemOrNullObject: (name: string) => book.track(new OfficeMockObject({ isNullObject: !sheet.names.has(name), name }), `${sheet.name}.names`),
        add: (name: string, ref: string) => void sheet.names.set(name, ref),
      },
      freezePanes: { freezeRows: (n: number) => void (sheet.frozenRows = n) },
      pageLayout: new Proxy(sheet.page, {
        get: (t, prop) => prop === "setPrintTitleRows" ? (v: string) => void (sheet.printTitleRows = v) : prop === "headersFooters" ? { defaultForAllPages: t } : Reflect.get(t, prop),
      }),
      horizontalPageBreaks: { add: (cell: string) => void sheet.pageBreaks.push(cell) },
      delete: () => {
        sheet.deleted = true;
        book.sheets = book.sheets.filter((s) => s !== sheet);
      },
      activate: () => {},
      shapes: {
        load: () => {},
        items: sheet.images.map((b64) => ({ type: "Image", getAsImage: () => book.clientResult(b64, `${sheet.name}.getAsImage`) })),
        addImage: (b64: string) => {
          const placed = { image: b64, top: 0, height: 0 };
          sheet.placed.push(placed);
          return placed;
        },
      },
    };
    return seed as unknown as Excel.Worksheet;
  }
}

/** The Excel enums and Excel.run the adapters use, over a fake workbook. */
export function installExcelGlobal(book: FakeExcel): void {
  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { dataBar: "DataBar" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    WorksheetPositionType: { end: "End" },
    ShapeType: { image: "Image" },
    PictureFormat: { png: "Png" },
    run: async <T>(cb: (context: Excel.RequestContext) => Promise<T>) => cb(book.context),
  };
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs = 0;
  requestBytes = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  private pending: Array<{ mock: OfficeMockObject; loaded: string[] }> = [];
  private itemsState: "unloaded" | "loaded" | "synced" = "unloaded";

  constructor(private readonly recordFormats = true) {}

  addSheet(name: string, grid: Grid = []): FakeSheet {
    const s = new FakeSheet(this, name, grid, this.recordFormats);
    this.sheets.push(s);
    return s;
  }

  /** A ClientResult: its value exists only after the next sync (no load needed). */
  clientResult<T>(value: T, what: string): { value: T } {
    const book = this;
    const at = this.syncs;
    return {
      get value() {
        if (book.syncs === at) throw new Error(`${what}.value read before sync`);
        return value;
      },
    };
  }

  track(mock: OfficeMockObject, what: string): OfficeMockObject {
    const entry = { mock, loaded: [] as string[] };
    const load = mock.load.bind(mock);
    // Office.js answers isNullObject with any load; the mock needs it named.
    const withNull = (p: string) => ("isNullObject" in (mock as object) ? `${p},isNullObject` : p);
    (mock as unknown as { load: (p: string) => unknown }).load = (p: string) => {
      entry.loaded.push(...p.split(",").map((s) => s.trim()));
      return load(withNull(p));
    };
    this.pending.push(entry);
    return strict(mock, what);
  }

  get context(): Excel.RequestContext {
    const book = this;
    const worksheets = {
      load: () => void (book.itemsState = "loaded"),
      get items() {
        if (book.itemsState !== "synced") throw new Error("worksheets.items read before load and sync");
        return book.sheets.map((s) => s.api());
      },
      add: (name: string) => {
        if (book.sheets.some((s) => s.name === name)) throw new Error(`A resource with the same name or identifier already exists: ${name}`);
        return book.addSheet(name).api();
      },
      getItemOrNullObject: (name: string) => book.sheets.find((s) => s.name === name)?.api() ?? { isNullObject: true },
    };
    return {
      workbook: { worksheets },
      application: { suspendApiCalculationUntilNextSync: () => {} },
      sync: async () => {
        book.syncs++;
        if (book.itemsState === "loaded") book.itemsState = "synced";
        let response = 0;
        for (const { mock, loaded } of book.pending.splice(0)) {
          await mock.sync();
          for (const p of loaded) response += JSON.stringify((mock as unknown as Record<string, unknown>)[p] ?? null).length;
        }
        book.maxResponseBytes = Math.max(book.maxResponseBytes, response);
        book.maxRequestBytes = Math.max(book.maxRequestBytes, book.requestBytes);
        book.requestBytes = 0;
      },
    } as unknown as Excel.RequestContext;
  }
}
