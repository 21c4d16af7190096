// The dialog a ribbon command opens: shows the command's text as plain text (sent by message,
// addin/commands/dialogText.ts); its close button tells the command it may end.
// The catalogue alone, not core/index.ts: the dialog stays small and loads no zod (no eval under its CSP).
import { t } from "../../core/text.ts";
import { quietOffice } from "../officeQuiet.ts";
import { loadSetting } from "../ui/storage.ts";
import { DIALOG_CLOSE, receiveText } from "./dialogText.ts";

const show = (text: string) => void (document.getElementById("m")!.textContent = text);
const lang = loadSetting("infoscore.lang") === "en" ? "en" : "zh";
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
document.getElementById("close")!.textContent = t(lang, "ui.close");
document.getElementById("close")!.addEventListener("click", () => {
  try {
    Office.context.ui.messageParent(DIALOG_CLOSE);
  } catch {
    window.close(); // opened outside Office
  }
});

if (typeof Office !== "undefined")
  void Office.onReady().then(() => {
    quietOffice();
    receiveText(location.search, Office.context.ui, show, Office.EventType.DialogParentMessageReceived);
  });
