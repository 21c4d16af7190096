// The bundled sample as a workbook on the fake Excel (test/helpers/fakeExcel.ts), optionally with
// many extra log rows: what the adapter tests read and write.
import { SHEETS, type CellValue, type SheetKey } from "../../core/index.ts";
import { sampleSheets } from "../../templates/sample.ts";
import { FakeExcel } from "./fakeExcel.ts";

export function sampleBook(extraRows = 0, recordFormats = true): FakeExcel {
  const book = new FakeExcel(recordFormats);
  const sample = sampleSheets();
  const grid = (key: SheetKey, rows: CellValue[][]) => [SHEETS[key].columns.map((c) => c.names[0]), ...rows];
  const log = [...sample.submissions];
  for (let i = 0; i < extraRows; i++) {
    const base = sample.submissions[i % sample.submissions.length];
    log.push([`G${i}`, "2026-03-15", base[2], base[3], `${base[4]}-${i}`, ...base.slice(5)]);
  }
  book.addSheet("单位名册", grid("units", sample.units));
  book.addSheet("信息报送", grid("submissions", log));
  book.addSheet("业务指标", grid("staff", sample.staff));
  book.addSheet("业务完成", grid("actuals", sample.actuals));
  book.addSheet("考核记录", grid("staffEvents", sample.staffEvents));
  book.addSheet("评议打分", grid("ratings", sample.ratings));
  book.addSheet("我的图表页");
  return book;
}
