// What the package layer accepts, and the typed error it throws when a file goes beyond it.
// The limits keep a small hostile file from taking minutes or gigabytes; each is far above what
// Excel, WPS or LibreOffice write for a real log (see docs/input.md, 限制与拒绝的文件).

export const LIMITS = {
  /** Uncompressed size of one streamed part (a worksheet or the shared strings): 1 GiB. */
  partBytes: 1024 * 2 ** 20,
  /** Uncompressed size of the shared strings, which are held in memory. */
  sharedStringsBytes: 256 * 2 ** 20,
  /** Uncompressed size of a part read whole (workbook, relationships, styles, content types). */
  smallPartBytes: 64 * 2 ** 20,
  /** Uncompressed ÷ compressed size above which a part is taken for a zip bomb… */
  ratio: 200,
  /** …once it has grown past this many bytes (small parts of repeated markup compress very well). */
  ratioFloorBytes: 16 * 2 ** 20,
  /** Excel's limit on the characters of one cell. */
  cellChars: 32_767,
  /** The letterhead logo's picture. */
  logoBytes: 5 * 2 ** 20,
  /** One XML tag (its name and attributes); real ones are well under 1 KB. */
  tagChars: 64 * 1024,
};

/** Codes named as in core/failures.ts (InfoScoreError), so one can become the other unchanged. */
export type PackageErrorCode =
  | "notWorkbook" | "damagedPart" | "unsupportedCompression" | "encrypted" | "partMissing" | "partTooLarge" | "zipBomb" | "xmlMalformed"
  | "badCharRef" | "cellTooLong" | "logoTooLarge";

const TEXTS: Record<PackageErrorCode, [zh: string, en: string]> = {
  notWorkbook: ["不是有效的 xlsx 工作簿(无法解压),请确认文件完整,或在 Excel 中另存为 .xlsx", "not an xlsx workbook (cannot unzip: {why})"],
  damagedPart: ["工作簿部件 {part} 已损坏(无法解压),请在 Excel 中打开并另存后重试", "part {part} is damaged (cannot inflate); open and save it again in Excel"],
  unsupportedCompression: [
    "工作簿的部件 {part} 使用了不支持的压缩方式(编号 {method}),请在 Excel 或 WPS 中打开并另存为 .xlsx",
    "part {part} uses an unsupported compression method ({method}); open it in Excel or WPS and save it as .xlsx",
  ],
  encrypted: ["工作簿设有密码(已加密),无法读取,请先在 Excel 中取消密码", "the workbook is encrypted; remove the password in Excel first"],
  partMissing: ["不是有效的 xlsx 工作簿(缺少 {part})", "not an xlsx workbook ({part} is missing)"],
  partTooLarge: ["工作簿部件 {part} 解压后超过 {limit},已拒绝", "part {part} is larger than {limit} uncompressed; refused"],
  zipBomb: ["工作簿部件 {part} 的压缩比异常(超过 {ratio}:1),疑似压缩炸弹,已拒绝", "part {part} expands more than {ratio}:1 (a zip bomb?); refused"],
  xmlMalformed: ["工作簿部件 {part} 已损坏({why}),位置 {where}", "part {part} is damaged ({why}) at {where}"],
  badCharRef: ["{where} 含无效的字符引用 {ref},请在 Excel 中修正后重试", "{where} holds an invalid character reference {ref}; fix it in Excel"],
  cellTooLong: ["{where} 的文字超过 Excel 单元格上限 {limit} 个字符,已拒绝", "{where} holds more than Excel's {limit} characters per cell; refused"],
  logoTooLarge: ["输出模板中的标志图片超过 {limit},请换用较小的图片", "the logo picture on 输出模板 is larger than {limit}; use a smaller picture"],
};

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** A file that is not a workbook the tool can read (message "中文 / English"). */
export class NotAWorkbook extends Error {}

/**
 * A file the package layer cannot or will not read. `code` and `params` let a host show the
 * message in its own words; the message itself is "中文 / English", like NotAWorkbook's.
 */
export class PackageError extends NotAWorkbook {
  constructor(readonly code: PackageErrorCode, readonly params: Record<string, string | number> = {}) {
    super(`${fill(TEXTS[code][0], params)} / ${fill(TEXTS[code][1], params)}`);
    this.name = "PackageError";
  }

  text(lang: "zh" | "en"): string {
    return fill(TEXTS[this.code][lang === "zh" ? 0 : 1], this.params);
  }
}

export const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
