/**
 * Lifecycle stages from the customer summary (methods.md §8; seeds 003, 004).
 *
 * Per customer, in whole calendar days up to the as-of day (the same arithmetic as the summary):
 *   d      = days since the last order,
 *   tenure = days since the first order,
 *   gap    = (last − first) / (orders − 1), the customer's own average rhythm (orders ≥ 2).
 *
 * Stages and their rules (all windows are parameters; defaults in DEFAULT_LIFECYCLE):
 *   CHURNED       d > churnDays (365): no order for longer than the churn window.
 *   DISSATISFIED  a satisfaction score (1–5 scale, 1 = very dissatisfied) ≤ 2. Only when the user
 *                 gives the column; a blank score means "not asked", never dissatisfied.
 *   AT-RISK       orders ≥ 2, gap > 0 and d > k × gap (k = 2): overdue by the customer's own
 *                 rhythm while not yet churned ("still inside the windows" = inside the churn
 *                 window; a weekly buyer silent for 100 days is AT-RISK, not merely SILENT).
 *   NEW           tenure ≤ newDays (90): first order within the last 90 days.
 *   LOYAL         d ≤ activeDays and orders ≥ loyalOrders (5) and tenure ≥ loyalDays (365):
 *                 active, many orders, over at least a year.
 *   ACTIVE        d ≤ activeDays (90): ordered within the active window.
 *   SILENT        activeDays < d ≤ churnDays, and none of the above: quiet, but not overdue for
 *                 their own rhythm (or no rhythm yet: a single order).
 * A customer may satisfy several rules; the first in the order above wins (that is the order of
 * LIFECYCLE_CODES). Why this order: a churned customer is gone whatever else is true; a complaint
 * needs an answer before anything else; an overdue customer needs action even when new or loyal;
 * NEW before LOYAL/ACTIVE so onboarding is not skipped; SILENT is what remains.
 *
 * Boundaries are inclusive on the "still" side: d = activeDays is still active, d = churnDays is
 * still silent, tenure = newDays is still new, d = k × gap is not yet overdue.
 *
 * Rows that cannot be right (first order after last, last order after the as-of date, fewer
 * than one order) are not guessed at: they get ROW_PROBLEM and a message key in `problems`.
 */
import { CellError, KIND_ERROR, KIND_NUMBER, NumberColumn } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { dayOf } from "./orders";
import { combineColumns } from "./rowColumns";
import { SegmentError } from "./segmentError";

/** In precedence order: the first stage whose rule holds wins. */
export const LIFECYCLE_CODES = ["CHURNED", "DISSATISFIED", "AT-RISK", "NEW", "LOYAL", "ACTIVE", "SILENT"] as const;
export const CHURNED = 0;
export const DISSATISFIED = 1;
export const AT_RISK = 2;
export const NEW = 3;
export const LOYAL = 4;
export const ACTIVE = 5;
export const SILENT = 6;

/** A row whose inputs contradict each other; see LifecycleResult.problems. */
export const ROW_PROBLEM = -3;

export interface LifecycleSettings {
  /** Serial date; undefined → the latest first/last order date among the customers. */
  readonly asOf?: number;
  readonly newDays: number;
  readonly activeDays: number;
  readonly churnDays: number;
  readonly k: number;
  readonly loyalOrders: number;
  readonly loyalDays: number;
  /** Satisfaction at or below this (on the 1–5 scale) is DISSATISFIED. */
  readonly dissatisfiedAt: number;
}

export const DEFAULT_LIFECYCLE: LifecycleSettings = {
  newDays: 90,
  activeDays: 90,
  churnDays: 365,
  k: 2,
  loyalOrders: 5,
  loyalDays: 365,
  dissatisfiedAt: 2,
};

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

export interface LifecycleResult {
  /** Rows combined from first, last and orders; a customer when all three are numbers. */
  readonly column: NumberColumn;
  /** Stage index into LIFECYCLE_CODES, or NOT_A_CUSTOMER / ERROR_ROW / ROW_PROBLEM. */
  readonly stage: Int32Array;
  /** Message key per ROW_PROBLEM row. */
  readonly problems: ReadonlyMap<number, string>;
  /** The input error of every ERROR_ROW row (from the three columns or the satisfaction column). */
  readonly errors: ReadonlyMap<number, CellError>;
  /** The as-of date used (serial); NaN when there are no customers. */
  readonly asOf: number;
  readonly settings: LifecycleSettings;
}

