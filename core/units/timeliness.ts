// Timeliness and sign-off of the university's rules (T1–T4 are rows of rules.units.timeliness
// plus the sign-off check below).
import type { IssueLog } from "../issues.ts";
import type { Submission } from "../records.ts";
import type { RuleSet } from "../rules/schema.ts";

export interface Lateness {
  rule: string;
  days: number;
  maxDays: number;
}

/** Whether an item was sent after its class's deadline; undefined when on time or not timed. */
export function lateness(sub: Submission, rules: RuleSet): Lateness | undefined {
  if (sub.eventDate === undefined || !sub.timeliness) return undefined;
  const deadline = rules.units.timeliness.find((t) => t.class === sub.timeliness);
  if (!deadline) return undefined;
  const days = sub.date - sub.eventDate;
  return days > deadline.maxDays ? { rule: deadline.rule, days, maxDays: deadline.maxDays } : undefined;
}

/** T4: an important item must name the leader who signed it (主管领导阅签). */
export function checkSignOff(sub: Submission, issues: IssueLog): void {
  if (sub.important && !sub.approver) issues.warn("missingSignOff", issues.at(sub.source, "approver"), "T4", { title: sub.title });
}

export function checkEventDate(sub: Submission, issues: IssueLog): void {
  if (sub.eventDate !== undefined && sub.eventDate > sub.date) {
    issues.warn("eventAfterSubmission", issues.at(sub.source, "eventDate"), "INPUT");
  }
}
