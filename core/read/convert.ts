// Row → record for each input sheet. Every problem is an issue naming sheet, cell, value and
// what was expected; a row with an error in a cell it cannot do without is left out.
import { interpolate, type IssueLog } from "../issues.ts";
import { MESSAGES } from "../messages.ts";
import { MARK_KEYS, markBit, type InputData, type TimelinessClass } from "../model.ts";
import type { RuleOverride } from "../rules/overrides.ts";
import type { TemplateRow } from "../sheets/customise.ts";
import type { RuleSet } from "../rules/schema.ts";
import {
  cellText, displayValue, isBlank, isoDay, monthOfDay, parseFlag, parseMonth, parseNumberWithUnit, readDate,
  FIRST_PLAUSIBLE_DAY, LAST_PLAUSIBLE_DAY, dayOf, type CellValue,
} from "../values.ts";
import { itemResolver, suggestItem } from "./itemNames.ts";
import type { RowConverter, RowView } from "./sheetReader.ts";
import { RATING_KINDS, SUBMISSION_TYPES, TIMELINESS_CLASSES, type SheetKey } from "./specs.ts";

export interface ReadTarget {
  data: InputData;
  overrides: RuleOverride[];
  /** Rows of an 输出模板 sheet: the user's texts and layout for the result sheets. */
  templateRows: TemplateRow[];
}

/** How cells are read: the workbook's date system, and the year a date without one probably has. */
export interface CellContext {
  date1904: boolean;
  /** Year used to suggest a full date for 3.12 or 3月12日 (the period's year); none: no suggestion. */
  year?: number;
}

/** Cell readers shared by the sheets: each reports its own problem and says whether it could. */
class Cells {
  constructor(private readonly issues: IssueLog, private readonly row: RowView, private readonly ctx: CellContext = { date1904: false }) {}

  text(field: string): string | undefined {
    const t = cellText(this.row.get(field));
    return t === "" ? undefined : t;
  }

  required(field: string, column: string): string | undefined {
    const t = this.text(field);
    if (t === undefined) this.issues.error("required", this.row.where(field), "INPUT", { column });
    return t;
  }

  /**
   * A date. `required`: blank fails the row. `badFails`: an unreadable date fails the row
   * (an error); otherwise it is a warning and the date is ignored.
   */
  date(field: string, column: string, opts: { required: boolean; badFails: boolean }): { ok: boolean; day?: number } {
    const v = this.row.get(field);
    if (isBlank(v)) {
      if (opts.required) this.issues.error("required", this.row.where(field), "INPUT", { column });
      return { ok: !opts.required };
    }
    const reading = readDate(v, this.ctx.date1904);
    if (reading.day === undefined) {
      const problem = this.dateProblem(v, reading.meant);
      this.issues.add(opts.badFails ? "error" : "warning", problem.code, this.row.where(field), "INPUT", problem.params);
      return { ok: !opts.badFails };
    }
    return { ok: true, day: reading.day };
  }

  /** D2: a number or text that is not a plausible date, with the date probably meant. */
  private dateProblem(v: CellValue, meant?: { month: number; day: number }) {
    const value = displayValue(v);
    const year = this.ctx.year;
    if (!meant || year === undefined) {
      const numeric = typeof v === "number" || v instanceof Date || /\d{4}/.test(String(v));
      return { code: numeric ? "implausibleDate" : "badDate", params: { value, suggestion: "" } } as const;
    }
    const iso = isoDay(dayOf(year, meant.month, meant.day));
    const suggestion = interpolate(MESSAGES.dateSuggestion[this.issues.lang], { zhDate: `${year}年${meant.month}月${meant.day}日`, enDate: iso, iso });
    return { code: "implausibleDate", params: { value, suggestion } } as const;
  }

  flag(field: string): boolean | undefined {
    const v = this.row.get(field);
    const f = parseFlag(v);
    if (f === undefined) this.issues.error("badFlag", this.row.where(field), "INPUT", { value: display(v) });
    return f;
  }

  number(field: string, expected: string): { ok: boolean; value?: number } {
    const v = this.row.get(field);
    if (isBlank(v)) return { ok: true };
    const n = parseNumberWithUnit(v);
    if (n === undefined) {
      this.issues.error("badNumber", this.row.where(field), "INPUT", { value: display(v), expected });
      return { ok: false };
    }
    return { ok: true, value: n };
  }

  month(field: string): number | undefined {
    const v = this.row.get(field);
    if (isBlank(v)) return undefined;
    const m = parseMonth(v);
    const plausible = m !== undefined && m >= monthOfDay(FIRST_PLAUSIBLE_DAY) && m <= monthOfDay(LAST_PLAUSIBLE_DAY);
    if (!plausible) this.issues.error("badMonth", this.row.where(field), "INPUT", { value: display(v) });
    return plausible ? m : undefined;
  }
}

const display = displayValue;

const splitNames = (text: string | undefined) => (text ? text.split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean) : []);

