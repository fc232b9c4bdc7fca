/**
 * SEGMENT.LIFECYCLE and SEGMENT.LIFECYCLEEXPLAIN (methods.md §8). Stage rules and their order of
 * precedence: src/segment/lifecycle.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { withRepeatedIds } from "./repeatedIdsNote";
import { ERROR_ROW, NOT_A_CUSTOMER } from "../segment/classifyRows";
import {
  classifyLifecycle,
  DEFAULT_LIFECYCLE,
  LIFECYCLE_CODES,
  LifecycleResult,
  LifecycleSettings,
  ROW_PROBLEM,
} from "../segment/lifecycle";
import { SegmentError } from "../segment/segmentError";
import { customerText } from "../i18n/customerText";
import { formatMessage } from "../i18n/messages";
import { readAsOf, readOptionalNumber, readParallelNumberLists } from "./columnsArgument";
import { guarded, listShape, Orientation, readList, rowError } from "./excel";
import { CellResult } from "./rowResults";

function run(
  first_order: unknown,
  last_order: unknown,
  orders: unknown,
  as_of: unknown,
  new_days: unknown,
  active_days: unknown,
  churn_days: unknown,
  k: unknown,
  satisfaction: unknown,
  loyal_orders: unknown,
  loyal_days: unknown,
): { result: LifecycleResult; orientation: Orientation } {
  const { columns, orientation } = readParallelNumberLists([
    [first_order, "first_order"],
    [last_order, "last_order"],
    [orders, "orders"],
  ]);
  let satisfactionColumn = null;
  if (satisfaction !== null && satisfaction !== undefined) {
    const shape = listShape(satisfaction, "satisfaction");
    // A single blank cell means "no satisfaction column" (an empty argument from a cell).
    const single = shape.length === 1 ? readList(satisfaction, "satisfaction").cells[0] : undefined;
    const omitted = shape.length === 1 && (single === "" || single === null);
    if (!omitted) {
      const expected = columns[0].values.length;
      if (shape.length !== expected) {
        throw new SegmentError("shape.mismatch", { name: "satisfaction", other: "first_order", expected, actual: shape.length });
      }
      satisfactionColumn = shape.read();
    }
  }
  const d = DEFAULT_LIFECYCLE;
  const settings: LifecycleSettings = {
    asOf: readAsOf(as_of),
    newDays: readOptionalNumber(new_days, "new_days", d.newDays),
    activeDays: readOptionalNumber(active_days, "active_days", d.activeDays),
    churnDays: readOptionalNumber(churn_days, "churn_days", d.churnDays),
    k: readOptionalNumber(k, "k", d.k),
    loyalOrders: readOptionalNumber(loyal_orders, "loyal_orders", d.loyalOrders),
    loyalDays: readOptionalNumber(loyal_days, "loyal_days", d.loyalDays),
    dissatisfiedAt: d.dissatisfiedAt,
  };
  const result = classifyLifecycle(columns[0], columns[1], columns[2], satisfactionColumn, settings);
  return { result, orientation };
}

/** A row that is not a customer: its error, or the problem found in it (dates in the wrong order …). */
function otherCell(result: LifecycleResult, i: number, s: number): CellResult | undefined {
  if (s === ERROR_ROW) {
    const error = result.errors.get(i);
    return error ? rowError(error) : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  }
  if (s === ROW_PROBLEM) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatMessage(result.problems.get(i) ?? "internal"));
  }
  return undefined;
}

/** The stages spilled like the input, in one pass: one shared row per stage (see rowResults.ts). */
function spillStages(result: LifecycleResult, orientation: Orientation): (CellResult | undefined)[][] {
  const n = result.stage.length;
  if (orientation === "row") {
    const out: (CellResult | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const s = result.stage[i];
      out[i] = s >= 0 ? LIFECYCLE_CODES[s] : s === NOT_A_CUSTOMER ? "" : otherCell(result, i, s);
    }
    return [out];
  }
  const rows = LIFECYCLE_CODES.map((code) => [code]);
  const blank = [""];
  const out: (CellResult | undefined)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = result.stage[i];
    out[i] = s >= 0 ? rows[s] : s === NOT_A_CUSTOMER ? blank : [otherCell(result, i, s)];
  }
  return out;
}

