/**
 * The customer summary of methods.md §6: per customer the first and last order, the number of
 * orders, the total amount, days since the last order and the average days between orders.
 *
 * - "orders" = distinct calendar days with an order (§6). Several lines on one day are one
 *   order: an invoice often has a line per product. RFM's frequency (§7, R `rfm`) counts order
 *   *lines* instead; the summary gives both, `orders` and `lines`, so the user picks.
 * - days since last order = as-of day − day of the last order (whole calendar days).
 * - average days between orders = (last day − first day) / (orders − 1); NaN (a blank cell) for
 *   a customer with one order, who has no gap yet.
 */
import { CustomerOrders, dayOf } from "./orders";

export interface CustomerSummary {
  readonly daysSinceLast: Float64Array;
  /** NaN for one-order customers. */
  readonly averageGap: Float64Array;
}

export function summarizeCustomers(orders: CustomerOrders): CustomerSummary {
  const n = orders.customerCount;
  const daysSinceLast = new Float64Array(n);
  const averageGap = new Float64Array(n);
  const asOfDay = dayOf(orders.asOf);
  for (let c = 0; c < n; c++) {
    const firstDay = dayOf(orders.first[c]);
    const lastDay = dayOf(orders.last[c]);
    daysSinceLast[c] = asOfDay - lastDay;
    const k = orders.distinctDays[c];
    averageGap[c] = k > 1 ? (lastDay - firstDay) / (k - 1) : NaN;
  }
  return { daysSinceLast, averageGap };
}

export type TimeUnit = "days" | "weeks";

/** BG/NBD inputs per customer (methods.md §9, Python `lifetimes` convention). */
export interface BgNbdInput {
  /** Repeat purchases: distinct purchase days − 1. */
  readonly x: Float64Array;
  /** Last purchase − first purchase (0 for a one-time buyer), in the unit. */
  readonly tx: Float64Array;
  /** As-of date − first purchase, in the unit. */
  readonly T: Float64Array;
}

/**
 * x, t_x, T as `lifetimes.utils.summary_data_from_transaction_data` gives them with freq "D"
 * (weeks = days ÷ 7, as its freq "D" with freq_multiplier 7 gives; not its freq "W", which would
 * count calendar weeks): purchases on the same calendar day count once, and times are whole days
 * between calendar days.
 */
export function bgnbdInputFromOrders(orders: CustomerOrders, unit: TimeUnit = "days"): BgNbdInput {
  const n = orders.customerCount;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const scale = unit === "weeks" ? 7 : 1;
  const asOfDay = dayOf(orders.asOf);
  for (let c = 0; c < n; c++) {
    const firstDay = dayOf(orders.first[c]);
    x[c] = orders.distinctDays[c] - 1;
    tx[c] = (dayOf(orders.last[c]) - firstDay) / scale;
    T[c] = (asOfDay - firstDay) / scale;
  }
  return { x, tx, T };
}
