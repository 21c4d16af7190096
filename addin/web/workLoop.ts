// The offline page's work: each chosen workbook through the job, one message per step. Run by
// the worker, or in the page itself where a worker cannot start (a page opened from file://).
import { renderFailure, type Lang } from "../../core/index.ts";
import type { Codec } from "../../ooxml/zip.ts";
import { processWorkbook, type ProcessOptions } from "./process.ts";

export interface WorkRequest extends ProcessOptions {
  files: Array<{ name: string; bytes: Uint8Array }>;
}

export type WorkMessage =
  | { type: "progress"; file: string; rows: number }
  | { type: "done"; file: string; output: Uint8Array; json: unknown; issues: unknown[]; docx?: Uint8Array }
  /** Why a file could not be processed, in both languages: the page's language switch follows. */
  | { type: "failed"; file: string; message: Record<Lang, string> }
  | { type: "finished" };

/** Processes every file; a failed one is reported and the next still runs. */
export async function runWork(
  request: WorkRequest,
  codec: Codec,
  post: (m: WorkMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const { files, ...options } = request;
  for (const f of files) {
    try {
      const r = await processWorkbook(f.name, f.bytes, options, codec, (rows) => post({ type: "progress", file: f.name, rows }));
      post({ type: "done", file: f.name, output: r.output, json: r.json, issues: r.issues, docx: r.docx }, [
        r.output.buffer as ArrayBuffer,
      ]);
    } catch (e) {
      post({ type: "failed", file: f.name, message: { zh: renderFailure(e, "zh"), en: renderFailure(e, "en") } });
    }
  }
  post({ type: "finished" });
}
