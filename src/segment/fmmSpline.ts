/**
 * Cubic interpolating spline with Forsythe–Malcolm–Moler ("fmm") end conditions,
 * written to give the same numbers as R's `spline(method = "fmm")` and
 * `splinefun(method = "fmm")` (R's stats package, src/library/stats/src/splines.c).
 *
 * Why a port instead of any cubic spline: the computed ABC analysis
 * (see computedAbc.ts) picks grid points by "first minimum" rules, so a spline whose
 * last bits differ from R's could pick a neighbouring grid point and move a class
 * limit. The arithmetic below therefore follows R's order of operations.
 *
 * The fmm end conditions (Forsythe, Malcolm & Moler, "Computer Methods for
 * Mathematical Computations", 1977): the third derivative of the spline at each end
 * equals the third derivative of the cubic through the first (last) four knots,
 * estimated by divided differences. With three knots that estimate is zero (the
 * spline is then a parabola); with two knots the spline is the straight line.
 *
 * On piece i (x[i] ≤ u ≤ x[i+1]) the spline is
 *   s(u) = y[i] + b[i]·dx + c[i]·dx² + d[i]·dx³,  dx = u − x[i].
 */

// Cached once: inside sandboxed runtimes (Jest's vm contexts, some add-in hosts) every
// global lookup in a hot loop is an intercepted property access, many times slower.
const isFiniteNumber = Number.isFinite;

/** Knots and polynomial coefficients of an fmm spline (piece i starts at x[i]). */
export interface FmmSpline {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * Fits the fmm spline through (x[i], y[i]).
 * x must be finite and strictly increasing (R would sort and merge tied x first;
 * our only caller never has ties, so we refuse them instead of guessing).
 * Float64Array knots are kept as they are, not copied (a million knots would
 * otherwise cost two more 8 MB copies and the garbage collection that follows):
 * do not change them while the spline is in use.
 */
export function fmmSpline(x: ArrayLike<number>, y: ArrayLike<number>): FmmSpline {
  const n = x.length;
  if (n !== y.length) throw new RangeError("fmmSpline: x and y differ in length");
  if (n < 2) throw new RangeError("fmmSpline: needs at least 2 knots");
  const xs = x instanceof Float64Array ? x : Float64Array.from(x);
  const ys = y instanceof Float64Array ? y : Float64Array.from(y);
  for (let i = 0; i < n; i++) {
    if (!isFiniteNumber(xs[i]) || !isFiniteNumber(ys[i])) throw new RangeError("fmmSpline: knots must be finite");
    if (i > 0 && !(xs[i] > xs[i - 1])) throw new RangeError("fmmSpline: x must be strictly increasing");
  }
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);

  if (n === 2) {
    // Two knots: the line through them (R sets c = d = 0 and b = the slope at both knots).
    const slope = (ys[1] - ys[0]) / (xs[1] - xs[0]);
    b[0] = slope;
    b[1] = slope;
    return { x: xs, y: ys, b, c, d };
  }

  // Indices below are 0-based; R's C code is 1-based (its x[1] is our xs[0]).
  const last = n - 1;

  // Tridiagonal system for the second-derivative unknowns (sigma in FMM):
  // b = diagonal, d = off-diagonal (interval widths), c = right-hand side
  // (differences of consecutive secant slopes).
  d[0] = xs[1] - xs[0];
  c[1] = (ys[1] - ys[0]) / d[0];
  for (let i = 1; i < last; i++) {
    d[i] = xs[i + 1] - xs[i];
    b[i] = 2.0 * (d[i - 1] + d[i]);
    c[i + 1] = (ys[i + 1] - ys[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }

  // End conditions: match third derivatives of the cubics through the end four knots
  // (third divided differences). With exactly three knots they are taken as zero.
  b[0] = -d[0];
  b[last] = -d[last - 1];
  c[0] = 0.0;
  c[last] = 0.0;
  if (n > 3) {
    c[0] = c[2] / (xs[3] - xs[1]) - c[1] / (xs[2] - xs[0]);
    c[last] = c[last - 1] / (xs[last] - xs[last - 2]) - c[last - 2] / (xs[last - 1] - xs[last - 3]);
    c[0] = (c[0] * d[0] * d[0]) / (xs[3] - xs[0]);
    c[last] = (-c[last] * d[last - 1] * d[last - 1]) / (xs[last] - xs[last - 3]);
  }

  // Gaussian elimination (no pivoting, as in R; the system is diagonally dominant
  // apart from the end rows, which is what FMM's algorithm assumes too).
  for (let i = 1; i <= last; i++) {
    const t = d[i - 1] / b[i - 1];
    b[i] = b[i] - t * d[i - 1];
    c[i] = c[i] - t * c[i - 1];
  }

  // Back substitution: c[i] now holds sigma[i].
  c[last] = c[last] / b[last];
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];

  // Polynomial coefficients of each piece from the sigmas.
  b[last] = (ys[last] - ys[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2.0 * c[last]);
  for (let i = 0; i < last; i++) {
    b[i] = (ys[i + 1] - ys[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] = 3.0 * c[i];
  }
  c[last] = 3.0 * c[last];
  d[last] = d[last - 1];
  return { x: xs, y: ys, b, c, d };
}

/**
 * Index of the piece used for u, given the piece used for the previous point.
 * This mirrors R's spline_eval: the previous piece is kept whenever
 * x[i] ≤ u ≤ x[i+1] — so a u that lands exactly on knot x[i+1] while walking
 * upwards is evaluated on piece i at dx = x[i+1] − x[i], not on piece i+1 at dx = 0.
 * The two differ in the last bits, and the ABC port depends on matching R there.
 * Otherwise a binary search finds the last knot ≤ u (0 for u left of the knots).
 */
function locate(x: Float64Array, u: number, hint: number): number {
  const n1 = x.length - 1;
  let i = hint;
  if (u < x[i] || (i < n1 && x[i + 1] < u)) {
    i = 0;
    let j = x.length;
    do {
      const k = (i + j) >> 1;
      if (u < x[k]) j = k;
      else i = k;
    } while (j > i + 1);
  }
  return i;
}

/**
 * Evaluates the spline (deriv 0) or its first derivative (deriv 1) at every u, in the
 * given order, exactly as R's `spline(x, y, xout = u)` / `splinefun(x, y)(u, deriv)`.
 * Outside the knots the end pieces are extended (fmm splines extrapolate the cubic).
 */
export function evaluateFmmSpline(spline: FmmSpline, u: ArrayLike<number>, deriv: 0 | 1 = 0): Float64Array {
  const { x, y, b, c, d } = spline;
  const out = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l];
    i = locate(x, ul, i);
    const dx = ul - x[i];
    // R differentiates by shifting coefficients (y←b, b←2c, c←3d, d←0) and reusing the
    // same Horner evaluation; doing the same keeps the rounding identical.
    out[l] =
      deriv === 0
        ? y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]))
        : b[i] + dx * (2 * c[i] + dx * (3 * d[i]));
  }
  return out;
}

/** Spline value at one point (same as R's splinefun(x, y)(u)). */
export function fmmSplineValue(spline: FmmSpline, u: number): number {
  return evaluateFmmSpline(spline, [u], 0)[0];
}

/** First derivative at one point (same as R's splinefun(x, y)(u, deriv = 1)). */
export function fmmSplineSlope(spline: FmmSpline, u: number): number {
  return evaluateFmmSpline(spline, [u], 1)[0];
}
