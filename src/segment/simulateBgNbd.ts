/**
 * Seeded simulator of the BG/NBD generative process (Fader, Hardie & Lee 2005, section 3):
 *   (i)   while active, a customer's repeat purchases follow a Poisson process with rate λ;
 *   (ii)  λ ~ Gamma(shape r, rate α);
 *   (iii) right after each repeat purchase the customer becomes inactive with probability p;
 *   (iv)  p ~ Beta(a, b), independent of λ.
 * The first purchase happens at time 0 and is not counted; the customer is watched over (0, T].
 * Used by the tests as ground truth: the fit must recover the parameters it was given, and the
 * conditional expectation must match purchases counted by continuing the same customers.
 */
import type { BgNbdParams } from "./bgnbd";

/** A source of uniform numbers in the open interval (0, 1). */
export type Uniform = () => number;

/** mulberry32: tiny, fast 32-bit PRNG; plenty for test simulations, not for cryptography. */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u32 = (t ^ (t >>> 14)) >>> 0;
    return (u32 + 0.5) / 4294967296; // never exactly 0 or 1, so ln(u) is always finite
  };
}

/** Standard normal by Box–Muller (one of the pair is dropped: simplicity over speed). */
function sampleNormal(uniform: Uniform): number {
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000). Shapes below 1 use the boost
 * Gamma(k) = Gamma(k + 1) · U^(1/k), done in log space so tiny shapes do not underflow early.
 */
export function sampleGamma(shape: number, rate: number, uniform: Uniform): number {
  if (shape < 1) {
    const boosted = sampleGamma(shape + 1, 1, uniform);
    return Math.exp(Math.log(boosted) + Math.log(uniform()) / shape) / rate;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = sampleNormal(uniform);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = uniform();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(a: number, b: number, uniform: Uniform): number {
  const x = sampleGamma(a, 1, uniform);
  const y = sampleGamma(b, 1, uniform);
  return x / (x + y);
}

export interface SimulatedCohort {
  /** Repeat purchases in (0, T]. */
  x: Float64Array;
  /** Time of the last repeat purchase (0 when x = 0). */
  tx: Float64Array;
  T: Float64Array;
  /** Latent purchase rate and dropout probability of each customer. */
  lambda: Float64Array;
  p: Float64Array;
  /** 1 when the customer is still active at T. */
  aliveAtT: Uint8Array;
  /**
   * Purchases each customer makes in (T, T + t], continuing the same latent process. Exact because
   * the Poisson process is memoryless: the time to the next purchase after T is again Exp(λ).
   * Each call draws fresh randomness from `seed`, so repeated calls give independent futures.
   */
  futurePurchases(t: number, seed: number): Float64Array;
}

/** Counts purchases of an active customer over a window of length `horizon`; stops at dropout. */
function runWindow(lambda: number, p: number, horizon: number, uniform: Uniform): { count: number; last: number; alive: boolean } {
  let time = 0;
  let count = 0;
  let last = 0;
  if (lambda <= 0) return { count, last, alive: true };
  for (;;) {
    time -= Math.log(uniform()) / lambda;
    if (time > horizon) return { count, last, alive: true };
    count++;
    last = time;
    if (uniform() < p) return { count, last, alive: false };
  }
}

/** Simulates one customer per entry of T (each customer's own observation length). */
export function simulateBgNbd(params: BgNbdParams, T: ArrayLike<number>, seed: number): SimulatedCohort {
  const n = T.length;
  const uniform = mulberry32(seed);
  const out = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: Float64Array.from(T),
    lambda: new Float64Array(n),
    p: new Float64Array(n),
    aliveAtT: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const lambda = sampleGamma(params.r, params.alpha, uniform);
    const p = sampleBeta(params.a, params.b, uniform);
    const run = runWindow(lambda, p, out.T[i], uniform);
    out.lambda[i] = lambda;
    out.p[i] = p;
    out.x[i] = run.count;
    out.tx[i] = run.last;
    out.aliveAtT[i] = run.alive ? 1 : 0;
  }
  return {
    ...out,
    futurePurchases(t: number, futureSeed: number): Float64Array {
      const futureUniform = mulberry32(futureSeed);
      const counts = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        if (out.aliveAtT[i]) counts[i] = runWindow(out.lambda[i], out.p[i], t, futureUniform).count;
      }
      return counts;
    },
  };
}
