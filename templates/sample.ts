// The bundled sample: a small district with towns and departments, three months of the log,
// and an information office of eight people. Deterministic, so demo output is reproducible.
// It deliberately holds a few things a real log holds: a unit missing months, a renamed unit
// written under its old name, an important item without sign-off, a late reaction.
import type { CellValue } from "../core/index.ts";

export interface SampleSheets {
  units: CellValue[][];
  submissions: CellValue[][];
  staffEvents: CellValue[][];
  staff: CellValue[][];
  /** 业务完成: what each person did toward the annual targets, one row per person per month (D5). */
  actuals: CellValue[][];
  ratings: CellValue[][];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

const UNITS: CellValue[][] = [
  ["坛山街道", "镇街", "王建国", "李娜", "", "", ""],
  ["吴林街道", "镇街", "赵志强", "孙丽", "", "", ""],
  ["古邵镇", "镇街", "钱文华", "周敏", "", "", ""],
  ["阴平镇", "镇街", "孙海涛", "吴静", "", "", ""],
  ["底阁镇", "镇街", "李春生", "郑芳", "", "", ""],
  ["榴园镇", "镇街", "周永强", "冯雪", "", "", ""],
  ["峨山镇", "镇街", "吴晓东", "陈晨", "", "", ""],
  ["区发展和改革局", "区直", "郑国栋", "褚颖", "", "", ""],
  ["区教育和体育局", "区直", "冯明", "卫东", "", "", ""],
  ["区融媒体中心", "区直", "陈立新", "蒋琳", "", "", "区广播电视台"],
  ["区农业农村局", "区直", "褚卫国", "沈阳", "", "", ""],
  ["区卫生健康局", "区直", "卫红", "韩梅", "", "", ""],
  ["区市场监管局", "区直", "蒋国强", "杨帆", "2026-02", "", ""],
];

const TITLES = [
  "春耕备耕有序推进",
  "优化营商环境新举措",
  "基层治理创新做法",
  "安全生产专项检查",
  "乡村振兴项目进展",
  "民生实事办理情况",
  "群众反映集中问题",
  "重点项目建设提速",
  "文明城市创建工作",
  "防汛准备工作部署",
];
const TYPES = ["思路型", "经验型", "政策型", "忧患型", "建议型"];
const AUTHORS = ["刘洋", "陈静", "杨帆", "黄磊", "赵敏", "周杰", "吴婷", "徐亮", "孙悦", "马超", "朱琳", "胡斌"];

const iso = (m: number, d: number) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** A late reaction and an important item without sign-off, as real logs have. */
function specialItems(firstId: number): CellValue[][] {
  const rows: CellValue[][] = [];
  rows.push([
    `2026-${String(firstId).padStart(4, "0")}`,
    iso(3, 12),
    "古邵镇",
    "周敏",
    "干部群众热议全会精神",
    "思路型",
    "是",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "峄城信息",
    "反映",
    iso(3, 6),
    "是",
    "",
  ]);
  rows.push([
    `2026-${String(firstId + 1).padStart(4, "0")}`,
    iso(3, 20),
    "峨山镇",
    "陈晨",
    "突发山火处置情况",
    "忧患型",
    "是",
    "",
    "是",
    "是",
    "",
    "",
    "",
    "",
    "",
    "",
    "信息快报",
    "突发",
    iso(3, 20),
    "是",
    "吴晓东",
  ]);
  return rows;
}

export function sampleSheets(): SampleSheets {
  const random = rng(20260301);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const yes = (p: number) => (random() < p ? "是" : "");
  const submissions: CellValue[][] = [];
  let id = 1;
  for (let month = 1; month <= 3; month++) {
    UNITS.forEach((u, index) => {
      const name = u[0] as string;
      if ((name === "区卫生健康局" || name === "区教育和体育局") && month >= 2) return; // missing February and March → notice
      if (name === "区农业农村局" && month === 3) return; // missing March → named
      if (name === "区市场监管局" && month < 2) return; // active from February
      const count = 2 + Math.floor(random() * (index < 7 ? 5 : 3));
      for (let k = 0; k < count; k++) {
        const day = 1 + Math.floor(random() * 27);
        const district = random() < 0.45;
        const city = district && random() < 0.2;
        const province = city && random() < 0.3;
        const written = name === "区融媒体中心" && k === 0 ? "区广播电视台" : name;
        submissions.push([
          `2026-${String(id++).padStart(4, "0")}`,
          iso(month, day),
          written,
          pick(AUTHORS),
          `${name.replace(/^区/, "")}${pick(TITLES)}`,
          pick(TYPES),
          district ? "是" : "",
          district ? yes(0.15) : "",
          district ? yes(0.1) : "",
          city ? "是" : "",
          city ? yes(0.2) : "",
          city ? yes(0.15) : "",
          province ? "是" : "",
          "",
          "",
          "",
          district ? "信息快报" : "",
          "一般",
          "",
          "",
          "",
        ]);
      }
    });
  }
  // A late reaction and an important item without sign-off, as real logs have.
  submissions.push(...specialItems(id));

  const people = ["张伟", "王芳", "李强", "刘敏", "陈杰", "杨洋", "黄丽", "赵磊"];
  // Targets are the defaults (blank); what was done is entered month by month on 业务完成.
  const staff: CellValue[][] = people.map((name) => [name, "", "", "", "", "", "", "", ""]);
  const actuals: CellValue[][] = people.flatMap((name, i) =>
    [1, 2, 3].map((m) => [name, `2026-${String(m).padStart(2, "0")}`, 2, 3, i === 5 && m === 3 ? 25 : 26, 51]),
  );
  const staffEvents: CellValue[][] = [
    ["刘敏", "2026-02-10", "S1", 1, "", "", "", ""],
    ["刘敏", "2026-03-15", "无正当理由不能按时完成工作任务", 1, "", "", "", ""],
    ["陈杰", "2026-01-20", "S2", 1, "", "", "", ""],
    ["李强", "2026-03-05", "S3", 1, 80, "", "", ""],
    ["黄丽", "2026-02-18", "S11", 1, "", "", "", ""],
    ["张伟", "2026-03-01", "S15", 1, "", "", "", "区委书记在全区信息工作会议上点名表扬"],
    ["王芳", "2026-01-28", "S16", 1, "", 6, "否", "春节前应急值守加班"],
    ["王芳", "2026-03-08", "S18", 1, "", "", "", "《古邵镇春耕》被省委办公厅采用"],
    ["赵磊", "2026-02-02", "S16", 1, "", 4, "是", "材料报送安排不当加班"],
  ];
  const ratings: CellValue[][] = [];
  const kinds = ["群众评议", "考评小组", "主任办公会"];
  people.forEach((name, i) => {
    for (const kind of kinds) {
      if (name === "赵磊" && kind === "主任办公会") continue; // not yet rated → 待评
      const raters = kind === "群众评议" ? 6 : 3;
      for (let r = 0; r < raters; r++) ratings.push([name, kind, `评分人${r + 1}`, 78 + ((i * 7 + r * 3) % 20)]);
    }
  });
  return { units: UNITS, submissions, staffEvents, staff, actuals, ratings };
}
