// The offline page's work: each chosen workbook through the job, one message per step. Run by
// the worker, or in the page itself where a worker cannot start (a page opened from file://).
import { renderFailure } from "../../core/index.ts";
import type { Codec } from "../../ooxml/zip.ts";
import type { Post, WorkRequest } from "./messages.ts";
import { processWorkbook } from "./process.ts";

export type { Post, WorkMessage, WorkRequest } from "./messages.ts";

/** Processes every file; a failed one is reported and the next still runs. */
export async function runWork(request: WorkRequest, codec: Codec, post: Post): Promise<void> {
  const { files, run, ...options } = request;
  for (const f of files) {
    try {
      const r = await processWorkbook(f.name, f.bytes, options, codec, (rows) => post({ run, type: "progress", file: f.name, rows }));
      post({ run, type: "done", file: f.name, output: r.output, json: r.json, issues: r.issues, docx: r.docx }, [
        r.output.buffer as ArrayBuffer,
      ]);
    } catch (e) {
      post({ run, type: "failed", file: f.name, message: { zh: renderFailure(e, "zh"), en: renderFailure(e, "en") } });
    }
  }
  post({ run, type: "finished" });
}
