// Where the task pane offers 下载公文(Word): a browser tab (Excel on the web) and WebView2 on Windows
// save a download; the Mac's and iPad's WKWebView and the old Windows webviews do not, and get the hint.
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentPaneHost, paneCanDownload, type PaneHost } from "../../addin/taskpane/downloadHost.ts";
import { workbookName } from "../../addin/taskpane/workbookName.ts";

const UA = {
  chrome: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
  firefox: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
  safari: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  wkWebView: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  iPad: "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  android: "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
};
const host = (platform: string | undefined, userAgent: string, features: Partial<PaneHost> = {}): PaneHost => ({
  platform,
  userAgent,
  linkDownload: true,
  zipWriter: true,
  ...features,
});

describe("whether the pane can download the Word files", () => {
  it.each([
    ["Excel on the web in Chrome", host("OfficeOnline", UA.chrome), true],
    ["Excel on the web in Edge", host("OfficeOnline", UA.edge), true],
    ["Excel on the web in Firefox", host("OfficeOnline", UA.firefox), true],
    ["Excel on the web in Safari 17", host("OfficeOnline", UA.safari), true],
    [
      "Excel on the web in a browser without deflate-raw streams (Safari 16.3)",
      host("OfficeOnline", UA.safari, { zipWriter: false }),
      false,
    ],
    ["Excel on the web where links cannot download", host("OfficeOnline", UA.chrome, { linkDownload: false }), false],
    ["Windows, WebView2", host("PC", UA.webView2), true],
    ["Windows, WebView2 too old for the zip writer", host("PC", UA.webView2, { zipWriter: false }), false],
    ["Windows, EdgeHTML webview", host("PC", UA.edgeHtml), false],
    ["Windows, Internet Explorer webview", host("PC", UA.ie11, { linkDownload: false, zipWriter: false }), false],
    ["Windows, Internet Explorer webview even if it claimed the features", host("PC", UA.ie11), false],
    ["Mac, WKWebView (which has a[download] but drops the file)", host("Mac", UA.wkWebView), false],
    ["iPad", host("iOS", UA.iPad), false],
    ["Android", host("Android", UA.android), false],
    ["Windows universal app", host("Universal", UA.edgeHtml), false],
    ["a host that does not say its platform", host(undefined, UA.chrome), false],
  ])("%s: %s", (_name, h, expected) => {
    expect(paneCanDownload(h)).toBe(expected);
  });
});

describe("the pane's host as Office.js and the webview describe it", () => {
  afterEach(() => vi.unstubAllGlobals());
  /** An anchor element whose prototype has `download`, as in every browser since 2017. */
  const anchor = class {
    get download(): string {
      return "";
    }
  };

  it("takes Office.context.diagnostics.platform, the webview's user agent and its features", () => {
    vi.stubGlobal("Office", { context: { diagnostics: { platform: "PC" }, platform: "Mac" } });
    vi.stubGlobal("navigator", { userAgent: UA.webView2 });
    vi.stubGlobal("HTMLAnchorElement", anchor);
    const h = currentPaneHost();
    expect(h).toEqual({ platform: "PC", userAgent: UA.webView2, linkDownload: true, zipWriter: true });
    expect(paneCanDownload(h)).toBe(true);
  });

  it("falls back to Office.context.platform, and says no link download without a[download]", () => {
    vi.stubGlobal("Office", { context: { platform: "OfficeOnline" } });
    vi.stubGlobal("navigator", { userAgent: UA.chrome });
    vi.stubGlobal("HTMLAnchorElement", class {});
    expect(currentPaneHost()).toMatchObject({ platform: "OfficeOnline", linkDownload: false });
  });

  it("has no platform without Office.js", () => {
    vi.stubGlobal("Office", undefined);
    vi.stubGlobal("HTMLAnchorElement", anchor);
    expect(currentPaneHost().platform).toBeUndefined();
    expect(paneCanDownload(currentPaneHost())).toBe(false);
  });
});

describe("the workbook's name in the download's name", () => {
  it.each([
    ["C:\\Users\\王芳\\Documents\\信息报送#3.xlsx", "信息报送#3.xlsx"],
    ["/Users/wangfang/Documents/信息报送 50%.xlsx", "信息报送 50%.xlsx"],
    ["https://d.docs.live.net/abc/Documents/%E4%BF%A1%E6%81%AF%E6%8A%A5%E9%80%81.xlsx?web=1#top", "信息报送.xlsx"],
    ["https://oa.example.gov.cn/sites/xx/Shared%20Documents/bad%E4name.xlsx", "bad%E4name.xlsx"],
    ["", "工作簿"],
    [undefined, "工作簿"],
  ])("%s → %s", (where, name) => {
    expect(workbookName(where, "工作簿")).toBe(name);
  });
});
