// The unit roster (单位名册): current names, former names (曾用名) and active months.
import type { IssueLog } from "../issues.ts";
import type { UnitRecord } from "../records.ts";
import { cellOf } from "../issues.ts";
import { closest } from "../similar.ts";
import { textKey } from "../textKey.ts";
import { monthText } from "../values.ts";

/** A name as the roster compares it: without spaces, and keyed safely when absurdly long. */
const normalise = (name: string) => textKey(name.replace(/[\s\u3000]/g, ""));

/** Unknown names a run suggests a roster name for; the rest are reported without a suggestion. */
const MAX_LOOKUPS = 200;

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
    const key = normalise(name);
    if (this.resolved.has(key)) return this.resolved.get(key);
    const index = this.byName.get(key);
    this.resolved.set(key, index);
    return index;
  }

  /** How many unknown names have been looked up: past MAX_LOOKUPS no more are (a log of typos stays fast). */
  private lookups = 0;

  /** The one roster name clearly closest to an unknown log name (a homophone counts as close), to suggest. */
  suggest(name: string): string | undefined {
    if (++this.lookups > MAX_LOOKUPS) return undefined;
    const candidates = function* (units: readonly UnitRecord[]) {
      for (const unit of units)
        for (const candidate of [unit.name, ...unit.formerNames]) yield { key: normalise(candidate), value: unit.name };
    };
    return closest(normalise(name), candidates(this.units));
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
