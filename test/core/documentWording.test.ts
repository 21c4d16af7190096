// The wording of what goes out, read as a 区委办 clerk reads it: counts of months in one style, each
// unit named once in the 通报, no praise for a unit the same 通报 names, no note to the clerk on a
// document, Chinese punctuation in Chinese text, and headers that say which period they count.
import { describe, expect, it } from "vitest";
import { buildResultSheets, compute, IssueLog, resolveTemplates, type SheetModel, type TableBlock } from "../../core/index.ts";
import { sampleJob } from "../helpers/sampleJob.ts";
import { day, input, period, sub, unit } from "../helpers/records.ts";

/** The bundled sample's result sheets and JSON, as `infoscore recalc --period p --as-of asOf` makes them. */
async function sample(p: string, asOf: string) {
  const job = await sampleJob(p, asOf);
  return { sheets: job.models, json: job.json() };
}

const RUNS: Array<[string, string]> = [
  ["2026-03", "2026-04-03"],
  ["2026-Q1", "2026-04-03"],
  ["2026-H1", "2026-07-03"],
  ["2026", "2026-12-31"],
];

const byName = (sheets: readonly SheetModel[], name: string) => sheets.find((s) => s.name === name)!;
const tableOf = (m: SheetModel) => m.blocks.find((b): b is TableBlock => b.kind === "table")!;
/** Text blocks as read: the line breaks a sheet wraps its paragraphs at are not part of the words. */
const textsOf = (m: SheetModel) => m.blocks.flatMap((b) => (b.kind === "text" ? [b.text.replace(/\n/g, "")] : []));
/** Every text of a sheet: its text blocks, its tables' headers and cells. */
function everyText(m: SheetModel): string[] {
  const out = textsOf(m);
  for (const b of m.blocks) {
    if (b.kind !== "table") continue;
    out.push(...b.header);
    for (const row of b.rows()) for (const c of row) if (typeof c === "string") out.push(c);
  }
  return out;
}