export function converterFor(key: SheetKey, target: ReadTarget, issues: IssueLog, rules: RuleSet, ctx: CellContext): RowConverter {
  const { data } = target;
  const cells = (row: RowView) => new Cells(issues, row, ctx);
  switch (key) {
    case "units":
      return (row) => {
        const c = cells(row);
        const name = c.required("unit", "单位");
        if (!name) return false;
        data.units.push({
          source: row.source, name, category: c.text("category"), leader: c.text("leader"), officer: c.text("officer"),
          formerNames: splitNames(c.text("formerNames")), fromMonth: c.month("from"), toMonth: c.month("to"),
        });
        return true;
      };

    case "submissions":
      return (row) => {
        const c = cells(row);
        const date = c.date("date", "报送日期", { required: true, badFails: true });
        const unit = c.required("unit", "报送单位");
        const title = c.required("title", "标题");
        let marks = 0;
        let flagsOk = true;
        for (const key of MARK_KEYS) {
          const f = c.flag(key);
          if (f === undefined) flagsOk = false;
          else if (f) marks |= markBit(key);
        }
        const important = c.flag("important");
        const type = c.text("type");
        if (type && !SUBMISSION_TYPES.includes(type)) {
          issues.warn("badChoice", row.where("type"), "INPUT", { value: type, expected: SUBMISSION_TYPES.join("/") });
        }
        const timelinessText = c.text("timeliness");
        const timeliness = TIMELINESS_CLASSES.find((t) => t === timelinessText) as TimelinessClass | undefined;
        if (timelinessText && !timeliness) {
          issues.warn("badChoice", row.where("timeliness"), "INPUT", { value: timelinessText, expected: TIMELINESS_CLASSES.join("/") });
        }
        const eventDate = c.date("eventDate", "事件日期", { required: false, badFails: false });
        if (!date.ok || date.day === undefined || !unit || !title || !flagsOk || important === undefined) return false;
        data.submissions.push({
          source: row.source, id: c.text("id"), date: date.day, unit, author: c.text("author"), title, type, marks,
          publication: c.text("publication"), timeliness, eventDate: eventDate.day, important, approver: c.text("approver"),
        });
        return true;
      };

    case "staffEvents": {
      const resolve = itemResolver(rules);
      return (row) => {
        const c = cells(row);
        const name = c.required("name", "姓名");
        const itemText = c.required("rule", "项目");
        const rule = itemText ? resolve(itemText) : undefined;
        if (itemText && !rule) {
          const suggestion = suggestItem(rules, itemText);
          if (suggestion) issues.error("unknownItemSuggest", row.where("rule"), "INPUT", { value: itemText, suggestion });
          else issues.error("unknownItem", row.where("rule"), "INPUT", { value: itemText });
        }
        const date = c.date("date", "日期", { required: false, badFails: true });
        const count = c.number("count", "次数应为正整数");
        const countOk = count.value === undefined || (Number.isInteger(count.value) && count.value >= 1);
        if (count.ok && !countOk) issues.error("badNumber", row.where("count"), "INPUT", { value: String(count.value), expected: "次数应为正整数" });
        const points = c.number("points", "分值");
        const hours = c.number("hours", "时长(小时)");
        const poorPlanning = c.flag("poorPlanning");
        if (!name || !rule || !date.ok || !count.ok || !countOk || !points.ok || !hours.ok || poorPlanning === undefined) return false;
        data.staffEvents.push({
          source: row.source, name, date: date.day, rule, count: count.value ?? 1, points: points.value, hours: hours.value,
          poorPlanning, reason: c.text("reason"),
        });
        return true;
      };
    }

    case "staff":
      return (row) => {
        const c = cells(row);
        const name = c.required("name", "姓名");
        if (!name) return false;
        const targets: InputData["staff"][number]["targets"] = {};
        for (const t of rules.staff.targets) {
          // A bad number is reported and read as blank: dropping the person would hide them.
          targets[t.rule] = { target: c.number(`${t.rule}.target`, "目标数").value, actual: c.number(`${t.rule}.actual`, "完成数").value };
        }
        data.staff.push({ source: row.source, name, targets });
        return true;
      };

    case "actuals":
      return (row) => {
        const c = cells(row);
        const name = c.required("name", "姓名");
        const month = c.required("month", "月份") === undefined ? undefined : c.month("month");
        const values: Record<string, number> = {};
        let ok = true;
        for (const t of rules.staff.targets) {
          const n = c.number(t.rule, "完成数");
          if (!n.ok) ok = false;
          else if (n.value !== undefined && n.value < 0) {
            issues.error("badNumber", row.where(t.rule), "INPUT", { value: String(n.value), expected: "完成数" });
            ok = false;
          } else if (n.value !== undefined) values[t.rule] = n.value;
        }
        if (!name || month === undefined || !ok) return false;
        (data.staffActuals ??= []).push({ source: row.source, name, month, values });
        return true;
      };

    case "ratings":
      return (row) => {
        const c = cells(row);
        const name = c.required("name", "姓名");
        const kindText = c.required("kind", "评议类型");
        const kind = kindText ? RATING_KINDS[kindText.replace(/\s/g, "")] ?? RATING_KINDS[kindText.toLowerCase()] : undefined;
        if (kindText && !kind) issues.error("badChoice", row.where("kind"), "INPUT", { value: kindText, expected: "群众评议/考评小组/主任办公会" });
        const scoreRequired = c.required("score", "分数");
        const score = scoreRequired === undefined ? { ok: false } : c.number("score", "分数");
        if (!name || !kind || !score.ok || score.value === undefined) return false;
        data.ratings.push({ source: row.source, name, kind, rater: c.text("rater"), score: score.value });
        return true;
      };

    case "rules":
      return (row) => {
        const c = cells(row);
        const key = c.required("key", "规则");
        const value = row.get("value");
        if (!key) return false;
        if (isBlank(value)) {
          issues.error("required", row.where("value"), "INPUT", { column: "值" });
          return false;
        }
        target.overrides.push({ key, value: value instanceof Date ? display(value) : value, where: row.where("value") });
        return true;
      };

    case "templates":
      return (row) => {
        const c = cells(row);
        const item = c.required("item", "项目");
        // 内容 keeps its line breaks and spaces: it is letter text.
        const content = row.get("content");
        if (!item || isBlank(content)) {
          if (item) issues.error("required", row.where("content"), "INPUT", { column: "内容" });
          return false;
        }
        target.templateRows.push({ sheet: c.text("sheet") ?? "全部", item, content: String(content), where: row.where("content") });
        return true;
      };
  }
}
