// The dialog a ribbon command opens: shows ?m= as plain text; 关闭 tells the command it may end.
import { quietOffice } from "../officeQuiet.ts";

const text = new URLSearchParams(location.search).get("m") ?? "";
document.getElementById("m")!.textContent = text;
document.getElementById("close")!.addEventListener("click", () => {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close(); // opened outside Office
  }
});

if (typeof Office !== "undefined") void Office.onReady().then(quietOffice);
