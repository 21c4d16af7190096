// Ribbon commands: each reports in a dialog that stays until the user closes it (the command
// completes only then, or at a safety timeout), a summary on success and the reason on failure.
// The text goes to the dialog by message (DialogApi 1.2), in the URL only where Office cannot.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../../addin/commands/names.ts";
import { DIALOG_SAFETY_MS, showMessage } from "../../addin/commands/dialog.ts";
import { DIALOG_CLOSE, DIALOG_READY, receiveText } from "../../addin/commands/dialogText.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";
import { RUN_NOW } from "../helpers/runDay.ts";

type Handler = (arg?: { message: string }) => void;
interface FakeDialog {
  url: string;
  handlers: Map<string, Handler>;
  closed: boolean;
}
const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
/** The texts the dialogs showed, whichever way they came. */
const dialogs: string[] = [];
const opened: FakeDialog[] = [];
let supported = false;
/** Whether Office has DialogApi 1.2 (Dialog.messageChild), and whether messageChild fails anyway. */
let dialogApi12 = true;
let messageChildThrows = false;

function openDialog(url: string) {
  const d: FakeDialog = { url, handlers: new Map(), closed: false };
  opened.push(d);
  const m = new URL(url).searchParams.get("m");
  if (m !== null) dialogs.push(m);
  const messageChild = (text: string) => {
    if (messageChildThrows) throw new Error("messageChild unavailable");
    if (d.closed) throw new Error("dialog closed");
    dialogs.push(text);
  };
  return {
    status: "succeeded",
    value: { addEventHandler: (type: string, h: Handler) => d.handlers.set(type, h), close: () => void (d.closed = true), messageChild },
  };
}

/** The dialog page has loaded: one whose URL holds no text asks for it (as message.ts does). */
function dialogLoads(d: FakeDialog): void {
  if (!new URL(d.url).searchParams.has("m")) d.handlers.get("dialogMessageReceived")!({ message: DIALOG_READY });
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
      requirements: { isSetSupported: (set: string) => (set === "DialogApi" ? dialogApi12 : supported) },
      ui: { displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => cb(openDialog(url)) },
    },
  };
}

/** Runs a command the way Office does and lets the user close its dialog once it is shown. */
async function press(name: string): Promise<ReturnType<typeof vi.fn>> {
  const completed = vi.fn();
  const shown = opened.length;
  const done = associated.get(name)!({ completed });
  for (let i = 0; i < 200 && opened.length === shown; i++) await flush();
  dialogLoads(opened.at(-1)!);
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
    expect(dialogs.every((d) => d.includes("InfoScore 未能完成") && d.includes("ExcelApi"))).toBe(true);
    // The text went by message: the URL is the page alone.
    expect(opened.slice(-COMMANDS.length).map((d) => d.url)).toEqual(
      COMMANDS.map(() => "https://oa.example.gov.cn/infoscore/message.html"),
    );
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
    expect(dialogs[0]).toMatch(/已生成 .* 的结果：写入 \d+ 个工作表/);
    expect(dialogs[0]).toContain("2026年10月");
    expect(dialogs[0]).toMatch(/错误 1 处，提示 \d+ 处/);
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

  it("puts the text in the URL only where Office lacks DialogApi 1.2", async () => {
    supported = false;
    dialogApi12 = false;
    dialogs.length = 0;
    try {
      await press("runAll");
    } finally {
      dialogApi12 = true;
    }
    expect(opened.at(-1)!.url).toContain("https://oa.example.gov.cn/infoscore/message.html?m=");
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toContain("InfoScore 未能完成");
  });
});

describe("the message dialog", () => {
  // 3,000 issue lines: about 100,000 characters, far past what a URL may hold (2,083 in some hosts).
  const issues = Array.from({ length: 3000 }, (_, i) => `信息报送!B${i + 2}:“不存在的单位${i}”不在单位名册中`).join("\n");

  it("sends a long list of issues whole by message, with none of it in the URL, and resolves when closed", async () => {
    dialogs.length = 0;
    const shown = showMessage(issues);
    const d = opened.at(-1)!;
    expect(d.url).toBe("https://oa.example.gov.cn/infoscore/message.html");
    expect(dialogs).toEqual([]); // nothing sent before the dialog listens
    dialogLoads(d);
    expect(dialogs).toEqual([issues]);
    d.handlers.get("dialogMessageReceived")!({ message: DIALOG_CLOSE });
    await shown;
    expect(d.closed).toBe(true);
  });

  it("opens the dialog again with the text in the URL when messageChild fails", async () => {
    dialogs.length = 0;
    messageChildThrows = true;
    try {
      const shown = showMessage("错误 1 处");
      const first = opened.at(-1)!;
      dialogLoads(first);
      expect(first.closed).toBe(true);
      const second = opened.at(-1)!;
      expect(second).not.toBe(first);
      expect(dialogs).toEqual(["错误 1 处"]);
      closeLast();
      await shown;
    } finally {
      messageChildThrows = false;
    }
  });

  const PARENT = "parentMessage" as unknown as Office.EventType;

  it("the dialog page shows the URL's text, or asks for its text only once it listens", () => {
    const calls: string[] = [];
    let handler: ((arg: { message: string }) => void) | undefined;
    const ui = {
      addHandlerAsync: (type: unknown, h: (arg: { message: string }) => void, done?: (r: Office.AsyncResult<void>) => void) => {
        calls.push(`listen ${String(type)}`);
        handler = h;
        done?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
      },
      messageParent: (m: string) => void calls.push(`parent ${m}`),
    };
    const shown: string[] = [];
    receiveText("?m=%E6%97%A7", ui, (t) => shown.push(t), PARENT);
    expect(shown).toEqual(["旧"]);
    expect(calls).toEqual([]);
    receiveText("", ui, (t) => shown.push(t), PARENT);
    expect(calls).toEqual(["listen parentMessage", `parent ${DIALOG_READY}`]);
    handler!({ message: issues });
    expect(shown).toEqual(["旧", issues]);
  });
});
