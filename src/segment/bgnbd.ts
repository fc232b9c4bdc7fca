/**
 * BG/NBD model of Fader, Hardie & Lee, "'Counting Your Customers' the Easy Way: An Alternative to
 * the Pareto/NBD Model", Marketing Science 24(2), 2005. Equation numbers below are the paper's.
 *
 * Data per customer: x = number of repeat purchases in (0, T], tx = time of the last one (0 when
 * x = 0), T = length of observation since the first purchase; tx and T in the same time unit.
 * Pure TypeScript: no Office, no DOM.
 */
import { hyp2f1Minus1 } from "./hyp2f1";
import { digamma, lgamma } from "./lgamma";
import { minimizeBfgs, Objective } from "./bfgs";

/** Math's functions as module constants: see lgamma.ts for why (hot loops, separate JS contexts). */
const { abs, exp, expm1, log, log1p, max } = Math;


export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}
export interface BgNbdCustomer {
  x: number;
  tx: number;
  T: number;
}
export interface BgNbdFit extends BgNbdParams {
  logLikelihood: number;
  /** Quasi-Newton iterations, summed over all starts. */
  iterations: number;
  /** True when the gradient test of BgNbdFitOptions.tolerance was met. */
  converged: boolean;
  /**
   * True when the search was stopped because a and b grew together without limit (see
   * dropoutDegenerate): the data show no variation in dropout between customers. converged is
   * then false; the point reached is close to the limit model (one dropout probability a/(a+b)
   * for everyone) but is not a maximum.
   */
  degenerate?: boolean;
}
export interface BgNbdFitOptions {
  /** Per start. Default 500. */
  maxIterations?: number;
  /**
   * Convergence when every component of the gradient of the mean (per-customer) log-likelihood
   * with respect to (ln r, ln α, ln a, ln b) is below this. Default 1e-7: that already pins the
   * parameters far below their sampling error, and much smaller values run into the rounding noise
   * of the objective itself (the gradient then stalls around 1e-9 on 50 000 customers).
   */
  tolerance?: number;
}

function checkCustomer(x: number, tx: number, T: number): void {
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`BG/NBD: x = ${x} must be a non-negative integer`);
  if (!(Number.isFinite(T) && T >= 0)) throw new RangeError(`BG/NBD: T = ${T} must be finite and ≥ 0`);
  if (x > 0 && !(tx >= 0 && tx <= T)) throw new RangeError(`BG/NBD: tx = ${tx} must lie in [0, T = ${T}]`);
}

function checkParams(p: BgNbdParams): void {
  // Only the four model parameters: a BgNbdFit (which also carries logLikelihood etc.) is a valid input.
  for (const [name, v] of [["r", p.r], ["alpha", p.alpha], ["a", p.a], ["b", p.b]] as const) {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`BG/NBD: ${name} = ${v} must be finite and > 0`);
  }
}

/**
 * The data reduced for repeated likelihood evaluation: identical (x, tx, T) rows become one group
 * with a count, and the likelihood's pieces that depend on x alone, T alone or tx alone are
 * computed once per distinct value (CDNOW: 2 357 customers, 1 016 groups, 23 distinct x, 84
 * distinct T). Scratch arrays live here so an evaluation allocates nothing.
 */
interface Prepared {
  customers: number;
  groupCount: Float64Array;
  groupX: Int32Array; // index into xValues
  groupT: Int32Array; // index into TValues
  groupTx: Int32Array; // index into txValues (unused when x = 0)
  xValues: Float64Array;
  xCount: Float64Array; // customers per distinct x
  TValues: Float64Array;
  txValues: Float64Array;
  logAlphaT: Float64Array; // scratch: ln(α + T), 1/(α + T) per distinct T
  invAlphaT: Float64Array;
  logAlphaTx: Float64Array; // scratch: same per distinct tx
  invAlphaTx: Float64Array;
  logA4Const: Float64Array; // scratch: ln a − ln(b + x − 1) per distinct x
  invBx1: Float64Array; // scratch: 1/(b + x − 1) per distinct x
}

