import { describe, expect, it } from "vitest";
import { applyOverrides, auditTrail, compute, IssueLog } from "../../core/index.ts";
import { input, period, sub, unit } from "../helpers/records.ts";

const march = period("2026-03");
const lateOf = (subs: ReturnType<typeof sub>[], rules?: ReturnType<typeof applyOverrides>) =>
  compute(input({ units: [unit("甲")], submissions: subs }), { period: march, rules });

describe("timeliness and sign-off", () => {
  it("T1: a reaction (反映) is late when sent more than 3 days after the event", () => {
    const r = lateOf([
      sub("甲", "2026-03-04", [], { timeliness: "反映", eventDate: "2026-03-01" }), // 3 days: on time
      sub("甲", "2026-03-05", [], { timeliness: "反映", eventDate: "2026-03-01" }), // 4 days: late
    ]);
    expect(r.units[0].late).toBe(1);
    expect(r.units[0].score).toBe(2); // no penalty by default
  });

  it("T2: an emergency (突发) is late when sent after the event day", () => {
    const r = lateOf([
      sub("甲", "2026-03-01", [], { timeliness: "突发", eventDate: "2026-03-01" }),
      sub("甲", "2026-03-02", [], { timeliness: "突发", eventDate: "2026-03-01" }),
    ]);
    expect(r.units[0].late).toBe(1);
  });

  it("T3: a meeting or activity (会议活动) is late when not sent the day it ends", () => {
    const r = lateOf([
      sub("甲", "2026-03-10", [], { timeliness: "会议活动", eventDate: "2026-03-09" }),
      sub("甲", "2026-03-10", [], { timeliness: "一般", eventDate: "2026-02-01" }), // 一般 has no deadline
    ]);
    expect(r.units[0].late).toBe(1);
  });

  it("T1: a configured late penalty is taken off the unit and shown in the audit trail", () => {
    const issues = new IssueLog();
    const rules = applyOverrides([{ key: "迟报扣分", value: 2, where: { sheet: "计分规则", cell: "B2" } }], issues);
    const r = lateOf([sub("甲", "2026-03-09", ["district.adopted"], { timeliness: "反映", eventDate: "2026-03-01" })], rules);
    expect(r.units[0].score).toBe(1 + 5 - 2);
    const trail = [...auditTrail(r)];
    expect(trail.map((a) => [a.rule, a.points])).toEqual([
      ["U1", 1],
      ["U2", 5],
      ["T1", -2],
    ]);
  });

  it("T4: an important item without an approving leader is a warning, and still counted", () => {
    const r = lateOf([
      sub("甲", "2026-03-01", [], { important: true }),
      sub("甲", "2026-03-02", [], { important: true, approver: "赵主任" }),
    ]);
    expect(r.units[0].score).toBe(2);
    expect(r.issues.map((i) => [i.severity, i.rule])).toEqual([["warning", "T4"]]);
    expect(r.issues[0].cell).toMatch(/^U\d+$/);
  });

  it("T4: the warning names the item by its title, so the clerk finds it without the cell", () => {
    const r = lateOf([sub("甲", "2026-03-01", [], { important: true, title: "干部群众热议全会精神" })]);
    expect(r.issues.map((i) => i.detail)).toEqual(["重要信息“干部群众热议全会精神”未填写阅签领导"]);
  });
});
