import { readFileSync } from "fs";
import { join } from "path";
import { BgNbdParams, fitBgNbd } from "../../src/segment/bgnbd";
import { customerLifetimeValues, discountedPurchases, PERIODS_PER_MONTH } from "../../src/segment/clv";
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  GammaGammaParams,
  populationMeanSpend,
} from "../../src/segment/gammaGamma";
import { hyp2f1 } from "../../src/segment/hyp2f1";
import { lgamma } from "../../src/segment/lgamma";
import { mulberry32, sampleGamma, simulateBgNbd } from "../../src/segment/simulateBgNbd";
import { externalFile } from "./externalData";

/** The published CDNOW estimates (Fader, Hardie & Lee 2005, "RFM and CLV …"; Hardie's note 025). */
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };
const BG_PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Density of a customer's average m̄ of x Gamma(p, ν) values with ν ~ Gamma(q, v), integrated by hand. */
function literalDensity(g: GammaGammaParams, x: number, m: number): number {
  // f(m̄ | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m̄^(px−1) x^(px) / (γ + m̄x)^(px+q)  (note 025, eq. 3)
  const px = g.p * x;
  return Math.exp(
    lgamma(px + g.q) - lgamma(px) - lgamma(g.q) + g.q * Math.log(g.v) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + g.q) * Math.log(g.v + m * x),
  );
}

describe("Gamma-Gamma log-likelihood", () => {
  it("equals the sum of the literal densities over the customers it uses", () => {
    const x = [2, 1, 7, 3, 1];
    const m = [22.35, 11.77, 73.74, 40, 5];
    const expected = x.reduce((s, xi, i) => s + Math.log(literalDensity(PUBLISHED, xi, m[i])), 0);
    expect(gammaGammaLogLikelihood(PUBLISHED, x, m)).toBeCloseTo(expected, 9);
  });

  it("leaves out one-time buyers and non-positive averages", () => {
    const base = gammaGammaLogLikelihood(PUBLISHED, [2, 1], [22.35, 11.77]);
    expect(gammaGammaLogLikelihood(PUBLISHED, [2, 0, 1, 3, 4], [22.35, 0, 11.77, -5, 0])).toBe(base);
  });
});

describe("conditionalExpectedSpend (note 025, eq. 5)", () => {
  it("gives customer 1 of CDNOW (x = 2, m = 22.35) 24.66 with the published p, q, v", () => {
    expect(conditionalExpectedSpend(PUBLISHED, 2, 22.35).toFixed(2)).toBe("24.66");
  });

  it("gives one-time buyers and non-positive averages the population mean v·p/(q − 1)", () => {
    const mean = (15.44 * 6.25) / 2.74;
    expect(populationMeanSpend(PUBLISHED)).toBeCloseTo(mean, 12);
    expect(conditionalExpectedSpend(PUBLISHED, 0, 0)).toBeCloseTo(mean, 12);
    expect(conditionalExpectedSpend(PUBLISHED, 3, -12)).toBeCloseTo(mean, 12);
  });

  it("moves from the population mean toward the customer's own average as x grows", () => {
    const values = [1, 2, 5, 20, 200].map((x) => conditionalExpectedSpend(PUBLISHED, x, 100));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
    expect(values[4]).toBeLessThan(100);
    expect(values[4]).toBeGreaterThan(99);
  });

  it("has no finite population mean when q ≤ 1", () => {
    expect(populationMeanSpend({ p: 2, q: 0.9, v: 10 })).toBeNaN();
  });
});

describe("fitGammaGamma on simulated customers (p = 6, q = 4, v = 15)", () => {
  const TRUTH: GammaGammaParams = { p: 6, q: 4, v: 15 };
  const N = 20_000;
  const uniform = mulberry32(2005);
  const x = new Float64Array(N), m = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    x[i] = Math.floor(uniform() * 5); // 0 … 4 repeat purchases; a fifth are one-time buyers
    const nu = sampleGamma(TRUTH.q, TRUTH.v, uniform);
    // The sum of x Gamma(p, ν) values is Gamma(px, ν).
    m[i] = x[i] > 0 ? sampleGamma(TRUTH.p * x[i], nu, uniform) / x[i] : 0;
  }
  const fit = fitGammaGamma(x, m);

  it("recovers the parameters it was simulated from and counts who was left out", () => {
    expect(fit.converged).toBe(true);
    expect(fit.oneTimeBuyers + fit.used).toBe(N);
    expect(fit.nonPositiveSpend).toBe(0);
    // 2·(LL(fit) − LL(truth)) is asymptotically χ²₃; 16.27 is its 99.9 % quantile.
    const lr = 2 * (fit.logLikelihood - gammaGammaLogLikelihood(TRUTH, x, m));
    expect(lr).toBeGreaterThanOrEqual(0);
    expect(lr).toBeLessThan(16.27);
    expect(Math.abs(populationMeanSpend(fit) / populationMeanSpend(TRUTH) - 1)).toBeLessThan(0.05);
    // Independent by construction.
    expect(Math.abs(fit.correlation)).toBeLessThan(0.05);
  });

  it("does not depend on the currency: amounts × 1000 scale v by 1000 and leave p, q", () => {
    const scaled = fitGammaGamma(x, Float64Array.from(m, (v) => v * 1000));
    expect(scaled.converged).toBe(true);
    expect(scaled.p).toBeCloseTo(fit.p, 3);
    expect(scaled.q).toBeCloseTo(fit.q, 3);
    expect(scaled.v / 1000).toBeCloseTo(fit.v, 2);
  });

  it("reports the frequency–spend correlation when spend grows with frequency", () => {
    const correlated = Float64Array.from(m, (v, i) => (x[i] > 0 ? v * x[i] * x[i] : 0));
    expect(fitGammaGamma(x, correlated).correlation).toBeGreaterThan(0.3);
  });

  it("counts non-positive averages and fits without them", () => {
    const withReturns = Float64Array.from(m, (v, i) => (i % 10 === 0 && x[i] > 0 ? -v : v));
    const f = fitGammaGamma(x, withReturns);
    expect(f.nonPositiveSpend).toBeGreaterThan(0);
    expect(f.used + f.nonPositiveSpend + f.oneTimeBuyers).toBe(N);
    expect(f.converged).toBe(true);
  });
});

