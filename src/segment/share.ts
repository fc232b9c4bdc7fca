/**
 * Each customer's cumulative share: the value of all customers ranked at or above it (ties
 * included) over the positive total — the number a by-hand sheet computes with
 * SUMIF(v,">="&v_i)/SUM(v). With basis "count", the share of customers instead.
 * A customer with a value ≤ 0 has every positive value above it: share 1.
 */
import { KIND_NUMBER, NumberColumn } from "./cells";
import { Basis } from "./cuts";
import { sortedPositives } from "./tiers";

/** One share per row; NaN for rows that are not customers. Null when no value is positive. */
export function cumulativeShares(column: NumberColumn, basis: Basis): Float64Array | null {
  const positives = sortedPositives(column);
  const m = positives.length;
  if (m === 0) return null;
  // Distinct values (descending) and the share at or above each.
  const distinct = new Float64Array(m);
  const shareAtOrAbove = new Float64Array(m);
  let total = 0;
  for (let i = m - 1; i >= 0; i--) total += positives[i];
  const denominator = basis === "value" ? total : column.customerCount;
  let d = 0;
  let running = 0;
  let i = m - 1;
  while (i >= 0) {
    const v = positives[i];
    while (i >= 0 && positives[i] === v) {
      running += basis === "value" ? v : 1;
      i--;
    }
    distinct[d] = v;
    shareAtOrAbove[d] = running / denominator;
    d++;
  }
  const { values, kinds } = column;
  const out = new Float64Array(values.length);
  for (let r = 0; r < values.length; r++) {
    if (kinds[r] !== KIND_NUMBER) {
      out[r] = NaN;
      continue;
    }
    const v = values[r];
    if (!(v > 0)) {
      out[r] = 1;
      continue;
    }
    // Binary search for v among the distinct values, which run high to low.
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] > v) lo = mid + 1;
      else hi = mid;
    }
    out[r] = shareAtOrAbove[lo];
  }
  return out;
}
