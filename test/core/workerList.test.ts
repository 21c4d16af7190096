// 优秀信息工作者候选名单 as its title and note say (N8): the candidates only, each a name beside its
// unit, the unit in the name only where a template leaves the 单位 column out (D3); the JSON keeps every worker.
import { describe, expect, it } from "vitest";
import { buildResultSheets, compute, IssueLog, resolveTemplates, type SheetModel, type TableBlock } from "../../core/index.ts";
import { textUnits } from "../../core/sheets/paper.ts";
import { day, input, period, sub, unit } from "../helpers/records.ts";

const SHEET = "优秀信息工作者";
const tableOf = (m: SheetModel) => m.blocks.find((b): b is TableBlock => b.kind === "table")!;
const at = (where: string) => ({ sheet: "输出模板", cell: where });

/** 12 writers of 3 units, 王磊 in two of them; 12 items for the first, one fewer for each next, 8th and 9th tied. */
function twelveWriters(columns?: string) {
  const units = [unit("区人力资源和社会保障局"), unit("古邵镇"), unit("区发展和改革局")];
  const names = ["王磊", "王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴刚", "郑爽"];
  const count = (i: number) => 12 - i + (i === 8 ? 1 : 0);
  const submissions = names.flatMap((author, i) =>
    Array.from({ length: count(i) }, (_, k) => sub(units[i % 3].name, `2026-03-${String(k + 2).padStart(2, "0")}`, [], { author })),
  );
  const issues = new IssueLog();
  const results = compute(input({ units, submissions }), { period: period("2026-03"), asOf: day("2026-04-03"), issues });
  const rows = columns === undefined ? [] : [{ sheet: SHEET, item: "列", content: columns, where: at("C2") }];
  const templates = resolveTemplates(rows, issues);
  const sheets = buildResultSheets(results, { generatedAt: "2026-04-03 09:00", templates, issues });
  return { results, sheet: sheets.find((s) => s.name === SHEET)!, issues };
}

describe("优秀信息工作者候选名单", () => {
  it("lists the candidates only (名额 10, ties at the boundary in, no more); the JSON keeps every worker", () => {
    const { results, sheet } = twelveWriters();
    const table = tableOf(sheet);
    const rows = [...table.rows()];
    const candidates = results.workers.filter((w) => w.excellentCandidate);
    expect(results.workers.length).toBeGreaterThan(candidates.length);
    expect(candidates.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(candidates.map((w) => w.rank));
    expect(rows.every((r) => Number(r[0]) <= 10 && Number(r[4]) > 0)).toBe(true);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8, 10]);
    expect(table.header).toEqual(["排名", "撰稿人", "单位", "条数", "得分"]);
  });

  it("shows the bare name beside the 单位 column, sized so that no name or unit breaks", () => {
    const { sheet } = twelveWriters();
    const table = tableOf(sheet);
    const rows = [...table.rows()];
    const wang = rows.filter((r) => r[1] === "王磊");
    expect(new Set(wang.map((r) => r[2]))).toEqual(new Set(["古邵镇", "区人力资源和社会保障局"]));
    for (const r of rows) expect(String(r[1])).not.toMatch(/（/);
    // A cell's text fits its column on one line (the spreadsheet's margin of about 1.5 units aside).
    for (const r of rows) {
      expect(textUnits(String(r[1])) + 1.5).toBeLessThanOrEqual(sheet.widths[1]);
      expect(textUnits(String(r[2])) + 1.5).toBeLessThanOrEqual(sheet.widths[2]);
    }
  });

  it("writes 姓名（单位） for namesakes where a template leaves the 单位 column out", () => {
    const { sheet, issues } = twelveWriters("排名，撰稿人，得分");
    const table = tableOf(sheet);
    expect(table.header).toEqual(["排名", "撰稿人", "得分"]);
    const names = [...table.rows()].map((r) => r[1]);
    expect(names).toContain("王磊（古邵镇）");
    expect(names).toContain("王磊（区人力资源和社会保障局）");
    expect(names).toContain("李娜");
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
  });

  it("reads the column list an earlier template wrote (with 优秀候选) as the default, without a warning", () => {
    const { sheet, issues } = twelveWriters("排名,撰稿人,单位,条数,得分,优秀候选");
    expect(tableOf(sheet).header).toEqual(["排名", "撰稿人", "单位", "条数", "得分"]);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
  });

  it("reports 优秀候选 in a list of the user's own as an unknown column and applies the rest", () => {
    const { sheet, issues } = twelveWriters("撰稿人，优秀候选，得分");
    expect(tableOf(sheet).header).toEqual(["撰稿人", "得分"]);
    const warned = issues.list.filter((i) => i.rule === "TEMPLATE");
    expect(warned).toHaveLength(1);
    expect(JSON.stringify(warned[0])).toContain("优秀候选");
  });
});
