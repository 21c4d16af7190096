// One calculation: input records + period + rule set → every result the outputs show.
import { IssueLog, type Issue, type Lang } from "./issues.ts";
import type { InputData, UnitRecord } from "./records.ts";
import { assessedMonth, assessedPart, type Period } from "./period.ts";
import { DEFAULT_RULES } from "./rules/defaults.ts";
import type { RuleSet } from "./rules/schema.ts";
import { ruleSetVersion } from "./rules/version.ts";
import { SHEET_NAMES } from "./vocabulary.ts";
import { dayParams } from "./values.ts";
import { appraise, type StaffResult } from "./staff/appraise.ts";
import { dailyAssessment } from "./staff/daily.ts";
import { unitTable, type UnitRow } from "./units/ranking.ts";
import { previousMonthTable } from "./units/previous.ts";
import { checkPeriodCoverage } from "./units/coverage.ts";
import { UnitRoster } from "./units/roster.ts";
import { itemAudit, scoreSubmissions, type AuditEntry, type ScoredItem } from "./units/score.ts";
import { markAdvancedUnits, rewardList, workerTable, type RewardItem, type WorkerRow } from "./units/selection.ts";

export interface ComputeOptions {
  period: Period;
  rules?: RuleSet;
  lang?: Lang;
  /** Issues found before the calculation (reading the workbook, rule overrides). */
  issues?: IssueLog;
  /**
   * The as-of date (D1, a day number): months that have not ended by then are never missing,
   * items dated after it are errors. Hosts pass today; without it every month counts as ended.
   */
  asOf?: number;
}

export interface Results {
  period: Period;
  /** The as-of date of the calculation (undefined: none given, every month counts as ended). */
  asOf?: number;
  /** The month whose missing submissions are reported (D1); null when no month of the period has ended. */
  assessedMonth: number | null;
  /** Whether the whole period had ended by the as-of date (otherwise outputs say 截至 …). */
  periodEnded: boolean;
  rules: RuleSet;
  rulesVersion: string;
  units: UnitRow[];
  /** The previous month's unit table (for 上月排名 on a monthly 通报); null for other periods. */
  previousUnits: UnitRow[] | null;
  workers: WorkerRow[];
  rewards: RewardItem[];
  staff: StaffResult[];
  issues: Issue[];
  /** Valid items of the whole log (any period), for the audit trail and summaries. */
  items: ScoredItem[];
  roster: readonly UnitRecord[];
}

export function compute(input: InputData, options: ComputeOptions): Results {
  const rules = options.rules ?? DEFAULT_RULES;
  const issues = options.issues ?? new IssueLog(options.lang ?? "zh");
  const { period, asOf } = options;
  const assessed = assessedMonth(period, asOf);
  const roster = new UnitRoster(input.units, issues);
  checkPeriodCoverage(input, period, issues, SHEET_NAMES.submissions);
  // D1: said to the clerk (校验问题, the host's status), not in the 通报's 正文.
  if (assessed === null && asOf !== undefined) issues.warn("noMonthEnded", { sheet: "", cell: "" }, "D1", dayParams(asOf));
  const items = scoreSubmissions(input.submissions, roster, rules, issues, asOf);
  const units = unitTable(items, roster, period, rules, assessed);
  markAdvancedUnits(units, rules);
  const previousUnits = previousMonthTable(items, roster, period, rules);
  const unitName = (index: number) => input.units[index].name;
  const workers = workerTable(items, period, rules, unitName);
  const rewards = rewardList(items, period, rules, unitName);
  const daily = dailyAssessment(input, { period, assessed: assessedPart(period, asOf), asOf }, rules, issues);
  const staff = appraise(daily, input.ratings, rules, issues);
  const periodEnded = asOf === undefined || period.endDay <= asOf;
  return {
    period,
    asOf,
    assessedMonth: assessed,
    periodEnded,
    rules,
    rulesVersion: ruleSetVersion(rules),
    units,
    previousUnits,
    workers,
    rewards,
    staff,
    issues: issues.list,
    items,
    roster: input.units,
  };
}

/** The audit trail of the period: every point of every unit and staff member, with its rule and cell. */
export function* auditTrail(results: Results): Generator<AuditEntry> {
  const { period, items, roster, rules } = results;
  for (const item of items) {
    if (item.sub.date < period.startDay || item.sub.date > period.endDay) continue;
    yield* itemAudit(item, roster[item.unitIndex].name, rules);
  }
  for (const person of results.staff) yield* person.audit;
}
