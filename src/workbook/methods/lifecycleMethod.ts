/**
 * Lifecycle stages (methods.md §8) for the task pane, on classifyLifecycle (src/segment/lifecycle.ts):
 * CHURNED, DISSATISFIED, AT-RISK, NEW, LOYAL, ACTIVE, SILENT, the first rule that holds wins.
 * Roles: first order date, last order date, orders. The windows are choices; the as-of date is
 * the latest first/last order date among the customers (the engine's default: a refresh of last
 * month's file gives last month's answer). The same stages as
 * =SEGMENT.LIFECYCLE(first, last, orders, , new_days, active_days, churn_days, k, , loyal_orders).
 * DISSATISFIED needs a satisfaction column, which the pane does not offer: it never occurs here.
 *
 * Rows whose dates contradict themselves (first order after the last, fewer than one order) get
 * no stage, like an error row, and a note counts them. The summary's value column is the value
 * role when one is mapped (its SUMIF formulas read that column), else the orders.
 */
import { KIND_ERROR, KIND_NUMBER, NumberColumn, readNumberColumn } from "../../segment/cells";
import { ERROR_ROW } from "../../segment/classifyRows";
import { explainClasses } from "../../segment/explain";
import { classifyLifecycle, DEFAULT_LIFECYCLE, LIFECYCLE_CODES, LifecycleSettings, ROW_PROBLEM } from "../../segment/lifecycle";
import { CutInfo, Localized, MethodParams, MethodRun, ParamChoice, ParamSpec, SegmentMethod } from "./types";

function days(values: readonly number[]): ParamChoice[] {
  return values.map((v) => ({ value: String(v), label: { en: `${v} days`, ko: `${v}일`, "zh-CN": `${v} 天` } }));
}

const PARAMS: readonly ParamSpec[] = [
  {
    key: "newDays",
    label: { en: "New: first order within", ko: "신규: 첫 구매 후", "zh-CN": "新客户：首次购买在此期间内" },
    choices: days([30, 60, 90]),
    defaultValue: String(DEFAULT_LIFECYCLE.newDays),
  },
  {
    key: "activeDays",
    label: { en: "Active: last order within", ko: "활성: 최근 구매 후", "zh-CN": "活跃：最近购买在此期间内" },
    choices: days([30, 60, 90]),
    defaultValue: String(DEFAULT_LIFECYCLE.activeDays),
  },
  {
    key: "churnDays",
    label: { en: "Churned: no order for more than", ko: "이탈: 구매가 없는 기간이 이보다 길면", "zh-CN": "流失：未购买超过" },
    choices: days([180, 365, 730]),
    defaultValue: String(DEFAULT_LIFECYCLE.churnDays),
  },
  {
    key: "k",
    label: { en: "At risk: silent for more than k × the customer's usual gap", ko: "위험: 평소 구매 간격의 k배보다 오래 구매 없음", "zh-CN": "有流失风险：未购买时间超过平时间隔的 k 倍" },
    choices: [1.5, 2, 3].map((k) => ({ value: String(k), label: { en: `k = ${k}`, ko: `k = ${k}배`, "zh-CN": `k = ${k} 倍` } })),
    defaultValue: String(DEFAULT_LIFECYCLE.k),
  },
  {
    key: "loyalOrders",
    label: { en: "Loyal: active, a year or more, and at least", ko: "충성: 활성, 1년 이상, 구매 횟수 최소", "zh-CN": "忠诚：活跃、一年以上，且购买次数至少" },
    choices: [3, 5, 10].map((n) => ({ value: String(n), label: { en: `${n} orders`, ko: `${n}회`, "zh-CN": `${n} 次` } })),
    defaultValue: String(DEFAULT_LIFECYCLE.loyalOrders),
  },
];

function settingsOf(p: MethodParams): LifecycleSettings {
  const pick = (key: keyof LifecycleSettings): number => {
    const v = Number(p[key]);
    return Number.isFinite(v) && v > 0 ? v : (DEFAULT_LIFECYCLE[key] as number);
  };
  return { ...DEFAULT_LIFECYCLE, newDays: pick("newDays"), activeDays: pick("activeDays"), churnDays: pick("churnDays"), k: pick("k"), loyalOrders: pick("loyalOrders") };
}

/** What each stage means with these windows, in the summary's cut column. */
function stageText(code: string, s: LifecycleSettings): Localized {
  const both = (en: string, ko: string, zh: string): Localized => ({ en, ko, "zh-CN": zh });
  switch (code) {
    case "CHURNED":
      return both(`no order for > ${s.churnDays} days`, `${s.churnDays}일 넘게 구매 없음`, `超过 ${s.churnDays} 天未购买`);
    case "DISSATISFIED":
      return both("needs a satisfaction column", "만족도 열이 있어야 함", "需要满意度列");
    case "AT-RISK":
      return both(`silent > ${s.k} × usual gap`, `평소 간격의 ${s.k}배 넘게 구매 없음`, `未购买超过平时间隔的 ${s.k} 倍`);
    case "NEW":
      return both(`first order ≤ ${s.newDays} days ago`, `첫 구매 후 ${s.newDays}일 이내`, `首次购买在 ${s.newDays} 天内`);
    case "LOYAL":
      return both(
        `last order ≤ ${s.activeDays} days ago, ≥ ${s.loyalOrders} orders, customer ≥ ${s.loyalDays} days`,
        `최근 구매 ${s.activeDays}일 이내, ${s.loyalOrders}회 이상, 거래 ${s.loyalDays}일 이상`,
        `最近购买在 ${s.activeDays} 天内，至少 ${s.loyalOrders} 次，合作至少 ${s.loyalDays} 天`,
      );
    case "ACTIVE":
      return both(`last order ≤ ${s.activeDays} days ago`, `최근 구매 ${s.activeDays}일 이내`, `最近购买在 ${s.activeDays} 天内`);
    default:
      return both(`last order ${s.activeDays}–${s.churnDays} days ago`, `최근 구매 ${s.activeDays}–${s.churnDays}일 전`, `最近购买在 ${s.activeDays}–${s.churnDays} 天前`);
  }
}