export function validateLifecycleSettings(s: LifecycleSettings): void {
  const days: [string, number][] = [
    ["new_days", s.newDays],
    ["active_days", s.activeDays],
    ["churn_days", s.churnDays],
    ["loyal_days", s.loyalDays],
  ];
  for (const [name, v] of days) if (!(Number.isFinite(v) && v >= 0)) throw new SegmentError("lifecycle.days", { name });
  if (s.activeDays > s.churnDays) throw new SegmentError("lifecycle.windows", { active: s.activeDays, churn: s.churnDays });
  if (!(Number.isFinite(s.k) && s.k > 0)) throw new SegmentError("lifecycle.k");
  if (!(Number.isFinite(s.loyalOrders) && s.loyalOrders >= 1)) throw new SegmentError("lifecycle.loyalOrders");
}

/**
 * Stages per row. `satisfaction` may be null; when given, its numbers must lie on the 1–5 scale
 * (a 0–10 NPS column read as 1–5 would call happy customers dissatisfied, so it is refused).
 */
export function classifyLifecycle(
  firstOrder: NumberColumn,
  lastOrder: NumberColumn,
  orders: NumberColumn,
  satisfaction: NumberColumn | null,
  settings: LifecycleSettings = DEFAULT_LIFECYCLE,
): LifecycleResult {
  validateLifecycleSettings(settings);
  const column = combineColumns([firstOrder, lastOrder, orders], 2);
  const n = column.kinds.length;
  if (satisfaction) {
    for (let i = 0; i < n; i++) {
      const v = satisfaction.values[i];
      if (satisfaction.kinds[i] === KIND_NUMBER && !(v >= SATISFACTION_MIN && v <= SATISFACTION_MAX)) {
        throw new SegmentError("lifecycle.satisfaction", { row: i + 1, value: v });
      }
    }
  }
  let asOf = settings.asOf;
  if (asOf === undefined) {
    asOf = -Infinity;
    for (let i = 0; i < n; i++) {
      if (column.kinds[i] !== KIND_NUMBER) continue;
      asOf = Math.max(asOf, firstOrder.values[i], lastOrder.values[i]);
    }
    if (asOf === -Infinity) asOf = NaN;
  }
  const asOfDay = dayOf(asOf);
  const stage = new Int32Array(n);
  const problems = new Map<number, string>();
  const errors = new Map<number, CellError>(column.errors);
  for (let i = 0; i < n; i++) {
    if (column.kinds[i] !== KIND_NUMBER) {
      stage[i] = column.kinds[i] === KIND_ERROR ? ERROR_ROW : NOT_A_CUSTOMER;
      continue;
    }
    if (satisfaction && satisfaction.kinds[i] === KIND_ERROR) {
      stage[i] = ERROR_ROW;
      errors.set(i, satisfaction.errors.get(i) as CellError);
      continue;
    }
    const firstDay = dayOf(firstOrder.values[i]);
    const lastDay = dayOf(lastOrder.values[i]);
    const count = orders.values[i];
    const problem =
      firstDay > lastDay ? "lifecycle.row.firstAfterLast" : lastDay > asOfDay ? "lifecycle.row.afterAsOf" : count < 1 ? "lifecycle.row.orders" : null;
    if (problem) {
      stage[i] = ROW_PROBLEM;
      problems.set(i, problem);
      continue;
    }
    const score = satisfaction && satisfaction.kinds[i] === KIND_NUMBER ? satisfaction.values[i] : NaN;
    stage[i] = stageOf(asOfDay - lastDay, asOfDay - firstDay, lastDay - firstDay, count, score, settings);
  }
  return { column, stage, problems, errors, asOf, settings };
}

/** The stage of one customer from whole-day quantities (see the table at the top). */
export function stageOf(
  daysSinceLast: number,
  tenure: number,
  span: number,
  orders: number,
  satisfaction: number,
  s: LifecycleSettings,
): number {
  if (daysSinceLast > s.churnDays) return CHURNED;
  if (satisfaction <= s.dissatisfiedAt) return DISSATISFIED; // NaN (no score) is never ≤
  if (orders >= 2 && span > 0 && daysSinceLast > s.k * (span / (orders - 1))) return AT_RISK;
  if (tenure <= s.newDays) return NEW;
  if (daysSinceLast <= s.activeDays) {
    return orders >= s.loyalOrders && tenure >= s.loyalDays ? LOYAL : ACTIVE;
  }
  return SILENT;
}
