// The letterhead logo in Excel: the first picture on the 输出模板 sheet, as base64 PNG.
// Needs ExcelApi 1.10 (Shape.getAsImage); on an older Excel the results simply have no logo.
import { findSheetSpec } from "../../core/index.ts";
import { listWorksheets } from "./readInput.ts";

export async function readLogo(context: Excel.RequestContext): Promise<string | undefined> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.10")) return undefined;
  const sheet = (await listWorksheets(context)).find((s) => findSheetSpec(s.name)?.key === "templates")?.sheet;
  if (!sheet) return undefined;
  const shapes = sheet.shapes;
  shapes.load("items/type");
  await context.sync();
  const picture = shapes.items.find((s) => s.type === Excel.ShapeType.image);
  if (!picture) return undefined;
  const image = picture.getAsImage(Excel.PictureFormat.png);
  await context.sync();
  return image.value;
}
