// Missing submissions and escalation (N2–N4): a unit active in a month with no item that month
// is missing; the streak of consecutive missing months decides the action.
import type { RuleSet } from "../rules/schema.ts";
import type { UnitRoster } from "./roster.ts";

export type NoticeAction = "named" | "notice" | "assist";

export interface MissingStreak {
  streak: number;
  /** The missed months, oldest first. */
  months: number[];
  action: NoticeAction | null;
}

/**
 * Streak of the unit at `month`: consecutive months without items ending there, counted back no
 * further than the unit's first active month and the first month the log covers.
 * `submittedIn(month)` tells whether the unit has at least one item in that month.
 */
export function missingStreak(
  unitIndex: number,
  month: number,
  firstLogMonth: number,
  roster: UnitRoster,
  submittedIn: (month: number) => boolean,
  rules: RuleSet,
): MissingStreak {
  const months: number[] = [];
  for (let m = month; m >= firstLogMonth && roster.isActive(unitIndex, m) && !submittedIn(m); m--) months.unshift(m);
  return { streak: months.length, months, action: actionFor(months.length, rules) };
}

function actionFor(streak: number, rules: RuleSet): NoticeAction | null {
  const { namedStreak, noticeStreak, assistStreak } = rules.notices;
  if (streak >= assistStreak) return "assist"; // N4: 重点帮促 (still named)
  if (streak >= noticeStreak) return "notice"; // N3: 缺报通知单 to the 主要负责人
  if (streak >= namedStreak) return "named"; // N2: 点名通报
  return null;
}
