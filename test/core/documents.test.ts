// The result sheets as documents an office issues: the 通报's 正文 and ranking table, the letters,
// the staff appraisal's reasons and footnote, every text customisable, and "截至" (D1).
import { describe, expect, it } from "vitest";
import {
  acceptedItems,
  buildResultSheets,
  compute,
  DEFAULT_RULES,
  IssueLog,
  officialDocuments,
  resolveTemplates,
  textItems,
  type RuleSet,
  type SheetModel,
  type TableBlock,
} from "../../core/index.ts";
import { day, event, input, period, ratingsAll, staff, staffOnTarget, sub, unit } from "../helpers/records.ts";

// 甲 and 乙 are towns, 丙 and 丁 departments. Hand-computed March points (U1 1, U2 5, U4 10, U5 50, U8 100):
// 甲 (1+5+10) + (1+5+50) + 1 = 73; 乙 1+5+100 = 106; 丙 and 丁 nothing (丙 missing Feb–Mar: notice;
// 丁 missing Jan–Mar: assistance). February: 甲 1, the others 0.
function district() {
  const units = [
    unit("甲", { category: "镇街", leader: "张三" }),
    unit("乙", { category: "镇街", leader: "王五" }),
    unit("丙", { category: "区直" }),
    unit("丁", { category: "区直", leader: "李四" }),
  ];
  const submissions = [
    sub("甲", "2026-01-05"),
    sub("丙", "2026-01-06"),
    sub("甲", "2026-02-03"),
    sub("甲", "2026-03-02", ["district.adopted", "district.endorsed"]),
    sub("甲", "2026-03-03", ["district.adopted", "city.adopted"]),
    sub("甲", "2026-03-04"),
    sub("乙", "2026-03-05", ["district.adopted", "province.adopted"]),
  ];
  const short = staff("孙三", { S7: { actual: 0 }, S8: { actual: 30 }, S9: { actual: 300 }, S10: { actual: 600 } });
  const people = [staffOnTarget("赵一"), staffOnTarget("钱二"), short];
  const staffEvents = [
    ...["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"].map((d) => event("赵一", "S1", { date: d })),
    event("钱二", "S15", { date: "2026-03-10", reason: "区委书记批示表扬" }),
  ];
  const ratings = ["赵一", "钱二", "孙三"].flatMap((n) => ratingsAll(n, 90));
  return input({ units, submissions, staff: people, staffEvents, ratings });
}

function run(opts: { rules?: RuleSet; asOf?: string; period?: string; rows?: Array<[string, string, string]> } = {}) {
  const issues = new IssueLog();
  const asOf = day(opts.asOf ?? "2026-04-10");
  const results = compute(district(), { period: period(opts.period ?? "2026-03"), asOf, rules: opts.rules, issues });
  const rows = (opts.rows ?? []).map(([sheet, item, content], i) => ({
    sheet,
    item,
    content,
    where: { sheet: "输出模板", cell: `C${i + 2}` },
  }));
  const templates = resolveTemplates(rows, issues);
  const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues });
  return { results, sheets, issues };
}

const byName = (sheets: SheetModel[], name: string) => sheets.find((s) => s.name === name)!;
/** Text as written, without a paragraph's line breaks. */
const unbroken = <T>(v: T): T => (typeof v === "string" ? (v.replace(/\n/g, "") as T) : v);
/** A line as read: its flush-right part (the 报头's date) after full-width spaces. */
const textsOf = (m: SheetModel) =>
  m.blocks.flatMap((b) => (b.kind === "text" ? [unbroken(b.right === undefined ? b.text : `${b.text}\u3000\u3000${b.right}`)] : []));
const tablesOf = (m: SheetModel) => m.blocks.filter((b): b is TableBlock => b.kind === "table");
const rowsOf = (t: TableBlock) => [...t.rows()].map((r) => r.map(unbroken));
/** Everything a sheet shows: its lines, its tables and its page footer. */
const allText = (m: SheetModel) =>
  [...textsOf(m), ...tablesOf(m).flatMap((t) => [t.header.join(" "), ...rowsOf(t).map((r) => r.join(" "))]), m.print.footer].join("\n");
