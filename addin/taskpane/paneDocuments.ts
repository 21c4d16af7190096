// 下载公文(Word) in the task pane: the Word files of the run just done, made from the sheet models
// that run kept (the workbook is not read again) by the offline page's own code (ooxml/wordDownload.ts),
// and saved as one .zip in this browser: nothing is sent anywhere. Offered only where the pane can
// download a file (downloadHost.ts); elsewhere the hint says to use the offline page on the same workbook.
import { officialDocuments, resultDocumentsName, t, type SheetModel } from "../../core/index.ts";
import { saveDownload, ZIP_TYPE } from "../ui/download.ts";
import { currentLang, status } from "../ui/pane.ts";
import { failureText } from "../ui/render.ts";
import { currentPaneHost, paneCanDownload } from "./downloadHost.ts";
import { workbookName } from "./workbookName.ts";

/** What the last run left for the button: its result sheets and its period. */
let kept: { models: readonly SheetModel[]; periodLabel: string } | undefined;
/** This host lets the pane download a file. */
let offered = false;

const button = () => document.getElementById("pane-docx") as HTMLButtonElement;

/** Shows the button (where the pane can download) or the hint (where it cannot). */
export function setupDocuments(): void {
  offered = paneCanDownload(currentPaneHost());
  document.getElementById("docx-hint")!.hidden = offered;
  if (offered) button().addEventListener("click", () => void download());
}

/** After a run: keeps its sheet models and offers the button when they hold documents; none (a run starts or fails) hides it. */
export function offerDocuments(models?: readonly SheetModel[], periodLabel = ""): void {
  kept = offered && models && officialDocuments(models).length > 0 ? { models, periodLabel } : undefined;
  button().hidden = kept === undefined;
}

async function download(): Promise<void> {
  if (!kept) return;
  const { models, periodLabel } = kept;
  button().disabled = true;
  status(() => t(currentLang(), "ui.makingDocx"), true);
  try {
    // The docx library and the zip writer are fetched now, not with the pane.
    const [{ documentsZip }, { browserCodec }] = await Promise.all([
      import("../../ooxml/wordDownload.ts"),
      import("../web/browserCodec.ts"),
    ]);
    const book = workbookName(Office.context.document?.url, t(currentLang(), "ui.unsavedWorkbook"));
    const name = `${resultDocumentsName(book, periodLabel)}.zip`;
    saveDownload(await documentsZip(models, browserCodec), name, ZIP_TYPE);
    status(() => t(currentLang(), "ui.docxDone", { name }));
  } catch (e) {
    status(() => t(currentLang(), "ui.failed", { why: failureText(e, currentLang()) }));
  } finally {
    button().disabled = false;
  }
}
