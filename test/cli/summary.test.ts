// The terminal's sentences about the as-of date and the period a check covered: Chinese sentences
// write dates as 2026年12月7日 and months as spans (2026年1月至11月); English keeps 2026-12-07.
import { describe, expect, it } from "vitest";
import { compute } from "../../core/index.ts";
import { asOfSummary, checkedPeriodLine } from "../../cli/summary.ts";
import { day, input, period } from "../helpers/records.ts";

const results = (p: string, asOf: string) => compute(input({}), { period: period(p), asOf: day(asOf) });

describe("as-of and period sentences", () => {
  it("a year not yet ended: the as-of date and the month assessed in Chinese forms, ISO in English", () => {
    const r = results("2026", "2026-12-07");
    expect(asOfSummary(r, "zh")).toBe("  截至2026年12月7日，本期间尚未结束，缺报按已结束的2026年11月判断");
    expect(asOfSummary(r, "en")).toBe(
      "  as of 2026-12-07: the period has not ended; missing submissions are assessed for 2026-11, the last ended month",
    );
  });

  it("validate names the period it checked: the months assessed, as one span", () => {
    expect(checkedPeriodLine(results("2026", "2026-12-07"), "zh")).toBe("检查期间：2026年1月至11月");
    expect(checkedPeriodLine(results("2026", "2026-12-07"), "en")).toBe("period checked: 2026-01 to 2026-11");
    expect(checkedPeriodLine(results("2026-03", "2026-11-29"), "zh")).toBe("检查期间：2026年3月");
    expect(checkedPeriodLine(results("2026-Q1", "2026-11-29"), "zh")).toBe("检查期间：2026年1月至3月");
  });

  it("with no month of the period ended, the period is named with what that means", () => {
    expect(checkedPeriodLine(results("2026-12", "2026-12-07"), "zh")).toBe("检查期间：2026年12月（截至2026年12月7日尚未结束）");
  });
});
