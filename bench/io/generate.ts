// Writes a generated input workbook (roster + submission log) with exceljs's streaming writer:
// shared strings, a styled date column, 是/否 flags, as an exported office log looks. Each unit has
// its own handful of authors (workers are (unit, author) pairs, as in real logs).
import ExcelJS from "exceljs";
import { rng, unitNames } from "../generate.ts";

export async function writeLog(file: string, rows: number, seed = 7): Promise<void> {
  const random = rng(seed);
  const units = unitNames(120);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const roster = wb.addWorksheet("单位名册");
  roster.addRow(["单位", "类别", "主要负责人"]).commit();
  units.forEach((u, i) => roster.addRow([u, i < 7 ? "镇街" : "区直", `负责人${i + 1}`]).commit());
  roster.commit();
  const log = wb.addWorksheet("信息报送");
  log.columns = [
    { header: "编号", width: 12 },
    { header: "报送日期", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "报送单位" },
    { header: "撰稿人" },
    { header: "标题", width: 30 },
    { header: "类型" },
    { header: "区采用" },
    { header: "区优秀" },
    { header: "市采用" },
    { header: "省采用" },
    { header: "区领导批示" },
  ];
  const chars = "春耕备耕优化营商环境基层治理创新安全生产检查乡村振兴项目民生实事办理群众反映问题重点建设文明城市创建防汛准备部署";
  const types = ["思路型", "经验型", "政策型", "忧患型", "建议型"];
  for (let i = 0; i < rows; i++) {
    const u = Math.floor(random() ** 1.5 * units.length);
    let title = "";
    const len = 16 + Math.floor(random() * 9);
    for (let k = 0; k < len; k++) title += chars[Math.floor(random() * chars.length)];
    const r = random();
    log
      .addRow([
        `X${i + 1}`,
        new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 365))),
        units[u],
        `${units[u].slice(-3)}作者${Math.floor(random() * 6) + 1}`,
        title,
        types[Math.floor(random() * 5)],
        r < 0.3 ? "是" : "否",
        r < 0.02 ? "是" : "否",
        r < 0.05 ? "是" : "否",
        r < 0.01 ? "是" : "否",
        r < 0.03 ? "是" : "否",
      ])
      .commit();
  }
  log.commit();
  await wb.commit();
}
