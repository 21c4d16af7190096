// One job at a time per workbook across the ribbon and the pane. They may run in separate
// runtimes (the ribbon's function file and the pane are different pages), so besides this page's
// own flag a lease in the origin's storage is taken, keyed by the workbook. The lease is short
// and renewed while the job runs, and released when the page goes away (pagehide), so a pane
// closed mid-run or a ribbon run ended by Office's time limit blocks the workbook for seconds,
// not minutes; another workbook is never blocked.
import { loadSetting, saveSetting } from "./ui/storage.ts";

const KEY = "infoscore.running";
/** A lease not renewed for this long is taken to have died with its page. */
export const LEASE_MS = 30 * 1000;
/** How often a running job renews its lease. */
export const RENEW_MS = 10 * 1000;

/** The workbooks this page is running a job on. */
const mine = new Set<string>();

export class JobBusy extends Error {}

/** The open workbook, as far as the page can tell (its URL; empty for a new, unsaved one). */
function workbookKey(): string {
  try {
    return `${KEY}:${(typeof Office !== "undefined" && Office.context?.document?.url) || ""}`;
  } catch {
    return `${KEY}:`;
  }
}

function leaseHeld(key: string, now: number): boolean {
  const [, at] = (loadSetting(key) ?? "").split("@");
  return Boolean(at) && now - Number(at) < LEASE_MS;
}

/** The page-lifecycle events, where the page has them (not in the tests' Node). */
const page = (): Partial<Pick<EventTarget, "addEventListener" | "removeEventListener">> => globalThis as Partial<EventTarget>;

/** Runs `job` unless another is running on this workbook (here or in another InfoScore page); then throws JobBusy. */
export async function exclusive<T>(job: () => Promise<T>, busyMessage: string, now = () => Date.now()): Promise<T> {
  const key = workbookKey();
  if (mine.has(key) || leaseHeld(key, now())) throw new JobBusy(busyMessage);
  const token = Math.random().toString(36).slice(2);
  const renew = () => saveSetting(key, `${token}@${now()}`);
  const release = () => {
    if ((loadSetting(key) ?? "").startsWith(`${token}@`)) saveSetting(key, "");
  };
  mine.add(key);
  renew();
  const timer = setInterval(renew, RENEW_MS);
  page().addEventListener?.("pagehide", release);
  try {
    return await job();
  } finally {
    clearInterval(timer);
    page().removeEventListener?.("pagehide", release);
    mine.delete(key);
    release();
  }
}
