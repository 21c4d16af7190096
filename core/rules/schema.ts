// The shape of a rule set. Every number of the rules (docs/rules.md) lives in data of this shape
// (core/rules/defaults.ts); the calculation reads it and never hard-codes a point value.
import { z } from "zod";
import { RULE_TIMELINESS_CLASSES } from "../vocabulary.ts";

// Every number is bounded, so no sum of them can overflow to Infinity (a score is always finite):
// a point value at most 100,000, a count at most 1,000,000, a weight at most 100.
const points = z.number().finite().min(0).max(100_000);
const count = z.number().int().min(0).max(1_000_000);
const weight = z.number().finite().min(0).max(100);
const scale = z.number().finite().positive().max(100_000);

/** A mark of the scheme (core/marks.ts): a key of the default scheme ("city.adopted"), "submitted" (U1) or an office's name. */
const markKey = z.string().trim().min(1);

/** One line of the unit point scheme: an item carrying `mark` earns `points`. */
const unitPointRule = z.object({
  rule: z.string(),
  label: z.string(),
  mark: markKey,
  points,
  /** The log column (header, then aliases); a default mark's own when absent. */
  column: z.array(z.string().trim().min(1)).min(1).optional(),
  /** Level (区, 市, 省, 中央, or an office's: 国办) and kind (采用, 优秀, 批示, or an office's: 约稿). */
  level: z.string().trim().min(1).optional(),
  kind: z.string().trim().min(1).optional(),
  /** Needs the 采用 of its level (优秀 and 批示 do unless told otherwise). */
  requiresAdoption: z.boolean().optional(),
  /** A whole number per item (2 = twice) instead of 是/否. */
  count: z.boolean().optional(),
});

/** Deadline of a timeliness class, in days after the event (T1–T3). */
const timelinessRule = z.object({ rule: z.string(), label: z.string(), class: z.enum(RULE_TIMELINESS_CLASSES), maxDays: count });

/**
 * How a staff item turns into points:
 * - fixed: amount × 次数;
 * - entered: the row's 分值 (within min..max) × 次数;
 * - steps: the running total count picks a cumulative total (S1: 1 → 50, 2 → 150, 3+ → 300);
 * - overtime: floor(hours / hoursPerHalfDay) half days × pointsPerHalfDay (S16).
 */
const amount = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), points }),
  z.object({ kind: z.literal("entered"), min: points, max: points }),
  z.object({ kind: z.literal("steps"), totals: z.array(points).min(1).max(100) }),
  z.object({ kind: z.literal("overtime"), hoursPerHalfDay: scale, pointsPerHalfDay: points }),
]);

const staffItemRule = z.object({
  rule: z.string(),
  part: z.enum(["public", "business", "bonus"]),
  name: z.string(),
  amount,
  /** More than this many occurrences grades the person 不称职 (S1). */
  unfitAbove: count.optional(),
});

/** A target of 业务指标: shortfall against an annual target (S7–S10). */
const staffTargetRule = z.object({
  rule: z.string(),
  label: z.string(),
  target: count,
  shortfall: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("steps"), totals: z.array(points).min(1).max(100) }),
    z.object({ kind: z.literal("perItem"), points }),
  ]),
});

export const ruleSetSchema = z.object({
  units: z.object({
    points: z.array(unitPointRule),
    /** Points taken off per late item (T1–T3); 0 in the district scheme. */
    latePenalty: points,
    timeliness: z.array(timelinessRule),
    /** Levels low to high, when an office's new level is not simply above the others. */
    levels: z.array(z.string().trim().min(1)).optional(),
    /** 用稿奖励 (N5) lists adoptions at this level or above (市 when absent). */
    rewardLevel: z.string().trim().min(1).optional(),
  }),
  notices: z.object({
    /** Missing streak that gets a unit named (N2), sent a notice (N3), listed for assistance (N4). */
    namedStreak: count.min(1),
    noticeStreak: count.min(1),
    assistStreak: count.min(1),
  }),
  selection: z.object({
    advancedUnits: count,
    excellentWorkers: count,
    /** Rank units inside their 类别 for the advanced-unit selection (N7). */
    rankWithinCategory: z.boolean(),
    /** Separators between co-authors in 撰稿人; each co-author gets the item's full points. */
    authorSeparators: z.string(),
  }),
  ranking: z.object({
    method: z.enum(["competition", "dense"]),
    decimals: count.max(6),
  }),
  publications: z.array(z.string().max(200)).max(1000),
  staff: z.object({
    publicBase: points,
    businessBase: points,
    items: z.array(staffItemRule),
    targets: z.array(staffTargetRule),
    /** S17: more than `overHalfDays` half days of counted overtime earns `points`, once. */
    overtimeTotal: z.object({ rule: z.string(), overHalfDays: count, points }),
  }),
  appraisal: z.object({
    weights: z.object({ mass: weight, group: weight, meeting: weight, daily: weight }),
    ratingScale: scale,
    normalisedTo: scale,
    /** Drop the highest and the lowest rating of a component with at least trimMinCount ratings. */
    trimmedMean: z.boolean(),
    trimMinCount: count.min(3),
    unfitBelow: points,
    excellentShare: z.number().min(0).max(1),
    excellentMin: count,
  }),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type UnitPointRule = z.infer<typeof unitPointRule>;
export type StaffItemRule = z.infer<typeof staffItemRule>;
export type StaffTargetRule = z.infer<typeof staffTargetRule>;
export type Amount = z.infer<typeof amount>;
