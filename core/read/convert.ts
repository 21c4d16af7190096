// Row → record for each input sheet, one converter per sheet. Every problem is an issue naming
// sheet, cell, value and what was expected; a row with an error in a cell it cannot do without
// is left out (and reported), the other rows go on.
import type { IssueLog } from "../issues.ts";
import type { InputData, TimelinessClass } from "../records.ts";
import type { Scheme } from "../marks.ts";
import type { RuleOverride } from "../rules/overrides.ts";
import type { RuleSet } from "../rules/schema.ts";
import type { TemplateRow } from "../records.ts";
import { displayValue, isBlank } from "../values.ts";
import { Cells, type CellContext } from "./cells.ts";
import { itemResolver, suggestItem } from "./itemNames.ts";
import type { RowConverter, RowView } from "./sheetReader.ts";
import { ALL_SHEETS, MARK_FIELDS, RATING_KINDS, SUBMISSION_TYPES, TIMELINESS_CLASSES, type SheetKey } from "./specs.ts";

export type { CellContext } from "./cells.ts";

export interface ReadTarget {
  data: InputData;
  overrides: RuleOverride[];
  /** Rows of an 输出模板 sheet: the user's texts and layout for the result sheets. */
  templateRows: TemplateRow[];
}

/** What every converter needs: where records go, where problems go, the rules, how to read cells. */
interface Env {
  target: ReadTarget;
  issues: IssueLog;
  rules: RuleSet;
  /** The scheme in force: the log's mark columns. */
  scheme: Scheme;
  cells: (row: RowView) => Cells;
}

