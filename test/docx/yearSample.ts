// A realistic year for the Word files: the sample district grown to 22 units in two categories
// (镇街, 区直), items every month of 2026, and by December one unit two months without an item
// (缺报通知单) and one three months (重点帮促通知).
import type { CellValue } from "../../core/index.ts";
import { sampleSheets, type SampleSheets } from "../../templates/sample.ts";

const MORE_UNITS: CellValue[][] = [
  ["邹坞镇", "镇街", "陈国华", "王丽", "", "", ""],
  ["西集镇", "镇街", "刘建军", "张敏", "", "", ""],
  ["周村镇", "镇街", "杨志刚", "李静", "", "", ""],
  ["常庄街道", "镇街", "黄振华", "刘芳", "", "", ""],
  ["区财政局", "区直", "赵立平", "陈雪", "", "", ""],
  ["区民政局", "区直", "孙建华", "马琳", "", "", ""],
  ["区住房城乡建设局", "区直", "周德明", "郭敏", "", "", ""],
  ["区应急管理局", "区直", "吴建新", "何静", "", "", ""],
  ["区文化和旅游局", "区直", "郑卫东", "罗琳", "", "", ""],
];

/** Two months missing (11, 12) and three (10–12) by the end of the year. */
export const NOTICE_UNIT = "区财政局";
export const ASSIST_UNIT = "西集镇";

export function yearSample(): SampleSheets {
  const sample = sampleSheets();
  sample.units = [...sample.units, ...MORE_UNITS];
  const template = sample.submissions[0];
  let id = sample.submissions.length + 1;
  for (let month = 4; month <= 12; month++) {
    sample.units.forEach((unit, u) => {
      const name = String(unit[0]);
      if ((name === NOTICE_UNIT && month >= 11) || (name === ASSIST_UNIT && month >= 10)) return;
      for (let k = 0; k < 1 + ((u + month) % 3); k++) {
        const row = [...template];
        row[0] = `2026-${String(id++).padStart(4, "0")}`;
        row[1] = `2026-${String(month).padStart(2, "0")}-${String(3 + k * 9 + (u % 5)).padStart(2, "0")}`;
        row[2] = name;
        row[4] = `${name}${month}月工作动态${k + 1}`;
        // Every third adopted by the district, every fourth of those by the city too.
        const district = id % 3 === 0;
        row.fill("", 6, 17);
        row[6] = district ? "是" : "";
        row[9] = district && id % 4 === 0 ? "是" : "";
        row[16] = district ? "信息快报" : "";
        sample.submissions.push(row);
      }
    });
  }
  return sample;
}
