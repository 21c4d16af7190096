// Ribbon commands: every one calls event.completed, also when it fails, and says why in
// Chinese; an Excel too old for InfoScore gets a clear message instead of a crash.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../../addin/commands/names.ts";
import { FakeExcel, installExcelGlobal } from "../helpers/fakeExcel.ts";

const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
const dialogs: string[] = [];
let supported = false;

beforeAll(async () => {
  installExcelGlobal(new FakeExcel());
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (cb?: () => void) => (cb?.(), Promise.resolve({ host: "Excel" })),
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => Promise<void>) => associated.set(name, fn) },
    context: {
      requirements: { isSetSupported: () => supported },
      ui: { displayDialogAsync: (url: string, _o: unknown, cb: () => void) => (dialogs.push(decodeURIComponent(url)), cb()) },
    },
  };
  (globalThis as unknown as { location: unknown }).location = { origin: "https://oa.example.gov.cn", pathname: "/infoscore/commands.html", href: "https://oa.example.gov.cn/infoscore/commands.html" };
  await import("../../addin/commands/commands.ts");
});

describe("ribbon commands", () => {
  it("associates every function named in the manifest", () => {
    expect([...associated.keys()].sort()).toEqual([...COMMANDS].sort());
  });

  it("calls event.completed on error and reports in Chinese when Excel is too old", async () => {
    supported = false;
    for (const name of COMMANDS) {
      const completed = vi.fn();
      await associated.get(name)!({ completed });
      expect(completed, name).toHaveBeenCalledTimes(1);
    }
    expect(dialogs).toHaveLength(COMMANDS.length);
    expect(dialogs[0]).toContain("https://oa.example.gov.cn/infoscore/message.html?m=");
    expect(dialogs.every((d) => d.includes("InfoScore 未能完成") && d.includes("ExcelApi"))).toBe(true);
  });

  it("runs a job on the workbook and still completes the event", async () => {
    supported = true;
    const book = new FakeExcel();
    installExcelGlobal(book);
    (globalThis as unknown as { Office: { context: { requirements: unknown } } }).Office.context.requirements = { isSetSupported: () => true };
    book.addSheet("单位名册", [["单位"], ["古邵镇"]]);
    book.addSheet("信息报送", [["报送日期", "报送单位", "标题"], ["2026-03-02", "古邵镇", "春耕"]]);
    const completed = vi.fn();
    await associated.get("runAll")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.sheets.map((s) => s.name)).toContain("计分明细");
  });
});
