// What the package layer accepts. Beyond it, a file is refused with a typed failure
// (InfoScoreError: partTooLarge, zipBomb, cellTooLong, logoTooLarge …, texts in core/text.ts).
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

export const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
