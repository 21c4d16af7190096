// What the offline page and its worker say to each other: one request in, a run of messages
// out. Every message carries the run it belongs to, so the page ignores a cancelled run's
// late messages. Used, as these types, by the page (fileMode.ts), the worker (worker.ts) and the
// loop they share (workLoop.ts): no side casts what it receives.
import type { Issue, Lang, ResultsJson } from "../../core/index.ts";
import type { ProcessOptions } from "./process.ts";

export interface WorkRequest extends ProcessOptions {
  /** The page's number for this run; echoed in every message. */
  run: number;
  files: Array<{ name: string; bytes: Uint8Array }>;
}

export type WorkMessage = { run: number } & (
  | { type: "progress"; file: string; rows: number }
  | { type: "done"; file: string; output: Uint8Array; json: ResultsJson; issues: Issue[]; docx?: Uint8Array }
  /** Why a file could not be processed, in both languages: the page's language switch follows. */
  | { type: "failed"; file: string; message: Record<Lang, string> }
  | { type: "finished" }
);

/** Sends a message back to the page, handing over the buffers in `transfer`. */
export type Post = (m: WorkMessage, transfer?: Transferable[]) => void;

/** The worker as the page uses it: a real Worker or the in-page stand-in. */
export interface WorkerLike {
  start(request: WorkRequest, transfer: Transferable[]): void;
  onMessage(handle: (m: WorkMessage) => void): void;
  stop(): void;
}

/** A real Worker behind the typed surface. */
export function typedWorker(worker: Worker): WorkerLike {
  return {
    start: (request, transfer) => worker.postMessage(request, transfer),
    onMessage: (handle) => worker.addEventListener("message", (event: MessageEvent<WorkMessage>) => handle(event.data)),
    stop: () => worker.terminate(),
  };
}
