// The batch tool's progress line: it counts rows and never cuts the file's name; a narrow terminal
// loses the bar first, then the row count.
import { describe, expect, it } from "vitest";
import { displayWidth, Progress } from "../../cli/progress.ts";

describe("progress line", () => {
  const name = "2026年全区信息报送登记表（定稿）.xlsx";
  const progress = new Progress(3, "zh");
  progress.file(1, `/data/${name}`);

  it("shows the bar, the file count, the rows read and the whole name when there is room", () => {
    expect(progress.line(12_345, 120)).toBe(`[#######-------------] 2/3 已读 12,345 行 ${name}`);
  });

  it("drops the bar, then the row count, but keeps the name whole on a narrow terminal", () => {
    expect(progress.line(12_345, 60)).toBe(`2/3 已读 12,345 行 ${name}`);
    expect(progress.line(12_345, 40)).toBe(`2/3 ${name}`);
    expect(progress.line(12_345, 10)).toBe(`2/3 ${name}`);
  });

  it("says nothing about rows before the first is read, and counts Chinese characters as two columns", () => {
    expect(progress.line(0, 120)).toBe(`[#######-------------] 2/3 ${name}`);
    expect(displayWidth("已读 1 行")).toBe(9);
    expect(new Progress(1, "en").line(5, 80)).toBe("[--------------------] 1/1 5 rows read");
  });
});
