// One measured run in a fresh process; prints {ms, maxRssMB} as JSON on the last line.
//   e2e    infoscore recalc, as a user runs it
//   full   exceljs: full read + full write of the same file (baseline a)
//   stream exceljs: streaming read of every row (baseline b)
import ExcelJS from "exceljs";
import { main } from "../../cli/main.ts";

const [method, file, outDir] = process.argv.slice(2);
const start = performance.now();
if (method === "e2e") {
  const code = await main(["node", "infoscore", "recalc", file, "--period", "2026", "--out", outDir]);
  if (code > 1) throw new Error(`recalc failed with ${code}`);
} else if (method === "full") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(`${outDir}/full-copy.xlsx`);
} else if (method === "stream") {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "emit",
  });
  for await (const sheet of reader) for await (const row of sheet) rows += row.values ? 1 : 0;
  if (rows === 0) throw new Error("no rows");
} else throw new Error(`unknown method ${method}`);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