describe("the sample's documents, as a clerk reads them", () => {
  it("use Chinese punctuation in Chinese text: no half-width , ; : ( ) beside a Chinese character, on any sheet", async () => {
    const halfWidth = /[\p{Script=Han}][,;:()]|[,;:()][\p{Script=Han}]/u;
    const found: string[] = [];
    for (const [p, asOf] of RUNS) {
      for (const m of (await sample(p, asOf)).sheets)
        found.push(
          ...everyText(m)
            .filter((t) => halfWidth.test(t))
            .map((t) => `${p} ${m.name}: ${t}`),
        );
    }
    expect(found).toEqual([]);
  });

  it("put no half-width space between a Chinese character and a number (codes such as U1 keep theirs)", async () => {
    const spaced = /[\p{Script=Han}] \d|(?<![A-Z]\d*)\d [\p{Script=Han}]/u;
    const found: string[] = [];
    for (const [p, asOf] of RUNS) {
      for (const m of (await sample(p, asOf)).sheets)
        found.push(
          ...everyText(m)
            .filter((t) => spaced.test(t))
            .map((t) => `${p} ${m.name}: ${t}`),
        );
    }
    expect(found).toEqual([]);
  });

  it("write every count of months in digits (GB/T 15835-2011): 通报, letters and 重点帮促 alike", async () => {
    const year = await sample("2026", "2026-12-31");
    const body = textsOf(byName(year.sheets, "年度汇总")).join("");
    expect(body).toContain("已连续9个月未报送信息，区农业农村局已连续10个月未报送信息，区教育和体育局、区卫生健康局已连续11个月未报送信息");
    expect(textsOf(byName(year.sheets, "重点帮促通知")).join("")).toContain("连续9个月未向区委办报送信息");
    const month = await sample("2026-03", "2026-04-03");
    expect(textsOf(byName(month.sheets, "月度通报")).join("")).toContain("已连续2个月未报送信息");
    expect(textsOf(byName(month.sheets, "缺报通知单")).join("")).toContain("连续2个月未向区委办报送信息");
    const words = /[一二两三四五六七八九十]+个月/u;
    for (const [p, asOf] of RUNS) {
      for (const m of (await sample(p, asOf)).sheets)
        expect(
          everyText(m).filter((t) => words.test(t)),
          `${p} ${m.name}`,
        ).toEqual([]);
    }
  });

  it("say 予以点名通报 once and name each unit once for missing the month, the notices and 帮促 by their thresholds", async () => {
    const lines = textsOf(byName((await sample("2026-03", "2026-04-03")).sheets, "月度通报"));
    const named = lines.filter((l) => l.includes("予以点名通报"));
    expect(named).toEqual([
      "\u3000\u30002026年3月份，区农业农村局未报送信息，区教育和体育局、区卫生健康局已连续2个月未报送信息，予以点名通报；" +
        "连续2个月未报送信息的单位已寄发缺报通知单。",
    ]);
    expect(named[0].split("予以点名通报")).toHaveLength(2);
    // No other paragraph names those units again.
    for (const u of ["区农业农村局", "区教育和体育局", "区卫生健康局"]) {
      expect(lines.filter((l) => l.startsWith("\u3000\u3000") && l.includes(u))).toHaveLength(1);
    }
    const year = textsOf(byName((await sample("2026", "2026-12-31")).sheets, "年度汇总"));
    expect(year.filter((l) => l.includes("予以点名通报"))[0]).toMatch(/予以点名通报；连续3个月及以上未报送信息的单位已列为重点帮促单位。$/);
    expect(year.filter((l) => l.includes("区卫生健康局"))).toHaveLength(1);
  });

  it("praise as 前列 no unit the same 通报 names or lists for 帮促 (the year names all: no 前列 sentence)", async () => {
    const year = textsOf(byName((await sample("2026", "2026-12-31")).sheets, "年度汇总"));
    expect(year.filter((l) => l.includes("位居前列"))).toEqual([]);
    const month = textsOf(byName((await sample("2026-03", "2026-04-03")).sheets, "月度通报"));
    expect(month).toContain("\u3000\u3000底阁镇、阴平镇、吴林街道报送采用情况较好，位居前列。");
  });

  it("keep the clerk's notes off the documents; the candidates' basis is said in officialese", async () => {
    const year = await sample("2026", "2026-12-31");
    expect(everyText(byName(year.sheets, "重点帮促")).join("")).not.toContain("信息科");
    expect(textsOf(byName(year.sheets, "先进单位"))).toContain("按排名前5名（并列的一并列入），得分为0的单位不列入。");
    const workers = textsOf(byName(year.sheets, "优秀信息工作者"));
    expect(workers).toContain("按得分排名前10名（并列的一并列入），得分为0的不列入。");
    expect(workers.join("")).not.toContain("撰稿人均计全分");
    expect(textsOf(byName(year.sheets, "个人考核结果")).join("")).toContain("（评议分按百分制评分，乘以10折算）");
  });

  it("show the grade as 优秀（推荐） while the JSON keeps the contract's 优秀(推荐)", async () => {
    const { sheets, json } = await sample("2026", "2026-12-31");
    const staff = tableOf(byName(sheets, "个人考核结果"));
    const grade = staff.header.indexOf("等次");
    const grades = [...staff.rows()].map((r) => r[grade]);
    expect(grades).toContain("优秀（推荐）");
    expect(grades).not.toContain("优秀(推荐)");
    expect((json as { staff: Array<{ grade: string }> }).staff.map((s) => s.grade)).toContain("优秀(推荐)");
  });
});

