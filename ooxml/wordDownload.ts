// The Word files (公文) of one run as a single .zip: what the offline page and the task pane download.
// The docx library is loaded only when this is called (wordFiles), never with the page.
import type { SheetModel } from "../core/index.ts";
import { wordFiles } from "./docx/wordFiles.ts";
import { wordZip } from "./docx/wordZip.ts";
import type { Codec } from "./zip.ts";

export async function documentsZip(models: readonly SheetModel[], codec: Codec): Promise<Uint8Array> {
  return wordZip(await wordFiles(models), codec);
}
