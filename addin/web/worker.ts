// The offline page's worker: the calculation runs here, off the main thread, so the page stays
// responsive on large workbooks.
import "../jitless.ts";
import { renderFailure } from "../../core/index.ts";
import { browserCodec } from "./browserCodec.ts";
import { processWorkbook, type ProcessOptions } from "./process.ts";

export interface WorkRequest extends ProcessOptions {
  files: Array<{ name: string; bytes: Uint8Array }>;
}

export type WorkMessage =
  | { type: "progress"; file: string; rows: number }
  | { type: "done"; file: string; output: Uint8Array; json: unknown; issues: unknown[] }
  | { type: "failed"; file: string; message: string }
  | { type: "finished" };

const post = (m: WorkMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async (event: MessageEvent<WorkRequest>) => {
  const { files, ...options } = event.data;
  for (const f of files) {
    try {
      const r = await processWorkbook(f.name, f.bytes, options, browserCodec, (rows) => post({ type: "progress", file: f.name, rows }));
      post({ type: "done", file: f.name, output: r.output, json: r.json, issues: r.issues }, [r.output.buffer]);
    } catch (e) {
      post({ type: "failed", file: f.name, message: renderFailure(e, options.lang) });
    }
  }
  post({ type: "finished" });
};
