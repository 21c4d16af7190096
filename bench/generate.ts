// Generated data for benchmarks and large tests: a roster of units, a submission log and staff.
// Deterministic (seeded) so runs compare like with like.
import type { InputData, MarkKey, Rating, StaffEvent, StaffRecord, Submission, UnitRecord } from "../core/index.ts";
import { dayOf, markMask } from "../core/index.ts";

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ["坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇"];
export function unitNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i < TOWNS.length ? TOWNS[i] : `区直单位${String(i - TOWNS.length + 1).padStart(3, "0")}`,
  );
}

const UNIT_COLUMNS = { unit: "A", category: "B", leader: "C" };
const SUB_COLUMNS = { id: "A", date: "B", unit: "C", author: "D", title: "E" };

/**
 * `authors`: "perUnit" (each author writes for one unit, as in real logs: about 4 per unit) or
 * "shared" (500 names drawn at random for every unit: 60,000 distinct (unit, author) workers).
 */
export function generateInput(
  rows: number,
  staffCount: number,
  seed = 42,
  unitCount = 120,
  authors: "perUnit" | "shared" = "perUnit",
): InputData {
  const random = rng(seed);
  const names = unitNames(unitCount);
  const units: UnitRecord[] = names.map((name, i) => ({
    source: { sheet: "单位名册", row: i + 2, columns: UNIT_COLUMNS },
    name,
    category: i < TOWNS.length ? "镇街" : "区直",
    leader: `负责人${i + 1}`,
    formerNames: [],
  }));
  const start = dayOf(2026, 1, 1);
  const submissions: Submission[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const u = Math.floor(random() ** 1.5 * unitCount); // skewed: some units send far more
    const keys: MarkKey[] = [];
    const r = random();
    if (r < 0.3) keys.push("district.adopted");
    if (r < 0.05) keys.push("city.adopted");
    if (r < 0.01) keys.push("province.adopted");
    if (r < 0.02) keys.push("district.excellent");
    const marks = markMask(keys);
    submissions[i] = {
      source: { sheet: "信息报送", row: i + 2, columns: SUB_COLUMNS },
      id: `X${i}`,
      date: start + Math.floor(random() * 365),
      unit: names[u],
      author: authors === "shared" ? `作者${Math.floor(random() * 500)}` : `作者${u}-${Math.floor(random() * 4)}`,
      title: `信息${i}`,
      marks,
      important: false,
    };
  }
  const staff: StaffRecord[] = [];
  const staffEvents: StaffEvent[] = [];
  const ratings: Rating[] = [];
  for (let i = 0; i < staffCount; i++) {
    const name = `职员${i + 1}`;
    staff.push({
      source: { sheet: "业务指标", row: i + 2, columns: { name: "A" } },
      name,
      targets: {
        S7: { actual: 18 + Math.floor(random() * 4) },
        S8: { actual: 30 },
        S9: { actual: 290 + Math.floor(random() * 20) },
        S10: { actual: 600 },
      },
    });
    for (let e = 0; e < 5; e++) {
      const rule = ["S1", "S2", "S11", "S16", "S14"][Math.floor(random() * 5)];
      staffEvents.push({
        source: { sheet: "考核记录", row: staffEvents.length + 2, columns: { name: "A" } },
        name,
        rule,
        count: 1,
        hours: 4,
        poorPlanning: false,
        reason: "依据",
        date: start + Math.floor(random() * 365),
      });
    }
    for (const kind of ["mass", "group", "meeting"] as const) {
      for (let k = 0; k < 5; k++)
        ratings.push({
          source: { sheet: "评议打分", row: ratings.length + 2, columns: { name: "A" } },
          name,
          kind,
          score: 60 + Math.floor(random() * 40),
        });
    }
  }
  return { units, submissions, staff, staffEvents, ratings };
}