/**
 * lifetimes' CLV, written out as its source reads (lifetimes/utils.py, `_customer_lifetime_value`,
 * lines 492–501 of the master branch):
 *   steps = np.arange(1, time + 1); factor = {"W": 4.345, "M": 1.0, "D": 30, "H": 30 * 24}[freq]
 *   for i in steps * factor:
 *       expected_number_of_transactions = model.predict(i, …) - model.predict(i - factor, …)
 *       df["clv"] += (monetary_value * expected_number_of_transactions) / (1 + discount_rate) ** (i / factor)
 * with BetaGeoFitter.predict = conditional_expected_number_of_purchases_up_to_time, eq. (10) of
 * the BG/NBD paper in its literal ₂F₁ form (lifetimes/fitters/beta_geo_fitter.py). Independent of
 * src/segment/clv.ts and of expectedPurchases (which uses Euler's transformation).
 */
function lifetimesClv(p: BgNbdParams, x: number, tx: number, T: number, money: number, time: number, d: number, factor: number): number {
  const predict = (t: number): number => {
    if (t === 0) return 0;
    const z = t / (p.alpha + T + t);
    const bracket = 1 - ((p.alpha + T) / (p.alpha + T + t)) ** (p.r + x) * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const denominator = 1 + (x > 0 ? (p.a / (p.b + x - 1)) * ((p.alpha + T) / (p.alpha + tx)) ** (p.r + x) : 0);
    return (((p.a + p.b + x - 1) / (p.a - 1)) * bracket) / denominator;
  };
  let clv = 0;
  for (let step = 1; step <= time; step++) {
    const i = step * factor;
    clv += (money * (predict(i) - predict(i - factor))) / (1 + d) ** (i / factor);
  }
  return clv;
}

describe("CLV (lifetimes' customer_lifetime_value convention)", () => {
  const customers: Array<[number, number, number, number]> = [
    [2, 30.43, 38.86, 22.35],
    [1, 1.71, 38.86, 11.77],
    [0, 0, 38.86, 0],
    [7, 29.43, 38.86, 73.74],
    [2, 35.71, 38.86, 25.55],
  ];

  it("uses 30 days, 4.345 weeks or 1 month per month", () => {
    expect(PERIODS_PER_MONTH).toEqual({ days: 30, weeks: 4.345, months: 1 });
  });

  it.each([
    ["weeks", 12, 0.01],
    ["days", 12, 0.01],
    ["months", 24, 0.02],
    ["weeks", 1, 0],
  ] as const)("equals lifetimes' loop for unit %s, %p months, discount %p", (unit, months, discount) => {
    const spend = customers.map(([x, , , m]) => conditionalExpectedSpend(PUBLISHED, x, m));
    const ours = customerLifetimeValues(BG_PAPER, customers.map((c) => c[0]), customers.map((c) => c[1]), customers.map((c) => c[2]), spend, { unit, months, discount });
    customers.forEach(([x, tx, T], i) => {
      const theirs = lifetimesClv(BG_PAPER, x, tx, T, spend[i], months, discount, PERIODS_PER_MONTH[unit]);
      expect(ours[i]).toBeGreaterThan(0);
      expect(Math.abs(ours[i] / theirs - 1)).toBeLessThan(1e-10);
    });
  });

  it("with discount 0 and one month is the expected purchases in a month; discount 1 halves it", () => {
    const e = discountedPurchases(BG_PAPER, 2, 30.43, 38.86, { unit: "weeks", months: 1, discount: 0 });
    expect(e).toBeCloseTo(lifetimesClv(BG_PAPER, 2, 30.43, 38.86, 1, 1, 0, 4.345), 12);
    expect(discountedPurchases(BG_PAPER, 2, 30.43, 38.86, { unit: "weeks", months: 1, discount: 1 })).toBeCloseTo(e / 2, 12);
  });

  it("refuses a horizon that is not a whole number of months", () => {
    expect(() => discountedPurchases(BG_PAPER, 2, 30.43, 38.86, { months: 1.5 })).toThrow(RangeError);
    expect(() => discountedPurchases(BG_PAPER, 2, 30.43, 38.86, { discount: -0.1 })).toThrow(RangeError);
  });
});

