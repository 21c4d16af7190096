// An issue's message carries its place in front (docs/input.md): sheet!cell, then the text, joined
// in the run's language: 信息报送!B7：… in Chinese, Sheet!B7: … in English. A sheet-level message that
// already opens with the sheet's name (评议打分表中没有…) does not repeat it.
import { describe, expect, it } from "vitest";
import { compute, IssueLog, readGrids, type CellValue, type Lang } from "../../core/index.ts";
import { input, period, staffOnTarget, unit } from "../helpers/records.ts";

/** A log whose 报送日期 (column B) of row 7 is “x”; rows 3 to 6 are left blank, as a clerk might. */
function badDateIn(logSheet: string, rosterSheet: string, lang: Lang) {
  const blank: CellValue[] = ["", "", "", ""];
  const issues = new IssueLog(lang);
  readGrids(
    {
      sheets: [
        {
          name: rosterSheet,
          rows: [
            ["单位", "主要负责人"],
            ["古邵镇", "张书记"],
          ],
        },
        {
          name: logSheet,
          rows: [
            ["编号", "报送日期", "报送单位", "标题"],
            ["1", "2026-03-05", "古邵镇", "a"],
            blank,
            blank,
            blank,
            blank,
            ["2", "x", "古邵镇", "b"],
          ],
        },
      ],
    },
    issues,
  );
  return issues.list;
}

const missingRatings = (lang: Lang) =>
  compute(input({ staff: [staffOnTarget("张三")], ratings: [] }), { period: period("2026"), lang }).issues.find(
    (i) => i.code === "missingRatings",
  )!;

describe("an issue's place in front of its message", () => {
  it("Chinese: sheet!cell and a full-width colon, no space", () => {
    const [issue] = badDateIn("信息报送", "单位名册", "zh");
    expect([issue.sheet, issue.cell, issue.code]).toEqual(["信息报送", "B7", "badDate"]);
    expect(issue.message).toBe(`信息报送!B7：${issue.detail}`);
    expect(issue.message).toMatch(/^信息报送!B7：“x”不是有效日期/);
  });

  it("English: sheet!cell, a colon and a space", () => {
    const [issue] = badDateIn("Submissions", "Units", "en");
    expect([issue.sheet, issue.cell, issue.code]).toEqual(["Submissions", "B7", "badDate"]);
    expect(issue.message).toBe(`Submissions!B7: ${issue.detail}`);
    expect(issue.message).toMatch(/^Submissions!B7: “x” is not a date/);
  });

  it("a sheet-level message that opens with its sheet's name has no place in front", () => {
    const zh = missingRatings("zh");
    expect([zh.sheet, zh.cell]).toEqual(["评议打分", ""]);
    expect(zh.message).toBe("评议打分表中没有张三的群众评议、考评小组、主任办公会评分，暂不计算综合分（待评）；补录后重新计算");
    expect(zh.message).toBe(zh.detail);
  });

  it("a sheet-level message that does not open with the sheet's name keeps it in front", () => {
    const en = missingRatings("en");
    expect(en.message).toBe(`评议打分: ${en.detail}`);
    expect(en.detail).toMatch(/^the ratings sheet has no/);
    const noItems = compute(input({ units: [unit("古邵镇")] }), { period: period("2026"), lang: "zh" }).issues.find(
      (i) => i.code === "noItemsInPeriod",
    )!;
    expect([noItems.sheet, noItems.cell]).toEqual(["信息报送", ""]);
    expect(noItems.message).toBe("信息报送：本期间（2026）没有任何报送记录，请确认期间与工作簿");
  });
});
