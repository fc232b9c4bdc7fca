/**
 * Computed ABC analysis: class limits derived from the data's own ABC curve.
 *
 * Method: A. Ultsch & J. Lötsch, "Computed ABC Analysis for Rational Selection of
 * Most Informative Variables in Multivariate Data", PLoS ONE 10(6): e0129767 (2015),
 * doi:10.1371/journal.pone.0129767. This is a port of the authors' R package
 * `ABCanalysis` 1.2.1 (functions ABCcleanData, ABCcurve, ABCanalysis) so that the
 * limits match the package result for result; the package's quirks are kept on
 * purpose, and the comments say where.
 *
 * Pure TypeScript: no Office, React or DOM, so it runs in tests, workers and the add-in.
 */
import { evaluateFmmSpline, fmmSpline } from "./fmmSpline";

export interface ComputedAbcLimits {
  /** value > abLimit → A */ abLimit: number;
  /** bcLimit ≤ value ≤ abLimit → B; value < bcLimit → C */ bcLimit: number;
  /** effort (x) of the A/B and B/C points on the curve, for explaining the result */
  aEffort: number;
  cEffort: number;
}

// Cached once: inside sandboxed runtimes (Jest's vm contexts, some add-in hosts) every
// global lookup in a hot loop is an intercepted property access; over a million rows
// that alone cost most of a second.
const isFiniteNumber = Number.isFinite;
const { abs, floor, max, min } = Math;

/** Step 1: non-finite and negative values count as 0 (the package's ABCcleanData), so they
 * end in C — unless the B/C limit itself is 0, when the package puts them in B. */
function clean(v: number): number {
  return isFiniteNumber(v) && v > 0 ? v : 0;
}

/** R's round() for digits = 0: nearest integer, halves to even (IEC 60559). */
function roundHalfEven(v: number): number {
  const f = floor(v);
  const diff = v - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Index of the first smallest entry (R's which.min). */
function firstMin(a: Float64Array): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i] < a[best]) best = i;
  return best;
}

/**
 * Returns null when no class can be computed (fewer than 2 customers or all values
 * equal after negatives/non-finite become 0).
 */
