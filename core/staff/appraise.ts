// The weighted appraisal (A1–A6): ratings of three kinds plus the daily assessment make a
// composite; the composite ranks people and decides the grade.
import type { IssueLog } from "../issues.ts";
import { GRADES, listOf, type TextKey } from "../text.ts";
import type { Rating, RatingKind, SourceRef } from "../records.ts";
import { SHEET_NAMES } from "../vocabulary.ts";
import { rankDescending } from "../rank.ts";
import type { RuleSet } from "../rules/schema.ts";
import { roundHalfAway } from "../values.ts";
import type { StaffDaily } from "./daily.ts";
import { NameSuggester, suggestionText } from "../similar.ts";

export type Grade = (typeof GRADES)[keyof typeof GRADES];

export interface StaffResult extends StaffDaily {
  name: string;
  mass: number | null;
  group: number | null;
  meeting: number | null;
  composite: number | null;
  rank: number | null;
  grade: Grade;
  ratingCounts: Record<RatingKind, number>;
}

const KIND_WORDS: Record<RatingKind, TextKey> = { mass: "word.ratingMass", group: "word.ratingGroup", meeting: "word.ratingMeeting" };
const KINDS: RatingKind[] = ["mass", "group", "meeting"];

/** Mean of the ratings, normalised to the base; highest and lowest dropped when so configured. */
function componentScore(scores: number[], rules: RuleSet): number | null {
  if (scores.length === 0) return null;
  const { trimmedMean, trimMinCount, ratingScale, normalisedTo } = rules.appraisal;
  let used = scores;
  if (trimmedMean && scores.length >= trimMinCount) used = [...scores].sort((a, b) => a - b).slice(1, -1);
  const mean = used.reduce((s, x) => s + x, 0) / used.length;
  return (mean * normalisedTo) / ratingScale;
}

export function appraise(daily: StaffDaily[], ratings: readonly Rating[], rules: RuleSet, issues: IssueLog): StaffResult[] {
  const names = new Set(daily.map((d) => d.record.name));
  const suggester = new NameSuggester([...names]);
  const scale = rules.appraisal.ratingScale;
  const byPerson = new Map<string, Record<RatingKind, number[]>>();
  const firstRow = new Map<string, SourceRef>();
  for (const r of ratings) {
    if (!names.has(r.name)) {
      const suggestion = suggestionText(issues.lang, suggester.suggest(r.name));
      issues.error("unknownStaff", issues.at(r.source, "name"), "INPUT", { value: r.name, suggestion });
      continue;
    }
    if (!firstRow.has(r.name)) firstRow.set(r.name, r.source);
    if (r.score < 0 || r.score > scale) {
      issues.error("ratingOutOfRange", issues.at(r.source, "score"), "A1", { value: r.score, max: scale });
      continue;
    }
    let entry = byPerson.get(r.name);
    if (!entry) byPerson.set(r.name, (entry = { mass: [], group: [], meeting: [] }));
    entry[r.kind].push(r.score);
  }

  const w = rules.appraisal.weights;
  const results: StaffResult[] = daily.map((d) => {
    const scores = byPerson.get(d.record.name) ?? { mass: [], group: [], meeting: [] };
    const [mass, group, meeting] = KINDS.map((k) => componentScore(scores[k], rules));
    const missing = KINDS.filter((k) => scores[k].length === 0);
    let composite: number | null = null;
    if (missing.length === 0) {
      // A1: 0.2 mass + 0.2 group + 0.2 meeting + 0.4 daily (weights from the rule set).
      composite = roundHalfAway(w.mass * mass! + w.group * group! + w.meeting * meeting! + w.daily * d.daily, rules.ranking.decimals);
    } else {
      // A2: never a made-up number; the person waits for the missing ratings.
      warnMissing(d.record.name, missing, firstRow.get(d.record.name), issues);
    }
    return {
      ...d,
      name: d.record.name,
      mass,
      group,
      meeting,
      composite,
      rank: null,
      grade: GRADES.pending as Grade,
      ratingCounts: { mass: scores.mass.length, group: scores.group.length, meeting: scores.meeting.length },
    };
  });

  // A3: rank by composite, high first; ties share a rank.
  const withComposite = results.filter((r) => r.composite !== null);
  for (const r of rankDescending(withComposite, (x) => x.composite!, rules.ranking.method, rules.ranking.decimals)) r.item.rank = r.rank;

  // A4: 不称职 below the line, or for missed tasks more often than allowed (whatever the score).
  for (const r of results) {
    if (r.unfitByTasks) {
      r.grade = GRADES.unfit;
      issues.warn("unfitByTasks", issues.at(r.record.source, "name"), "A4", {
        name: r.name,
        count: r.unfinishedTasks,
        limit: unfitLimit(rules),
      });
    } else if (r.composite !== null && r.composite < rules.appraisal.unfitBelow) {
      r.grade = GRADES.unfit;
    } else if (r.composite !== null) {
      r.grade = GRADES.competent; // A6, unless A5 below makes it 优秀(推荐)
    }
  }
  selectExcellent(results, rules, issues);
  return results;
}

/**
 * A2's warning where the ratings belong: the 评议类型 cell of the person's first row on 评议打分
 * (the kind a new row needs), or the sheet itself when the person has no row there.
 */
function warnMissing(name: string, missing: readonly RatingKind[], first: SourceRef | undefined, issues: IssueLog): void {
  const where = first ? issues.at(first, "kind") : { sheet: SHEET_NAMES.ratings, cell: "" };
  issues.warn("missingRatings", where, "A2", {
    name,
    missing: missing.map((k) => KIND_WORDS[k]).join(","), // keys, rendered by {missing|t}
  });
}

const unfitLimit = (rules: RuleSet) => rules.staff.items.find((i) => i.unfitAbove !== undefined)?.unfitAbove ?? 0;

/** A5 quota: share of the persons appraised, rounded down, at least the minimum. */
function excellentQuota(persons: number, rules: RuleSet): number {
  const { excellentShare, excellentMin } = rules.appraisal;
  return Math.max(excellentMin, Math.floor(Number((excellentShare * persons).toPrecision(12))));
}

/**
 * A5: among those with a composite who are not 不称职, a tie group that fits in the quota is
 * 优秀(推荐); a tie that straddles the quota is left to the committee with a warning.
 */
function selectExcellent(results: StaffResult[], rules: RuleSet, issues: IssueLog): void {
  const quota = excellentQuota(results.length, rules);
  const eligible = results.filter((r) => r.composite !== null && r.grade !== GRADES.unfit);
  const ranked = rankDescending(eligible, (r) => r.composite!, "competition", rules.ranking.decimals);
  const reported = new Set<number>();
  for (const { item, position, tied } of ranked) {
    if (position + tied - 1 <= quota) item.grade = GRADES.excellent;
    else if (position <= quota && !reported.has(position)) {
      reported.add(position);
      const names = ranked.filter((x) => x.position === position).map((x) => x.item.name);
      issues.warn("quotaTie", { sheet: item.record.source.sheet, cell: "" }, "A5", {
        quota,
        rank: position,
        names: listOf(issues.lang, names),
      });
    }
  }
}
