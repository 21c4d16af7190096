// The unit roster (单位名册): current names, former names (曾用名) and active months.
import type { IssueLog } from "../issues.ts";
import type { UnitRecord } from "../records.ts";
import { cellOf } from "../issues.ts";
import { editDistance } from "../similar.ts";
import { monthText } from "../values.ts";

const normalise = (name: string) => name.replace(/[\s\u3000]/g, "");

export class UnitRoster {
  private readonly byName = new Map<string, number>();

  constructor(
    readonly units: readonly UnitRecord[],
    issues: IssueLog,
  ) {
    units.forEach((unit, index) => {
      const key = normalise(unit.name);
      const first = this.byName.get(key);
      if (first !== undefined) {
        issues.error("duplicateUnit", issues.at(unit.source, "unit"), "INPUT", {
          value: unit.name,
          first: cellOf(units[first].source, "unit"),
        });
        return;
      }
      this.byName.set(key, index);
    });
    // Former names never shadow a current name: a new unit may reuse an old name. A former name
    // two units claim is neither's: the log's rows under it are asked about, not guessed.
    units.forEach((unit, index) => {
      for (const former of unit.formerNames) {
        const key = normalise(former);
        if (!key || this.byName.has(key)) continue;
        const claimed = this.claimedBy.get(key);
        if (claimed === undefined) this.claimedBy.set(key, [index]);
        else if (!claimed.includes(index)) claimed.push(index);
      }
    });
    for (const [key, claimants] of this.claimedBy) if (claimants.length === 1) this.byName.set(key, claimants[0]);
    this.months = units.map((unit) => activeMonths(unit, issues));
  }

  /** Former names by the units that list them (more than one: the name is shared). */
  private readonly claimedBy = new Map<string, number[]>();
  private readonly months: ReadonlyArray<{ from?: number; to?: number }>;

  /** The units that list a name as their 曾用名, when more than one does. */
  sharedFormerName(name: string): string[] {
    const claimants = this.claimedBy.get(normalise(name)) ?? [];
    return claimants.length > 1 ? claimants.map((i) => this.units[i].name) : [];
  }

  private readonly resolved = new Map<string, number | undefined>();

  /** Roster index of a name as written in the log, or undefined (cached: logs repeat names). */
  resolve(name: string): number | undefined {
    if (this.resolved.has(name)) return this.resolved.get(name);
    const index = this.byName.get(normalise(name));
    this.resolved.set(name, index);
    return index;
  }

  /** The closest roster name, to suggest when a log name is unknown. */
  suggest(name: string): string | undefined {
    const target = normalise(name);
    let best: string | undefined;
    let bestScore = Infinity;
    for (const unit of this.units) {
      for (const candidate of [unit.name, ...unit.formerNames]) {
        const d = editDistance(target, normalise(candidate));
        const score = d / Math.max(target.length, candidate.length, 1);
        if (score < bestScore) {
          bestScore = score;
          best = unit.name;
        }
      }
    }
    return bestScore <= 0.6 ? best : undefined;
  }

  /** The months a unit is active, from 启用月份 to 停用月份 (undefined: open). */
  activeMonths(index: number): { from?: number; to?: number } {
    return this.months[index];
  }

  isActive(index: number, month: number): boolean {
    const u = this.months[index];
    return (u.from === undefined || month >= u.from) && (u.to === undefined || month <= u.to);
  }

  activeInRange(index: number, startMonth: number, endMonth: number): boolean {
    const u = this.months[index];
    return (u.from === undefined || u.from <= endMonth) && (u.to === undefined || u.to >= startMonth);
  }
}

/**
 * A unit's active months. A 停用月份 before its 启用月份 is a contradiction the roster cannot settle:
 * it is reported, and the unit is read as active from its 启用月份 on (never silently dropped).
 */
function activeMonths(unit: UnitRecord, issues: IssueLog): { from?: number; to?: number } {
  const { fromMonth: from, toMonth: to } = unit;
  if (from === undefined || to === undefined || to >= from) return { from, to };
  issues.warn("unitMonthsReversed", issues.at(unit.source, "to"), "INPUT", {
    unit: unit.name,
    from: monthText(from, issues.lang),
    to: monthText(to, issues.lang),
  });
  return { from };
}
