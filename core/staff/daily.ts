// Daily assessment (日常考核) of the information office's own staff: public part and business
// part start from their base and lose the deductions of 考核记录 and 业务指标; bonuses add.
// Every rule is a row of rules.staff (S1–S20); this module evaluates them by amount kind.
import { cellOf, type IssueLog } from "../issues.ts";
import type { InputData, StaffEvent, StaffRecord } from "../records.ts";
import { containsDay, yearFraction, type Period } from "../period.ts";
import type { Amount, RuleSet, StaffItemRule, StaffTargetRule } from "../rules/schema.ts";
import { isoDay, roundHalfUp } from "../values.ts";
import { DOC_LANG, t, type TextKey } from "../text.ts";
import type { AuditEntry } from "../units/score.ts";
import { actualsFor, type ActualOf } from "./actuals.ts";
import { NameSuggester, suggestionText } from "../similar.ts";

/** The period, the part of it that has been assessed (D1) and the as-of date. */
export interface StaffPeriod {
  period: Period;
  assessed: Period | null;
  asOf?: number;
}

export interface StaffDaily {
  record: StaffRecord;
  public: number;
  business: number;
  bonus: number;
  daily: number;
  /** Occurrences of the item that grades 不称职 when repeated (S1). */
  unfinishedTasks: number;
  unfitByTasks: boolean;
  audit: AuditEntry[];
}

type Part = StaffItemRule["part"];

/** Cumulative total after `count` occurrences on a steps scale (0 → 0, beyond the list → last). */
const stepsTotal = (totals: readonly number[], count: number): number => (count <= 0 ? 0 : totals[Math.min(count, totals.length) - 1]);

function staffRoster(staff: readonly StaffRecord[], issues: IssueLog): Map<string, StaffRecord> {
  const byName = new Map<string, StaffRecord>();
  for (const record of staff) {
    const first = byName.get(record.name);
    if (first)
      issues.error("duplicateStaff", issues.at(record.source, "name"), "INPUT", {
        value: record.name,
        first: cellOf(first.source, "name"),
      });
    else byName.set(record.name, record);
  }
  return byName;
}

/** Checks one event row; returns false (and reports) when it cannot be counted. */
function validEvent(event: StaffEvent, item: StaffItemRule, issues: IssueLog): boolean {
  const a = item.amount;
  if (a.kind === "entered") {
    if (event.points === undefined) {
      issues.error("pointsRequired", issues.at(event.source, "points"), item.rule, { rule: item.rule, min: a.min, max: a.max });
      return false;
    }
    const p = Math.abs(event.points);
    if (p < a.min || p > a.max) {
      issues.error("pointsOutOfRange", issues.at(event.source, "points"), item.rule, { value: event.points, min: a.min, max: a.max });
      return false;
    }
  }
  if (a.kind === "overtime" && event.hours === undefined) {
    issues.error("hoursRequired", issues.at(event.source, "hours"), item.rule);
    return false;
  }
  if (item.part === "bonus" && !event.reason) {
    issues.error("reasonRequired", issues.at(event.source, "reason"), item.rule);
    return false;
  }
  return true;
}

/**
 * Every row of 考核记录 is checked whatever its date (D4); rows dated in the period (or undated)
 * and not after the as-of date are counted.
 */
export function dailyAssessment(input: InputData, when: StaffPeriod, rules: RuleSet, issues: IssueLog): StaffDaily[] {
  const roster = staffRoster(input.staff, issues);
  const items = new Map(rules.staff.items.map((i) => [i.rule, i]));
  const eventsOf = new Map<string, StaffEvent[]>();
  const suggester = new NameSuggester([...roster.keys()]);
  for (const event of input.staffEvents) {
    if (!roster.has(event.name)) {
      const suggestion = suggestionText(issues.lang, suggester.suggest(event.name));
      issues.error("unknownStaff", issues.at(event.source, "name"), "INPUT", { value: event.name, suggestion });
      continue;
    }
    const item = items.get(event.rule);
    if (!item || !validEvent(event, item, issues)) continue;
    if (event.date !== undefined && when.asOf !== undefined && event.date > when.asOf) {
      issues.error("futureDate", issues.at(event.source, "date"), "INPUT", { value: isoDay(event.date), asOf: isoDay(when.asOf) });
      continue;
    }
    if (event.date !== undefined && !containsDay(when.period, event.date)) continue;
    const list = eventsOf.get(event.name);
    if (list) list.push(event);
    else eventsOf.set(event.name, [event]);
  }
  const actualOf = actualsFor(input, when.assessed, rules, issues);
  return [...roster.values()].map((record) =>
    assessPerson(record, eventsOf.get(record.name) ?? [], items, when.assessed, rules, issues, actualOf),
  );
}

/** The audit line of a part's base score (公共 100, 业务 100), which deductions count down from. */
function baseRow(record: StaffRecord, key: "rule.staff.publicBase" | "rule.staff.businessBase", points: number): AuditEntry {
  return { subject: record.name, rule: "BASE", label: t(DOC_LANG, key), points, sheet: "", cell: "", note: "" };
}

