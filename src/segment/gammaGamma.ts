/**
 * Gamma-Gamma model of average spend (methods.md §13): Fader, Hardie & Lee, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 2005, and
 * Fader & Hardie's note "The Gamma-Gamma Model of Monetary Value" (2013).
 *
 * Data per customer: x = number of repeat purchases, m = the average value of those x purchases.
 * Each purchase value of a customer is Gamma(p, ν), and ν varies across customers as Gamma(q, γ)
 * (γ is written v here, as in lifetimes). Only customers with x ≥ 1 and m > 0 carry information
 * about spend; the others are left out of the fit and counted (fitGammaGamma's `leftOut`).
 * Pure TypeScript: no Office, no DOM.
 */
import { minimizeBfgs, Objective } from "./bfgs";
import { digamma, lgamma } from "./lgamma";

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  iterations: number;
  converged: boolean;
  /** Customers the fit used: x ≥ 1 and m > 0. */
  used: number;
  /** Customers left out, by reason. */
  oneTimeBuyers: number;
  nonPositiveSpend: number;
  /**
   * Pearson correlation of x and m over the customers used (NaN with fewer than two, or when x
   * or m does not vary). The model assumes spend is independent of frequency.
   */
  correlation: number;
}

/** Math's functions as module constants: see lgamma.ts for why (hot loops, separate JS contexts). */
const { log, log1p } = Math;

/** Above this correlation of frequency and spend, the independence assumption is visibly broken. */
export const CORRELATION_WARNING = 0.3;

function checkParams(g: GammaGammaParams): void {
  for (const [name, value] of [["p", g.p], ["q", g.q], ["v", g.v]] as const) {
    if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`Gamma-Gamma: ${name} = ${value} must be finite and > 0`);
  }
}

/**
 * Customers of the fit, with the parts of the likelihood that depend on the data only:
 * ln Γ(px + q) − ln Γ(px) is formed once per distinct x (found by sorting a copy of x: a Map of
 * counts took seconds on a full column of 1,048,576 customers).
 */
interface Prepared {
  n: number;
  x: Float64Array;
  xm: Float64Array; // x · m
  /** Σ ln m over customers. */
  sumLogM: number;
  xValues: Float64Array;
  xCount: Float64Array;
}

function prepare(x: Float64Array, m: Float64Array): Prepared {
  const n = x.length;
  const xm = new Float64Array(n);
  let sumLogM = 0;
  for (let i = 0; i < n; i++) {
    xm[i] = x[i] * m[i];
    sumLogM += log(m[i]);
  }
  const sorted = Float64Array.from(x).sort();
  const values: number[] = [], counts: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    values.push(sorted[i]);
    counts.push(j - i);
    i = j;
  }
  return { n, x, xm, sumLogM, xValues: Float64Array.from(values), xCount: Float64Array.from(counts) };
}

/**
 * Total log-likelihood, lifetimes' form (its GammaGammaFitter._negative_log_likelihood, the
 * density of m̄ of Fader & Hardie's note, eq. 3):
 *   Σ ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm + v),
 * evaluated as Σ … − ln m − px·ln(1 + v/(xm)) − q ln((xm + v)/v): the same sum, without the large
 * terms px ln(xm) and px ln(xm + v) that cancel (their rounding stalled the fit short of its
 * gradient test on 16 000 customers).
 * With `grad`, ∂/∂(p, q, v):
 *   ∂p = Σ x [ψ(px+q) − ψ(px) − ln(1 + v/(xm))]
 *   ∂q = Σ ψ(px+q) − ψ(q) − ln(1 + xm/v)
 *   ∂v = Σ q/v − (px+q)/(xm+v).
 */
function evaluate(d: Prepared, p: number, q: number, v: number, grad: Float64Array | null): number {
  let ll = -d.sumLogM - d.n * lgamma(q);
  let gp = 0, gq = 0, gv = 0;
  if (grad) {
    gq = -d.n * digamma(q);
    gv = (d.n * q) / v;
  }
  for (let k = 0; k < d.xValues.length; k++) {
    const xk = d.xValues[k], c = d.xCount[k], px = p * xk;
    ll += c * (lgamma(px + q) - lgamma(px));
    if (grad) {
      const psiPXQ = digamma(px + q);
      gp += c * xk * (psiPXQ - digamma(px));
      gq += c * psiPXQ;
    }
  }
  for (let i = 0; i < d.n; i++) {
    const xi = d.x[i], xm = d.xm[i];
    const l1 = log1p(v / xm); // ln((xm + v)/(xm))
    const l2 = log1p(xm / v); // ln((xm + v)/v)
    ll -= p * xi * l1 + q * l2;
    if (grad) {
      gp -= xi * l1;
      gq -= l2;
      gv -= (p * xi + q) / (xm + v);
    }
  }
  if (grad) {
    grad[0] = gp;
    grad[1] = gq;
    grad[2] = gv;
  }
  return ll;
}

/** Sum of the log-likelihood over customers with x ≥ 1 and m > 0 (others are not part of the model). */
export function gammaGammaLogLikelihood(g: GammaGammaParams, x: ArrayLike<number>, m: ArrayLike<number>): number {
  checkParams(g);
  const kept = keep(x, m);
  return evaluate(prepare(kept.x, kept.m), g.p, g.q, g.v, null);
}

interface Kept {
  x: Float64Array;
  m: Float64Array;
  oneTimeBuyers: number;
  nonPositiveSpend: number;
}

