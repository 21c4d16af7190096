// Properties that must hold for any input, checked on generated data with fast-check.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { auditTrail, compute, rankDescending, type MarkKey } from "../../core/index.ts";
import { event, input, period, ratingsAll, staff, sub, unit } from "../helpers/records.ts";

const MARKS: MarkKey[] = [
  "district.adopted",
  "district.excellent",
  "district.endorsed",
  "city.adopted",
  "city.excellent",
  "city.endorsed",
  "province.adopted",
  "province.excellent",
  "province.endorsed",
  "central.adopted",
];
const UNITS = ["甲", "乙", "丙", "丁", "戊"];

const itemArb = fc.record({
  unit: fc.constantFrom(...UNITS),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 3 }),
  marks: fc.subarray(MARKS),
});
const logArb = fc.array(itemArb, { maxLength: 60 });
type Log = Array<{ unit: string; day: number; month: number; marks: MarkKey[] }>;
const toSubs = (items: Log) =>
  items.map((x, i) => sub(x.unit, `2026-${String(x.month).padStart(2, "0")}-${String(x.day).padStart(2, "0")}`, x.marks, { id: `N${i}` }));
const run = (items: Log) => compute(input({ units: UNITS.map((u) => unit(u)), submissions: toSubs(items) }), { period: period("2026-Q1") });

describe("properties (fast-check)", () => {
  it("N1: ranks are a tie-aware permutation: sorted by score, ties share a rank, rank = 1 + number of higher scores", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { maxLength: 40 }), (values) => {
        const ranked = rankDescending(values, (x) => x, "competition", 2);
        expect(ranked.map((r) => r.item).sort()).toEqual([...values].sort());
        const rounded = ranked.map((r) => Math.round(r.item * 100) / 100);
        ranked.forEach((r, i) => {
          const higher = rounded.filter((v) => v > rounded[i] + 1e-9).length;
          expect(r.rank).toBe(higher + 1);
        });
      }),
    );
  });

  it("U1–U10: adding an adoption to an item never lowers any unit's score", () => {
    fc.assert(
      fc.property(
        logArb.filter((l) => l.length > 0),
        fc.nat(),
        fc.constantFrom<MarkKey>("district.adopted", "city.adopted", "province.adopted", "central.adopted"),
        (items, pick, mark) => {
          const before = run(items);
          const changed = items.map((x, i) => (i === pick % items.length ? { ...x, marks: [...new Set([...x.marks, mark])] } : x));
          const after = run(changed);
          for (const u of before.units) expect(after.units.find((a) => a.unit.name === u.unit.name)!.score).toBeGreaterThanOrEqual(u.score);
        },
      ),
    );
  });

  it("U1–U11: every unit's score equals the sum of its audit trail", () => {
    fc.assert(
      fc.property(logArb, (items) => {
        const r = run(items);
        const trail = [...auditTrail(r)];
        for (const u of r.units) {
          const sum = trail.filter((a) => a.subject === u.unit.name).reduce((s, a) => s + a.points, 0);
          expect(sum).toBe(u.score);
        }
      }),
    );
  });

  it("S1–S20: parts never drop below 0 and the audit trail adds up to the daily score", () => {
    const rules = ["S1", "S2", "S3", "S4", "S5", "S6", "S11", "S12", "S13", "S14", "S16", "S20"];
    const eventArb = fc.record({
      rule: fc.constantFrom(...rules),
      count: fc.integer({ min: 1, max: 5 }),
      points: fc.integer({ min: 50, max: 200 }),
      hours: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (events, actual) => {
        const r = compute(
          input({
            staff: [staff("张三", { S7: { actual }, S8: { actual }, S9: { actual: actual * 10 }, S10: { actual: actual * 20 } })],
            staffEvents: events.map((e) =>
              event("张三", e.rule, {
                count: e.count,
                points: e.rule === "S13" ? Math.max(100, e.points) : e.points,
                hours: e.hours,
                reason: "依据",
              }),
            ),
            ratings: ratingsAll("张三", 80),
          }),
          { period: period("2026") },
        );
        const s = r.staff[0];
        expect(s.public).toBeGreaterThanOrEqual(0);
        expect(s.business).toBeGreaterThanOrEqual(0);
        expect(s.audit.reduce((t, a) => t + a.points, 0)).toBe(s.daily);
        expect(s.daily).toBe(s.public + s.business + s.bonus);
      }),
    );
  });
});
