// Unit point scheme: each valid row of the submission log earns the points of every mark it
// carries (rules.units.points, U1–U11), less the late penalty. Rows with errors are left out.
import { cellOf, type IssueLog } from "../issues.ts";
import { DOC_LANG, listOf, t } from "../text.ts";
import type { Submission } from "../records.ts";
import { SUBMITTED, type Scheme } from "../marks.ts";
import type { RuleSet } from "../rules/schema.ts";
import { schemeOf } from "../rules/scheme.ts";
import { isoDay, monthOfDay, monthText } from "../values.ts";
import { FirstSeen } from "../firstSeen.ts";
import type { UnitRoster } from "./roster.ts";
import { checkEventDate, checkSignOff, lateness, type Lateness } from "./timeliness.ts";
import { textKey } from "../textKey.ts";

export interface ScoredItem {
  sub: Submission;
  unitIndex: number;
  month: number;
  /** Points of the marks, after the late penalty. */
  points: number;
  late?: Lateness;
}

export interface AuditEntry {
  /** Unit, author or staff member the points belong to. */
  subject: string;
  rule: string;
  label: string;
  points: number;
  sheet: string;
  cell: string;
  note: string;
  /** Staff rows: the day of the event, shown in the 日期 column (not inside the text). */
  date?: number;
  /** Staff rows: how many times the row counts (次数), so sheets need not read it back from the label. */
  count?: number;
  /** Target rows (S7–S10): how far short of the target. */
  short?: number;
  /** FLOOR rows: the part (公共部分, 业务部分) that was floored at 0. */
  part?: string;
}

/** Points of an item: the table over its flags, plus the repeats of its count marks. */
function itemPoints(sub: Submission, table: Float64Array, scheme: Scheme): number {
  let points = table[sub.marks];
  if (sub.counts) for (const i of scheme.countIndexes) if (sub.counts[i] > 1) points += (sub.counts[i] - 1) * scheme.marks[i].points;
  return points;
}

/** Scores every sound row; reports unknown units, duplicates and inconsistent marks. */
export function scoreSubmissions(
  submissions: readonly Submission[],
  roster: UnitRoster,
  rules: RuleSet,
  issues: IssueLog,
  asOf?: number,
): ScoredItem[] {
  const scheme = schemeOf(rules);
  const pointsOf = scheme.pointsTable();
  const seenIds = new FirstSeen(submissions.length);
  const seenContent = new FirstSeen();
  const unknownUnits = new Map<string, string | undefined>();
  const scored: ScoredItem[] = [];
  for (let row = 0; row < submissions.length; row++) {
    const sub = submissions[row];
    if (asOf !== undefined && sub.date > asOf) {
      // D1: an item dated after the as-of date is a typo or a clock problem, never a count.
      issues.error("futureDate", issues.at(sub.source, "date"), "INPUT", { value: isoDay(sub.date), asOf: isoDay(asOf) });
      continue;
    }
    const unitIndex = roster.resolve(sub.unit);
    const shared = unitIndex === undefined ? roster.sharedFormerName(sub.unit) : [];
    if (shared.length > 1) {
      issues.error("formerNameShared", issues.at(sub.source, "unit"), "INPUT", { value: sub.unit, units: listOf(issues.lang, shared) });
      continue;
    }
    if (unitIndex !== undefined && !roster.isActive(unitIndex, monthOfDay(sub.date))) {
      reportInactive(sub, roster, unitIndex, issues);
      continue;
    }
    if (unitIndex === undefined) {
      const key = textKey(sub.unit);
      if (!unknownUnits.has(key)) unknownUnits.set(key, roster.suggest(sub.unit));
      const suggestion = unknownUnits.get(key);
      issues.error("unknownUnit", issues.at(sub.source, "unit"), "INPUT", {
        value: sub.unit,
        suggestion: suggestion ? t(issues.lang, "word.didYouMean", { suggestion }) : "",
      });
      continue;
    }
    if (sub.id) {
      const first = seenIds.firstOf(sub.id, row);
      if (first !== undefined) {
        issues.error("duplicateId", issues.at(sub.source, "id"), "INPUT", {
          value: sub.id,
          first: cellOf(submissions[first].source, "id"),
        });
        continue;
      }
    } else {
      const first = seenContent.firstOf(`${unitIndex}\u0000${sub.title}\u0000${sub.date}`, row);
      const firstSource = first === undefined ? undefined : submissions[first].source;
      if (firstSource)
        issues.warn("possibleDuplicate", issues.at(sub.source, "title"), "U1", { first: `${firstSource.sheet}!${firstSource.row}` });
    }
    checkMarks(sub, scheme, issues);
    checkSignOff(sub, issues);
    checkEventDate(sub, issues);
    let points = itemPoints(sub, pointsOf, scheme);
    const late = lateness(sub, rules);
    if (late) points -= rules.units.latePenalty;
    scored.push({ sub, unitIndex, month: monthOfDay(sub.date), points, late });
  }
  return scored;
}

