/**
 * One entry point for every tiering the functions and the task pane offer: ABC or ABCD, by
 * value or by count, either boundary rule, or computed cuts ("auto"). A fit returns a model
 * that classifies any value, so the per-row (Excel Table) form can reuse it.
 */
import { KIND_NUMBER, NumberColumn } from "./cells";
import { computedAbcLimits, computedClassOf } from "./computedAbc";
import { Basis } from "./cuts";
import { SegmentError } from "./segmentError";
import { BoundaryRule, classOf, classOfLimits, fitTiers, TIER_CODES } from "./tiers";

export interface TierRequest {
  /** Increasing fractions, or "auto" for computed cuts (three classes, value basis). */
  readonly cuts: readonly number[] | "auto";
  readonly rule: BoundaryRule;
  readonly basis: Basis;
}

export interface FittedTiers {
  readonly codes: readonly string[];
  /** The cut fractions used (null for computed cuts, which are limits on values). */
  readonly cuts: readonly number[] | null;
  /**
   * Per class boundary except the last: the lowest value that still reaches that class or a
   * higher one. Computed cuts ("auto") keep the package's two limits instead: A is a value
   * strictly *above* the first, B one at or above the second (computedClassOf).
   */
  readonly limits: readonly number[];
  classOf(value: number): number;
}

/**
 * Tiers by value thresholds instead of shares (methods.md §14, frozen thresholds): `limits[k]` is
 * the lowest value still in class k or a higher one — the values a fit gives (FittedTiers.limits,
 * SEGMENT.EXPLAIN's "lowest value" of each class but the last). A value that is not positive
 * reaches no threshold, as in every tiering (tiers.ts).
 */
export function tiersFromLimits(limits: readonly number[], classCount: number): FittedTiers {
  if (limits.length !== classCount - 1) throw new SegmentError("cuts.thresholds", { count: classCount - 1, classes: classCount });
  for (let k = 0; k < limits.length; k++) {
    if (!(limits[k] > 0) || !Number.isFinite(limits[k]) || (k > 0 && limits[k] > limits[k - 1])) throw new SegmentError("cuts.thresholds", { count: classCount - 1, classes: classCount });
  }
  const kept = [...limits];
  return { codes: TIER_CODES.slice(0, classCount), cuts: null, limits: kept, classOf: (v) => classOfLimits(kept, v) };
}

export function fitTierRequest(column: NumberColumn, request: TierRequest, classCount: number): FittedTiers {
  const codes = TIER_CODES.slice(0, classCount);
  if (request.cuts === "auto") {
    if (classCount !== 3) throw new SegmentError("auto.classes");
    if (request.basis !== "value") throw new SegmentError("auto.basis");
    // Negative and non-finite values count as 0 in the computed ABC (Ultsch & Lötsch).
    const customers: number[] = [];
    for (let i = 0; i < column.values.length; i++) if (column.kinds[i] === KIND_NUMBER) customers.push(column.values[i]);
    const limits = computedAbcLimits(customers);
    if (limits === null) throw new SegmentError("auto.flat");
    // Matches the R package result for result, including its one oddity: when the B/C limit
    // is 0, zero-value customers land in B.
    return { codes, cuts: null, limits: [limits.abLimit, limits.bcLimit], classOf: (v) => computedClassOf(v, limits) };
  }
  const model = fitTiers(column, { cuts: request.cuts, rule: request.rule, basis: request.basis });
  return { codes, cuts: request.cuts, limits: Array.from(model.thresholds), classOf: (v) => classOf(model, v) };
}
