// Requirement sets InfoScore needs, checked before any job so an old Excel gets a clear message.
import type { Lang } from "../core/index.ts";

/** Page layout (print setup) needs ExcelApi 1.9; inserting the template needs 1.13. */
export const JOB_API = "1.9";
export const TEMPLATE_API = "1.13";

export class HostTooOld extends Error {}

export function requireExcelApi(version: string, lang: Lang): void {
  const ok = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version);
  if (!ok) {
    throw new HostTooOld(
      lang === "zh"
        ? `此版本的 Excel 不支持 InfoScore 所需的功能(需要 ExcelApi ${version})。请升级到 Microsoft 365 版 Excel 或 Excel 2021 及以上,或使用网页版 Excel。`
        : `This Excel does not support what InfoScore needs (ExcelApi ${version}). Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.`,
    );
  }
}
