// Storage that cannot break the pane, the period remembered per workbook, one job at a time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parsePeriod } from "../../core/index.ts";
import { rememberedPeriod, rememberPeriod } from "../../addin/jobs.ts";
import { runJobOn } from "../helpers/runDay.ts";
import { exclusive, JobBusy, LEASE_MS, RENEW_MS } from "../../addin/jobLock.ts";
import { loadSetting, saveSetting } from "../../addin/ui/storage.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

/** A browser's localStorage, in memory. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    get length() {
      return m.size;
    },
  };
}

/** Excel on the web in a cross-site frame with third-party storage blocked: any touch throws. */
function blockedStorage(): void {
  Object.defineProperty(globalThis, "localStorage", {
    configurable: true,
    get: () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
}

function documentSettings(): Map<string, unknown> {
  const saved = new Map<string, unknown>();
  const pending = new Map<string, unknown>();
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => saved.get(k) ?? pending.get(k) ?? null,
          set: (k: string, v: unknown) => void pending.set(k, v),
          saveAsync: (cb: () => void) => (pending.forEach((v, k) => saved.set(k, v)), cb()),
        },
      },
    },
  };
  return saved;
}

afterEach(() => {
  Object.defineProperty(globalThis, "localStorage", { configurable: true, value: undefined, writable: true });
});

describe("storage", () => {
  it("never throws when localStorage throws, and remembers nothing then", () => {
    blockedStorage();
    expect(() => saveSetting("infoscore.lang", "en")).not.toThrow();
    expect(loadSetting("infoscore.lang")).toBeUndefined();
    expect(() => rememberPeriod("2026-Q3")).not.toThrow();
  });

  it("never hands one workbook the period chosen in another (the browser's copy is shared)", () => {
    Object.defineProperty(globalThis, "localStorage", { configurable: true, value: memoryStorage(), writable: true });
    saveSetting("infoscore.lastPeriod", "2026-Q3"); // chosen in another workbook's pane
    documentSettings(); // this workbook has settings, with no period in them
    expect(rememberedPeriod()).toBeUndefined();
  });

  it("reports progress in words: rows read and sheets written, never a bare number", async () => {
    Object.defineProperty(globalThis, "localStorage", { configurable: true, value: memoryStorage(), writable: true });
    const book = new FakeExcel();
    installExcelGlobal(book);
    book.addSheet("单位名册", [["单位"], ["古邵镇"]]);
    const steps: string[] = [];
    await runJobOn("staff", parsePeriod("2026-03")!, "zh", (s) => steps.push(s));
    expect(steps.some((s) => /^已读取 \d+ 行$/.test(s))).toBe(true);
    expect(steps).toContain("已写入“校验问题”");
    expect(steps.filter((s) => /^\d+$/.test(s))).toEqual([]);
  });

  it("remembers the period in the workbook's own settings, readable with storage blocked", () => {
    blockedStorage();
    const saved = documentSettings();
    rememberPeriod("2026-Q3");
    expect(saved.get("infoscore.lastPeriod")).toBe("2026-Q3");
    expect(rememberedPeriod()?.label).toBe("2026-Q3");
  });
});

describe("one job at a time", () => {
  it("refuses a second run while one is running, from this page or another (a lease in storage)", async () => {
    Object.defineProperty(globalThis, "localStorage", { configurable: true, value: memoryStorage(), writable: true });
    const book = new FakeExcel();
    installExcelGlobal(book);
    book.addSheet("单位名册", [["单位"], ["古邵镇"]]);
    const march = parsePeriod("2026-03")!;
    const first = runJobOn("all", march, "zh");
    await expect(runJobOn("staff", march, "zh")).rejects.toThrow(/另一项计算正在进行/);
    await first;
    await expect(runJobOn("staff", march, "zh")).resolves.toBeDefined();
    // Another page (the ribbon's runtime) holds a fresh lease: refused; a stale one: ignored.
    // The lease's clock is passed in (D7): a fixed instant, whatever the machine's date.
    const now = Date.UTC(2026, 2, 31, 23, 59);
    saveSetting("infoscore.running:", `other@${now - 1000}`);
    await expect(
      exclusive(
        async () => 1,
        "busy",
        () => now,
      ),
    ).rejects.toBeInstanceOf(JobBusy);
    saveSetting("infoscore.running:", `other@${now - LEASE_MS - 1}`);
    await expect(
      exclusive(
        async () => 1,
        "busy",
        () => now,
      ),
    ).resolves.toBe(1);
    vi.restoreAllMocks();
  });

  it("holds a short lease per workbook, renewed while the job runs and released on pagehide", async () => {
    Object.defineProperty(globalThis, "localStorage", { configurable: true, value: memoryStorage(), writable: true });
    const open = (url: string) => ((globalThis as unknown as { Office: unknown }).Office = { context: { document: { url } } });
    const events = new EventTarget();
    Object.assign(globalThis, {
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
    });
    vi.useFakeTimers();
    try {
      let clock = 1_000_000;
      const now = () => clock;
      open("https://contoso.sharepoint.com/a.xlsx");
      let finish!: () => void;
      const running = exclusive(() => new Promise<void>((r) => (finish = r)), "busy", now);
      // Ten minutes into the job another page still sees a live lease: it was renewed.
      for (let t = 0; t < 60; t++) {
        clock += RENEW_MS;
        vi.advanceTimersByTime(RENEW_MS);
      }
      const lease = loadSetting("infoscore.running:https://contoso.sharepoint.com/a.xlsx")!;
      expect(Number(lease.split("@")[1])).toBe(clock);
      // Another workbook is not blocked.
      open("https://contoso.sharepoint.com/b.xlsx");
      await expect(exclusive(async () => "b", "busy", now)).resolves.toBe("b");
      // The page goes away mid-run: the lease is released at once, not after minutes.
      events.dispatchEvent(new Event("pagehide"));
      expect(loadSetting("infoscore.running:https://contoso.sharepoint.com/a.xlsx")).toBe("");
      finish();
      await running;
      // A page that died without pagehide blocks only until its lease runs out.
      open("https://contoso.sharepoint.com/a.xlsx");
      saveSetting("infoscore.running:https://contoso.sharepoint.com/a.xlsx", `dead@${clock}`);
      await expect(exclusive(async () => 1, "busy", now)).rejects.toBeInstanceOf(JobBusy);
      clock += LEASE_MS;
      await expect(exclusive(async () => 1, "busy", now)).resolves.toBe(1);
    } finally {
      vi.useRealTimers();
      Object.assign(globalThis, { addEventListener: undefined, removeEventListener: undefined });
    }
  });
});
