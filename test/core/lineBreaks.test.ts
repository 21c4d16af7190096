// Line breaks put in for print (避头尾): no printed line begins with a closing mark or ends with an
// opening one, a 《title》 that fits a line stays whole, and every line fits its cell.
import { describe, expect, it } from "vitest";
import { printedText, printLines, textUnits } from "../../core/sheets/paper.ts";

const NO_START = /^[。，、；：？！）」》』】〕]/;
const NO_END = /[（「《『【〔]$/;

describe("printLines", () => {
  it("moves a closing mark to the line before it would begin", () => {
    // 10 units of room at size 11 (width 11.5): four CJK characters a line, greedily "一二三四" / "。五六".
    expect(printLines("一二三四。五六", 11.5)).toEqual(["一二三", "四。五六"]);
    expect(printLines("一二三四，、五", 11.5)).toEqual(["一二三", "四，、五"]);
  });

  it("never ends a line on an opening mark, and keeps a 《title》 that fits together", () => {
    expect(printLines("一二三（四五", 11.5)).toEqual(["一二三", "（四五"]);
    // 7 characters a line: greedily "载于《峄城信息" would split the title.
    expect(printLines("载于《峄城信息》第3期", 16)).toEqual(["载于", "《峄城信息》第", "3期"]);
  });

  it("keeps a number whole", () => {
    // Greedily "共报送信息12" / "345条".
    expect(printLines("共报送信息12345条", 14.5)).toEqual(["共报送信息", "12345条"]);
  });

  it("every line of a long paragraph fits and obeys 避头尾", () => {
    const text =
      "各单位要进一步提高思想认识，把信息报送作为一项经常性工作抓紧抓好，聚焦中心工作和群众关切，及时报送有情况、有分析、有建议的信息。" +
      "缺报单位要认真查找原因，切实加以整改（见附件）。《信息工作通报》按月印发。";
    for (const width of [9, 13, 17, 23, 31, 47]) {
      const lines = printLines(text, width, 12);
      expect(lines.join("")).toBe(text);
      for (const line of lines) {
        expect(line, `${width}: ${line}`).not.toMatch(NO_START);
        expect(line, `${width}: ${line}`).not.toMatch(NO_END);
        expect(textUnits(line, 12)).toBeLessThanOrEqual(width - 1);
      }
    }
  });

  it("keeps the paragraph breaks it was given", () => {
    expect(printLines("甲\n乙", 20)).toEqual(["甲", "乙"]);
  });
});

describe("printedText: what a wrapped table cell holds", () => {
  it("leaves a text whole when the spreadsheet's own wrap breaks nowhere 避头尾 forbids", () => {
    // A unit name copied from its cell is the name, however the cell wraps it.
    expect(printedText("区住房和城乡建设局", 18)).toBe("区住房和城乡建设局");
    expect(printedText("区人力资源和社会保障局", 18)).toBe("区人力资源和社会保障局");
    expect(printedText("关于推进春耕备耕和粮食生产工作的情况报告", 36)).toBe("关于推进春耕备耕和粮食生产工作的情况报告");
  });

  it("puts the breaks in where the spreadsheet's wrap would begin a line with a closing mark", () => {
    // Four or five characters a line: either way a line of the spreadsheet's would begin with ，or 。
    const text = "一二三四，五六七八。九十一二三";
    const printed = printedText(text, 11.5);
    expect(printed).toContain("\n");
    expect(printed.replace(/\n/g, "")).toBe(text);
    for (const line of printed.split("\n")) expect(line).not.toMatch(NO_START);
  });

  it("keeps the breaks a text was given", () => {
    expect(printedText("甲\n乙", 20)).toBe("甲\n乙");
  });
});
