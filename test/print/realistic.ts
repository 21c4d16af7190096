// A realistic month for print checks and the user guide's pictures: the sample district, where
// 区农业农村局 has sent nothing since January (重点帮促), two bureaus nothing since February
// (缺报通知单), and 刘敏 missed four tasks in March (不称职 whatever the score).
import { sampleSheets, type SampleSheets } from "../../templates/sample.ts";

export function realisticSample(): SampleSheets {
  const sample = sampleSheets();
  sample.submissions = sample.submissions.filter((r) => r[2] !== "区农业农村局");
  for (const d of ["2026-03-03", "2026-03-10", "2026-03-24"]) sample.staffEvents.push(["刘敏", d, "S1", 1, "", "", "", ""]);
  return sample;
}
