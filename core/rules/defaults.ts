// The default rule set: every number of the regulations, in one place.
// U, S and T rules are data rows here; the N and A rules are behaviour, implemented in
// core/units/notices.ts, core/units/selection.ts and core/staff/appraise.ts.
import type { RuleSet } from "./schema.ts";

const SHORTFALL_STEPS = [50, 150, 300];

export const DEFAULT_RULES: RuleSet = {
  units: {
    points: [
      { rule: "U1", label: "报送区委办(含文件)", mark: "submitted", points: 1 },
      { rule: "U2", label: "区委办采用", mark: "district.adopted", points: 5 },
      { rule: "U3", label: "区级优秀信息", mark: "district.excellent", points: 10 },
      { rule: "U4", label: "区委领导批示", mark: "district.endorsed", points: 10 },
      { rule: "U5", label: "市委办采用", mark: "city.adopted", points: 50 },
      { rule: "U6", label: "市级优秀信息", mark: "city.excellent", points: 50 },
      { rule: "U7", label: "市委领导批示", mark: "city.endorsed", points: 50 },
      { rule: "U8", label: "省委办采用", mark: "province.adopted", points: 100 },
      { rule: "U9", label: "省级优秀信息", mark: "province.excellent", points: 100 },
      { rule: "U10", label: "省委领导批示", mark: "province.endorsed", points: 100 },
      { rule: "U11", label: "中央采用(奖励,不计分)", mark: "central.adopted", points: 0 },
    ],
    latePenalty: 0,
    timeliness: [
      { rule: "T1", label: "重大事件、讲话反映 3 日内报送", class: "反映", maxDays: 3 },
      { rule: "T2", label: "突发事件立即报送", class: "突发", maxDays: 0 },
      { rule: "T3", label: "会议活动结束当日报送", class: "会议活动", maxDays: 0 },
    ],
  },
  notices: { namedStreak: 1, noticeStreak: 2, assistStreak: 3 },
  selection: { advancedUnits: 5, excellentWorkers: 10, rankWithinCategory: false, authorSeparators: "、,，;；/" },
  ranking: { method: "competition", decimals: 2 },
  publications: ["信息快报", "峄城信息"],
  staff: {
    publicBase: 500,
    businessBase: 500,
    items: [
      {
        rule: "S1",
        part: "public",
        name: "无正当理由不能按时完成工作任务",
        amount: { kind: "steps", totals: [50, 150, 300] },
        unfitAbove: 3,
      },
      { rule: "S2", part: "public", name: "空岗脱岗旷班误事", amount: { kind: "fixed", points: 50 } },
      { rule: "S3", part: "public", name: "其他违纪行为", amount: { kind: "entered", min: 50, max: 200 } },
      { rule: "S4", part: "public", name: "不按工作规范程序造成损失", amount: { kind: "entered", min: 50, max: 200 } },
      { rule: "S5", part: "public", name: "秩序杂乱职责不清", amount: { kind: "fixed", points: 50 } },
      { rule: "S6", part: "public", name: "查不清责任人", amount: { kind: "fixed", points: 100 } },
      { rule: "S11", part: "business", name: "误报漏报错报迟报", amount: { kind: "fixed", points: 50 } },
      { rule: "S12", part: "business", name: "其他失误", amount: { kind: "fixed", points: 50 } },
      { rule: "S13", part: "business", name: "失误造成损失", amount: { kind: "entered", min: 100, max: 200 } },
      { rule: "S14", part: "bonus", name: "年度表彰", amount: { kind: "fixed", points: 100 } },
      { rule: "S15", part: "bonus", name: "区委领导表扬", amount: { kind: "fixed", points: 50 } },
      { rule: "S16", part: "bonus", name: "加班", amount: { kind: "overtime", hoursPerHalfDay: 2, pointsPerHalfDay: 10 } },
      { rule: "S18", part: "bonus", name: "省委办采用", amount: { kind: "fixed", points: 50 } },
      { rule: "S19", part: "bonus", name: "市委领导批示", amount: { kind: "fixed", points: 50 } },
      { rule: "S20", part: "bonus", name: "社会公益活动", amount: { kind: "fixed", points: 100 } },
    ],
    targets: [
      { rule: "S7", label: "信息快报", target: 20, shortfall: { kind: "steps", totals: SHORTFALL_STEPS } },
      { rule: "S8", label: "峄城信息", target: 30, shortfall: { kind: "steps", totals: SHORTFALL_STEPS } },
      { rule: "S9", label: "上报省委", target: 300, shortfall: { kind: "perItem", points: 10 } },
      { rule: "S10", label: "上报市委", target: 600, shortfall: { kind: "perItem", points: 10 } },
    ],
    overtimeTotal: { rule: "S17", overHalfDays: 20, points: 50 },
  },
  appraisal: {
    weights: { mass: 0.2, group: 0.2, meeting: 0.2, daily: 0.4 },
    ratingScale: 100,
    normalisedTo: 1000,
    trimmedMean: false,
    trimMinCount: 5,
    unfitBelow: 600,
    excellentShare: 0.2,
    excellentMin: 1,
  },
};