/** The stage rows with the value column's numbers (0 where that cell is not a number), for the summary. */
function withValues(rows: NumberColumn, valueCells: readonly unknown[] | undefined): NumberColumn {
  if (!valueCells) return rows;
  const value = readNumberColumn(valueCells);
  const values = new Float64Array(rows.values.length);
  for (let i = 0; i < values.length; i++) values[i] = rows.kinds[i] === KIND_NUMBER ? (value.kinds[i] === KIND_NUMBER ? value.values[i] : 0) : NaN;
  return { ...rows, values };
}

export const LIFECYCLE_METHOD: SegmentMethod = {
  id: "LIFECYCLE",
  sheetLabel: { en: "Lifecycle", ko: "생애 주기", "zh-CN": "生命周期" },
  label: { en: "Lifecycle stages (new, active, at risk, churned …)", ko: "고객 생애 주기 단계 (신규, 활성, 위험, 이탈 …)", "zh-CN": "客户生命周期阶段（新客户、活跃、风险、流失 …）" },
  description: {
    en: "From first order, last order and orders, counted to the latest order date: CHURNED (no order for longer than the churn window), AT-RISK (overdue by the customer's own rhythm), NEW, LOYAL, ACTIVE, else SILENT. The first stage that holds wins.",
    ko: "첫 구매일, 최근 구매일, 구매 횟수로 가장 늦은 구매일 기준 단계를 정합니다: CHURNED(이탈 기간보다 오래 구매 없음), AT-RISK(평소 주기보다 늦음), NEW(신규), LOYAL(충성), ACTIVE(활성), 나머지는 SILENT(휴면). 먼저 맞는 단계가 우선합니다.",
    "zh-CN": "根据首次购买日期、最近购买日期和购买次数，以数据中最晚的购买日期为准：CHURNED（超过流失期未购买）、AT-RISK（按自身节奏已逾期）、NEW（新客户）、LOYAL（忠诚）、ACTIVE（活跃），其余为 SILENT（沉默）。先满足的阶段优先。",
  },
  roles: ["firstDate", "lastDate", "orders"],
  roleLabels: {
    firstDate: { en: "First order date", ko: "첫 구매일", "zh-CN": "首次购买日期" },
    lastDate: { en: "Last order date", ko: "최근 구매일", "zh-CN": "最近购买日期" },
    orders: { en: "Orders", ko: "구매 횟수", "zh-CN": "购买次数" },
  },
  params: PARAMS,
  summary: "table",
  columnHeader: { en: "Lifecycle stage", ko: "생애 주기 단계", "zh-CN": "生命周期阶段" },
  codes: () => LIFECYCLE_CODES,
  run(input, p): MethodRun {
    const settings = settingsOf(p);
    const result = classifyLifecycle(
      readNumberColumn(input.columns.firstDate ?? []),
      readNumberColumn(input.columns.lastDate ?? []),
      readNumberColumn(input.columns.orders ?? []),
      null,
      settings,
    );
    // A row that contradicts itself has no stage: counted like an error row, and in a note.
    const classIndex = result.stage.map((s) => (s === ROW_PROBLEM ? ERROR_ROW : s));
    const codes = LIFECYCLE_CODES;
    const cuts: CutInfo[] = codes.map((code) => ({ code, share: null, limit: null, text: stageText(code, settings) }));
    const notes: MethodRun["notes"][number][] = [
      {
        label: { en: "As-of date (the latest order date)", ko: "기준일 (가장 늦은 구매일)", "zh-CN": "截止日期（最晚的购买日期）" },
        value: result.asOf,
        format: "date",
      },
    ];
    if (result.problems.size > 0) {
      notes.push({
        label: {
          en: "Rows left without a stage: first order after the last, or fewer than one order",
          ko: "단계를 정하지 않은 행: 첫 구매일이 최근 구매일보다 늦거나 구매 횟수가 1 미만",
          "zh-CN": "未划分阶段的行：首次购买晚于最近购买，或购买次数少于 1",
        },
        value: result.problems.size,
      });
    }
    const column: NumberColumn = { ...result.column, errors: result.errors };
    // explainClasses counts error rows by kind; problem rows are numbers, so mark them as errors there too.
    const kinds = Uint8Array.from(column.kinds);
    for (const row of result.problems.keys()) kinds[row] = KIND_ERROR;
    return {
      codes,
      classIndex,
      explanation: explainClasses(withValues({ ...column, kinds }, input.columns.value), classIndex, codes),
      cuts,
      notes,
    };
  },
};
