// A workbook an interrupted add-in run left behind: a temporary sheet (InfoScore~…, marked with the
// sheet-scoped InfoScore_Temp, with a picture and a print-titles name), a user's sheet that merely
// starts with the prefix, and a user's sheet after them with its own sheet-scoped name. Plus a check
// that a package is consistent: every part named in [Content_Types].xml and in a relationship exists,
// and every sheet-scoped name points at a sheet.
import JSZip from "jszip";
import { TEMP_MARKER, TEMP_PREFIX } from "../../core/index.ts";
import { NS_R, ROSTER, row, rowsXml, workbookParts, zipParts } from "./xlsxParts.ts";

export const STALE_NAME = `${TEMP_PREFIX}mfx1k2~0`;
export const LOOKALIKE_NAME = `${TEMP_PREFIX}x`;
/** The look-alike's part, kept byte for byte. */
export const LOOKALIKE_PART = "xl/worksheets/sheet4.xml";

const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
/** A 1×1 red PNG. */
const PNG = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="), (c) =>
  c.charCodeAt(0),
);

const DRAWING =
  `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
  `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:ext cx="360000" cy="360000"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="徽标"/><xdr:cNvPicPr/></xdr:nvPicPr>` +
  `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
  `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

/** The workbook's bytes: 单位名册, 信息报送, the stale temporary sheet, the look-alike, 备注. */
export async function staleTempWorkbook(): Promise<Uint8Array> {
  const log = row(1, ["报送日期", "报送单位", "标题"]) + row(2, ["2026-03-05", "古邵镇", "春耕"]);
  const half = rowsXml(row(1, ["半成品"]))
    .replace("</sheetData>", `</sheetData><drawing r:id="rId1"/>`)
    .replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
  const parts = workbookParts(
    [
      ROSTER,
      { name: "信息报送", xml: log },
      { name: STALE_NAME, xml: half },
      { name: LOOKALIKE_NAME, xml: row(1, ["用户自己的表"]) },
      { name: "备注", xml: row(1, ["备注"]) + row(2, ["第二行"]) },
    ],
    {
      "xl/worksheets/_rels/sheet3.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
      "xl/drawings/drawing1.xml": DRAWING,
      "xl/drawings/_rels/drawing1.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/image" Target="../media/image1.png"/></Relationships>`,
      "xl/media/image1.png": PNG,
    },
  );
  parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] as string).replace(
    "</Types>",
    `<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  const names =
    `<definedName name="${TEMP_MARKER}" localSheetId="2" hidden="1">"mfx1k2"</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="2">'${STALE_NAME}'!$1:$1</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="4">'备注'!$A$1:$A$2</definedName>`;
  parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  return zipParts(parts);
}

/** What is inconsistent in a package: parts named but missing, names pointing past the sheets. */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const read = (path: string) => zip.file(path)!.async("string");
  for (const m of (await read("[Content_Types].xml")).matchAll(/<Override PartName="\/([^"]+)"/g))
    if (!zip.file(m[1])) problems.push(`content type for missing ${m[1]}`);
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const base = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const dir = base.includes("/") ? base.slice(0, base.lastIndexOf("/") + 1) : "";
    if (relsPath !== "_rels/.rels" && !zip.file(base)) problems.push(`relationships of missing ${base}`);
    for (const m of (await read(relsPath)).matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*\/>/g)) {
      if (m[0].includes('TargetMode="External"')) continue;
      const target = new URL(m[1], `file:///${relsPath === "_rels/.rels" ? "" : dir}`).pathname.slice(1);
      if (!zip.file(target)) problems.push(`${relsPath} points at missing ${target}`);
    }
  }
  const workbook = await read("xl/workbook.xml");
  const sheetCount = [...workbook.matchAll(/<sheet /g)].length;
  for (const m of workbook.matchAll(/localSheetId="(\d+)"/g)) if (Number(m[1]) >= sheetCount) problems.push(`name scoped to sheet ${m[1]}`);
  return problems;
}