const column = (t: TableBlock, header: string) => rowsOf(t).map((r) => r[t.header.indexOf(header)]);

describe("月度通报 in 简报 form", () => {
  it("opens with 报头 (刊名, 期号 = month number, 编发单位 and Chinese date), then the centred 标题", () => {
    const m = byName(run().sheets, "月度通报");
    const lines = textsOf(m);
    expect(lines[0]).toBe("信息工作通报");
    expect(lines[1]).toBe("第3期");
    expect(lines[2]).toMatch(/^区委办公室编\u3000+2026年4月10日$/);
    expect(lines[3]).toBe("2026年3月份全区信息工作情况通报");
    expect(m.print.footer).not.toContain("规则版本");
  });

  it("正文 totals equal the hand-computed sums, and it names the leading, notified and assisted units", () => {
    const lines = textsOf(byName(run().sheets, "月度通报"));
    expect(lines).toContain(
      // No level with nothing (中央采用0条 is left out); 批示 by level.
      "\u3000\u30002026年3月，全区各单位共报送信息4条，区委办采用3条，被市委办采用1条、省委办采用1条，区领导批示1条。现将有关情况通报如下。",
    );
    expect(lines).toContain("\u3000\u3000乙、甲报送采用情况较好，位居前列。");
    // Each unit named once, 予以点名通报 once, then the notice and 帮促 by the rules' thresholds (no unit named again).
    const named =
      "\u3000\u30002026年3月份，丙已连续2个月未报送信息，丁已连续3个月未报送信息，予以点名通报；" +
      "连续2个月未报送信息的单位已寄发缺报通知单，连续3个月及以上未报送信息的单位已列为重点帮促单位。";
    expect(lines).toContain(named);
    const tail = lines.slice(lines.indexOf(named));
    expect(tail.some((l) => l.startsWith("\u3000\u3000各单位要进一步提高思想认识"))).toBe(true);
    // 落款, date, then the 版记: 报 / 送 / 抄送 and the 印发 line close the document.
    expect(tail.slice(-6, -1).map((l) => l.trim())).toEqual([
      "区委办公室",
      "2026年4月10日",
      "报：区委主要领导同志。",
      "送：区委办公室领导同志。",
      "抄送：各镇（街道）党（工）委办公室，区直各部门单位办公室。",
    ]);
    expect(tail.at(-1)).toMatch(/^区委办公室\u3000+2026年4月10日印发$/);
  });

  it("ranking table: 上月排名 and 升降 from February, year-to-date points and counts, and a 合计 row", () => {
    const [t] = tablesOf(byName(run().sheets, "月度通报"));
    expect(t.header).toEqual([
      "排名",
      "单位",
      "类别",
      "报送",
      "区采用",
      "市采用",
      "省采用",
      "中央采用",
      "优秀",
      "批示",
      "迟报",
      "本月得分",
      "上月排名",
      "升降",
      "本年累计得分",
      "累计条数",
    ]);
    const pick = (r: unknown[]) => [r[0], r[1], r[3], r[11], r[12], r[13], r[14], r[15]];
    expect(rowsOf(t).map(pick)).toEqual([
      [1, "乙", 1, 106, 2, "↑1", 106, 1],
      [2, "甲", 3, 73, 1, "↓1", 75, 5],
      [3, "丙", 0, 0, 2, "↓1", 1, 1],
      [3, "丁", 0, 0, 2, "↓1", 0, 0],
      ["合计", "", 4, 179, "", "", 182, 7],
    ]);
    expect(column(t, "区采用").at(-1)).toBe(3);
    expect(column(t, "批示").at(-1)).toBe(1);
  });

  it("按类别排名 = 是: one table per category, ranks and 上月排名 within it, no 类别 column", () => {
    const rules: RuleSet = { ...DEFAULT_RULES, selection: { ...DEFAULT_RULES.selection, rankWithinCategory: true } };
    const m = byName(run({ rules }).sheets, "月度通报");
    const tables = tablesOf(m);
    expect(tables).toHaveLength(2);
    expect(textsOf(m)).toEqual(expect.arrayContaining(["一、镇街", "二、区直"]));
    expect(tables[0].header).not.toContain("类别");
    expect(rowsOf(tables[0]).map((r) => [r[0], r[1], r[11], r[12]])).toEqual([
      [1, "乙", 2, "↑1"],
      [2, "甲", 1, "↓1"],
      ["合计", "", "", ""],
    ]);
    expect(rowsOf(tables[1]).map((r) => [r[0], r[1], r[11], r[12]])).toEqual([
      [1, "丙", 1, "—"],
      [1, "丁", 1, "—"],
      ["合计", "", "", ""],
    ]);
  });

  it("a year summary is laid out to fit: the ranking table, and the month-by-month scores as a 附件 of its own", () => {
    const { sheets } = run({ period: "2026", asOf: "2027-01-05" });
    const m = byName(sheets, "年度汇总");
    const [main, ...others] = tablesOf(m);
    expect(others).toEqual([]);
    expect(main.header.length).toBeLessThanOrEqual(16);
    expect(textsOf(m)).toContain("\u3000\u3000附件：2026年度各单位逐月得分");
    const appendix = byName(sheets, "年度汇总附件");
    expect(textsOf(appendix).slice(0, 2)).toEqual(["附件", "2026年度各单位逐月得分"]);
    const [months] = tablesOf(appendix);
    expect(months.repeatHeader).toBe(true);
    expect(months.header).toEqual(["排名", "单位", ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), "合计"]);
    expect(
      rowsOf(months)
        .find((r) => r[1] === "甲")!
        .slice(2, 5),
    ).toEqual([1, 1, 73]);
    expect(m.print.orientation).toBe("landscape");
    expect(m.blocks.some((b) => b.kind === "table" && b.dataBars?.length)).toBe(false);
  });
});

