// Ribbon commands: each reports in a dialog that stays until the user closes it (the command
// completes only then, or at a safety timeout), a summary on success and the reason on failure.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../../addin/commands/names.ts";
import { DIALOG_SAFETY_MS } from "../../addin/commands/dialog.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";
import { RUN_NOW } from "../helpers/runDay.ts";

type Handler = () => void;
interface FakeDialog {
  handlers: Map<string, Handler>;
  closed: boolean;
}
const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
const dialogs: string[] = [];
const opened: FakeDialog[] = [];
let supported = false;

function openDialog() {
  const d: FakeDialog = { handlers: new Map(), closed: false };
  opened.push(d);
  return {
    status: "succeeded",
    value: { addEventHandler: (type: string, h: Handler) => d.handlers.set(type, h), close: () => void (d.closed = true) },
  };
}

/** The user closes the last dialog with its × (Office raises DialogEventReceived 12006). */
const closeLast = () => opened.at(-1)!.handlers.get("dialogEventReceived")!();
const flush = () => new Promise((r) => setTimeout(r, 0));

function office(book: FakeExcel) {
  installExcelGlobal(book);
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (cb?: () => void) => (cb?.(), Promise.resolve({ host: "Excel" })),
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => Promise<void>) => associated.set(name, fn) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    context: {
      requirements: { isSetSupported: () => supported },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => (
          dialogs.push(decodeURIComponent(url)),
          cb(openDialog())
        ),
      },
    },
  };
}

/** Runs a command the way Office does and lets the user close its dialog once it is shown. */
async function press(name: string): Promise<ReturnType<typeof vi.fn>> {
  const completed = vi.fn();
  const shown = opened.length;
  const done = associated.get(name)!({ completed });
  for (let i = 0; i < 200 && opened.length === shown; i++) await flush();
  expect(completed, `${name} completed before its dialog was closed`).not.toHaveBeenCalled();
  closeLast();
  await done;
  return completed;
}

beforeAll(async () => {
  office(new FakeExcel());
  (globalThis as unknown as { location: unknown }).location = {
    origin: "https://oa.example.gov.cn",
    pathname: "/infoscore/commands.html",
    href: "https://oa.example.gov.cn/infoscore/commands.html",
  };
  await import("../../addin/commands/commands.ts");
});

afterEach(() => vi.useRealTimers());

describe("ribbon commands", () => {
  it("associates every function named in the manifest", () => {
    expect([...associated.keys()].sort()).toEqual([...COMMANDS].sort());
  });

  it("keeps the error dialog open until the user closes it, then completes the event (Excel too old)", async () => {
    supported = false;
    dialogs.length = 0;
    for (const name of COMMANDS) {
      const completed = await press(name);
      expect(completed, name).toHaveBeenCalledTimes(1);
    }
    expect(dialogs).toHaveLength(COMMANDS.length);
    expect(dialogs[0]).toContain("https://oa.example.gov.cn/infoscore/message.html?m=");
    expect(dialogs.every((d) => d.includes("InfoScore 未能完成") && d.includes("ExcelApi"))).toBe(true);
  });

  it("reports a successful run: the sheets written and the counts of errors and warnings", async () => {
    supported = true;
    // The command reads the clock once (its default period and as-of day): here a set day, not the machine's.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(RUN_NOW);
    const book = new FakeExcel();
    office(book);
    book.addSheet("单位名册", [["单位"], ["古邵镇"]]);
    book.addSheet("信息报送", [
      ["报送日期", "报送单位", "标题"],
      ["2026-03-02", "古邵镇", "春耕"],
      ["2026-03-05", "不存在的单位", "夏收"],
    ]);
    dialogs.length = 0;
    const completed = await press("runAll");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.sheets.map((s) => s.name)).toContain("计分明细");
    expect(dialogs[0]).toMatch(/已生成 .* 的结果:写入 \d+ 个工作表/);
    expect(dialogs[0]).toContain("2026年10月");
    expect(dialogs[0]).toMatch(/错误 1 处,提示 \d+ 处/);
  });

  it("completes the event at the safety timeout when the dialog is never closed", async () => {
    supported = false;
    vi.useFakeTimers();
    const completed = vi.fn();
    const shown = opened.length;
    const done = associated.get("runAll")!({ completed });
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened.length).toBe(shown + 1);
    expect(completed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DIALOG_SAFETY_MS);
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(opened.at(-1)!.closed).toBe(true);
  });

  it("inserts the template's missing input sheets, taking English-named sheets as present", async () => {
    supported = true;
    const book = new FakeExcel();
    office(book);
    book.addSheet("Units", [["unit"], ["古邵镇"]]);
    book.addSheet("Submissions");
    const fetchMock = vi.fn(async () => new Response(new Uint8Array([80, 75, 3, 4])));
    vi.stubGlobal("fetch", fetchMock);
    dialogs.length = 0;
    await press("insertTemplate");
    vi.unstubAllGlobals();
    expect(book.inserted).not.toContain("单位名册");
    expect(book.inserted).not.toContain("信息报送");
    expect(book.inserted).toContain("考核记录");
    expect(book.sheets.map((s) => s.name)).toEqual(["Units", "Submissions", ...book.inserted]);
    expect(dialogs[0]).toContain(`已插入 ${book.inserted.length} 个输入表`);
  });
});
