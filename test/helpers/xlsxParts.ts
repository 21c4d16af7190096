// Small xlsx packages written part by part from XML text, for tests of the package layer:
// shapes that spreadsheet libraries do not produce (prefixes, CDATA, hostile markup).
import { ZipWriter, crc32, type ZipEntry } from "../../ooxml/zip.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetPart {
  name: string;
  /** The worksheet XML, or the <sheetData> rows alone (wrapped in a worksheet). */
  xml: string;
}

export const rowsXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** Inline-string cells, one row: `row(2, ["a", "b"])`. */
export function row(r: number, values: Array<string | number | null>): string {
  const cells = values.map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`;
    if (v === null) return "";
    if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
  });
  return `<row r="${r}">${cells.join("")}</row>`;
}

/** The parts of a workbook with these sheets; `extra` parts are added or replace the defaults. */
export function workbookParts(
  sheets: SheetPart[],
  extra: Record<string, string | Uint8Array> = {},
  workbookPr = "",
): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${workbookPr}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `</Relationships>`,
  };
  sheets.forEach(
    (s, i) =>
      (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml.startsWith("<?xml") || s.xml.includes("<worksheet") ? s.xml : rowsXml(s.xml)),
  );
  return { ...parts, ...extra };
}

/** A zip of the parts: deflated, or stored (method 0) when `stored` (fast for many parts). */
export async function zipParts(
  parts: Record<string, string | Uint8Array> | Array<[string, string | Uint8Array]>,
  stored = false,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter(nodeCodec, (b) => void chunks.push(b));
  const encoder = new TextEncoder();
  for (const [name, content] of Array.isArray(parts) ? parts : Object.entries(parts)) {
    const bytes = typeof content === "string" ? encoder.encode(content) : content;
    if (stored) {
      const entry: ZipEntry = { name, method: 0, crc: crc32(bytes), compressedSize: bytes.length, size: bytes.length, dataOffset: 0 };
      await writer.add(name, { kind: "raw", entry, bytes });
    } else await writer.add(name, { kind: "bytes", bytes });
  }
  await writer.finish();
  return concat(chunks);
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The minimal input sheets: a roster of two units and a log of three submissions. */
export const ROSTER = { name: "单位名册", xml: row(1, ["单位"]) + row(2, ["古邵镇"]) + row(3, ["峨山镇"]) };