const splitNames = (text: string | undefined) =>
  text
    ? text
        .split(/[、,，;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function units({ target, cells }: Env): RowConverter {
  return (row) => {
    const c = cells(row);
    const name = c.required("unit");
    if (!name) return false;
    target.data.units.push({
      source: row.source,
      name,
      category: c.text("category"),
      leader: c.text("leader"),
      officer: c.text("officer"),
      formerNames: splitNames(c.text("formerNames")),
      fromMonth: c.month("from"),
      toMonth: c.month("to"),
    });
    return true;
  };
}

/** A choice column that may be left blank; an unknown value is a warning and read as blank. */
function choice<T extends string>(c: Cells, issues: IssueLog, field: string, allowed: readonly T[]): T | undefined {
  const text = c.text(field);
  const found = allowed.find((a) => a === text);
  if (text && !found) issues.warn("badChoice", c.row.where(field), "INPUT", { value: text, expected: allowed.join("/") });
  return found;
}

/** An item's marks: a bit set over the scheme's marks, and the numbers of its count marks; undefined on a bad cell. */
function readMarks(c: Cells, scheme: Scheme): { marks: number; counts?: number[] } | undefined {
  let marks = 0;
  let ok = true;
  let counts: number[] | undefined;
  for (let i = 0; i < scheme.marks.length; i++) {
    const mark = scheme.marks[i];
    if (mark.count) {
      const n = c.markCount(mark.key);
      if (n === undefined) ok = false;
      else if (n > 0) {
        marks |= mark.bit;
        (counts ??= new Array<number>(scheme.marks.length).fill(0))[i] = n;
      }
      continue;
    }
    const f = c.flag(mark.key);
    if (f === undefined) ok = false;
    else if (f) marks |= mark.bit;
  }
  return ok ? { marks, counts } : undefined;
}

/**
 * A mark the office added (or moved to its own column) whose column the log lacks: a warning, as
 * it can never score. The default scheme's columns may be left out of a log without one.
 */
function absentMarkColumns(row: RowView, scheme: Scheme, issues: IssueLog): void {
  for (const mark of scheme.marks) {
    if (mark.own && !row.has(mark.key))
      issues.warn("markColumnAbsent", { sheet: row.source.sheet, cell: "" }, "U1", { mark: mark.name, column: mark.name });
  }
}

/** Titles are kept to this many characters: far above any real one, small beside a pasted article (docs/input.md). */
export const MAX_TITLE_CHARS = 500;

function submissions({ target, issues, cells, scheme }: Env): RowConverter {
  let first = true;
  return (row) => {
    if (first) absentMarkColumns(row, scheme, issues);
    first = false;
    const c = cells(row);
    const date = c.date("date", { required: true, badFails: true });
    const unit = c.required("unit");
    const title = c.requiredUpTo("title", MAX_TITLE_CHARS);
    const read = readMarks(c, scheme);
    const important = c.flag("important");
    const type = choice(c, issues, "type", SUBMISSION_TYPES);
    const timeliness: TimelinessClass | undefined = choice(c, issues, "timeliness", TIMELINESS_CLASSES);
    const eventDate = c.date("eventDate", { required: false, badFails: false });
    if (!date.ok || date.day === undefined || !unit || !title || !read || important === undefined) return false;
    target.data.submissions.push({
      source: row.source,
      id: c.text("id"),
      date: date.day,
      unit,
      author: c.text("author"),
      title,
      type,
      marks: read.marks,
      ...(read.counts ? { counts: read.counts } : {}),
      publication: c.text("publication"),
      timeliness,
      eventDate: eventDate.day,
      important,
      approver: c.text("approver"),
    });
    return true;
  };
}

function staffEvents({ target, issues, rules, cells }: Env): RowConverter {
  const resolve = itemResolver(rules);
  return (row) => {
    const c = cells(row);
    const name = c.required("name");
    const itemText = c.required("rule");
    const rule = itemText ? resolve(itemText) : undefined;
    if (itemText && !rule) {
      const suggestion = suggestItem(rules, itemText);
      if (suggestion) issues.error("unknownItemSuggest", row.where("rule"), "INPUT", { value: itemText, suggestion });
      else issues.error("unknownItem", row.where("rule"), "INPUT", { value: itemText });
    }
    const date = c.date("date", { required: false, badFails: true });
    const count = c.count("count");
    const points = c.number("points");
    const hours = c.number("hours");
    const poorPlanning = c.flag("poorPlanning");
    if (!name || !rule || !date.ok || !count.ok || !points.ok || !hours.ok || poorPlanning === undefined) return false;
    target.data.staffEvents.push({
      source: row.source,
      name,
      date: date.day,
      rule,
      count: count.value ?? 1,
      points: points.value,
      hours: hours.value,
      poorPlanning,
      reason: c.text("reason"),
    });
    return true;
  };
}

function staff({ target, rules, cells }: Env): RowConverter {
  return (row) => {
    const c = cells(row);
    const name = c.required("name");
    if (!name) return false;
    const targets: InputData["staff"][number]["targets"] = {};
    for (const t of rules.staff.targets) {
      // A bad number is reported and read as blank: dropping the person would hide them.
      targets[t.rule] = { target: c.number(`${t.rule}.target`).value, actual: c.number(`${t.rule}.actual`).value };
    }
    target.data.staff.push({ source: row.source, name, targets });
    return true;
  };
}

/** 业务完成 (D5): one person's month. */
function actuals({ target, rules, cells }: Env): RowConverter {
  return (row) => {
    const c = cells(row);
    const name = c.required("name");
    const month = c.required("month") === undefined ? undefined : c.month("month");
    const values: Record<string, number> = {};
    let ok = true;
    for (const t of rules.staff.targets) {
      const n = c.amount(t.rule);
      if (!n.ok) ok = false;
      else if (n.value !== undefined) values[t.rule] = n.value;
    }
    if (!name || month === undefined || !ok) return false;
    (target.data.staffActuals ??= []).push({ source: row.source, name, month, values });
    return true;
  };
}

function ratings({ target, issues, cells }: Env): RowConverter {
  const kinds = Object.keys(RATING_KINDS).filter((k) => /\p{Script=Han}/u.test(k));
  return (row) => {
    const c = cells(row);
    const name = c.required("name");
    const kindText = c.required("kind");
    const kind = kindText ? (RATING_KINDS[kindText.replace(/\s/g, "")] ?? RATING_KINDS[kindText.toLowerCase()]) : undefined;
    if (kindText && !kind) issues.error("badChoice", row.where("kind"), "INPUT", { value: kindText, expected: kinds.join("/") });
    const score = c.required("score") === undefined ? { ok: false } : c.number("score");
    if (!name || !kind || !score.ok || score.value === undefined) return false;
    target.data.ratings.push({ source: row.source, name, kind, rater: c.text("rater"), score: score.value });
    return true;
  };
}

function ruleRows({ target, issues, cells }: Env): RowConverter {
  return (row) => {
    const c = cells(row);
    const key = c.required("key");
    const value = row.get("value");
    if (!key) return false;
    const mark: Record<string, string> = {};
    for (const [field] of MARK_FIELDS) {
      const text = c.text(field);
      if (text !== undefined) mark[field] = text;
    }
    const marked = Object.keys(mark).length > 0;
    if (isBlank(value) && !marked) {
      issues.error("required", row.where("value"), "INPUT", { column: row.label("value") });
      return false;
    }
    const shown = value instanceof Date ? displayValue(value) : value;
    if (marked) {
      if (!isBlank(value)) mark.points = String(shown);
      target.overrides.push({ key, value: mark, mark: true, where: row.where(isBlank(value) ? "key" : "value") });
    } else target.overrides.push({ key, value: shown, where: row.where("value") });
    return true;
  };
}

function templateRows({ target, issues, cells }: Env): RowConverter {
  return (row) => {
    const c = cells(row);
    const item = c.required("item");
    // 内容 keeps its line breaks and spaces: it is letter text.
    const content = row.get("content");
    if (!item || isBlank(content)) {
      if (item) issues.error("required", row.where("content"), "INPUT", { column: row.label("content") });
      return false;
    }
    target.templateRows.push({ sheet: c.text("sheet") ?? ALL_SHEETS, item, content: String(content), where: row.where("content") });
    return true;
  };
}

const CONVERTERS: Record<SheetKey, (env: Env) => RowConverter> = {
  units,
  submissions,
  staffEvents,
  staff,
  actuals,
  ratings,
  rules: ruleRows,
  templates: templateRows,
};

export function converterFor(
  key: SheetKey,
  target: ReadTarget,
  issues: IssueLog,
  rules: { rules: RuleSet; scheme: Scheme },
  ctx: CellContext,
): RowConverter {
  return CONVERTERS[key]({ target, issues, ...rules, cells: (row) => new Cells(issues, row, ctx) });
}