function indexOf(map: Map<number, number>, values: number[], v: number): number {
  let i = map.get(v);
  if (i === undefined) {
    i = values.length;
    map.set(v, i);
    values.push(v);
  }
  return i;
}

function prepare(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): Prepared {
  const n = x.length;
  if (tx.length !== n || T.length !== n) throw new RangeError("BG/NBD: x, tx and T must have the same length");
  const xMap = new Map<number, number>(), TMap = new Map<number, number>(), txMap = new Map<number, number>();
  const xs: number[] = [], Ts: number[] = [], txs: number[] = [];
  // Group lookup nested on the numbers (T, then tx, then x): building a string key per row took
  // most of the preparation time on 50 000 customers.
  const groupOf = new Map<number, Map<number, Map<number, number>>>();
  const gx: number[] = [], gT: number[] = [], gtx: number[] = [], gc: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x[i], Ti = T[i];
    // tx carries no information when x = 0 (the δ term of eq. 6 vanishes), so it is not a key.
    const txi = xi > 0 ? tx[i] : 0;
    checkCustomer(xi, txi, Ti);
    let byTx = groupOf.get(Ti);
    if (byTx === undefined) groupOf.set(Ti, (byTx = new Map()));
    let byX = byTx.get(txi);
    if (byX === undefined) byTx.set(txi, (byX = new Map()));
    const g = byX.get(xi);
    if (g !== undefined) {
      gc[g]++;
      continue;
    }
    byX.set(xi, gc.length);
    gx.push(indexOf(xMap, xs, xi));
    gT.push(indexOf(TMap, Ts, Ti));
    gtx.push(indexOf(txMap, txs, txi));
    gc.push(1);
  }
  const xCount = new Float64Array(xs.length);
  for (let g = 0; g < gc.length; g++) xCount[gx[g]] += gc[g];
  return {
    customers: n,
    groupCount: Float64Array.from(gc),
    groupX: Int32Array.from(gx),
    groupT: Int32Array.from(gT),
    groupTx: Int32Array.from(gtx),
    xValues: Float64Array.from(xs),
    xCount,
    TValues: Float64Array.from(Ts),
    txValues: Float64Array.from(txs),
    logAlphaT: new Float64Array(Ts.length),
    invAlphaT: new Float64Array(Ts.length),
    logAlphaTx: new Float64Array(txs.length),
    invAlphaTx: new Float64Array(txs.length),
    logA4Const: new Float64Array(xs.length),
    invBx1: new Float64Array(xs.length),
  };
}

/**
 * Total log-likelihood, eq. (6), written in logs (as in Fader & Hardie's note on implementing the
 * model in Excel):
 *   ln L = A₁ + A₂ + ln(e^A₃ + δ_{x>0} e^A₄), with
 *   A₁ = ln Γ(r+x) − ln Γ(r) + r ln α
 *   A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
 *   A₃ = −(r+x) ln(α+T)
 *   A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tx)
 * The last logarithm is a log-sum-exp, so large x or T cannot overflow or underflow it.
 * When `grad` is given it receives ∂lnL/∂(r, α, a, b); with w = e^A₄ / (e^A₃ + e^A₄) the share of the
 * "dropped out after the last purchase" branch, each A term differentiates by hand (ψ = digamma).
 */
