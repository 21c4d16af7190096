// The machine-readable results (the --json contract, README.md): keys and meanings are a stable contract.
import type { Results } from "./compute.ts";
import { periodJson, yearLong, type PeriodJson } from "./period.ts";
import { JSON_ADOPTION_KEYS, type JsonAdoptionKey } from "./marks.ts";
import { schemeOf } from "./rules/scheme.ts";
import type { UnitRow } from "./units/ranking.ts";
import { roundHalfAway } from "./values.ts";

export interface ResultsJson {
  period: PeriodJson;
  rulesVersion: string;
  units: Array<
    {
      unit: string;
      /** The roster's 类别, "" when blank (D8). */
      category: string;
      rank: number;
      /** Rank within the 类别 when 按类别排名 is on, otherwise null (D8). */
      categoryRank: number | null;
      score: number;
      ytdScore: number;
      submitted: number;
    } & Record<JsonAdoptionKey, number> & {
        excellent: number;
        endorsed: number;
        late: number;
        missingStreak: number;
        action: "named" | "notice" | "assist" | null;
        advancedCandidate: boolean;
        /** Every mark of the scheme by its name (区采用, 国办采用 …): how often it was given (D11). */
        marks: Record<string, number>;
      }
  >;
  workers: Array<{ author: string; unit: string; rank: number; score: number; items: number; excellentCandidate: boolean }>;
  staff: Array<{
    name: string;
    public: number;
    business: number;
    bonus: number;
    daily: number;
    mass: number | null;
    group: number | null;
    meeting: number | null;
    composite: number | null;
    rank: number | null;
    grade: string;
    /** Whether the period is a year, so that the grade is a verdict and not a reference (D9). */
    gradeFinal: boolean;
    unfinishedTasks: number;
  }>;
  issues: Array<{ severity: "error" | "warning"; sheet: string; cell: string; rule: string; message: string }>;
}

export function resultsJson(r: Results): ResultsJson {
  const d = r.rules.ranking.decimals;
  const n = (x: number) => roundHalfAway(x, d);
  const nn = (x: number | null) => (x === null ? null : n(x));
  const scheme = schemeOf(r.rules);
  // The fixed keys of the contract count the default scheme's adoptions; 0 when the scheme lacks one.
  const adoptionKeys = (u: UnitRow) =>
    Object.fromEntries(
      JSON_ADOPTION_KEYS.map(([key, mark]) => {
        const def = scheme.get(mark);
        return [key, def ? u.marks[scheme.marks.indexOf(def)] : 0];
      }),
    ) as Record<JsonAdoptionKey, number>;
  return {
    period: periodJson(r.period, r.asOf),
    rulesVersion: r.rulesVersion,
    units: r.units.map((u) => ({
      unit: u.unit.name,
      category: u.unit.category ?? "",
      rank: u.rank,
      categoryRank: r.rules.selection.rankWithinCategory ? u.categoryRank : null,
      score: n(u.score),
      ytdScore: n(u.ytdScore),
      submitted: u.submitted,
      ...adoptionKeys(u),
      excellent: u.excellent,
      endorsed: u.endorsed,
      late: u.late,
      missingStreak: u.missing.streak,
      action: u.missing.action,
      advancedCandidate: u.advancedCandidate,
      marks: Object.fromEntries(scheme.marks.map((m, i) => [m.name, u.marks[i]])),
    })),
    workers: r.workers.map((w) => ({
      author: w.author,
      unit: w.unit,
      rank: w.rank,
      score: n(w.score),
      items: w.items,
      excellentCandidate: w.excellentCandidate,
    })),
    staff: r.staff.map((s) => ({
      name: s.name,
      public: n(s.public),
      business: n(s.business),
      bonus: n(s.bonus),
      daily: n(s.daily),
      mass: nn(s.mass),
      group: nn(s.group),
      meeting: nn(s.meeting),
      composite: nn(s.composite),
      rank: s.rank,
      grade: s.grade,
      gradeFinal: yearLong(r.period),
      unfinishedTasks: s.unfinishedTasks,
    })),
    issues: r.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, cell: i.cell, rule: i.rule, message: i.message })),
  };
}
