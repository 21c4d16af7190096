// Pictures for docs/使用手册.md, rendered from the product's own output: the sample workbook is
// recalculated by the batch tool, LibreOffice prints the sheets to PDF, pdftoppm makes PNGs.
// Run: npx tsx test/print/docImages.ts   (writes docs/images/*.png)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../cli/main.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { libreOfficePdf, OFFICE_FONTS } from "../helpers/lo.ts";
import { onlySheets } from "../helpers/printPdf.ts";
import { tempDir } from "../helpers/tmp.ts";
import { realisticSample } from "./realistic.ts";

const OUT = join(process.cwd(), "docs", "images");
const dir = tempDir("infoscore-docimages-");

/** First page of one sheet of a workbook as docs/images/<name>.png. */
async function picture(file: string, sheet: string, name: string): Promise<void> {
  const pdf = libreOfficePdf(await onlySheets(file, (n) => n === sheet, name), dir);
  execFileSync("pdftoppm", ["-png", "-r", "72", "-f", "1", "-l", "1", pdf, join(dir, name)]);
  const made = readdirSync(dir).find((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))!;
  renameSync(join(dir, made), join(OUT, `${name}.png`));
}

/** First page of a Word file as docs/images/<name>.png (fonts mapped as in the tests). */
function wordPicture(file: string, name: string): void {
  const pdf = libreOfficePdf(file, dir, OFFICE_FONTS);
  execFileSync("pdftoppm", ["-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, join(OUT, name)]);
}

mkdirSync(OUT, { recursive: true });
const input = join(dir, "示例.xlsx");
await buildInputWorkbook({ data: realisticSample() }).xlsx.writeFile(input);
await picture(input, "信息报送", "01-填写-信息报送");
const quiet = { log: console.log };
console.log = () => {};
await main(["node", "infoscore", "recalc", input, "--period", "2026-03", "--as-of", "2026-04-03", "--docx"]);
await main(["node", "infoscore", "recalc", input, "--period", "2026", "--as-of", "2026-04-03"]);
console.log = quiet.log;
const month = join(dir, "示例-结果-2026-03.xlsx");
await picture(month, "校验问题", "02-检查-校验问题");
await picture(month, "月度通报", "03-月度通报");
await picture(month, "缺报通知单", "04-缺报通知单");
await picture(month, "重点帮促", "05-重点帮促");
await picture(month, "个人考核结果", "06-个人考核结果");
await picture(join(dir, "示例-结果-2026.xlsx"), "年度汇总", "07-年度汇总");
const words = join(dir, "示例-公文-2026-03");
wordPicture(join(words, "信息工作通报.docx"), "08-公文-信息工作通报");
wordPicture(
  join(
    words,
    readdirSync(words).find((f) => f.startsWith("缺报通知单-"))!,
  ),
  "09-公文-缺报通知单",
);
rmSync(dir, { recursive: true, force: true });
console.log(`pictures written to ${OUT}`);
