// Builders for core records, so each test states only what matters to it.
import {
  emptyInput,
  markMask,
  parseDay,
  parseMonth,
  parsePeriod,
  type InputData,
  type MarkKey,
  type Period,
  type Rating,
  type RatingKind,
  type SourceRef,
  type StaffEvent,
  type StaffRecord,
  type Submission,
  type UnitRecord,
} from "../../core/index.ts";

const SUB_COLUMNS = {
  id: "A",
  date: "B",
  unit: "C",
  author: "D",
  title: "E",
  type: "F",
  "district.adopted": "G",
  "district.excellent": "H",
  "district.endorsed": "I",
  "city.adopted": "J",
  "city.excellent": "K",
  "city.endorsed": "L",
  "province.adopted": "M",
  "province.excellent": "N",
  "province.endorsed": "O",
  "central.adopted": "P",
  publication: "Q",
  timeliness: "R",
  eventDate: "S",
  important: "T",
  approver: "U",
};
const UNIT_COLUMNS = { unit: "A", category: "B", leader: "C" };
const EVENT_COLUMNS = { name: "A", date: "B", rule: "C", count: "D", points: "E", hours: "F", poorPlanning: "G", reason: "H" };
const STAFF_COLUMNS = {
  name: "A",
  "S7.target": "B",
  "S7.actual": "C",
  "S8.target": "D",
  "S8.actual": "E",
  "S9.target": "F",
  "S9.actual": "G",
  "S10.target": "H",
  "S10.actual": "I",
};
const RATING_COLUMNS = { name: "A", kind: "B", rater: "C", score: "D" };

const rows = new Map<string, number>();
function source(sheet: string, columns: Record<string, string>): SourceRef {
  const row = (rows.get(sheet) ?? 1) + 1;
  rows.set(sheet, row);
  return { sheet, row, columns };
}

export const day = (text: string): number => parseDay(text)!;
export const month = (text: string): number => parseMonth(text)!;
export const period = (text: string): Period => parsePeriod(text)!;

export function unit(
  name: string,
  opts: { category?: string; leader?: string; from?: string; to?: string; former?: string[] } = {},
): UnitRecord {
  return {
    source: source("单位名册", UNIT_COLUMNS),
    name,
    category: opts.category,
    leader: opts.leader,
    formerNames: opts.former ?? [],
    fromMonth: opts.from ? month(opts.from) : undefined,
    toMonth: opts.to ? month(opts.to) : undefined,
  };
}

export function sub(
  unitName: string,
  date: string,
  marks: MarkKey[] = [],
  opts: Partial<Omit<Submission, "date" | "eventDate">> & { eventDate?: string } = {},
): Submission {
  const { eventDate, ...rest } = opts;
  return {
    source: source("信息报送", SUB_COLUMNS),
    date: day(date),
    unit: unitName,
    title: opts.title ?? `标题${Math.random()}`,
    marks: markMask(marks),
    important: false,
    ...rest,
    eventDate: eventDate ? day(eventDate) : undefined,
  };
}

export function staff(name: string, targets: StaffRecord["targets"] = {}): StaffRecord {
  return { source: source("业务指标", STAFF_COLUMNS), name, targets };
}

/** A staff record that meets every default target in full, so only events matter. */
export function staffOnTarget(name: string): StaffRecord {
  return staff(name, { S7: { actual: 20 }, S8: { actual: 30 }, S9: { actual: 300 }, S10: { actual: 600 } });
}

export function event(name: string, rule: string, opts: Partial<Omit<StaffEvent, "date">> & { date?: string } = {}): StaffEvent {
  const { date, ...rest } = opts;
  return {
    source: source("考核记录", EVENT_COLUMNS),
    name,
    rule,
    count: 1,
    poorPlanning: false,
    ...rest,
    date: date ? day(date) : undefined,
  };
}

export function rating(name: string, kind: RatingKind, score: number): Rating {
  return { source: source("评议打分", RATING_COLUMNS), name, kind, score };
}

/** Ratings of every kind at one score (on the 100-point scale). */
export function ratingsAll(name: string, mass: number, group = mass, meeting = mass): Rating[] {
  return [rating(name, "mass", mass), rating(name, "group", group), rating(name, "meeting", meeting)];
}

export function input(parts: Partial<InputData>): InputData {
  return { ...emptyInput(), ...parts };
}