function evaluate(d: Prepared, r: number, alpha: number, a: number, b: number, grad: Float64Array | null): number {
  const lnAlpha = log(alpha);
  for (let j = 0; j < d.TValues.length; j++) {
    d.logAlphaT[j] = log(alpha + d.TValues[j]);
    d.invAlphaT[j] = 1 / (alpha + d.TValues[j]);
  }
  for (let k = 0; k < d.txValues.length; k++) {
    d.logAlphaTx[k] = log(alpha + d.txValues[k]);
    d.invAlphaTx[k] = 1 / (alpha + d.txValues[k]);
  }
  const lgR = lgamma(r), lgB = lgamma(b), lgAB = lgamma(a + b), lnA = log(a);
  const psiR = grad ? digamma(r) : 0, psiB = grad ? digamma(b) : 0, psiAB = grad ? digamma(a + b) : 0;
  let ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
  // A₁ + A₂ depend on x only: once per distinct x, weighted by its number of customers.
  for (let m = 0; m < d.xValues.length; m++) {
    const xm = d.xValues[m], c = d.xCount[m];
    ll += c * (lgamma(r + xm) - lgR + r * lnAlpha + lgAB + lgamma(b + xm) - lgB - lgamma(a + b + xm));
    d.logA4Const[m] = xm > 0 ? lnA - log(b + xm - 1) : 0;
    d.invBx1[m] = xm > 0 ? 1 / (b + xm - 1) : 0;
    if (grad) {
      const psiABX = digamma(a + b + xm);
      gr += c * (digamma(r + xm) - psiR + lnAlpha);
      gAlpha += (c * r) / alpha;
      ga += c * (psiAB - psiABX);
      gb += c * (psiAB + digamma(b + xm) - psiB - psiABX);
    }
  }
  // ln(e^A₃ + δ e^A₄) per group of identical customers.
  for (let g = 0; g < d.groupCount.length; g++) {
    const m = d.groupX[g], j = d.groupT[g], c = d.groupCount[g];
    const xm = d.xValues[m], rx = r + xm;
    const a3 = -rx * d.logAlphaT[j];
    if (xm === 0) {
      ll += c * a3;
      if (grad) {
        gr -= c * d.logAlphaT[j];
        gAlpha -= c * rx * d.invAlphaT[j];
      }
      continue;
    }
    const k = d.groupTx[g];
    const a4 = d.logA4Const[m] - rx * d.logAlphaTx[k];
    let lse: number, w: number;
    if (a3 >= a4) {
      const e = exp(a4 - a3);
      lse = a3 + log1p(e);
      w = e / (1 + e);
    } else {
      const e = exp(a3 - a4);
      lse = a4 + log1p(e);
      w = 1 / (1 + e);
    }
    ll += c * lse;
    if (grad) {
      gr -= c * ((1 - w) * d.logAlphaT[j] + w * d.logAlphaTx[k]);
      gAlpha -= c * rx * ((1 - w) * d.invAlphaT[j] + w * d.invAlphaTx[k]);
      ga += (c * w) / a;
      gb -= c * w * d.invBx1[m];
    }
  }
  if (grad) {
    grad[0] = gr;
    grad[1] = gAlpha;
    grad[2] = ga;
    grad[3] = gb;
  }
  return ll;
}

/** Sum over customers of ln L(r, α, a, b | x, tx, T), eq. (6). */
export function bgnbdLogLikelihood(p: BgNbdParams, x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): number {
  checkParams(p);
  return evaluate(prepare(x, tx, T), p.r, p.alpha, p.a, p.b, null);
}

/**
 * Maximum-likelihood fit of (r, α, a, b) to eq. (6). Optimises over the logarithms of the
 * parameters, so they stay positive without constraints, with BFGS and the analytic gradient.
 * Starts from r = α = a = b = 1; if that run does not converge it restarts from the best point so
 * far with a fresh Hessian, then from a second, data-scaled start, and keeps the best result.
 */
/** Parameters are searched within [1e-8, 1e8]: wide for any real customer base (CDNOW: 0.24–4.4). */
const LOG_PARAMETER_LIMIT = log(1e8);

/** Within a factor e^0.5 of the box: the likelihood rises toward an edge, there is no finite maximum. */
const atEdge = (theta: Float64Array): boolean => theta.some((t) => abs(t) > LOG_PARAMETER_LIMIT - 0.5);