describe("letters", () => {
  it('缺报通知单: 文号, "你单位", Chinese date, indented 正文 and the 回执 on the same page', () => {
    const m = byName(run().sheets, "缺报通知单");
    const lines = textsOf(m);
    // D10: the number is written in when the letter is signed.
    expect(lines[0]).toBe("区委办信〔2026〕\u3000号");
    expect(lines[1]).toBe("信息缺报通知单");
    expect(lines).toContain("丙主要负责同志：");
    const body = lines.find((l) => l.includes("你单位"))!;
    expect(body.startsWith("\u3000\u3000根据")).toBe(true);
    expect(body).toContain("你单位2026年2月至3月连续2个月未向区委办报送信息");
    expect(lines.map((l) => l.trim())).toContain("2026年4月10日");
    const cut = lines.findIndex((l) => l.includes("沿此线剪下"));
    expect(lines.slice(cut + 1).map((l) => l.split(/[:：]/)[0].trim())).toEqual(["回　执", "单位", "整改措施", "联系人", "日期"]);
    expect(m.blocks.some((b) => b.kind === "pageBreak")).toBe(false); // one letter, one page
    expect(m.print.footer).toBe(""); // no page count across the letters of the sheet
  });

  it("a blank 主要负责人 is a warning on 校验问题 naming the roster cell, and the letter says 主要负责同志", () => {
    const { issues, sheets } = run();
    const warning = issues.list.find((i) => i.message.includes("丙的主要负责人为空"))!;
    expect(warning).toMatchObject({ severity: "warning", sheet: "单位名册", rule: "N3" });
    expect(warning.cell).toMatch(/^C\d+$/);
    expect(allText(byName(sheets, "校验问题"))).toContain("丙的主要负责人为空");
    expect(issues.list.filter((i) => i.message.includes("丁的主要负责人为空"))).toEqual([]);
  });

  it("重点帮促: the list with empty 帮促措施 / 责任人 / 完成时限, and a 重点帮促通知 letter per unit", () => {
    const { sheets } = run();
    const [t] = tablesOf(byName(sheets, "重点帮促"));
    expect(t.header.slice(-3)).toEqual(["帮促措施", "责任人", "完成时限"]);
    expect(rowsOf(t)).toEqual([["丁", "区直", "李四", "", 3, "2026年1月至3月", "", "", ""]]);
    const letter = textsOf(byName(sheets, "重点帮促通知"));
    expect(letter.slice(0, 2)).toEqual(["区委办信〔2026〕\u3000号", "信息工作重点帮促通知"]);
    expect(letter).toContain("丁李四同志：");
    expect(letter.some((l) => l.includes("回　执"))).toBe(true);
  });
});

