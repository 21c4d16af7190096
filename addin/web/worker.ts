// The offline page's worker: the calculation runs here, off the main thread, so the page stays
// responsive on large workbooks.
import "../jitless.ts";
import { browserCodec } from "./browserCodec.ts";
import { runWork, type WorkRequest } from "./workLoop.ts";

export type { WorkMessage, WorkRequest } from "./workLoop.ts";

self.onmessage = (event: MessageEvent<WorkRequest>) =>
  runWork(event.data, browserCodec, (m, transfer = []) => (self as unknown as Worker).postMessage(m, transfer));
