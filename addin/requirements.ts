// Requirement sets InfoScore needs, checked before any job so an old Excel gets a clear message.
import { t, type Lang } from "../core/index.ts";

/** Page layout (print setup) needs ExcelApi 1.9; inserting the template needs 1.13. */
export const JOB_API = "1.9";
export const TEMPLATE_API = "1.13";

export class HostTooOld extends Error {}

export function requireExcelApi(version: string, lang: Lang): void {
  const ok = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version);
  if (!ok) {
    throw new HostTooOld(t(lang, "ui.unsupportedExcel", { version }));
  }
}