function assessPerson(
  record: StaffRecord,
  events: StaffEvent[],
  items: Map<string, StaffItemRule>,
  assessed: Period | null,
  rules: RuleSet,
  issues: IssueLog,
  actualOf: ActualOf,
): StaffDaily {
  const audit: AuditEntry[] = [];
  const sums: Record<Part, number> = { public: 0, business: 0, bonus: 0 };
  const add = (
    part: Part,
    rule: string,
    label: string,
    points: number,
    source: StaffEvent["source"] | undefined,
    field: string,
    date: number | undefined,
    facts: Pick<AuditEntry, "count" | "short"> = {},
  ) => {
    // sums hold positive amounts; the audit stores deductions as negative points so it adds up.
    sums[part] += points;
    audit.push({
      subject: record.name,
      rule,
      label,
      points: part === "bonus" ? points : -points,
      sheet: source?.sheet ?? "",
      cell: source ? cellOf(source, field) : "",
      note: "",
      date,
      ...facts,
    });
  };
  const base = rules.staff;
  audit.push(baseRow(record, "rule.staff.publicBase", base.publicBase), baseRow(record, "rule.staff.businessBase", base.businessBase));

  // Dated rows in date order, so a steps scale (S1) charges the later occurrences more.
  const ordered = [...events].sort((a, b) => (a.date ?? -Infinity) - (b.date ?? -Infinity));
  const counts = new Map<string, number>();
  let halfDays = 0;
  let overtimeBonusGiven = false;
  for (const event of ordered) {
    const item = items.get(event.rule)!;
    const before = counts.get(item.rule) ?? 0;
    counts.set(item.rule, before + event.count);
    const points = eventPoints(item.amount, event, before);
    add(item.part, item.rule, eventLabel(item, event), points, event.source, "rule", event.date, { count: event.count });
    if (item.amount.kind === "overtime" && !event.poorPlanning) {
      halfDays += Math.floor((event.hours ?? 0) / item.amount.hoursPerHalfDay) * event.count;
      const total = base.overtimeTotal;
      if (!overtimeBonusGiven && halfDays > total.overHalfDays) {
        overtimeBonusGiven = true;
        const label = t(DOC_LANG, "doc.auditOvertimeTotal", { days: total.overHalfDays / 2 });
        add("bonus", total.rule, label, total.points, event.source, "hours", event.date);
      }
    }
  }
  for (const target of base.targets) {
    const points = shortfallPoints(record, target, assessed, issues, actualOf);
    if (points)
      add("business", target.rule, points.label, points.points, record.source, `${target.rule}.actual`, undefined, { short: points.short });
  }
  const unfitItem = [...items.values()].find((i) => i.unfitAbove !== undefined);
  const unfinishedTasks = unfitItem ? (counts.get(unfitItem.rule) ?? 0) : 0;

  const publicScore = floorAtZero(base.publicBase - sums.public, "doc.publicPart", record.name, audit);
  const business = floorAtZero(base.businessBase - sums.business, "doc.businessPart", record.name, audit);
  return {
    record,
    public: publicScore,
    business,
    bonus: sums.bonus,
    daily: publicScore + business + sums.bonus,
    unfinishedTasks,
    unfitByTasks: unfitItem?.unfitAbove !== undefined && unfinishedTasks > unfitItem.unfitAbove,
    audit,
  };
}

/** Points of one row; for a steps scale the increase of the cumulative total this row causes. */
function eventPoints(amount: Amount, event: StaffEvent, countBefore: number): number {
  switch (amount.kind) {
    case "fixed":
      return amount.points * event.count;
    case "entered":
      return Math.abs(event.points ?? 0) * event.count;
    case "steps":
      return stepsTotal(amount.totals, countBefore + event.count) - stepsTotal(amount.totals, countBefore);
    case "overtime":
      return event.poorPlanning ? 0 : Math.floor((event.hours ?? 0) / amount.hoursPerHalfDay) * amount.pointsPerHalfDay * event.count;
  }
}

function eventLabel(item: StaffItemRule, event: StaffEvent): string {
  const times = event.count > 1 ? ` ×${event.count}` : "";
  if (item.amount.kind === "overtime") {
    const poor = event.poorPlanning ? t(DOC_LANG, "doc.auditPoorPlanning") : "";
    return t(DOC_LANG, "doc.auditOvertime", { name: item.name, hours: event.hours ?? 0, poor, times });
  }
  return `${item.name}${times}`;
}

/** S7–S10: the annual target, scaled to the assessed part of the period, less the actual. */
function shortfallPoints(
  record: StaffRecord,
  rule: StaffTargetRule,
  assessed: Period | null,
  issues: IssueLog,
  actualOf: ActualOf,
): { points: number; short: number; label: string } | undefined {
  if (!assessed) return undefined; // no month of the period has ended: nothing is due yet
  const cell = record.targets[rule.rule] ?? {};
  const target = roundHalfUp((cell.target ?? rule.target) * yearFraction(assessed));
  const actual = actualOf(record, rule.rule);
  if (actual === undefined) {
    // Point at the blank cell, or at the person's row when the sheet has no such column at all.
    const field = record.source.columns[`${rule.rule}.actual`] ? `${rule.rule}.actual` : "name";
    const column = t(DOC_LANG, "doc.actualColumn", { label: rule.label });
    issues.warn("actualMissing", issues.at(record.source, field), rule.rule, { column });
  }
  const short = Math.max(0, target - (actual ?? 0));
  if (short === 0) return undefined;
  const s = rule.shortfall;
  const points = s.kind === "steps" ? stepsTotal(s.totals, short) : short * s.points;
  return { points, short, label: t(DOC_LANG, "doc.auditShortfall", { label: rule.label, target, actual: actual ?? 0, short }) };
}

/** A part never drops below 0; the audit records what the floor gave back. */
function floorAtZero(value: number, part: TextKey, subject: string, audit: AuditEntry[]): number {
  if (value >= 0) return value;
  audit.push({
    subject,
    rule: "FLOOR",
    label: t(DOC_LANG, "doc.auditFloor", { part }),
    points: -value,
    sheet: "",
    cell: "",
    note: "",
    part: t(DOC_LANG, part),
  });
  return 0;
}
