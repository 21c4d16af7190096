// Excel's errors turned into advice the clerk can act on, in the user's language, with Excel's
// code and the place it names kept as details for whoever helps (never Excel's raw English
// sentence alone, which may carry a documentation link).
import { t, type Lang, type TextKey } from "../../core/index.ts";

/** What each of Excel's error codes (OfficeExtension.Error.code) asks the user to do. */
const ADVICE: Record<string, TextKey> = {
  RequestPayloadSizeLimitExceeded: "ui.excelPayload",
  ResponsePayloadSizeLimitExceeded: "ui.excelPayload",
  PayloadTooLarge: "ui.excelPayload",
  InvalidOperationInCellEditMode: "ui.excelCellEdit",
  AccessDenied: "ui.excelProtected",
  WorkbookProtected: "ui.excelProtected",
  SheetProtected: "ui.excelProtected",
  ItemAlreadyExists: "ui.excelNameTaken",
  GeneralException: "ui.excelTransient",
  ServiceNotAvailable: "ui.excelTransient",
  Timeout: "ui.excelTransient",
  RequestAborted: "ui.excelTransient",
  ActivityLimitReached: "ui.excelTransient",
  Conflict: "ui.excelTransient",
  ConnectionFailure: "ui.excelTransient",
  InternalServerError: "ui.excelTransient",
};

interface ExcelError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** Excel's code of an error: OfficeExtension.Error's code, else a "Code: …" message prefix. */
function codeOf(e: ExcelError): string | undefined {
  if (typeof e.code === "string" && e.code) return e.code;
  const m = typeof e.message === "string" ? /^([A-Z][A-Za-z]+):/.exec(e.message) : null;
  return m?.[1];
}

/** The advice for one of Excel's errors, with its code and location; undefined when it is not Excel's. */
export function excelAdvice(e: unknown, lang: Lang): string | undefined {
  if (!e || typeof e !== "object") return undefined;
  const err = e as ExcelError;
  const code = codeOf(err);
  const key = code ? ADVICE[code] : undefined;
  if (!code || !key) return undefined;
  const where = err.debugInfo?.errorLocation;
  const location = typeof where === "string" && where ? t(lang, "ui.excelAt", { where }) : "";
  return t(lang, "ui.excelDetail", { advice: t(lang, key), code, location });
}

/** An error of ours carrying Excel's code, raised before a run starts (a protected workbook). */
export class ExcelRefusal extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Refuses to start on a workbook whose structure is protected: no sheet could be added. */
export async function checkNotProtected(context: Excel.RequestContext): Promise<void> {
  const protection = context.workbook.protection;
  protection.load("protected");
  await context.sync();
  if (protection.protected) throw new ExcelRefusal("WorkbookProtected");
}