describe("个人考核结果", () => {
  it("says why per person in words (no rule codes): S1 over the limit, a target short, a bonus", () => {
    const [t] = tablesOf(byName(run().sheets, "个人考核结果"));
    const reasons = new Map(rowsOf(t).map((r) => [r[1], r[t.header.indexOf("主要扣分/加分事项")]]));
    // S1 four times: 50 + 100 + 150 = 300 (steps 50/150/300).
    expect(reasons.get("赵一")).toBe("无正当理由不能按时完成工作任务4次，超过3次扣300分");
    expect(reasons.get("钱二")).toBe("区委领导表扬1次加50分");
    // March target for 信息快报: 20 × 1/12 → 2; done 0 → short 2, second step: 150.
    expect(reasons.get("孙三")).toBe("信息快报少2期（扣150分）");
    expect(t.header).not.toContain("未按时完成任务");
  });

  it("footnote states both 不称职 rules from the rules in force, then the signature block", () => {
    const rules = structuredClone(DEFAULT_RULES) as RuleSet;
    rules.appraisal.unfitBelow = 650;
    rules.staff.items.find((i) => i.rule === "S1")!.unfitAbove = 5;
    const lines = textsOf(byName(run({ rules, period: "2026", asOf: "2027-01-05" }).sheets, "个人考核结果"));
    const note = lines.find((l) => l.startsWith("注："))!;
    expect(note).toContain("综合得分低于650分，或无正当理由不能按时完成工作任务超过5次的，为不称职。");
    // The date is left for the signers to write.
    expect(lines.at(-1)).toMatch(/^考评小组（签字）：.*主任办公会审定：.*日期：\u3000+年\u3000+月\u3000+日$/);
  });
});

