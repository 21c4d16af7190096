// The dialog a ribbon command opens: shows ?m= as plain text; its close button tells the command it may end.
// The catalogue alone, not core/index.ts: the dialog stays small and loads no zod (no eval under its CSP).
import { t } from "../../core/text.ts";
import { quietOffice } from "../officeQuiet.ts";
import { loadSetting } from "../ui/storage.ts";

const text = new URLSearchParams(location.search).get("m") ?? "";
document.getElementById("m")!.textContent = text;
const lang = loadSetting("infoscore.lang") === "en" ? "en" : "zh";
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
document.getElementById("close")!.textContent = t(lang, "ui.close");
document.getElementById("close")!.addEventListener("click", () => {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close(); // opened outside Office
  }
});

if (typeof Office !== "undefined") void Office.onReady().then(quietOffice);
