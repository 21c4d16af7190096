// The result sheets read as official documents (what the Word files are rendered from): which
// documents there are, each line's part, the 通报's tables as 附件, one document per letter, and
// a wording changed once showing in the sheet and the document alike.
import { describe, expect, it } from "vitest";
import {
  buildResultSheets,
  cellText,
  compute,
  documentFileName,
  attachmentNote,
  IssueLog,
  officialDocuments,
  resolveTemplates,
  type OfficialDocument,
} from "../../core/index.ts";
import { day, event, input, period, ratingsAll, staffOnTarget, sub, unit } from "../helpers/records.ts";

// 丙 has sent nothing since January (a notice in March), 丁 nothing at all (assistance).
function district() {
  const units = [
    unit("甲", { category: "镇街", leader: "张三" }),
    unit("乙", { category: "镇街", leader: "王五" }),
    unit("丙", { category: "区直", leader: "赵六" }),
    unit("丁", { category: "区直", leader: "李四" }),
  ];
  const submissions = [
    sub("甲", "2026-01-05"),
    sub("丙", "2026-01-06"),
    sub("甲", "2026-02-03"),
    sub("甲", "2026-03-02", ["district.adopted", "city.adopted"]),
    sub("乙", "2026-03-05", ["district.adopted"]),
  ];
  const people = [staffOnTarget("赵一"), staffOnTarget("钱二")];
  const staffEvents = [event("钱二", "S15", { date: "2026-03-10", reason: "表扬" })];
  return input({ units, submissions, staff: people, staffEvents, ratings: ["赵一", "钱二"].flatMap((n) => ratingsAll(n, 90)) });
}

function documents(p = "2026-03", rows: Array<[string, string, string]> = []) {
  const issues = new IssueLog();
  const results = compute(district(), { period: period(p), asOf: day("2026-04-10"), issues });
  const templates = resolveTemplates(
    rows.map(([sheet, item, content], i) => ({ sheet, item, content, where: { sheet: "输出模板", cell: `C${i + 2}` } })),
    issues,
  );
  const sheets = buildResultSheets(results, { generatedAt: "2026-04-10 09:30", templates, issues });
  return { sheets, docs: officialDocuments(sheets) };
}

const named = (docs: OfficialDocument[], name: string) => docs.find((d) => d.name === name)!;
const texts = (lines: Array<{ role: string; text?: string }>) => lines.map((l) => `${l.role}:${l.text ?? ""}`);

describe("the documents of a month", () => {
  it("are the 通报, one document per letter, and the lists that have rows; 考核结果 only for a year", () => {
    const month = documents().docs.map((d) => d.name);
    expect(month).toEqual(["信息工作通报", "缺报通知单-丙", "重点帮促", "重点帮促通知-丁", "用稿奖励", "先进单位"]);
    expect(documents("2026").docs.map((d) => d.name)).toContain("考核结果");
  });

  it("reads the 通报 as 报头, title, body, 落款 and 成文日期, its tables as a landscape 附件, its 报/送/抄送 as 版记", () => {
    const bulletin = named(documents().docs, "信息工作通报");
    expect(texts(bulletin.head)).toEqual([
      "masthead:信息工作通报",
      "issueNo:第3期",
      expect.stringMatching(/^editorLine:区委办公室编\u3000+2026年4月10日$/),
      "title:2026年3月份全区信息工作情况通报",
    ]);
    expect(bulletin.body[0]).toMatchObject({ role: "body", text: expect.stringMatching(/^2026年3月，全区各单位共报送信息2条/) });
    expect(bulletin.body.every((l) => l.role === "body")).toBe(true);
    expect(texts(bulletin.sign)).toEqual(["signature:区委办公室", "date:2026年4月10日"]);
    expect(bulletin.attachments).toHaveLength(1);
    const [attachment] = bulletin.attachments;
    expect(attachment.landscape).toBe(true);
    expect(attachment.title).toBe("各单位信息工作得分排名");
    expect(attachment.items.map((i) => (i.role === "table" ? "table" : i.text))).toEqual(["table"]);
    expect(attachmentNote(bulletin)).toEqual(["附件：各单位信息工作得分排名"]);
    expect(bulletin.copyTo).toEqual([
      "报：区委主要领导同志。",
      "送：区委办公室领导同志。",
      "抄送：各镇（街道）党（工）委办公室，区直各部门单位办公室。",
      expect.stringMatching(/^区委办公室\u3000+2026年4月10日印发$/),
    ]);
    expect(bulletin.issuer).toEqual({ office: "区委办公室", date: "2026年4月10日" });
  });

  it("reads a letter as 文号, title, 主送, body, 落款, 成文日期 and its 回执", () => {
    const letter = named(documents().docs, "缺报通知单-丙");
    expect(letter.letter).toBe(true);
    expect(texts(letter.head)).toEqual(["docNumber:区委办信〔2026〕\u3000号", "title:信息缺报通知单"]);
    expect(letter.body[0]).toEqual({ role: "addressee", text: "丙赵六同志：" });
    expect(letter.body[1]).toMatchObject({ role: "body", text: expect.stringMatching(/^根据/) });
    expect(letter.sign.map((l) => l.role)).toEqual(["signature", "date"]);
    expect(letter.receipt.map((l) => l.role)).toEqual(["cutLine", "receiptTitle", "receipt", "receipt", "receipt", "receipt"]);
    expect(letter.attachments).toEqual([]);
    expect(letter.copyTo).toEqual([]);
  });

  it("keeps a list's table in its body, landscape when wide", () => {
    const assist = named(documents().docs, "重点帮促");
    expect(assist.landscape).toBe(true);
    expect(assist.body.some((i) => i.role === "table")).toBe(true);
    expect(named(documents().docs, "先进单位").landscape).toBe(false);
  });

  it("shows a wording changed on 输出模板 in the sheet and in the document alike", () => {
    const { sheets, docs } = documents("2026-03", [
      ["月度通报", "要求", "各单位务必按月报送。"],
      ["缺报通知单", "回执标题", "整改回执"],
    ]);
    const sheetTexts = sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "text" ? [b.text.trim()] : [])));
    expect(sheetTexts).toContain("各单位务必按月报送。");
    expect(named(docs, "信息工作通报").body.at(-1)).toEqual({ role: "body", text: "各单位务必按月报送。" });
    expect(sheetTexts).toContain("整改回执");
    expect(named(docs, "缺报通知单-丙").receipt[1]).toEqual({ role: "receiptTitle", text: "整改回执" });
  });
});

describe("names and cells", () => {
  it("makes a file name any file system takes", () => {
    const doc = { ...named(documents().docs, "缺报通知单-丙"), name: '缺报通知单-甲/乙:"丙"' };
    expect(documentFileName(doc)).toBe("缺报通知单-甲_乙__丙_.docx");
  });

  it("prints a date cell as 2026年3月5日 and other cells as they are", () => {
    expect(cellText(day("2026-03-05") + 25_569, "date")).toBe("2026年3月5日");
    expect(cellText(12.5, "score")).toBe("12.5");
    expect(cellText(null, "text")).toBe("");
  });
});
