// The ribbon's message dialog (dist/message.html) in Chromium with office.js replaced by a stand-in
// parent: the page asks for its text once it listens, and shows a 100,000-character list of issues
// whole, though its URL holds none of it; where the command fell back to the URL, it shows that.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { servedBrowser } from "../helpers/servedBrowser.ts";

const web = servedBrowser("message.html");

/** office.js stand-in for the parent side: answers the dialog's ready message with `text`. */
const officeStub = (text: string) => `
window.sentToParent = [];
window.Office = {
  AsyncResultStatus: { Succeeded: "succeeded" },
  EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
  onReady: (cb) => { cb && cb({ host: "Excel" }); return Promise.resolve({ host: "Excel" }); },
  context: { ui: {
    addHandlerAsync: (type, handler, done) => { window.parentHandler = handler; done && done({ status: "succeeded" }); },
    messageParent: (m) => {
      window.sentToParent.push(m);
      if (m === "infoscore:ready") setTimeout(() => window.parentHandler({ message: ${JSON.stringify(text)} }), 0);
    },
  } },
};
`;

async function openDialog(text: string, query = ""): Promise<Page> {
  const page = await web.browser.newPage({ locale: "zh-CN", viewport: { width: 480, height: 320 } });
  await page.route("**/office-*/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: officeStub(text) }));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${web.origin}/message.html${query}`);
  await page.waitForFunction(() => (document.getElementById("m")!.textContent ?? "").length > 0, undefined, { timeout: 10_000 });
  expect(errors).toEqual([]);
  return page;
}

describe("the ribbon's message dialog", () => {
  it("shows a long list of issues sent by message, whole, with nothing of it in its URL", async () => {
    const issues = Array.from({ length: 3000 }, (_, i) => `信息报送!B${i + 2}：“不存在的单位${i}”不在单位名册中`).join("\n");
    const page = await openDialog(issues);
    expect(await page.textContent("#m")).toBe(issues);
    expect(page.url()).toBe(`${web.origin}/message.html`);
    expect(await page.evaluate(() => (window as unknown as { sentToParent: string[] }).sentToParent)).toEqual(["infoscore:ready"]);
    await page.click("#close");
    expect(await page.evaluate(() => (window as unknown as { sentToParent: string[] }).sentToParent)).toEqual([
      "infoscore:ready",
      "infoscore:close",
    ]);
    await page.close();
  });

  it("shows the URL's text where the command had to fall back to it, and asks for nothing", async () => {
    const page = await openDialog("不应出现", `?m=${encodeURIComponent("InfoScore 未能完成:需要 ExcelApi 1.4")}`);
    expect(await page.textContent("#m")).toBe("InfoScore 未能完成:需要 ExcelApi 1.4");
    expect(await page.evaluate(() => (window as unknown as { sentToParent: string[] }).sentToParent)).toEqual([]);
    await page.close();
  });
});
