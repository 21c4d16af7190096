// The letterhead logo: a picture the user put on the 输出模板 sheet is placed beside the title
// lines of the circulated notice and of every notice letter.
import { FILE_NAMES, InfoScoreError, findSheetSpec, layoutSheet, type IssueLog, type SheetModel } from "../core/index.ts";
import type { Package } from "./package.ts";
import { listSheets } from "./read.ts";
import { LIMITS, mib } from "./limits.ts";
import { relsPathOf, resolveTarget, tags } from "./xml.ts";

export interface Logo {
  bytes: Uint8Array;
  ext: "png" | "jpeg" | "gif";
}

/**
 * The first picture on the workbook's 输出模板 sheet, if any. One whose bytes are no PNG, JPEG
 * or GIF (a renamed file, a damaged copy) is left out, with a warning in `issues` naming it.
 */
export async function findLogo(pkg: Package, issues?: IssueLog): Promise<Logo | undefined> {
  const { sheets } = await listSheets(pkg);
  const sheet = sheets.find((s) => findSheetSpec(s.name)?.key === "templates");
  if (!sheet || !pkg.has(relsPathOf(sheet.path))) return undefined;
  const drawingRel = tags(await pkg.text(relsPathOf(sheet.path)), "Relationship").find((r) => r.attrs.Type?.endsWith("/drawing"));
  if (!drawingRel) return undefined;
  const drawing = resolveTarget(sheet.path, drawingRel.attrs.Target);
  if (!pkg.has(relsPathOf(drawing))) return undefined;
  const imageRel = tags(await pkg.text(relsPathOf(drawing)), "Relationship").find((r) => r.attrs.Type?.endsWith("/image"));
  if (!imageRel) return undefined;
  const media = resolveTarget(drawing, imageRel.attrs.Target);
  const ext = /\.(png|jpe?g|gif)$/i.exec(media)?.[1].toLowerCase().replace("jpg", "jpeg") as Logo["ext"] | undefined;
  if (!ext || !pkg.has(media)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await pkg.bytesOf(media, LIMITS.logoBytes);
  } catch (e) {
    if (e instanceof InfoScoreError && e.code === "partTooLarge")
      throw new InfoScoreError("logoTooLarge", { limit: mib(LIMITS.logoBytes) });
    throw e;
  }
  const kind = pictureKind(bytes);
  if (!kind) {
    issues?.warn("logoNotPicture", { sheet: sheet.name, cell: "" }, "INPUT", { part: media });
    return undefined;
  }
  return { bytes, ext: kind };
}

const SIGNATURES: Array<[Logo["ext"], number[]]> = [
  ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
];

/** What a picture's first bytes say it is (its name may say otherwise). */
function pictureKind(bytes: Uint8Array): Logo["ext"] | undefined {
  return SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
}

const EMU_PER_PX = 9525;
/** Logo height in pixels: it fits a title row. */
export const LOGO_PX = 40;

/** A drawing part with the logo at column A of each title row. */
export function logoDrawingXml(model: SheetModel): string {
  const rows = layoutSheet(model).titleRows;
  const size = LOGO_PX * EMU_PER_PX;
  const anchors = rows.map(
    (row, i) =>
      `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>${4 * EMU_PER_PX}</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${size}" cy="${size}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${FILE_NAMES.logo} ${i + 1}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${size}" cy="${size}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.join("") +
    "</xdr:wsDr>"
  );
}
