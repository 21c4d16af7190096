// Two offices' schemes beside the default (docs/rules.md, 计分方案), as workbooks: the grids of
// 单位名册, 信息报送 and 计分规则, and real xlsx bytes of them for the package reader.
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/index.ts";

export type Grid = CellValue[][];
export interface SchemeWorkbook {
  sheets: Array<{ name: string; rows: Grid }>;
}

const UNITS: Grid = [
  ["单位", "类别"],
  ["甲镇", "镇街"],
  ["乙镇", "镇街"],
  ["丙局", "区直"],
];

/**
 * 国办 scheme: the default marks plus 国办采用 (a level above 中央, 200 points) and 约稿 (+3 an
 * item), added by two 计分规则 rows and nothing else. March 2026, hand-worked:
 *   甲镇 A1 区采用+市采用+国办采用 1+5+50+200 = 256; A2 约稿 1+3 = 4 → 260
 *   乙镇 A3 区采用+省采用+约稿 1+5+100+3 = 109; A4 中央采用 1+0 = 1 → 110
 *   丙局 A5 国办采用 1+200 = 201
 * Ranking 甲镇 260, 丙局 201, 乙镇 110.
 */
export function guobanScheme(): SchemeWorkbook {
  const head = ["编号", "报送日期", "报送单位", "撰稿人", "标题", "区采用", "市采用", "省采用", "中央采用", "国办采用", "约稿"];
  return {
    sheets: [
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          head,
          ["A1", "2026-03-02", "甲镇", "王一", "甲镇春耕", "是", "是", "", "", "是", ""],
          ["A2", "2026-03-03", "甲镇", "王一", "甲镇约稿", "", "", "", "", "", "是"],
          ["A3", "2026-03-04", "乙镇", "李二", "乙镇经验", "是", "", "是", "", "", "是"],
          ["A4", "2026-03-05", "乙镇", "李二", "乙镇动态", "", "", "", "是", "", ""],
          ["A5", "2026-03-06", "丙局", "赵三", "丙局专报", "", "", "", "", "是", ""],
        ],
      },
      {
        name: "计分规则",
        rows: [
          ["项目", "列名", "级别", "类型", "分值", "需要采用"],
          ["国办采用", "国办采用", "国办", "采用", 200, ""],
          ["约稿", "约稿", "", "约稿", 3, "否"],
        ],
      },
    ],
  };
}

/**
 * 批示 by number, no 区 level: the rules file removes 区采用, 区优秀 and 区领导批示 and counts
 * 市领导批示 (50 each) and 省领导批示 (100 each) by number. March 2026, hand-worked:
 *   甲镇 B1 市采用 + 市领导批示 2 → 1+50+2×50 = 151; B2 (its 区采用 column reads nothing) 1 → 152
 *   乙镇 B3 市采用 + 省采用 + 省领导批示 3 → 1+50+100+3×100 = 451
 *   丙局 B4 市领导批示 1 without 市采用 → 1+50 = 51 (a warning); B5 市领导批示 “两次” is an error, left out
 * Ranking 乙镇 451, 甲镇 152, 丙局 51; 领导批示 2+3+1 = 6.
 */
export function countedScheme(): SchemeWorkbook {
  const head = ["编号", "报送日期", "报送单位", "标题", "区采用", "市采用", "市领导批示", "省采用", "省领导批示", "中央采用"];
  return {
    sheets: [
      { name: "单位名册", rows: UNITS },
      {
        name: "信息报送",
        rows: [
          head,
          ["B1", "2026-03-02", "甲镇", "甲镇调研", "", "是", 2, "", "", ""],
          ["B2", "2026-03-03", "甲镇", "甲镇动态", "是", "", "", "", "", ""],
          ["B3", "2026-03-04", "乙镇", "乙镇建议", "", "是", "", "是", 3, ""],
          ["B4", "2026-03-05", "丙局", "丙局情况", "", "", 1, "", "", ""],
          ["B5", "2026-03-06", "丙局", "丙局反映", "", "", "两次", "", "", ""],
        ],
      },
    ],
  };
}

/** The rules file of the counted scheme (a --rules JSON). */
export const COUNTED_RULES = {
  marks: [
    { 项目: "区采用", 分值: "删除" },
    { 项目: "区优秀", 分值: "删除" },
    { 项目: "区领导批示", 分值: "删除" },
    { 项目: "市领导批示", 计数: "是" },
    { 项目: "省领导批示", 计数: "是" },
  ],
};

/** The workbook as xlsx bytes (dates as text, as offices type them). */
export async function xlsxOf(book: SchemeWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === "" ? null : v)));
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
