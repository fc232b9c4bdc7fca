/**
 * ABC / ABCD tiers by cumulative share (methods.md §1).
 *
 * Customers are ranked by value, highest first. Shares are taken of the *positive* total, so
 * returns and credit notes (value ≤ 0) never add to a share; such customers always fall into
 * the lowest class. Tied customers share a class, so results never depend on row order.
 *
 * Two rules for the customer whose own value crosses a cut:
 * - "reach" (default): it belongs to the higher class. Class A is the smallest top set whose
 *   value reaches the cut. A customer is in class ≤ k when the share of values *strictly
 *   greater* than its own is below cut k.
 * - "byhand": the usual spreadsheet formula `SUMIF(v,">="&v_i)/SUM(v) <= cut`: a customer is in
 *   class ≤ k when the share of values greater *or equal* to its own is at most cut k.
 *
 * With basis "count" the share is of customers instead of value (seed 001: A = top 20 % of
 * customers), with the same two boundary rules.
 *
 * Because the class only grows as the value falls, a fitted model is just one threshold value
 * per cut: no per-row sort index is needed, only a sort of the positive values.
 */
import { NumberColumn } from "./cells";
import { Basis } from "./cuts";
import { sortNonNegative } from "./sortNonNegative";

export type BoundaryRule = "reach" | "byhand";

export interface TierSpec {
  /** Increasing fractions strictly between 0 and 1; classes = cuts.length + 1. */
  readonly cuts: readonly number[];
  readonly rule: BoundaryRule;
  readonly basis: Basis;
}

export interface TierModel {
  readonly spec: TierSpec;
  /**
   * thresholds[k]: a customer with a positive value ≥ thresholds[k] is in class k or higher
   * (A = 0). +Infinity where no customer qualifies (possible with the "byhand" rule).
   */
  readonly thresholds: Float64Array;
  readonly positiveTotal: number;
  readonly customerCount: number;
}

/** The positive values of a column, sorted ascending (typed-array sort: no comparator calls). */
export function sortedPositives(column: NumberColumn): Float64Array {
  const { values } = column;
  // One pass into a full-size buffer, then a view of the filled part. NaN marks non-numbers
  // (cells.ts), and NaN > 0 is false, so the kinds need not be read.
  const buffer = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 0) buffer[m++] = v;
  }
  return sortNonNegative(buffer.subarray(0, m));
}

/** Sum from the largest value down: the same order as the running sums, so the last share is exactly 1. */
function descendingSum(sortedAscending: Float64Array): number {
  let total = 0;
  for (let i = sortedAscending.length - 1; i >= 0; i--) total += sortedAscending[i];
  return total;
}

export function fitTiers(column: NumberColumn, spec: TierSpec): TierModel {
  return fitTiersSorted(sortedPositives(column), column.customerCount, spec);
}

/**
 * The thresholds from positive values already sorted ascending. Walks tie groups from the top;
 * each group's class is the number of cuts its share has reached. Shares are computed as
 * (running sum) ÷ total, never as a running sum of per-customer shares, which drifts.
 */
export function fitTiersSorted(positives: Float64Array, customerCount: number, spec: TierSpec): TierModel {
  const { cuts, rule, basis } = spec;
  const k = cuts.length;
  const thresholds = new Float64Array(k).fill(Infinity);
  const positiveTotal = descendingSum(positives);
  const denominator = basis === "value" ? positiveTotal : customerCount;
  let above = 0; // value (or count) of the customers strictly above the current tie group
  let i = positives.length - 1;
  while (i >= 0) {
    const v = positives[i];
    let group = 0;
    let j = i;
    while (j >= 0 && positives[j] === v) {
      group += basis === "value" ? v : 1;
      j--;
    }
    // "reach" looks at what lies strictly above; "byhand" includes the group itself.
    const share = (rule === "reach" ? above : above + group) / denominator;
    let cls = 0;
    if (rule === "reach") while (cls < k && share >= cuts[cls]) cls++;
    else while (cls < k && share > cuts[cls]) cls++;
    for (let q = cls; q < k; q++) thresholds[q] = v;
    above += group;
    i = j;
  }
  return { spec, thresholds, positiveTotal, customerCount };
}

/**
 * The class index of one value under thresholds (thresholds[k]: the lowest value in class k or
 * higher): a fitted model's, or values kept from an earlier fit (methods.md §14).
 */
export function classOfLimits(thresholds: ArrayLike<number>, value: number): number {
  if (!(value > 0)) return thresholds.length;
  for (let q = 0; q < thresholds.length; q++) if (value >= thresholds[q]) return q;
  return thresholds.length;
}

/** The class index of one finite value under a fitted model. */
export function classOf(model: TierModel, value: number): number {
  return classOfLimits(model.thresholds, value);
}

export const TIER_CODES = ["A", "B", "C", "D"] as const;
