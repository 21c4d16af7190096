// Realistic workbooks for print checks and the user guide's pictures.
// realisticSample: a month of the sample district, where 区农业农村局 has sent nothing since January
// (重点帮促), two bureaus nothing since February (缺报通知单), and 刘敏 missed four tasks in March
// (不称职 whatever the score).
// realisticYear: a district of 22 units in two 类别 (镇街, 区直部门) with a year of the log to the end
// of November: long titles, 《刊物》 names, adoptions up to the central level, units missing months.
import { sampleSheets, type SampleSheets } from "../../templates/sample.ts";
import type { CellValue } from "../../core/index.ts";

export function realisticSample(): SampleSheets {
  const sample = sampleSheets();
  sample.submissions = sample.submissions.filter((r) => r[2] !== "区农业农村局");
  for (const d of ["2026-03-03", "2026-03-10", "2026-03-24"]) sample.staffEvents.push(["刘敏", d, "S1", 1, "", "", "", ""]);
  return sample;
}

const TOWNS = ["坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇", "东湖街道", "南湖镇", "西集镇", "北庄镇"];
const BUREAUS = [
  "区发展和改革局",
  "区教育和体育局",
  "区财政局",
  "区民政局",
  "区农业农村局",
  "区卫生健康局",
  "区市场监管局",
  "区统计局",
  "区住房和城乡建设局",
  "区文化和旅游局",
  "区应急管理局",
];
/** More 区直部门, for districts of more units than the 22 above (a 附件 and a ranking over pages). */
const MORE_BUREAUS = [
  "区司法局",
  "区人力资源和社会保障局",
  "区自然资源局",
  "区生态环境分局",
  "区交通运输局",
  "区水利局",
  "区商务局",
  "区退役军人事务局",
  "区审计局",
  "区行政审批服务局",
  "区医疗保障局",
  "区城市管理局",
  "区综合行政执法局",
  "区信访局",
  "区科学技术局",
  "区工业和信息化局",
  "区公安分局",
  "区人民法院",
  "区人民检察院",
  "区总工会",
  "团区委",
  "区妇联",
  "区科协",
  "区残联",
  "区工商联",
  "区红十字会",
  "区档案馆",
  "区融媒体中心",
  "区机关事务服务中心",
  "区大数据中心",
  "区投资促进中心",
  "区供销社",
  "区税务局",
  "区气象局",
  "区消防救援大队",
  "区人民武装部",
  "区委组织部",
  "区委宣传部",
  "区委统战部",
  "区委政法委",
  "区委编办",
  "区委党校",
  "区委网信办",
  "区委巡察办",
  "区政协办公室",
  "区人大常委会办公室",
];

/** Months (1–12) a unit sent nothing: October is the month a run as of 29 November assesses. */
const MISSING: Record<string, number[]> = {
  底阁镇: [10],
  南湖镇: [10],
  榴园镇: [9, 10],
  区民政局: [9, 10],
  区统计局: [8, 9, 10],
};
const TITLES = [
  "关于推进春耕备耕和粮食生产工作的情况报告",
  "优化营商环境“一网通办”改革取得新进展",
  "基层治理“网格+”模式探索与思考",
  "安全生产专项整治三年行动收官情况",
  "乡村振兴示范片区建设进展及下步打算",
  "民生实事办理情况（1—10月）",
  "群众反映集中问题的调查与建议",
  "重点项目建设提速增效的做法",
];
const PUBLICATIONS = ["《峄城信息》", "《枣庄信息》", "《山东信息》", "《每日要情》"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

/** The year of a district of `unitCount` units (22 by default: the towns and bureaus above; at most 68). */
export function realisticYear(unitCount = TOWNS.length + BUREAUS.length): SampleSheets {
  const base = sampleSheets();
  const random = rng(20261129);
  const roster = [...TOWNS.map((n) => [n, "镇街"]), ...[...BUREAUS, ...MORE_BUREAUS].map((n) => [n, "区直部门"])].slice(0, unitCount);
  const units: CellValue[][] = roster.map(([name, category], i) => [name, category, `负责人${i + 1}`, `信息员${i + 1}`, "", "", ""]);
  const submissions: CellValue[][] = [];
  let id = 1;
  for (let month = 1; month <= 11; month++) {
    units.forEach((u, index) => {
      const name = String(u[0]);
      if (MISSING[name]?.includes(month)) return;
      const count = 1 + Math.floor(random() * (index % 5 === 0 ? 5 : 3));
      for (let k = 0; k < count; k++) {
        const day = 1 + Math.floor(random() * (month === 11 ? 27 : 28));
        const district = random() < 0.5;
        const city = district && random() < 0.3;
        const province = city && random() < 0.35;
        const central = province && random() < 0.4;
        const yes = (p: number) => (random() < p ? "是" : "");
        submissions.push([
          `2026-${String(id++).padStart(4, "0")}`,
          `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
          name,
          `撰稿人${(index * 3 + k) % 17}`,
          `${name.replace(/^区/, "")}${TITLES[Math.floor(random() * TITLES.length)]}`,
          "经验型",
          district ? "是" : "",
          district ? yes(0.1) : "",
          district ? yes(0.1) : "",
          city ? "是" : "",
          "",
          city ? yes(0.15) : "",
          province ? "是" : "",
          "",
          "",
          central ? "是" : "",
          district ? PUBLICATIONS.slice(0, 1 + (central ? 3 : province ? 2 : city ? 1 : 0)).join("、") : "",
          "一般",
          "",
          "",
          "",
        ]);
      }
    });
  }
  // 业务完成: each person's work month by month, January to November.
  const people = [...new Set(base.actuals.map((r) => String(r[0])))];
  const actuals = people.flatMap((name) =>
    Array.from({ length: 11 }, (_, m) => [name, `2026-${String(m + 1).padStart(2, "0")}`, 2, 3, 26, 51] as CellValue[]),
  );
  return { ...base, units, submissions, actuals };
}