export function computedAbcLimits(values: ArrayLike<number>): ComputedAbcLimits | null {
  const n = values.length;
  if (n < 2) return null;

  // One typed-array sort (native numeric, ascending) keeps 1,048,576 rows well under a second.
  const asc = new Float64Array(n);
  for (let i = 0; i < n; i++) asc[i] = clean(values[i]);
  asc.sort();
  // All equal (including all zero): the ABC curve is the diagonal, there is nothing to cut.
  if (asc[0] === asc[n - 1]) return null;

  // If the total would overflow, scale first; the curve only depends on ratios.
  // (R would produce NaN here; this changes nothing for sums that fit in a double.)
  let scale = 1;
  {
    let total = 0;
    for (let i = 0; i < n; i++) total += asc[i];
    if (!isFiniteNumber(total)) scale = 1 / asc[n - 1];
  }

  // Step 2, the ABC curve's knots: values descending, effort x = k/n,
  // yield y = cumulative sum / total, with (0,0) prepended (the largest value is > 0 here,
  // which is the package's condition for prepending it).
  // R's cumsum accumulates in extended precision (long double); a compensated
  // (two-sum) running sum rounded to double reproduces that for all practical data
  // (exactly for integer-valued data), where a plain running sum could drift by ulps.
  const kx = new Float64Array(n + 1);
  const ky = new Float64Array(n + 1);
  let hi = 0;
  let lo = 0;
  for (let k = 1; k <= n; k++) {
    const v = asc[n - k] * scale;
    const s = hi + v;
    const bp = s - hi;
    lo += hi - (s - bp) + (v - bp);
    hi = s;
    kx[k] = k / n;
    ky[k] = hi + lo;
  }
  const total = ky[n];
  for (let k = 1; k <= n; k++) ky[k] = ky[k] / total;

  // Step 2, the interpolated curve: fmm spline (R's spline()) on the grid
  // 0, 0.01, ..., 1 for n < 101 customers, else 0, 0.001, ..., 1. The grid points are
  // built as R's seq(0, 1, by = step) builds them: i·step, capped at 1.
  const step = n < 101 ? 0.01 : 0.001;
  const m = n < 101 ? 101 : 1001;
  const effort = new Float64Array(m);
  for (let i = 0; i < m; i++) effort[i] = min(i * step, 1);
  const yieldCurve = evaluateFmmSpline(fmmSpline(kx, ky), effort, 0);
  // Yields ≥ 1 are spline overshoot: from the first one on, the curve is set to 1 —
  // unless that first one is the last grid point, which the package leaves as it is.
  let firstFull = -1;
  for (let i = 0; i < m; i++) {
    if (yieldCurve[i] >= 1) {
      firstFull = i;
      break;
    }
  }
  if (firstFull >= 0 && firstFull < m - 1) yieldCurve.fill(1, firstFull);

  // Step 3, the slope: a second fmm spline through the grid curve (R's splinefun()),
  // differentiated at (i+1)/m for grid index i — not at the grid point itself. This is
  // the package's own choice (it evaluates at 1:m/m); copied so the counts match.
  const slopeAt = new Float64Array(m);
  for (let i = 0; i < m; i++) slopeAt[i] = (i + 1) / m;
  const slope = evaluateFmmSpline(fmmSpline(effort, yieldCurve), slopeAt, 1);

  // Step 4: Pareto point = first grid point closest to the ideal (0, 1)
  // (paper: minimal "unrealized potential"); break-even point = first grid point where
  // the slope is closest to 1 (yield grows as fast as effort).
  const dist = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const dy = 1 - yieldCurve[i];
    dist[i] = effort[i] * effort[i] + dy * dy;
  }
  const pareto = firstMin(dist);
  for (let i = 0; i < m; i++) dist[i] = abs(slope[i] - 1);
  const breakEven = firstMin(dist);

  // Step 5: the point with the smaller effort bounds A; the other one's effort is B's x.
  let aIndex: number;
  let bX: number;
  if (effort[breakEven] < effort[pareto]) {
    aIndex = breakEven;
    bX = effort[pareto];
  } else {
    aIndex = pareto;
    bX = effort[breakEven];
  }

  // Step 6: submarginal point = first grid point closest to (B's x, 1); it bounds C.
  for (let i = 0; i < m; i++) {
    const dx = bX - effort[i];
    const dy = 1 - yieldCurve[i];
    dist[i] = dx * dx + dy * dy;
  }
  const cIndex = firstMin(dist);

  // Step 7: limits are data values: the round(x·n)-th largest value (R's round, half
  // to even). Clamped to [1, n]: at 0 the package would index an empty vector and
  // return no classes at all; rank 1 (the maximum) gives the same "nothing in A".
  const aEffort = effort[aIndex];
  const cEffort = effort[cIndex];
  const rank = (x: number): number => min(n, max(1, roundHalfEven(x * n)));
  return {
    abLimit: asc[n - rank(aEffort)],
    bcLimit: asc[n - rank(cEffort)],
    aEffort,
    cEffort,
  };
}

/** 0 = A, 1 = B, 2 = C for each value, using the limits (non-finite/negative count as 0). */
export function classifyByLimits(values: ArrayLike<number>, limits: ComputedAbcLimits): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = computedClassOf(values[i], limits);
  return out;
}

/** 0 = A, 1 = B, 2 = C for one value (non-finite/negative count as 0, as in the package). */
export function computedClassOf(value: number, limits: ComputedAbcLimits): number {
  const v = clean(value);
  return v > limits.abLimit ? 0 : v >= limits.bcLimit ? 1 : 2;
}