/** The customers the model can use: x ≥ 1 and m > 0 (finite); the others counted by reason. */
function keep(x: ArrayLike<number>, m: ArrayLike<number>): Kept {
  const n = x.length;
  if (m.length !== n) throw new RangeError("Gamma-Gamma: x and m must have the same length");
  const kx = new Float64Array(n), km = new Float64Array(n);
  let used = 0, oneTimeBuyers = 0, nonPositiveSpend = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i], mi = m[i];
    if (!(Number.isInteger(xi) && xi >= 0)) throw new RangeError(`Gamma-Gamma: x = ${xi} must be a non-negative integer`);
    if (!Number.isFinite(mi)) throw new RangeError(`Gamma-Gamma: m = ${mi} must be finite`);
    if (xi === 0) oneTimeBuyers++;
    else if (!(mi > 0)) nonPositiveSpend++;
    else {
      kx[used] = xi;
      km[used] = mi;
      used++;
    }
  }
  return { x: kx.subarray(0, used), m: km.subarray(0, used), oneTimeBuyers, nonPositiveSpend };
}

function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return NaN;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Parameters are searched within [1e-8, 1e8], as the BG/NBD fit. */
const LOG_LIMIT = Math.log(1e8);
const atEdge = (theta: Float64Array): boolean => theta.some((t) => Math.abs(t) > LOG_LIMIT - 0.5);

export interface GammaGammaFitOptions {
  /** Per start. Default 500. */
  maxIterations?: number;
  /** Gradient test on the mean log-likelihood w.r.t. (ln p, ln q, ln v). Default 1e-7. */
  tolerance?: number;
}

/**
 * Maximum-likelihood fit of (p, q, v) on the customers with x ≥ 1 and m > 0, by BFGS over the
 * logarithms of the parameters (the project's minimizeBfgs, analytic gradient). Starts from
 * p = q = 1 and v = the mean spend (the scale of the data, so money in won or in dollars starts
 * equally close), then from p = q = v = 1 (lifetimes' start) if the first run did not converge.
 */
export function fitGammaGamma(x: ArrayLike<number>, m: ArrayLike<number>, options: GammaGammaFitOptions = {}): GammaGammaFit {
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-7;
  const kept = keep(x, m);
  const base = { used: kept.x.length, oneTimeBuyers: kept.oneTimeBuyers, nonPositiveSpend: kept.nonPositiveSpend, correlation: pearson(kept.x, kept.m) };
  const failed: GammaGammaFit = { p: NaN, q: NaN, v: NaN, logLikelihood: NaN, iterations: 0, converged: false, ...base };
  if (kept.x.length === 0) return failed;
  const d = prepare(kept.x, kept.m);
  const gradP = new Float64Array(3);
  const objective: Objective = (theta, grad) => {
    for (let i = 0; i < 3; i++) if (Math.abs(theta[i]) > LOG_LIMIT) return NaN;
    const p = Math.exp(theta[0]), q = Math.exp(theta[1]), v = Math.exp(theta[2]);
    const ll = evaluate(d, p, q, v, gradP);
    grad[0] = (-gradP[0] * p) / d.n;
    grad[1] = (-gradP[1] * q) / d.n;
    grad[2] = (-gradP[2] * v) / d.n;
    return -ll / d.n;
  };
  let meanM = 0;
  for (let i = 0; i < kept.m.length; i++) meanM += kept.m[i];
  meanM /= kept.m.length;
  const starts = [Float64Array.of(0, 0, Math.log(meanM)), null, Float64Array.of(0, 0, 0), null];
  let best: { theta: Float64Array; value: number; converged: boolean } | null = null;
  let iterations = 0;
  for (const start of starts) {
    const theta: Float64Array = start ? Float64Array.from(start) : best ? Float64Array.from(best.theta) : Float64Array.of(0, 0, 0);
    const res = minimizeBfgs(objective, theta, maxIterations, tolerance, atEdge);
    iterations += res.iterations;
    if (Number.isFinite(res.value) && (best === null || res.value < best.value || (res.converged && res.value <= best.value + 1e-12 * Math.abs(best.value)))) {
      best = { theta, value: res.value, converged: res.converged };
    }
    if (best?.converged) break;
    if (best !== null && atEdge(best.theta)) break;
  }
  if (best === null) return { ...failed, iterations };
  const [p, q, v] = Array.from(best.theta, Math.exp);
  return { p, q, v, logLikelihood: evaluate(d, p, q, v, null), iterations, converged: best.converged, ...base };
}

/**
 * Population mean of average spend, E(M) = v p / (q − 1); finite only when q > 1 (NaN otherwise:
 * the fitted spend distribution has no mean, and the caller says so).
 */
export function populationMeanSpend(g: GammaGammaParams): number {
  checkParams(g);
  return g.q > 1 ? (g.v * g.p) / (g.q - 1) : NaN;
}

/**
 * Conditional expected average spend, E(M | x, m) (Fader & Hardie's note, eq. 5; lifetimes'
 * conditional_expected_average_profit): a weighted average of the population mean and the
 * customer's own average,
 *   (q − 1)/(px + q − 1) · vp/(q − 1) + px/(px + q − 1) · m.
 * x = 0 gives the population mean. A repeat buyer whose average is not positive (returns larger
 * than purchases) was left out of the fit; the model has nothing to say about them either, so they
 * get the population mean too, rather than a negative value that would make their CLV negative.
 */
export function conditionalExpectedSpend(g: GammaGammaParams, x: number, m: number): number {
  const mean = populationMeanSpend(g);
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`Gamma-Gamma: x = ${x} must be a non-negative integer`);
  if (x === 0 || !(m > 0)) return mean;
  const px = g.p * x;
  const denominator = px + g.q - 1;
  return ((g.q - 1) / denominator) * mean + (px / denominator) * m;
}
