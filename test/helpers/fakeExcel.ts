// A fake Excel workbook for adapter tests, stricter than office-addin-mock alone. It rejects
// what Excel rejects: sheet names over 31 characters or with []:*?/\, names that clash ignoring
// case, arrays whose shape differs from their range, reads before load and sync, deleting the
// last sheet. Every change is queued and applied at context.sync(), in order, as Excel does; a
// sync can be told to fail (fault injection: nothing of that request is applied). Each
// Excel.run gets its own context. Every sync measures its request in UTF-8 bytes and counts
// its pictures, and notes whether calculation was suspended for its writes; a request or an
// answer over 5 MB is refused with Excel on the web's error codes. Strings written to
// cells not formatted as Text are retyped the way Excel does ("001" → 1, "2026-03" → a date).
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, type CellValue } from "../../core/index.ts";

type Grid = CellValue[][];
type Area = { r0: number; c0: number; r1: number; c1: number };

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

export function parseAddress(address: string): Area {
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

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const utf8 = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? "null", "utf8");

/** Excel's rules for a sheet name; throws Excel's kind of error. */
export function checkSheetName(name: string, others: string[]): void {
  if (!name || name.length > 31) throw new Error(`InvalidArgument: sheet name must be 1 to 31 characters: ${name} (${name.length})`);
  if (/[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history")
    throw new Error(`InvalidArgument: sheet name not allowed: ${name}`);
  if (others.some((o) => o.toLowerCase() === name.toLowerCase()))
    throw new Error(`ItemAlreadyExists: A resource with the same name or identifier already exists: ${name}`);
}

/** Excel's retyping of a string typed into a General cell. */
function retype(value: unknown, format: string | undefined): unknown {
  if (typeof value !== "string" || format === "@") return value;
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  const ym = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value.trim());
  if (ym) return Date.UTC(Number(ym[1]), Number(ym[2]) - 1, Number(ym[3] ?? 1)) / 86_400_000 + 25_569;
  return value;
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{00000000-0000-0000-0000-${String(nextId++).padStart(12, "0")}}`;
  cells = new Map<string, CellRecord>();
  merges: string[] = [];
  widths = new Map<number, number>();
  frozenRows = 0;
  dataBars: string[] = [];
  pageBreaks: string[] = [];
  printTitleRows = "";
  /** Sheet-scoped defined names: name → formula. */
  names = new Map<string, string>();
  page: Record<string, unknown> = {};
  /** Pictures on the sheet (base64), as a user pasted them; and the ones the adapter placed. */
  images: string[] = [];
  placed: Array<{ image: string; top: number; height: number }> = [];
  deleted = false;
  /** Number formats of the grid's cells (what a read of numberFormat returns); General when unset. */
  formats: string[][] = [];

  constructor(
    readonly book: FakeExcel,
    public name: string,
    readonly grid: Grid = [],
    readonly recordFormats = true,
  ) {}

  cell(r: number, c: number): CellRecord {
    const key = `${columnLetter(c)}${r + 1}`;
    let rec = this.cells.get(key);
    if (!rec) this.cells.set(key, (rec = {}));
    return rec;
  }

  forEach(a: Area, fn: (rec: CellRecord) => void): void {
    if (!this.recordFormats) return;
    if (a.r1 - a.r0 > 100_000) return; // whole columns: widths only
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) fn(this.cell(r, c));
  }

  /** The Excel.Range surface the adapter uses, over cells r0..r1, c0..c1; every change queued. */
  range(ctx: FakeContext, a: Area): Excel.Range {
    const sheet = this;
    const q = (fn: () => void) => ctx.queue(fn);
    const each = (fn: (x: CellRecord) => void) => q(() => sheet.forEach(a, fn));
    const rows = a.r1 - a.r0 + 1;
    const cols = a.c1 - a.c0 + 1;
    const shaped = (what: string, v: unknown[][]) => {
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new Error(
          `InvalidArgument: ${what} is ${Array.isArray(v) ? `${v.length}×${(v[0] as unknown[])?.length}` : typeof v}, range is ${rows}×${cols}`,
        );
      }
    };
    const font = {
      set name(v: string) {
        each((x) => (x.fontName = v));
      },
      set bold(v: boolean) {
        each((x) => (x.bold = v));
      },
      set size(v: number) {
        each((x) => (x.size = v));
      },
      set color(v: string) {
        each((x) => (x.color = v));
      },
    };
    const format = {
      font,
      fill: {
        set color(v: string) {
          each((x) => (x.fill = v));
        },
      },
      set verticalAlignment(_v: string) {},
      set horizontalAlignment(v: string) {
        each((x) => (x.horizontal = v));
      },
      set wrapText(v: boolean) {
        each((x) => (x.wrap = v));
      },
      set rowHeight(_v: number) {},
      set columnWidth(v: number) {
        q(() => {
          for (let c = a.c0; c <= a.c1; c++) sheet.widths.set(c, v);
        });
      },
      borders: {
        getItem: () => ({
          set style(_v: string) {
            each((x) => (x.border = true));
          },
          set color(_v: string) {},
        }),
      },
    };
    return {
      format,
      set values(v: unknown[][]) {
        shaped("values", v);
        ctx.write(utf8(v));
        q(() =>
          v.forEach((row, i) =>
            row.forEach((value, j) => {
              const cell = sheet.cell(a.r0 + i, a.c0 + j);
              cell.value = retype(value, cell.numberFormat);
            }),
          ),
        );
      },
      set numberFormat(v: string[][] | string) {
        if (typeof v !== "string") shaped("numberFormat", v);
        ctx.write(utf8(v));
        if (typeof v === "string") each((x) => (x.numberFormat = v));
        else q(() => v.forEach((row, i) => row.forEach((f, j) => (sheet.cell(a.r0 + i, a.c0 + j).numberFormat = f))));
      },
      merge: () => q(() => sheet.merges.push(`${columnLetter(a.c0)}${a.r0 + 1}:${columnLetter(a.c1)}${a.r1 + 1}`)),
      conditionalFormats: {
        add: () => void q(() => sheet.dataBars.push(`${columnLetter(a.c0)}${a.r0 + 1}:${columnLetter(a.c1)}${a.r1 + 1}`)),
      },
      select: () => {},
      load: () => {},
      top: a.r0 * 15,
    } as unknown as Excel.Range;
  }

  /** The Excel.Worksheet surface in one context; name and id readable once loaded and synced. */
  api(ctx: FakeContext, loaded = false): Excel.Worksheet {
    const sheet = this;
    const book = this.book;
    const rows = this.grid.length;
    const cols = Math.max(0, ...this.grid.map((r) => r.length));
    let loadedAt = loaded ? -1 : Infinity;
    const known = (what: string) => {
      if (ctx.syncs <= loadedAt && !loaded) throw new Error(`worksheet.${what} read before load and sync`);
    };
    const seed = {
      get name() {
        known("name");
        return sheet.name;
      },
      set name(v: string) {
        ctx.write(utf8(v));
        ctx.queue(() => {
          checkSheetName(
            v,
            book.sheets.filter((s) => s !== sheet).map((s) => s.name),
          );
          sheet.name = v;
        });
      },
      get id() {
        known("id");
        return sheet.id;
      },
      load: () => void (loadedAt = ctx.syncs),
      getUsedRangeOrNullObject: () =>
        ctx.track(
          new OfficeMockObject({ isNullObject: rows === 0, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols }),
          `${sheet.name}.usedRange`,
        ),
      getRangeByIndexes: (r: number, c: number, n: number, m: number) => {
        const values = sheet.grid.slice(r, r + n).map((row) => Array.from({ length: m }, (_, j) => row[c + j] ?? ""));
        const numberFormat = Array.from({ length: values.length }, (_, i) =>
          Array.from({ length: m }, (_, j) => sheet.formats[r + i]?.[c + j] ?? "General"),
        );
        const read = ctx.track(new OfficeMockObject({ values, numberFormat }), `${sheet.name}.range`);
        // Writes go to the recorder; reads come from the strict mock.
        const write = sheet.range(ctx, { r0: r, c0: c, r1: r + n - 1, c1: c + m - 1 });
        return new Proxy(read, {
          set: (_t, prop, value) => Reflect.set(write, prop, value),
          get: (t, prop, receiver) =>
            prop === "format" || prop === "merge" || prop === "conditionalFormats"
              ? Reflect.get(write, prop)
              : Reflect.get(t, prop, receiver),
        });
      },
      getRange: (address: string) => sheet.range(ctx, parseAddress(address)),
      names: {
        getItemOrNullObject: (name: string) =>
          ctx.track(
            new OfficeMockObject({ isNullObject: !sheet.names.has(name), name, formula: sheet.names.get(name) ?? "" }),
            `${sheet.name}.names`,
          ),
        add: (name: string, formula: string) => {
          ctx.write(utf8(formula));
          ctx.queue(() => void sheet.names.set(name, formula));
          return book.namedItem(ctx, name);
        },
        getItem: (name: string) => ({
          delete: () =>
            ctx.queue(() => {
              if (!sheet.names.delete(name)) throw new Error(`ItemNotFound: the name ${name} does not exist on ${sheet.name}`);
            }),
        }),
      },
      freezePanes: { freezeRows: (n: number) => void ctx.queue(() => (sheet.frozenRows = n)) },
      pageLayout: new Proxy(sheet.page, {
        get: (t, prop) =>
          prop === "setPrintTitleRows"
            ? (v: string) => void (sheet.printTitleRows = v)
            : prop === "headersFooters"
              ? { defaultForAllPages: t }
              : Reflect.get(t, prop),
      }),
      horizontalPageBreaks: { add: (cell: string) => void ctx.queue(() => sheet.pageBreaks.push(cell)) },
      delete: () =>
        void ctx.queue(() => {
          if (book.sheets.filter((s) => s !== sheet).length === 0)
            throw new Error("InvalidOperation: a workbook must keep at least one visible sheet");
          sheet.deleted = true;
          book.sheets = book.sheets.filter((s) => s !== sheet);
        }),
      activate: () => {},
      shapes: {
        load: () => {},
        items: sheet.images.map((b64) => ({ type: "Image", getAsImage: () => ctx.clientResult(b64, `${sheet.name}.getAsImage`) })),
        addImage: (b64: string) => {
          ctx.image(b64);
          const placed = { image: b64, top: 0, height: 0 };
          ctx.queue(() => void sheet.placed.push(placed));
          return placed;
        },
      },
    };
    return seed as unknown as Excel.Worksheet;
  }
}

/** One Excel.run's request context: its own loads, queue and request measurements. */
export class FakeContext {
  syncs = 0;
  private pending: Array<{ mock: OfficeMockObject; loaded: string[] }> = [];
  private ops: Array<() => void> = [];
  private bytes = 0;
  private images = 0;
  private suspended = false;
  private itemsLoadedAt = Infinity;

  constructor(readonly book: FakeExcel) {}

  queue(fn: () => void): void {
    this.ops.push(fn);
  }

  write(bytes: number): void {
    this.bytes += bytes;
  }

  image(base64: string): void {
    this.images++;
    this.bytes += base64.length;
  }

  /** A ClientResult: its value exists only after the next sync (no load needed). */
  clientResult<T>(value: T, what: string): { value: T; load: () => void } {
    const at = this.syncs;
    const ctx = this;
    return {
      load: () => {},
      get value() {
        if (ctx.syncs === at) throw new Error(`${what}.value read before sync`);
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

  get api(): Excel.RequestContext {
    const ctx = this;
    const book = this.book;
    let itemsWith = "";
    const worksheets = {
      load: (props = "") => {
        itemsWith = props;
        ctx.itemsLoadedAt = ctx.syncs;
      },
      get items() {
        if (ctx.syncs <= ctx.itemsLoadedAt) throw new Error("worksheets.items read before load and sync");
        return book.sheets.map((s) => s.api(ctx, /items\/(name|id)/.test(itemsWith)));
      },
      add: (name: string) => {
        const sheet = new FakeSheet(book, name, [], book.recordFormats);
        ctx.write(utf8(name));
        ctx.queue(() => {
          checkSheetName(
            name,
            book.sheets.map((s) => s.name),
          );
          book.sheets.push(sheet);
        });
        return sheet.api(ctx);
      },
      getItemOrNullObject: (name: string) => book.sheets.find((s) => s.name === name)?.api(ctx, true) ?? { isNullObject: true },
      // Resolved when the request runs: a sheet missing then fails that operation (ItemNotFound).
      getItem: (name: string) => {
        const found = book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (found) return found.api(ctx, true);
        const missing = () =>
          ctx.queue(() => {
            throw new Error(`ItemNotFound: ${name}`);
          });
        return { delete: missing, names: { getItem: () => ({ delete: missing }) } };
      },
    };
    return {
      workbook: {
        worksheets,
        protection: ctx.track(new OfficeMockObject({ protected: book.structureProtected }), "workbook.protection"),
        names: {
          getItemOrNullObject: (name: string) => {
            const item = ctx.track(
              new OfficeMockObject({ isNullObject: !book.names.has(name), name, formula: book.names.get(name) ?? "" }),
              "workbook.names",
            );
            // Excel's NamedItem.formula can be set (ExcelApi 1.7): the change waits for sync.
            return new Proxy(item, {
              set: (t, prop, value) =>
                prop === "formula" ? (ctx.queue(() => void book.names.set(name, value)), true) : Reflect.set(t, prop, value),
            });
          },
          add: (name: string, formula: string) => {
            ctx.write(utf8(formula));
            ctx.queue(() => {
              if (book.names.has(name)) throw new Error(`InvalidArgument: the name ${name} already exists`);
              book.names.set(name, formula);
            });
            return book.namedItem(ctx, name);
          },
        },
        functions: {
          date: (y: number, m: number, d: number) =>
            ctx.clientResult(Date.UTC(y, m - 1, d) / 86_400_000 + 25_569 - (book.date1904 ? 1_462 : 0), "functions.date"),
        },
        insertWorksheetsFromBase64: (base64: string, options: { sheetNamesToInsert: string[] }) => {
          ctx.write(base64.length);
          book.inserted.push(...options.sheetNamesToInsert);
          ctx.queue(() => {
            for (const name of options.sheetNamesToInsert) {
              checkSheetName(
                name,
                book.sheets.map((s) => s.name),
              );
              book.sheets.push(new FakeSheet(book, name, [], book.recordFormats));
            }
          });
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => void (ctx.suspended = true) },
      sync: () => ctx.sync(),
    } as unknown as Excel.RequestContext;
  }

  async sync(): Promise<void> {
    const book = this.book;
    const ops = this.ops.splice(0);
    const { bytes, images, suspended } = this;
    this.bytes = 0;
    this.images = 0;
    this.suspended = false;
    book.syncs++;
    book.maxRequestBytes = Math.max(book.maxRequestBytes, bytes);
    book.maxImagesPerRequest = Math.max(book.maxImagesPerRequest, images);
    if (ops.length && !suspended) book.writesWithoutSuspension++;
    book.opsPerSync.push(ops.length);
    if (bytes > PAYLOAD_LIMIT) {
      this.pending.splice(0);
      throw Object.assign(new Error(`RequestPayloadSizeLimitExceeded: the request is ${bytes} bytes`), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    }
    book.beforeSync?.(book.syncs);
    if (book.failAtSync !== undefined && book.syncs === book.failAtSync) {
      // Excel applies a request's operations up to the one that fails.
      ops.splice(book.failAfterOps ?? 0);
      ops.push(() => {
        throw new Error("GeneralException: the request failed (injected)");
      });
    }
    try {
      for (const op of ops) op(); // in order; the first that fails ends the request
    } catch (e) {
      this.pending.splice(0);
      throw e;
    } finally {
      this.syncs++;
    }
    let response = 0;
    for (const { mock, loaded } of this.pending.splice(0)) {
      await mock.sync();
      for (const p of loaded) response += utf8((mock as unknown as Record<string, unknown>)[p] ?? null);
    }
    // Excel on the web refuses an answer over 5 MB (the request was carried out; its answer is lost).
    if (response > PAYLOAD_LIMIT) {
      book.refusedResponses++;
      throw Object.assign(new Error(`ResponsePayloadSizeLimitExceeded: the response is ${response} bytes`), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    book.maxResponseBytes = Math.max(book.maxResponseBytes, response);
  }
}

/** The Excel enums and Excel.run the adapters use, over a fake workbook; each run its own context. */
export function installExcelGlobal(book: FakeExcel): void {
  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { dataBar: "DataBar" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    WorksheetPositionType: { end: "End" },
    ShapeType: { image: "Image" },
    PictureFormat: { png: "Png" },
    run: async <T>(
      first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
      second?: (context: Excel.RequestContext) => Promise<T>,
    ) => {
      book.runs++;
      book.runOptions = typeof first === "function" ? undefined : first;
      const cb = typeof first === "function" ? first : second!;
      return cb(book.context);
    },
  };
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs = 0;
  runs = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** The options of the last Excel.run (delayForCellEdit). */
  runOptions?: Excel.RunOptions;
  /** The workbook's structure is protected (Review → Protect Workbook): no sheet can be added. */
  structureProtected = false;
  /** Reads refused for an answer over 5 MB. */
  refusedResponses = 0;
  maxImagesPerRequest = 0;
  /** Syncs that carried changes while calculation was not suspended. */
  writesWithoutSuspension = 0;
  /** The workbook counts dates from 1904 (DATE(2000,1,1) is 35064). */
  date1904 = false;
  /** Fault injection: the sync with this number (book.syncs after it) fails, applying nothing… */
  failAtSync?: number;
  /** …or only its first `failAfterOps` operations, as Excel applies a request up to a failing one. */
  failAfterOps?: number;
  /** Called as each request reaches Excel, with its number: another user's edit lands here. */
  beforeSync?: (sync: number) => void;
  /** Operations queued in each request, in order (where fault injection can aim). */
  opsPerSync: number[] = [];
  /** Defined names hidden from Name Manager (NamedItem.visible = false), as "sheet!name" or "name". */
  hiddenNames = new Set<string>();
  /** Sheet names insertWorksheetsFromBase64 was asked for. */
  inserted: string[] = [];
  /** Workbook-scoped defined names: name → formula. */
  names = new Map<string, string>();

  constructor(readonly recordFormats = true) {}

  addSheet(name: string, grid: Grid = []): FakeSheet {
    checkSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    const s = new FakeSheet(this, name, grid, this.recordFormats);
    this.sheets.push(s);
    return s;
  }

  /** A user's copy of a sheet (Excel's 移动或复制): a new sheet with the same names and cells. */
  copySheet(source: FakeSheet, name: string): FakeSheet {
    const copy = this.addSheet(name, source.grid);
    source.names.forEach((v, k) => copy.names.set(k, v));
    source.cells.forEach((v, k) => copy.cells.set(k, { ...v }));
    return copy;
  }

  /** The NamedItem names.add returns: only `visible` is modelled. */
  namedItem(ctx: FakeContext, name: string): Excel.NamedItem {
    const book = this;
    return {
      set visible(v: boolean) {
        ctx.queue(() => void (v ? book.hiddenNames.delete(name) : book.hiddenNames.add(name)));
      },
    } as Excel.NamedItem;
  }

  /** Makes the next sync fail (fault injection), `after` syncs from now. */
  failSyncAfter(after: number): void {
    this.failAtSync = this.syncs + after + 1;
  }

  /** A fresh request context, as each Excel.run gets. */
  get context(): Excel.RequestContext {
    return new FakeContext(this).api;
  }
}
