/**
 * The three columns the RFM methods read from a customer table, for rfmSegmentMethod.ts and
 * rfm8Method.ts: recency (role `lastDate`), frequency (role `orders`), monetary (role `value`).
 *
 * A customer table holds recency in one of two forms, and the pane accepts both in the same
 * role: the **last order date** (what a CRM export has), or the **days since the last order**
 * (column 6 of SEGMENT.SUMMARY). The parameter `recency` says which:
 * - "date": days since the last order = as-of day − last order's calendar day, with the as-of
 *   date = the latest last order among the customers (methods.md: an as-of date defaults to the
 *   latest date in the data, never today). The same arithmetic as SEGMENT.SUMMARY (orders.ts
 *   dayOf). R scores and the 8-class thresholds do not depend on the as-of date (quantiles and
 *   means move with it), so the classes are the same whatever it is.
 * - "days": the numbers are already days.
 * - "auto" (default): dates when the column holds Date cells, or when every customer's number is
 *   at least DATE_FLOOR (3,653 = 1910-01-01 as a date, ten years as days: no order date is older,
 *   and no table has every customer silent for ten years); days otherwise. The notes say which
 *   form was read, so a wrong guess is visible, and the user can pick the form.
 * Rows are customers when all three cells are numbers (rowColumns.ts), as in SEGMENT.RFM.
 */
import { formatDate } from "../../i18n/formatValue";
import { Language } from "../../i18n/language";
import { KIND_NUMBER, NumberColumn, readNumberColumn } from "../../segment/cells";
import { serialToDate } from "../../segment/dates";
import { dayOf } from "../../segment/orders";
import { combineColumns } from "../../segment/rowColumns";
import { Localized, MethodInput, ParamSpec } from "./types";

export const DATE_FLOOR = 3653;

export type RecencyForm = "date" | "days";

export const RECENCY_PARAM: ParamSpec = {
  key: "recency",
  label: { en: "Recency column holds", ko: "최근성 열의 내용", "zh-CN": "最近消费列的内容" },
  choices: [
    {
      value: "auto",
      label: { en: "Detect: dates or days", ko: "자동 판별: 날짜 또는 일수", "zh-CN": "自动识别：日期或天数" },
    },
    {
      value: "date",
      label: { en: "Last order dates (days counted to the latest one)", ko: "최근 구매일 (가장 늦은 날짜까지 일수 계산)", "zh-CN": "最近购买日期（按最晚日期计算天数）" },
    },
    { value: "days", label: { en: "Days since the last order", ko: "마지막 구매 후 경과 일수", "zh-CN": "距上次购买的天数" } },
  ],
  defaultValue: "auto",
};

export const RFM_ROLES = ["lastDate", "orders", "value"] as const;

export const RFM_ROLE_LABELS: Record<(typeof RFM_ROLES)[number], Localized> = {
  lastDate: { en: "Recency: last order date or days since it", ko: "최근성: 최근 구매일 또는 경과 일수", "zh-CN": "最近消费：最近购买日期或距今天数" },
  orders: { en: "Frequency: orders", ko: "구매 빈도: 구매 횟수", "zh-CN": "消费频率：购买次数" },
  value: { en: "Monetary: amount", ko: "구매 금액", "zh-CN": "消费金额" },
};

export interface RfmColumns {
  /** Days since the last order per row (NaN where the row is not a number). */
  readonly recencyDays: NumberColumn;
  readonly frequency: NumberColumn;
  readonly monetary: NumberColumn;
  readonly readAs: RecencyForm;
  /** The as-of date (serial) the days were counted to; NaN when the column held days. */
  readonly asOf: number;
  /** Rows where all three cells are numbers. */
  readonly customerCount: number;
}

function holdsDates(cells: readonly unknown[], recency: NumberColumn, customers: NumberColumn): boolean {
  if (cells.some((c) => c instanceof Date)) return true;
  let any = false;
  for (let i = 0; i < customers.kinds.length; i++) {
    if (customers.kinds[i] !== KIND_NUMBER) continue;
    if (!(recency.values[i] >= DATE_FLOOR)) return false;
    any = true;
  }
  return any;
}

export function readRfmColumns(input: MethodInput, form: string | undefined): RfmColumns {
  const cells = input.columns.lastDate ?? [];
  const recency = readNumberColumn(cells);
  const frequency = readNumberColumn(input.columns.orders ?? []);
  const monetary = readNumberColumn(input.columns.value ?? []);
  const customers = combineColumns([recency, frequency, monetary], 2);
  const readAs: RecencyForm = form === "date" || form === "days" ? form : holdsDates(cells, recency, customers) ? "date" : "days";
  const customerCount = customers.customerCount;
  if (readAs === "days") return { recencyDays: recency, frequency, monetary, readAs, asOf: NaN, customerCount };
  let asOfDay = -Infinity;
  let asOf = NaN;
  for (let i = 0; i < customers.kinds.length; i++) {
    if (customers.kinds[i] === KIND_NUMBER && dayOf(recency.values[i]) > asOfDay) {
      asOfDay = dayOf(recency.values[i]);
      asOf = recency.values[i];
    }
  }
  const days = new Float64Array(recency.values.length);
  for (let i = 0; i < days.length; i++) days[i] = recency.kinds[i] === KIND_NUMBER ? asOfDay - dayOf(recency.values[i]) : NaN;
  return { recencyDays: { ...recency, values: days }, frequency, monetary, readAs, asOf, customerCount };
}

/** "2024-12-30" for a serial date. */
export function isoDate(serial: number): string {
  return Number.isFinite(serial) ? serialToDate(Math.floor(serial)).toISOString().slice(0, 10) : "—";
}

/** The note that says how recency was read (so a wrong "auto" guess is visible), with the customer count. */
export function recencyNote(columns: RfmColumns): { label: Localized; value: number } {
  if (columns.readAs === "days") {
    return {
      label: { en: "Recency read as days since the last order; customers", ko: "최근성을 경과 일수로 읽음; 고객 수", "zh-CN": "最近消费按距上次购买的天数读取；客户数" },
      value: columns.customerCount,
    };
  }
  const d = (l: Language): string => formatDate(columns.asOf, l);
  return {
    label: {
      en: `Recency read as last order dates, days counted to ${d("en")} (the latest); customers`,
      ko: `최근성을 최근 구매일로 읽음, ${d("ko")}(가장 늦은 날짜)까지 일수 계산; 고객 수`,
      "zh-CN": `最近消费按最近购买日期读取，天数计算到 ${d("zh-CN")}（最晚日期）；客户数`,
    },
    value: columns.customerCount,
  };
}
