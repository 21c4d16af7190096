// The add-in's jobs as the tests run them: on a fixed day, passed in (D7: no test reads the
// machine's clock), long after the March 2026 periods the tests calculate.
import { parseDay, type Lang, type Period } from "../../core/index.ts";
import { runJob, type Job } from "../../addin/jobs.ts";

/** The moment of the run (the audit footers' time) and its as-of day. */
export const RUN_NOW = new Date(2026, 10, 29, 9, 30);
export const RUN_AS_OF = parseDay("2026-11-29")!;

/** runJob on RUN_NOW / RUN_AS_OF. */
export const runJobOn = (job: Job, period: Period, lang: Lang = "zh", onProgress?: (text: string) => void) =>
  runJob(job, period, lang, onProgress, RUN_AS_OF, RUN_NOW);