describe("BG/NBD's degenerate direction (a and b growing together)", () => {
  it("is recognised within a few dozen iterations instead of hundreds", () => {
    // Everyone has the same dropout probability 0.2: Beta(a, b) with a, b → ∞, a/(a+b) = 0.2.
    const uniform = mulberry32(5);
    const T = Array.from({ length: 5000 }, () => 39 - Math.floor(uniform() * 85) / 7);
    const sim = simulateBgNbd({ r: 0.5, alpha: 5, a: 1e5, b: 4e5 }, T, 7);
    const fit = fitBgNbd(sim.x, sim.tx, sim.T);
    expect(fit.degenerate).toBe(true);
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBeLessThan(80);
    // It stopped on the ridge, with the common dropout probability about right.
    expect(fit.a).toBeGreaterThan(100);
    expect(Math.abs(fit.a / (fit.a + fit.b) - 0.2)).toBeLessThan(0.03);
  });

  it("is not flagged on CDNOW, whose maximum is finite", () => {
    const rows = readFileSync(join(__dirname, "../fixtures/cdnow_summary.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
    const fit = fitBgNbd(rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]));
    expect(fit.converged).toBe(true);
    expect(fit.degenerate).toBeUndefined();
  });
});

// ---- Acceptance on the lifetimes CDNOW summary with average spend (not committed: see externalData.ts)
const withMoney = externalFile("cdnow_customers_summary_with_transactions.csv");
const PUBLISHED_FIT = fitGammaGamma([2, 1, 3], [22.35, 11.77, 30]);
(withMoney ? describe : describe.skip)("CDNOW with average spend (lifetimes' cdnow_customers_summary_with_transactions)", () => {
  // describe.skip still runs this body: fit only when the file is there.
  const rows = (withMoney ?? "").trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
  const x = rows.map((r) => r[1]), tx = rows.map((r) => r[2]), T = rows.map((r) => r[3]), m = rows.map((r) => r[4]);
  const gg = withMoney ? fitGammaGamma(x, m) : PUBLISHED_FIT;
  const bg = withMoney ? fitBgNbd(x, tx, T) : BG_PAPER;

  it("fits p, q, v = 6.25, 3.74, 15.44 on the 946 returning customers", () => {
    expect(rows).toHaveLength(2357);
    expect(gg.converged).toBe(true);
    expect(gg.used).toBe(946);
    expect(gg.oneTimeBuyers).toBe(1411);
    expect(gg.p.toFixed(2)).toBe("6.25");
    expect(gg.q.toFixed(2)).toBe("3.74");
    // The maximum is at v = 15.448 (lifetimes' Quickstart prints 15.45 for this file); the paper's
    // 15.44 comes from the unrounded spends (see backtest.test.ts, 15.4435) — within 0.01 either way.
    expect(Math.abs(gg.v - 15.44)).toBeLessThan(0.01);
    // lifetimes' Quickstart: Pearson correlation of monetary_value and frequency 0.113884.
    expect(gg.correlation.toFixed(6)).toBe("0.113884");
  });

  it("gives customer 1 an expected spend of 24.66, and the first ten as lifetimes' Quickstart prints them", () => {
    expect(conditionalExpectedSpend(gg, 2, 22.35).toFixed(2)).toBe("24.66");
    // docs/Quickstart.md of lifetimes, conditional_expected_average_profit(...).head(10)
    const printed = [24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981];
    printed.forEach((v, i) => expect(Math.abs(conditionalExpectedSpend(gg, x[i], m[i]) / v - 1)).toBeLessThan(1e-6));
  });

  it("gives the first ten customers the CLV lifetimes' Quickstart prints (time = 12, discount 0.01, its default freq \"D\")", () => {
    const spend = x.map((xi, i) => conditionalExpectedSpend(gg, xi, m[i]));
    const clv = customerLifetimeValues(bg, x, tx, T, spend, { months: 12, discount: 0.01, unit: "days" });
    // docs/Quickstart.md: ggf.customer_lifetime_value(bgf, …, time=12, discount_rate=0.01).head(10)
    const printed = [140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574, 167.418216, 38.180574];
    printed.forEach((v, i) => expect(Math.abs(clv[i] / v - 1)).toBeLessThan(1e-6));
    // And in weeks (the data's unit) against the literal loop, for a few customers.
    const weekly = customerLifetimeValues(bg, x, tx, T, spend, { unit: "weeks" });
    for (const i of [0, 1, 5, 8, 100, 2000]) {
      expect(Math.abs(weekly[i] / lifetimesClv(bg, x[i], tx[i], T[i], spend[i], 12, 0.01, 4.345) - 1)).toBeLessThan(1e-10);
    }
  });
});