/**
 * Lifecycle stage per customer: CHURNED (no order for more than churn_days), DISSATISFIED (satisfaction ≤ 2 of 5), AT-RISK (days since last order > k × own average gap), NEW (first order within new_days), LOYAL (active, ≥ loyal_orders orders, customer ≥ loyal_days), ACTIVE (ordered within active_days), SILENT (the rest). The first matching stage in this order wins.
 * @customfunction LIFECYCLE
 * @param first_order Each customer's first order date, e.g. column 2 of SEGMENT.SUMMARY.
 * @param last_order Each customer's last order date.
 * @param orders Each customer's number of orders (distinct days).
 * @param [as_of] The date to measure from. Default: the latest order date in the data (not today).
 * @param [new_days] NEW: first order within this many days. Default 90.
 * @param [active_days] ACTIVE: last order within this many days. Default 90.
 * @param [churn_days] CHURNED: no order for more than this many days. Default 365.
 * @param [k] AT-RISK: days since the last order exceed k × the customer's own average gap (needs 2 orders). Default 2.
 * @param [satisfaction] Optional satisfaction score per customer on a 1–5 scale (5 = very satisfied); 2 or less is DISSATISFIED; blank = not asked.
 * @param [loyal_orders] LOYAL: at least this many orders. Default 5.
 * @param [loyal_days] LOYAL: first order at least this many days ago. Default 365.
 * @returns One stage code per customer: NEW, ACTIVE, LOYAL, SILENT, AT-RISK, CHURNED or DISSATISFIED.
 */
export function lifecycle(
  first_order: any[][],
  last_order: any[][],
  orders: any[][],
  as_of?: any,
  new_days?: any,
  active_days?: any,
  churn_days?: any,
  k?: any,
  satisfaction?: any[][],
  loyal_orders?: any,
  loyal_days?: any,
): any[][] {
  return guarded(() => {
    const { result, orientation } = run(first_order, last_order, orders, as_of, new_days, active_days, churn_days, k, satisfaction, loyal_orders, loyal_days);
    return spillStages(result, orientation);
  });
}

/**
 * Explains lifecycle stages: customers and % of customers per stage (in order of precedence), the as-of date and every window used, and counts of rows that were not customers, held errors or contradicted themselves.
 * @customfunction LIFECYCLEEXPLAIN
 * @param first_order Each customer's first order date.
 * @param last_order Each customer's last order date.
 * @param orders Each customer's number of orders.
 * @param [as_of] As in SEGMENT.LIFECYCLE. Default: the latest order date in the data.
 * @param [new_days] NEW: first order within this many days. Default 90.
 * @param [active_days] ACTIVE: last order within this many days. Default 90.
 * @param [churn_days] CHURNED: no order for more than this many days. Default 365.
 * @param [k] AT-RISK: days since the last order exceed k × own average gap. Default 2.
 * @param [satisfaction] Optional satisfaction score per customer on a 1–5 scale; 2 or less is DISSATISFIED.
 * @param [loyal_orders] LOYAL: at least this many orders. Default 5.
 * @param [loyal_days] LOYAL: first order at least this many days ago. Default 365.
 * @param [customer_ids] Each row's customer ID, same length as first_order: a row is added saying how many IDs are on more than one row.
 * @returns A three-column table to spill beside your data.
 */
export function lifecycleExplain(
  first_order: any[][],
  last_order: any[][],
  orders: any[][],
  as_of?: any,
  new_days?: any,
  active_days?: any,
  churn_days?: any,
  k?: any,
  satisfaction?: any[][],
  loyal_orders?: any,
  loyal_days?: any,
  customer_ids?: any[][],
): any[][] {
  return guarded(() => {
    const { result } = run(first_order, last_order, orders, as_of, new_days, active_days, churn_days, k, satisfaction, loyal_orders, loyal_days);
    const counts = new Array<number>(LIFECYCLE_CODES.length).fill(0);
    let notCustomers = 0;
    let errors = 0;
    let problems = 0;
    for (const s of result.stage) {
      if (s >= 0) counts[s]++;
      else if (s === NOT_A_CUSTOMER) notCustomers++;
      else if (s === ERROR_ROW) errors++;
      else problems++;
    }
    const total = counts.reduce((a, b) => a + b, 0);
    const t = (key: string): string => customerText(key);
    const rows: (string | number)[][] = [[t("lifecycle.stage"), t("lifecycle.customers"), t("lifecycle.customerShare")]];
    LIFECYCLE_CODES.forEach((code, s) => rows.push([code, counts[s], total > 0 ? counts[s] / total : 0]));
    const s = result.settings;
    rows.push(["", "", ""]);
    rows.push([t("lifecycle.asOf"), Number.isNaN(result.asOf) ? "" : result.asOf, ""]);
    const settings: [string, number][] = [
      ["newDays", s.newDays],
      ["activeDays", s.activeDays],
      ["churnDays", s.churnDays],
      ["k", s.k],
      ["loyalOrders", s.loyalOrders],
      ["loyalDays", s.loyalDays],
      ["dissatisfiedAt", s.dissatisfiedAt],
    ];
    for (const [key, value] of settings) rows.push([t(`lifecycle.${key}`), value, ""]);
    const notes: [string, number][] = [
      ["notCustomers", notCustomers],
      ["errors", errors],
      ["problems", problems],
    ];
    for (const [key, count] of notes) if (count > 0) rows.push([t(`lifecycle.${key}`), count, ""]);
    return withRepeatedIds(rows, customer_ids, result.stage.length, "first_order");
  });
}
