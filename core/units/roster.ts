// The unit roster (单位名册): current names, former names (曾用名) and active months.
import type { IssueLog } from "../issues.ts";
import type { UnitRecord } from "../records.ts";
import { cellOf } from "../issues.ts";
import { editDistance } from "../similar.ts";

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
    // Former names never shadow a current name: a new unit may reuse an old name.
    units.forEach((unit, index) => {
      for (const former of unit.formerNames) {
        const key = normalise(former);
        if (key && !this.byName.has(key)) this.byName.set(key, index);
      }
    });
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

  isActive(index: number, month: number): boolean {
    const u = this.units[index];
    return (u.fromMonth === undefined || month >= u.fromMonth) && (u.toMonth === undefined || month <= u.toMonth);
  }

  activeInRange(index: number, startMonth: number, endMonth: number): boolean {
    const u = this.units[index];
    return (u.fromMonth === undefined || u.fromMonth <= endMonth) && (u.toMonth === undefined || u.toMonth >= startMonth);
  }
}
