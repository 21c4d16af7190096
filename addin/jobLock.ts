// One job at a time across the ribbon and the pane. They may run in separate runtimes (the
// ribbon's function file and the pane are different pages), so besides this page's own flag a
// lease in the origin's storage is taken; it expires, so a closed pane cannot block for ever.
import { loadSetting, saveSetting } from "./ui/storage.ts";

const KEY = "infoscore.running";
/** A job longer than this is taken to have died with its page. */
export const LEASE_MS = 10 * 60 * 1000;

let mine: string | undefined;

export class JobBusy extends Error {}

function leaseHeld(now: number): boolean {
  const [, at] = (loadSetting(KEY) ?? "").split("@");
  return Boolean(at) && now - Number(at) < LEASE_MS;
}

/** Runs `job` unless another is running (here or in another InfoScore page); then throws JobBusy. */
export async function exclusive<T>(job: () => Promise<T>, busyMessage: string, now = () => Date.now()): Promise<T> {
  if (mine || leaseHeld(now())) throw new JobBusy(busyMessage);
  const id = `${Math.random().toString(36).slice(2)}@${now()}`;
  mine = id;
  saveSetting(KEY, id);
  try {
    return await job();
  } finally {
    mine = undefined;
    if (loadSetting(KEY) === id) saveSetting(KEY, "");
  }
}
