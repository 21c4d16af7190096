// The Word files (公文) of a run's result sheets, for every host: core says which documents there
// are and what each line is; the docx library, loaded only when Word files are asked for, writes them.
import { documentFileName, officialDocuments, type SheetModel } from "../../core/index.ts";

export interface WordFile {
  /** File name, e.g. 缺报通知单-区财政局.docx */
  name: string;
  bytes: Uint8Array;
}

export async function wordFiles(sheets: readonly SheetModel[]): Promise<WordFile[]> {
  const { renderDocument } = await import("./render.ts");
  const out: WordFile[] = [];
  for (const doc of officialDocuments(sheets)) {
    out.push({ name: documentFileName(doc), bytes: await renderDocument(doc) });
  }
  return out;
}
