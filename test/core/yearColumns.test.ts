// A 通报 whose period starts on 1 January counts the year itself: its score is the 本年累计得分 and its
// 报送 the 累计条数, so the table does not repeat them; later periods keep both.
import { describe, expect, it } from "vitest";
import { buildResultSheets, compute, IssueLog, resolveTemplates, type TableBlock } from "../../core/index.ts";
import { day, input, period, sub, unit } from "../helpers/records.ts";

const YTD = ["本年累计得分", "累计条数"];

function ranking(p: string, asOf: string, columns?: { sheet: string; content: string }) {
  const units = [unit("甲"), unit("乙")];
  const submissions = [
    sub("甲", "2026-01-05", ["district.adopted"]),
    sub("乙", "2026-02-05"),
    sub("甲", "2026-04-06"),
    sub("乙", "2026-07-07"),
  ];
  const issues = new IssueLog();
  const results = compute(input({ units, submissions }), { period: period(p), asOf: day(asOf), issues });
  const rows = columns ? [{ sheet: columns.sheet, item: "列", content: columns.content, where: { sheet: "输出模板", cell: "C2" } }] : [];
  const sheets = buildResultSheets(results, { generatedAt: `${asOf} 09:00`, templates: resolveTemplates(rows, issues), issues });
  const sheet = sheets.find((s) => s.kind === "ranking")!;
  return { header: sheet.blocks.find((b): b is TableBlock => b.kind === "table")!.header, issues };
}

describe("本年累计得分 and 累计条数 in the 通报", () => {
  it("are left out when the period starts on 1 January (the year, a first quarter or half, January, a range from 1 January)", () => {
    for (const [p, asOf] of [
      ["2026", "2027-01-05"],
      ["2026-Q1", "2026-04-05"],
      ["2026-H1", "2026-07-05"],
      ["2026-01", "2026-02-05"],
      ["2026-01-01..2026-05-31", "2026-06-05"],
    ]) {
      const { header } = ranking(p, asOf);
      for (const h of YTD) expect(header, p).not.toContain(h);
    }
  });

  it("are kept for a period that starts later in the year", () => {
    for (const [p, asOf] of [
      ["2026-03", "2026-04-05"],
      ["2026-Q3", "2026-10-05"],
      ["2026-H2", "2027-01-05"],
      ["2026-01-02..2026-05-31", "2026-06-05"],
    ]) {
      const { header } = ranking(p, asOf);
      for (const h of YTD) expect(header, p).toContain(h);
    }
  });

  it("named in a 列 list of a period that leaves them out, are passed over without a warning; the rest applies", () => {
    const { header, issues } = ranking("2026", "2027-01-05", { sheet: "年度汇总", content: "单位，本年得分，本年累计得分，累计条数" });
    expect(header).toEqual(["单位", "本年得分"]);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    const month = ranking("2026-01", "2026-02-05", { sheet: "月度通报", content: "排名，单位，本月得分，本年累计得分" });
    expect(month.header).toEqual(["排名", "单位", "本月得分"]);
    expect(month.issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
  });
});