describe("every text through 输出模板", () => {
  it("each text shown only in some cases (no unit due a letter, no issue, a summary's 附表), changed on 输出模板, shows there", () => {
    // 起始文号 and 起始期号 are numbers, not texts (test/core/categories.test.ts).
    const more = textItems().filter(({ listed, key }) => !listed && key !== "firstDocNumber" && key !== "firstIssueNumber");
    expect(more.map((m) => `${m.sheet}/${m.item}`)).toContain("缺报通知单/无单位");
    const seen = new Set<string>();
    const items = more.filter(({ key }) => !seen.has(key) && seen.add(key));
    const rows = items.map(({ sheet, item }, i): [string, string, string] => [sheet, item, `《另${i}》`]);
    // March: 丙 is due a notice and 丁 assistance (issues: 丙 has no 主要负责人); the quarter has the 附表;
    // January: nobody has missed two months yet.
    const runs = [run({ rows }), run({ rows, period: "2026-Q1" }), run({ rows, period: "2026-01" })];
    for (const r of runs) expect(r.issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    // And a run with nothing to report (January's results with their staff warnings taken away).
    const templates = resolveTemplates(
      rows.map(([sheet, item, content]) => ({ sheet, item, content, where: { sheet: "输出模板", cell: "" } })),
      new IssueLog(),
    );
    const clean = buildResultSheets({ ...runs[2].results, issues: [] }, { generatedAt: "2026-04-10 09:30", templates });
    // And a March in which 丙 moves up a place without points (its 升降 is —, the note says why).
    const heldBack = compute(
      input({
        units: [unit("甲"), unit("乙"), unit("丙")],
        submissions: [sub("甲", "2026-02-03", ["district.adopted"]), sub("乙", "2026-02-04"), sub("甲", "2026-03-03")],
      }),
      { period: period("2026-03") },
    );
    const held = buildResultSheets(heldBack, { generatedAt: "2026-04-10 09:30", templates });
    const everything = [...runs.flatMap((r) => r.sheets), ...clean, ...held].map(allText).join("\n");
    items.forEach(({ sheet, item }, i) => expect(everything, `${sheet}/${item}`).toContain(`《另${i}》`));
  });

  it("the notes follow the rules in force: 重点帮促's empty note names the assistance streak, the staff note the rating scale", () => {
    const rules: RuleSet = structuredClone(DEFAULT_RULES);
    rules.notices.assistStreak = 4;
    rules.appraisal.ratingScale = 10;
    rules.appraisal.normalisedTo = 1000;
    const jan = run({ rules, period: "2026-01" });
    expect(textsOf(byName(jan.sheets, "重点帮促"))).toContain("本期没有连续缺报4个月及以上的单位。");
    expect(textsOf(byName(run().sheets, "个人考核结果")).join("")).toContain("（评议分按百分制评分，乘以10折算）");
    expect(textsOf(byName(jan.sheets, "个人考核结果")).join("")).toContain("（评议分按十分制评分，乘以100折算）");
  });

  it("each text item, changed on 输出模板, shows in the output", () => {
    // 发文单位 shows through other texts (落款, 编发单位), so it is checked on its own below.
    const ended = textItems().filter(({ key, listed }) => listed && key !== "asOfLine" && key !== "noMonthEnded" && key !== "office");
    // One sheet per text: the first that lists it (the summaries share the 通报's texts).
    const seen = new Set<string>();
    const items = ended.filter(({ key }) => !seen.has(key) && seen.add(key));
    const rows = items.map(({ sheet, item }, i): [string, string, string] => [sheet, item, `《自定义${i}》`]);
    const { sheets, issues } = run({ rows });
    expect(issues.list.filter((i) => i.rule === "TEMPLATE")).toEqual([]);
    // A quarter's summary shows the summary title (季度汇总/标题); the year the appraisal's title and signatures.
    const quarter = run({ rows, period: "2026-Q1" }).sheets;
    const year = run({ rows, period: "2026", asOf: "2027-01-05" }).sheets;
    const everything = [...sheets, ...quarter, ...year].map(allText).join("\n");
    items.forEach(({ sheet, item }, i) => expect(everything, `${sheet}/${item}`).toContain(`《自定义${i}》`));

    expect(allText(byName(run({ rows: [["全部", "发文单位", "《发文单位》"]] }).sheets, "缺报通知单"))).toContain("《发文单位》");
    const partial = run({
      asOf: "2026-03-15",
      rows: [
        ["全部", "截至", "《截至》{{截至日期}}"],
        ["全部", "无已结束月份", "《无月份》"],
      ],
    });
    const text = partial.sheets.map(allText).join("\n");
    expect(text).toContain("《截至》2026年3月15日");
    expect(text).toContain("《无月份》");
  });

  it("an item a sheet does not accept is a warning that lists exactly the accepted ones", () => {
    const issues = new IssueLog();
    resolveTemplates(
      [
        { sheet: "月度通报", item: "落款", content: "x", where: { sheet: "输出模板", cell: "C2" } },
        { sheet: "月度通报", item: "正文", content: "x", where: { sheet: "输出模板", cell: "C3" } },
        { sheet: "月度通报", item: "抄送", content: "x", where: { sheet: "输出模板", cell: "C4" } },
        { sheet: "月度通报", item: "回执", content: "x", where: { sheet: "输出模板", cell: "C5" } },
      ],
      issues,
    );
    expect(issues.list).toHaveLength(1);
    const accepted = acceptedItems("月度通报");
    expect(accepted).toEqual(
      expect.arrayContaining(["标题", "刊名", "期号", "正文", "落款", "报", "送", "抄送", "列", "列宽", "发文单位"]),
    );
    expect(issues.list[0].message).toContain(`输出模板中“月度通报”的项目“回执”无法识别（此表可用：${accepted.join("、")}）`);
  });
});

describe("D1: outputs say 截至 while the period has not ended", () => {
  it("every output sheet states the as-of date; with no month ended the notice and assistance sheets say why nobody is named", () => {
    const { sheets, results } = run({ asOf: "2026-03-15" });
    expect([results.periodEnded, results.assessedMonth]).toEqual([false, null]);
    for (const s of sheets) expect(allText(s), s.name).toContain("截至2026年3月15日");
    for (const name of ["缺报通知单", "重点帮促", "重点帮促通知"]) {
      expect(allText(byName(sheets, name)), name).toContain("本期间尚无已结束的月份，不点名通报、不寄发缺报通知单、不列重点帮促");
    }
    expect(allText(byName(sheets, "月度通报"))).not.toContain("予以点名通报");
  });

  it("with no month ended the 通报 (sheet and Word) carries no processing note; 校验问题 tells the clerk", () => {
    const { sheets, issues } = run({ asOf: "2026-03-15" });
    const note = "本期间尚无已结束的月份";
    expect(allText(byName(sheets, "月度通报"))).toContain("（截至2026年3月15日）");
    expect(allText(byName(sheets, "月度通报"))).not.toContain(note);
    const bulletin = officialDocuments(sheets).find((d) => d.kind === "ranking")!;
    const words = [...bulletin.head, ...bulletin.body].flatMap((i) => ("text" in i ? [i.text] : []));
    expect(words.join("\n")).not.toContain(note);
    const said = issues.list.filter((i) => i.code === "noMonthEnded");
    expect(said.map((i) => [i.severity, i.rule, i.message])).toEqual([
      ["warning", "D1", "截至2026年3月15日，本期间尚无已结束的月份，不点名通报、不寄发缺报通知单、不列重点帮促"],
    ]);
    expect(allText(byName(sheets, "校验问题"))).toContain("截至2026年3月15日，本期间尚无已结束的月份");
  });

  it("a year run in April says 截至 in its 报头 area and assesses March", () => {
    const { sheets, results } = run({ period: "2026", asOf: "2026-04-10" });
    expect(results.periodEnded).toBe(false);
    const lines = textsOf(byName(sheets, "年度汇总"));
    expect(lines.slice(3, 5)).toEqual(["2026年度全区信息工作情况通报", "（截至2026年4月10日）"]);
    expect(lines).toContain(
      "\u3000\u30002026年3月份，丙已连续2个月未报送信息，丁已连续3个月未报送信息，予以点名通报；" +
        "连续2个月未报送信息的单位已寄发缺报通知单，连续3个月及以上未报送信息的单位已列为重点帮促单位。",
    );
  });
});

describe("column order from 输出模板 with per-category tables", () => {
  it("every category table takes the same order", () => {
    const rules: RuleSet = { ...DEFAULT_RULES, selection: { ...DEFAULT_RULES.selection, rankWithinCategory: true } };
    const m = byName(run({ rules, rows: [["月度通报", "列", "单位，排名，本月得分"]] }).sheets, "月度通报");
    expect(tablesOf(m).map((t) => t.header)).toEqual([
      ["单位", "排名", "本月得分"],
      ["单位", "排名", "本月得分"],
    ]);
    expect(rowsOf(tablesOf(m)[1])[0]).toEqual(["丙", 1, 0]);
  });
});

describe("个人考核结果 reasons when a part goes below 0", () => {
  it("says the part counts 0 after the deductions it lists", () => {
    // 12 S2 absences at 50 points: 600 deducted from a public part of 500, which counts 0.
    const r = compute(
      input({
        staff: [staff("张三", { S7: { actual: 20 }, S8: { actual: 30 }, S9: { actual: 300 }, S10: { actual: 600 } })],
        staffEvents: [event("张三", "S2", { count: 12 })],
      }),
      { period: period("2026") },
    );
    const sheets = buildResultSheets(r, { generatedAt: "2026-11-29 09:00" });
    const row = rowsOf(tablesOf(byName(sheets, "个人考核结果"))[0])[0];
    // No ratings yet: the reason says which are missing.
    expect(row.at(-1)).toBe("空岗脱岗旷班误事12次扣600分；公共部分扣减超过基准分，按0分计；缺群众评议、考评小组评分、主任办公会评分，待评");
  });
});

describe("计分明细 reads as an audit a leader may be shown", () => {
  it("dates in the 日期 column (staff rows too), 基准分 for the base rows, 来源 as 信息报送表第N行", () => {
    const { sheets } = run();
    const [t] = tablesOf(byName(sheets, "计分明细"));
    expect(t.header).toEqual(["对象", "日期", "标题或事项", "计分规则", "分值", "来源"]);
    const rows = rowsOf(t);
    const zhao = rows.filter((r) => r[0] === "赵一" && r[3] === "S1");
    expect(zhao.map((r) => r[1])).toEqual(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"].map((d) => day(d) + 25_569));
    for (const r of rows) expect(String(r[2]), String(r[2])).not.toMatch(/\d{4}-/);
    expect(rows.filter((r) => r[0] === "赵一" && r[1] === null).map((r) => r[3])).toEqual(["基准分", "基准分"]);
    expect(rows.find((r) => r[0] === "甲")![5]).toMatch(/^信息报送表第\d+行$/);
    expect(zhao[0][5]).toMatch(/^考核记录表第\d+行$/);
    expect(allText(byName(sheets, "计分明细"))).not.toMatch(/BASE|!\d/);
  });
});

describe("输出模板 column lists", () => {
  it("name a column however its brackets are written: 来源(…) and 来源（…） are the same column, in every period", () => {
    for (const p of ["2026-03", "2026-Q1", "2026"]) {
      const { sheets, issues } = run({
        period: p,
        rows: [["计分明细", "列", "对象、日期、标题或事项、计分规则、分值、来源(工作表!行或单元格)"]],
      });
      const [t] = tablesOf(byName(sheets, "计分明细"));
      expect(t.header.at(-1), p).toBe("来源");
      expect(
        issues.list.filter((i) => i.code === "unknownTemplateColumn"),
        p,
      ).toEqual([]);
    }
  });
});

describe("升降 of units without points", () => {
  it("a unit with no points this month shows no rise, though ties put it higher", () => {
    // February: 甲 6, 乙 1, 丙 nothing (rank 3). March: nobody scores, all share rank 1.
    const units = [unit("甲"), unit("乙"), unit("丙")];
    const r = compute(input({ units, submissions: [sub("甲", "2026-02-03", ["district.adopted"]), sub("乙", "2026-02-04")] }), {
      period: period("2026-03"),
    });
    const [t] = tablesOf(byName(buildResultSheets(r, { generatedAt: "2026-04-10 09:30" }), "月度通报"));
    const change = t.header.indexOf("升降");
    const previous = t.header.indexOf("上月排名");
    const rows = rowsOf(t).filter((row) => typeof row[0] === "number");
    expect(rows.map((row) => [row[1], row[previous], row[change]])).toEqual([
      ["甲", 1, "—"],
      ["乙", 2, "—"],
      ["丙", 3, "—"],
    ]);
  });
});

describe("期号 of summaries", () => {
  it("is left blank to be written in, so a quarter or a year never repeats a month's number", () => {
    for (const p of ["2026-Q1", "2026"]) {
      const { sheets } = run({ period: p });
      const summary = sheets.find((s) => s.kind === "ranking")!;
      expect(textsOf(summary)[1], p).toBe("第\u3000\u3000期");
    }
    expect(textsOf(byName(run().sheets, "月度通报"))[1]).toBe("第3期");
  });
});

describe("D7: one clock, read once", () => {
  const signed = (generatedAt: string, rows: Array<[string, string, string]> = []) => {
    const issues = new IssueLog();
    const results = compute(district(), { period: period("2026-03"), asOf: day("2026-04-10"), issues });
    const templates = resolveTemplates(
      rows.map(([sheet, item, content], i) => ({ sheet, item, content, where: { sheet: "输出模板", cell: `C${i + 2}` } })),
      issues,
    );
    return buildResultSheets(results, { generatedAt, templates, issues });
  };

  it("成文日期 is the as-of date whatever the clock says, so a rerun gives the same documents", () => {
    const late = signed("2031-12-31 23:59");
    const early = signed("2026-04-10 08:00");
    for (const name of ["月度通报", "缺报通知单"]) {
      const text = allText(byName(late, name));
      expect(text, name).toContain("2026年4月10日");
      expect(text, name).not.toContain("2031年");
      expect(text).toBe(allText(byName(early, name)));
    }
  });

  it("the 输出模板 item 成文日期 sets another date", () => {
    const text = allText(byName(signed("2026-04-10 08:00", [["全部", "成文日期", "2026-04-15"]]), "月度通报"));
    expect(text).toContain("2026年4月15日");
    expect(text).not.toContain("2026年4月10日");
  });
});