/**
 * The degenerate direction of the BG/NBD likelihood: when customers do not differ in how likely
 * they are to drop out, the likelihood keeps rising as a and b grow together with a/(a+b) fixed
 * (the Beta distribution of dropout probabilities narrows to one value), so there is no maximum
 * and BFGS walks along that ridge for hundreds of iterations (20 000 such customers took 11 s
 * and 600 iterations before this check). It is recognised early: a and b both above 100, and over
 * the last 5 accepted steps ln a grew by at least 1 (a factor e) while ln a − ln b moved by less
 * than 0.05. On the CDNOW data a = 0.79 and b = 2.43, far from this.
 */
function dropoutDegenerateDetector(): (theta: Float64Array) => boolean {
  const WINDOW = 5;
  const lnA: number[] = [], lnB: number[] = [];
  const LOG_100 = log(100);
  return (theta) => {
    lnA.push(theta[2]);
    lnB.push(theta[3]);
    if (lnA.length > WINDOW + 1) {
      lnA.shift();
      lnB.shift();
    }
    if (lnA.length <= WINDOW || theta[2] < LOG_100 || theta[3] < LOG_100) return false;
    const grewA = lnA[WINDOW] - lnA[0];
    const ratioMoved = abs(lnA[WINDOW] - lnB[WINDOW] - (lnA[0] - lnB[0]));
    return grewA >= 1 && ratioMoved < 0.05;
  };
}

export function fitBgNbd(
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  options: BgNbdFitOptions = {},
): BgNbdFit {
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-7;
  const d = prepare(x, tx, T);
  if (d.customers === 0) throw new RangeError("BG/NBD: no customers to fit");
  const gradP = new Float64Array(4);
  const objective: Objective = (theta, grad) => {
    // Outside the box the likelihood is not evaluated: data with no finite maximum (everyone
    // buying at exactly the same rate, tx = T …) would otherwise walk the parameters to 1e300
    // for hundreds of iterations. The fit then ends on the box edge, reported as not converged.
    for (let i = 0; i < 4; i++) if (abs(theta[i]) > LOG_PARAMETER_LIMIT) return NaN;
    const r = exp(theta[0]), alpha = exp(theta[1]), a = exp(theta[2]), b = exp(theta[3]);
    // exp under/overflow (a wild trial step) is rejected by the line search instead of evaluated.
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0 && r + alpha + a + b < Infinity)) return NaN;
    const ll = evaluate(d, r, alpha, a, b, gradP);
    // Chain rule to log-parameters, and scale by 1/N so the tolerance does not depend on N.
    grad[0] = (-gradP[0] * r) / d.customers;
    grad[1] = (-gradP[1] * alpha) / d.customers;
    grad[2] = (-gradP[2] * a) / d.customers;
    grad[3] = (-gradP[3] * b) / d.customers;
    return -ll / d.customers;
  };
  let maxT = 0;
  for (let i = 0; i < d.TValues.length; i++) maxT = max(maxT, d.TValues[i]);
  const starts = [
    Float64Array.of(0, 0, 0, 0),
    null, // restart from the best point so far
    Float64Array.of(log(0.5), log(max(maxT, 1) / 4), log(0.5), log(2)),
    null,
  ];
  let best: { theta: Float64Array; value: number; converged: boolean } | null = null;
  let iterations = 0;
  let degenerate = false;
  for (const start of starts) {
    const theta: Float64Array = start ? Float64Array.from(start) : best ? Float64Array.from(best.theta) : Float64Array.of(0, 0, 0, 0);
    const ridge = dropoutDegenerateDetector();
    let onRidge = false;
    const giveUp = (t: Float64Array): boolean => atEdge(t) || (onRidge = ridge(t));
    const res = minimizeBfgs(objective, theta, maxIterations, tolerance, giveUp);
    iterations += res.iterations;
    // Keep the highest likelihood; within rounding of it, prefer a run that met the gradient test.
    const tie: boolean = best !== null && abs(res.value - best.value) <= 1e-12 * abs(best.value);
    if (Number.isFinite(res.value) && (best === null || (tie ? res.converged : res.value < best.value))) {
      best = { theta, value: res.value, converged: res.converged || (tie && best !== null && best.converged) };
    }
    if (best?.converged) break;
    // Pressed against the box, or walking the a–b ridge: restarts would only walk back there.
    if (best !== null && atEdge(best.theta)) break;
    if (onRidge) {
      degenerate = true;
      break;
    }
  }
  if (best === null || !Number.isFinite(best.value)) {
    return { r: NaN, alpha: NaN, a: NaN, b: NaN, logLikelihood: NaN, iterations, converged: false };
  }
  const [r, alpha, a, b] = Array.from(best.theta, Math.exp);
  const fit: BgNbdFit = { r, alpha, a, b, logLikelihood: evaluate(d, r, alpha, a, b, null), iterations, converged: best.converged };
  if (degenerate && !best.converged) fit.degenerate = true;
  return fit;
}

