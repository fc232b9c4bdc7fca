/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for real arguments.
 *
 * Valid domain (anything else throws RangeError):
 *   - a, b, c finite reals; c not 0, −1, −2, … (the series has a zero denominator there);
 *   - z real with z < 1.
 *     · 0 ≤ z < 1: the defining series, summed directly. Terms eventually shrink like zⁿ, so
 *       the cost grows as z → 1 (≈ 40 / (1 − z) terms for double precision); a term cap stops
 *       runaway sums. The BG/NBD conditional expectation (eq. 10) uses z = t / (α + T + t),
 *       which is ≈ 0.5 for a forecast horizon comparable to the calibration period.
 *     · z < 0: Pfaff's transformation ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)) maps the
 *       argument into [0, 1), which avoids the cancellation of an alternating series.
 *   z = 1 (Gauss's sum) and z > 1 (branch cut, complex result) are not supported.
 * Accuracy: close to machine precision when the terms keep one sign (a, b, c > 0, z ≥ 0); when
 * they change sign, cancellation can cost digits in proportion to the largest partial sum.
 */

/** Math's functions as module constants: see lgamma.ts for why (hot loops, separate JS contexts). */
const { abs, exp, expm1, log1p, max } = Math;


export interface Hyp2f1Options {
  /** Stop when the estimated remainder is below tolerance · |sum|. Default 1e-15. */
  tolerance?: number;
  /** Give up (RangeError) after this many terms. Default 100 000. */
  maxTerms?: number;
}

const DEFAULT_TOLERANCE = 1e-15;
const DEFAULT_MAX_TERMS = 100_000;

function checkArguments(a: number, b: number, c: number, z: number): void {
  if (![a, b, c, z].every(Number.isFinite)) throw new RangeError("hyp2f1: arguments must be finite");
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1: c = ${c} is a non-positive integer`);
  if (!(z < 1)) throw new RangeError(`hyp2f1: z = ${z} outside the supported domain z < 1`);
}

/**
 * Σₙ≥₁ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, i.e. ₂F₁ − 1, for 0 ≤ z < 1.
 * Returned without the leading 1 so callers that need ₂F₁ − 1 (where the sum is tiny because a or
 * b is near 0) keep full relative precision.
 */
function seriesMinusOne(a: number, b: number, c: number, z: number, tol: number, maxTerms: number): number {
  // Before n > max(−a, −b, −c) a factor of the term ratio can still change sign, and a term can be
  // accidentally tiny (a + n ≈ 0), which would fool the tail estimate below.
  const settledAfter = max(-a, -b, -c, 0);
  let term = 1;
  let sum = 0;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    if (term === 0) return sum; // a or b is a non-positive integer (polynomial), or z = 0
    sum += term;
    if (!Number.isFinite(sum)) return sum;
    // Estimate the remainder as a geometric tail with ratio ρ = max(|ratio|, z). The ratio tends to z
    // like z·(1 + (a+b−c−1)/n), so ρ bounds the coming ratios up to an O(1/n) slack; at the point
    // where this test passes the terms are ~1e-16 of the sum, so that slack cannot matter.
    const rho = max(abs(ratio), z);
    if (n > settledAfter && rho < 1 && (abs(term) * rho) / (1 - rho) <= tol * abs(sum)) return sum;
  }
  throw new RangeError(`hyp2f1: series did not converge in ${maxTerms} terms (z = ${z})`);
}

/** ₂F₁(a, b; c; z) − 1, accurate even when the result is tiny (e.g. a or b ≈ 0). Same domain as hyp2f1. */
export function hyp2f1Minus1(a: number, b: number, c: number, z: number, options: Hyp2f1Options = {}): number {
  checkArguments(a, b, c, z);
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxTerms = options.maxTerms ?? DEFAULT_MAX_TERMS;
  if (z >= 0) return seriesMinusOne(a, b, c, z, tol, maxTerms);
  // Pfaff: F = (1−z)^(−a) · F', so F − 1 = expm1(−a ln(1−z)) + (1−z)^(−a) · (F' − 1).
  const w = z / (z - 1);
  const logScale = -a * log1p(-z);
  return expm1(logScale) + exp(logScale) * seriesMinusOne(a, c - b, c, w, tol, maxTerms);
}

/** ₂F₁(a, b; c; z) on the domain documented at the top of this file. */
export function hyp2f1(a: number, b: number, c: number, z: number, options: Hyp2f1Options = {}): number {
  return 1 + hyp2f1Minus1(a, b, c, z, options);
}
