// The offline page's worker: the calculation runs here, off the main thread, so the page stays
// responsive on large workbooks.
import "../jitless.ts";
import { browserCodec } from "./browserCodec.ts";
import type { WorkMessage, WorkRequest } from "./messages.ts";
import { runWork } from "./workLoop.ts";

/** The worker's global scope, as far as this worker uses it. */
interface Scope {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: WorkMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as Scope;
scope.onmessage = (event) => void runWork(event.data, browserCodec, (m, transfer = []) => scope.postMessage(m, transfer));