/**
 * P(alive | x, tx, T): 1 when x = 0, else 1 / (1 + a/(b+x−1) · ((α+T)/(α+tx))^(r+x)). This is the
 * reciprocal of eq. (10)'s denominator (derived in Fader, Hardie & Lee's note "Computing P(alive)
 * Using the BG/NBD Model").
 * The power is formed in log space so large x or a long silence cannot overflow it.
 */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  checkParams(p);
  checkCustomer(x, tx, T);
  if (x === 0) return 1;
  const logOdds = log(p.a / (p.b + x - 1)) + (p.r + x) * (log(p.alpha + T) - log(p.alpha + tx));
  // 1 / (1 + e^d), arranged so that neither branch overflows.
  return logOdds > 0 ? exp(-logOdds) / (1 + exp(-logOdds)) : 1 / (1 + exp(logOdds));
}

/**
 * E[X(T, T+t) | x, tx, T], eq. (10): expected repeat purchases in the next t periods,
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 * with z = t/(α+T+t) and P(alive) = 1 / (eq. (10)'s denominator), see pAlive.
 * With x = tx = T = 0 it reduces to the unconditional E[X(t)] of eq. (9).
 *
 * Evaluated through Euler's transformation ₂F₁(A,B;C;z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z),
 * an exact identity: with 1 − z = (α+T)/(α+T+t) the bracket becomes
 *   1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z).
 * Why: the literal form multiplies a vanishing power by a ₂F₁ that overflows for large x (Fader &
 * Hardie 2013, "Overcoming the BG/NBD
 * Model's #NUM! Error Problem"), while the transformed ₂F₁ has O(1) numerator parameters and a
 * denominator parameter growing with x, so it is near 1 and converges in a few terms. Writing
 * the bracket as −expm1((a−1) ln(1−z)) − (1−z)^(a−1) (₂F₁ − 1) leaves both parts proportional to
 * a−1 with full relative precision, so the division by a−1 loses nothing near a = 1.
 */
export function expectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  checkParams(p);
  checkCustomer(x, tx, T);
  if (!(Number.isFinite(t) && t >= 0)) throw new RangeError(`BG/NBD: t = ${t} must be finite and ≥ 0`);
  if (t === 0) return 0;
  const { r, alpha, b } = p;
  // a = 1 exactly is a removable singularity (0/0); nudging by 1e-9 changes the value by O(1e-9).
  const a = p.a === 1 ? 1 + 1e-9 : p.a;
  const eps = a - 1;
  const z = t / (alpha + T + t);
  const log1mz = -log1p(t / (alpha + T)); // ln(1 − z) without forming 1 − z
  const u = exp(eps * log1mz);
  const fMinus1 = hyp2f1Minus1(a + b - 1 - r, eps, a + b + x - 1, z);
  const bracketOverEps = (-expm1(eps * log1mz) - u * fMinus1) / eps;
  return (a + b + x - 1) * bracketOverEps * pAlive(p, x, tx, T);
}
