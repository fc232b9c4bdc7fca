/**
 * Order statistics of a typed array without sorting it: the median of 1,048,576 values is one
 * selection (expected O(n)), not an O(n log n) sort, and never a comparator sort.
 *
 * Percentiles follow Excel's PERCENTILE.INC (and MEDIAN): with the values sorted ascending
 * x[0] ≤ … ≤ x[n−1], the p-th percentile sits at rank h = (n − 1)·p and is interpolated
 * linearly between x[⌊h⌋] and x[⌊h⌋ + 1]. So a user can check any split with the sheet's own
 * MEDIAN / PERCENTILE.INC / AVERAGE.
 */

/** Beyond this many partition rounds the data is adversarial for our pivots: finish with a sort. */
function roundLimit(n: number): number {
  return 2 * Math.ceil(Math.log2(n + 1)) + 8;
}

/**
 * Rearranges `a` so that a[k] holds the k-th smallest value (0-based), everything before it is
 * ≤ a[k] and everything after it is ≥ a[k]. Quickselect with a median-of-three pivot and Hoare
 * partitioning (equal values are swapped to both sides, so many ties stay balanced); after too
 * many rounds it sorts the remaining slice, which bounds the worst case at O(n log n).
 * `a` must hold no NaN.
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let rounds = roundLimit(a.length);
  while (hi > lo) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    // Median of three as the pivot value: sorted or reversed input stays O(n).
    const mid = lo + ((hi - lo) >> 1);
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) y = x;
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and every value strictly between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** The smallest value of a[from..], for the upper neighbour once a[from − 1] is selected. */
function minFrom(a: Float64Array, from: number): number {
  let m = a[from];
  for (let i = from + 1; i < a.length; i++) if (a[i] < m) m = a[i];
  return m;
}

/**
 * PERCENTILE.INC of `values` for p in [0, 1]; NaN when there are no values. Works on a copy,
 * so the caller's array is left as it was.
 */
export function percentileInc(values: Float64Array, p: number): number {
  return percentileIncInPlace(values.slice(), p);
}

/** As percentileInc, but reorders `work` instead of copying it: for a scratch array the caller owns. */
export function percentileIncInPlace(work: Float64Array, p: number): number {
  const n = work.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const f = h - k;
  const low = selectInPlace(work, k);
  if (f === 0 || k + 1 >= n) return low;
  const high = minFrom(work, k + 1);
  // MEDIAN of an even count is the plain average of the two middle values: compute it that
  // way so `x >= MEDIAN(x)` on the sheet agrees with us to the last bit.
  if (f === 0.5) return (low + high) / 2;
  return low + f * (high - low);
}

export function median(values: Float64Array): number {
  return percentileInc(values, 0.5);
}

/** The arithmetic mean (AVERAGE); NaN when there are no values. */
export function mean(values: Float64Array): number {
  if (values.length === 0) return NaN;
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total / values.length;
}
