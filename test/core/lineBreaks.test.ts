// Lines counted for print (避头尾): no printed line begins with a closing mark or ends with an
// opening one, a 《title》 that fits a line stays whole, and every line fits its cell; rows are as tall
// as these lines, while the cells hold their text whole.
import { describe, expect, it } from "vitest";
import { printLines, textUnits, wrapLines } from "../../core/sheets/paper.ts";

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

describe("wrapLines: how tall a cell written whole must be", () => {
  it("counts the lines 避头尾 takes: a closing mark moved down makes a line more than a plain wrap", () => {
    // Four characters a line: greedily 一二三四 / ，五六七 / 八; 避头尾 moves 四 down: 一二三 / 四，五六 / 七八.
    const text = "一二三四，五六七八";
    expect(printLines(text, 11.5)).toHaveLength(3);
    expect(wrapLines(text, 11.5)).toBeGreaterThanOrEqual(printLines(text, 11.5).length);
  });

  it("never counts fewer lines than a spreadsheet a unit narrower would wrap to", () => {
    const text = "各单位要进一步提高思想认识，把信息报送作为一项经常性工作抓紧抓好，聚焦中心工作和群众关切。";
    for (const width of [9, 13, 17, 23, 31, 47]) {
      expect(wrapLines(text, width, 12)).toBeGreaterThanOrEqual(printLines(text, width - 1, 12).length);
    }
  });

  it("keeps the paragraph breaks it was given", () => {
    expect(wrapLines("甲\n乙", 20)).toBe(2);
  });
});
