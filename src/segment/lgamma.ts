/**
 * Log-gamma and digamma for the BG/NBD likelihood.
 *
 * The likelihood (Fader, Hardie & Lee 2005, eq. 6) is a ratio of gamma functions whose
 * arguments grow with the purchase count x; Γ overflows past ~171, so everything is
 * carried as ln Γ. Digamma ψ = (ln Γ)' is needed for the analytic gradient used by the fit.
 */

/** Lanczos coefficients for g = 7, n = 9 (Godfrey); relative error of Γ ≈ 1e-15 on x > 0. */
const LANCZOS_G = 7;
const LANCZOS_COEF = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
  -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/*
 * Math's functions taken once into module constants: the fit calls these hundreds of thousands of
 * times, and where the bundle runs in a separate JavaScript context (the fuzzer's and the tests'
 * harness) every `Math.` / `Number.` is a lookup on an intercepted global object, which made the
 * spend fit on a full column 8× slower there than in a plain context.
 */
const { log, abs, sin, tan, floor, PI } = Math;
const isNaN = (x: number): boolean => x !== x;
const isNonPositiveInteger = (x: number): boolean => x <= 0 && floor(x) === x;

/**
 * ln |Γ(x)|. Infinity at the poles x = 0, −1, −2, …; NaN for NaN.
 * Uses the Lanczos approximation in log form (so it never overflows) and the reflection
 * formula Γ(x)Γ(1−x) = π / sin(πx) below 0.5, where the series loses accuracy.
 */
export function lgamma(x: number): number {
  if (isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (isNonPositiveInteger(x)) return Infinity;
  if (x < 0.5) {
    return log(PI / abs(sin(PI * x))) - lgamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS_COEF[0];
  for (let i = 1; i < LANCZOS_COEF.length; i++) sum += LANCZOS_COEF[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * log(t) - t + log(sum);
}

/**
 * ψ(x) = d/dx ln Γ(x). NaN at the poles.
 * Shifts x up to ≥ 10 with ψ(x) = ψ(x+1) − 1/x, then uses the asymptotic (Bernoulli)
 * series, whose first omitted term is < 1e-15 there; reflection handles x < 0.
 */
export function digamma(x: number): number {
  if (isNaN(x)) return NaN;
  if (isNonPositiveInteger(x)) return NaN;
  if (x < 0) return digamma(1 - x) - PI / tan(PI * x);
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  // Bernoulli terms B_2k / (2k x^2k) for k = 1..6.
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return acc + log(x) - 0.5 / x - series;
}