describe("the result tables' layout words", () => {
  it("centre 重点帮促's count of months, so it does not run into the left-aligned months beside it", async () => {
    const table = tableOf(byName((await sample("2026", "2026-12-31")).sheets, "重点帮促"));
    const at = table.header.indexOf("连续缺报月数");
    expect(table.styles[at]).toBe("center");
    expect(table.styles[at + 1]).toBe("textWrap");
  });

  it("head the summaries' score column 本季度得分, 本半年得分, 本年得分 (期间得分 only for a date range)", async () => {
    const header = async (p: string, asOf: string, name: string) => tableOf(byName((await sample(p, asOf)).sheets, name)).header;
    expect(await header("2026-Q1", "2026-04-03", "季度汇总")).toContain("本季度得分");
    expect(await header("2026-H1", "2026-07-03", "半年汇总")).toContain("本半年得分");
    expect(await header("2026", "2026-12-31", "年度汇总")).toContain("本年得分");
    for (const h of [await header("2026-Q1", "2026-04-03", "季度汇总"), await header("2026", "2026-12-31", "年度汇总")]) {
      expect(h).not.toContain("期间得分");
    }
  });

  it("still finds that column when a 列 list names it 期间得分", () => {
    const issues = new IssueLog();
    const data = input({ units: [unit("甲"), unit("乙")], submissions: [sub("甲", "2026-01-05"), sub("乙", "2026-02-05")] });
    const results = compute(data, { period: period("2026-Q1"), asOf: day("2026-04-10"), issues });
    const templates = resolveTemplates(
      [{ sheet: "季度汇总", item: "列", content: "单位，期间得分", where: { sheet: "输出模板", cell: "C2" } }],
      issues,
    );
    const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues });
    expect(tableOf(byName(sheets, "季度汇总")).header).toEqual(["单位", "本季度得分"]);
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
  });
});

describe("前列 leaves out the units the 通报 names", () => {
  it("takes the next ones when the top unit missed the month", () => {
    // 甲 leads the quarter on January's points but sent nothing since: named, so not 前列.
    const units = [unit("甲"), unit("乙"), unit("丙"), unit("丁"), unit("戊")];
    const submissions = [
      sub("甲", "2026-01-05", ["district.adopted", "city.adopted"]),
      sub("乙", "2026-03-02", ["district.adopted"]),
      sub("丙", "2026-03-03", ["district.adopted"]),
      sub("丁", "2026-03-04"),
      sub("戊", "2026-01-04"),
      sub("戊", "2026-02-04"),
    ];
    const issues = new IssueLog();
    const results = compute(input({ units, submissions }), { period: period("2026-Q1"), asOf: day("2026-04-10"), issues });
    expect(results.units.find((u) => u.unit.name === "甲")!.rank).toBe(1);
    const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates: resolveTemplates([], issues), issues });
    const lines = textsOf(byName(sheets, "季度汇总"));
    expect(lines).toContain("\u3000\u3000乙、丙、丁报送采用情况较好，位居前列。");
    expect(lines.filter((l) => l.includes("甲"))).toEqual([
      "\u3000\u30002026年3月份，戊未报送信息，甲已连续2个月未报送信息，予以点名通报；连续2个月未报送信息的单位已寄发缺报通知单。",
    ]);
  });
});

describe("the 点名 sentence with a user's own texts", () => {
  const run = (rows: Array<[string, string, string]>) => {
    const issues = new IssueLog();
    const data = input({ units: [unit("甲"), unit("乙")], submissions: [sub("甲", "2026-01-05"), sub("乙", "2026-03-05")] });
    const results = compute(data, { period: period("2026-03"), asOf: day("2026-04-10"), issues });
    const templates = resolveTemplates(
      rows.map(([sheet, item, content], i) => ({ sheet, item, content, where: { sheet: "输出模板", cell: `C${i + 2}` } })),
      issues,
    );
    return textsOf(byName(buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues }), "月度通报"));
  };

  it("takes a 通知单单位 text ending in 。 as a clause of the sentence", () => {
    expect(run([["月度通报", "通知单单位", "已向其主要负责同志寄发缺报通知单。"]])).toContain(
      "\u3000\u30002026年3月份，甲已连续2个月未报送信息，予以点名通报；已向其主要负责同志寄发缺报通知单。",
    );
  });

  it("follows a 点名 text without {{处理情况}} with the notice clause as a sentence of its own", () => {
    // (The earlier default "{{评估月份}}份，{{点名情况}}。" is read as today's, with {{处理情况}}.)
    expect(run([["月度通报", "点名", "{{评估月份}}份，{{点名情况}}。"]])).toContain(
      "\u3000\u30002026年3月份，甲已连续2个月未报送信息，予以点名通报；连续2个月未报送信息的单位已寄发缺报通知单。",
    );
    const lines = run([["月度通报", "点名", "{{评估月份}}，{{点名情况}}。"]]);
    expect(lines).toContain("\u3000\u30002026年3月，甲已连续2个月未报送信息，予以点名通报。");
    expect(lines).toContain("\u3000\u3000连续2个月未报送信息的单位已寄发缺报通知单。");
  });
});
