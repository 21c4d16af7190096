// Whether this pane can hand the user a file (the 下载公文(Word) .zip). Office hosts the pane in
// different webviews: Excel on the web in the user's browser tab, which saves downloads; Windows in
// WebView2 (Edge Chromium), which does too; but the Mac's and iPad's WKWebView and the older Windows
// webviews (Internet Explorer, EdgeHTML) drop them without a word. There the pane shows the hint.
import { missingFeatures } from "../web/features.ts";

export interface PaneHost {
  /** Office's platform name: "PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal"; undefined when Office does not say. */
  platform?: string;
  userAgent: string;
  /** Links can download (a[download]) and blob: URLs can be made. */
  linkDownload: boolean;
  /** The page's zip writer runs here (the platform's deflate-raw streams; addin/web/features.ts). */
  zipWriter: boolean;
}

/** WebView2's user agent says "Edg/"; EdgeHTML says "Edge/", Internet Explorer "Trident/". */
const WEBVIEW2 = /\bEdg\/\d/;

export function paneCanDownload(host: PaneHost): boolean {
  if (!host.linkDownload || !host.zipWriter) return false;
  if (host.platform === "OfficeOnline") return true;
  if (host.platform === "PC") return WEBVIEW2.test(host.userAgent);
  return false;
}

type OfficeContext = { diagnostics?: { platform?: unknown }; platform?: unknown };

/** This pane's host, as Office.js and the webview describe it. */
export function currentPaneHost(): PaneHost {
  const context = (typeof Office !== "undefined" ? Office.context : undefined) as OfficeContext | undefined;
  const platform = context?.diagnostics?.platform ?? context?.platform;
  return {
    platform: typeof platform === "string" ? platform : undefined,
    userAgent: typeof navigator !== "undefined" ? navigator.userAgent : "",
    linkDownload:
      typeof HTMLAnchorElement !== "undefined" &&
      "download" in HTMLAnchorElement.prototype &&
      typeof URL.createObjectURL === "function" &&
      typeof Blob === "function",
    zipWriter: missingFeatures().length === 0,
  };
}
