/**
 * Pareto 80/20 (methods.md §2, seed 000): "the most valuable 20 % of customers bring 80 % of the
 * profit; of the other 80 %, some waste the company's resources, and the rest keep the scale."
 *
 * - VITAL: the vital few, the smallest top set whose positive value reaches the cut (default
 *   80 %), ties included: the "reach" rule of tiers.ts with a single cut;
 * - LOSS: value < 0, the customers who cost more than they bring;
 * - REST: everyone else, zero-value customers included.
 */
import { NumberColumn } from "./cells";
import { fitTiersSorted, sortedPositives } from "./tiers";

export const PARETO_CODES = ["VITAL", "REST", "LOSS"] as const;
export const VITAL = 0;
export const REST = 1;
export const LOSS = 2;

export interface ParetoModel {
  readonly cut: number;
  /** A customer with value ≥ threshold is in the vital few (+Infinity when nobody is). */
  readonly threshold: number;
  readonly customerCount: number;
  readonly vitalCount: number;
  readonly vitalValue: number;
  readonly positiveTotal: number;
  /** Vital few ÷ customers: "18.4 % of customers bring 80 % of profit". */
  readonly ratio: number;
  /** Gini coefficient of the values, negatives counted as 0 (see gini()). */
  readonly gini: number;
}

export function fitPareto(column: NumberColumn, cut: number): ParetoModel {
  const positives = sortedPositives(column);
  const tiers = fitTiersSorted(positives, column.customerCount, { cuts: [cut], rule: "reach", basis: "value" });
  const threshold = tiers.thresholds[0];
  let vitalCount = 0;
  let vitalValue = 0;
  for (let i = positives.length - 1; i >= 0 && positives[i] >= threshold; i--) {
    vitalCount++;
    vitalValue += positives[i];
  }
  const n = column.customerCount;
  return {
    cut,
    threshold,
    customerCount: n,
    vitalCount,
    vitalValue,
    positiveTotal: tiers.positiveTotal,
    ratio: n > 0 ? vitalCount / n : 0,
    gini: giniOfSortedPositives(positives, n),
  };
}

export function paretoGroupOf(model: ParetoModel, value: number): number {
  if (value < 0) return LOSS;
  return value > 0 && value >= model.threshold ? VITAL : REST;
}

/**
 * Gini coefficient G = Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n·Σx) over the n customers sorted ascending
 * (i from 1). The Gini is defined for non-negative values, so losses count as 0 here: a loss
 * makes the distribution no *less* concentrated. 0 = everyone equal; (n−1)/n = one customer has all.
 * `positives` holds the positive values sorted ascending; the other n − m customers are the zeros
 * that come first in the order.
 */
export function giniOfSortedPositives(positives: Float64Array, n: number): number {
  const m = positives.length;
  if (n === 0 || m === 0) return 0;
  const zeros = n - m;
  let weighted = 0;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const rank = zeros + j + 1;
    weighted += (2 * rank - n - 1) * positives[j];
    total += positives[j];
  }
  return weighted / (n * total);
}