/** An item dated outside its unit's active months (before 启用月份 or after 停用月份): not counted. */
function reportInactive(sub: Submission, roster: UnitRoster, unitIndex: number, issues: IssueLog): void {
  const { from, to } = roster.activeMonths(unitIndex);
  const month = monthOfDay(sub.date);
  const before = from !== undefined && month < from;
  issues.error(before ? "itemBeforeUnitStart" : "itemAfterUnitEnd", issues.at(sub.source, "date"), "INPUT", {
    value: isoDay(sub.date),
    unit: roster.units[unitIndex].name,
    month: monthText((before ? from : to)!, issues.lang),
  });
}

/** A mark that needs the 采用 of its level (优秀, 批示) set without it is counted, with a warning. */
function checkMarks(sub: Submission, scheme: Scheme, issues: IssueLog): void {
  if ((sub.marks & scheme.needsAdoptionMask) === 0) return;
  for (const mark of scheme.marks) {
    if (!mark.requiresAdoption || (sub.marks & mark.bit) === 0) continue;
    const adopted = scheme.adoptionAt(mark.level);
    if (adopted && (sub.marks & adopted.bit) === 0)
      issues.warn("markWithoutAdoption", issues.at(sub.source, mark.key), "U1", { mark: mark.name, adopted: adopted.name });
  }
}

/** The audit lines of one scored item: one per mark earned, one for a late penalty. */
export function itemAudit(item: ScoredItem, unitName: string, rules: RuleSet): AuditEntry[] {
  const { sub } = item;
  const note = `${isoDay(sub.date)} ${sub.title}`;
  const out: AuditEntry[] = [];
  const scheme = schemeOf(rules);
  const line = (rule: string, label: string, points: number, field: string) =>
    out.push({ subject: unitName, rule, label, points, sheet: sub.source.sheet, cell: cellOf(sub.source, field), note });
  for (const row of rules.units.points) {
    const mark = scheme.get(row.mark);
    if (!mark) {
      if (row.mark === SUBMITTED) line(row.rule, row.label, row.points, "title");
      continue;
    }
    if ((sub.marks & mark.bit) === 0) continue;
    const times = mark.count ? (sub.counts?.[scheme.marks.indexOf(mark)] ?? 1) : 1;
    const label = times > 1 ? t(DOC_LANG, "doc.auditTimes", { label: row.label, times }) : row.label;
    line(row.rule, label, row.points * times, mark.key);
  }
  if (item.late) {
    const label = rules.units.timeliness.find((t) => t.rule === item.late!.rule)?.label ?? "";
    out.push({
      subject: unitName,
      rule: item.late.rule,
      label: t(DOC_LANG, "doc.auditLate", { days: item.late.days, max: item.late.maxDays, label }),
      points: rules.units.latePenalty ? -rules.units.latePenalty : 0,
      sheet: sub.source.sheet,
      cell: cellOf(sub.source, "date"),
      note,
    });
  }
  return out;
}
