/**
 * Customer lifetime value from the BG/NBD purchase model and the Gamma-Gamma spend model
 * (methods.md §13): the expected, discounted value of a customer's purchases over the next H
 * months. Pure TypeScript: no Office, no DOM.
 *
 * The time grid is lifetimes' (`lifetimes/utils.py`, `_customer_lifetime_value`, the version of
 * the CamDavidsonPilon/lifetimes repository's master branch), copied so results can be compared
 * with it number for number:
 *   factor = {"W": 4.345, "M": 1.0, "D": 30, "H": 30 * 24}[freq]
 *   for i in steps * factor:            # steps = 1 … time
 *       expected = predict(i) − predict(i − factor)
 *       clv += monetary_value * expected / (1 + discount_rate) ** (i / factor)
 * i.e. a month is 30 days or 4.345 weeks (not 30.44 days or 52/12 weeks), month k's purchases are
 * E(k·f) − E((k−1)·f) with E(t) the BG/NBD conditional expected purchases in the next t periods,
 * and month k is discounted by (1 + d)^k (end-of-month discounting). Why this one and not a
 * calendar-exact month: lifetimes is what analysts check a CLV against, and a 0.4 % longer month
 * would make every value differ from it for no gain in what the model can tell.
 * The spend is the Gamma-Gamma conditional expected average spend (lifetimes'
 * GammaGammaFitter.customer_lifetime_value passes conditional_expected_average_profit).
 */
import { BgNbdParams, expectedPurchases, pAlive } from "./bgnbd";

/** Periods in a month for each unit of t_x and T (lifetimes' `factor`). */
export const PERIODS_PER_MONTH = { days: 30, weeks: 4.345, months: 1 } as const;
export type ClvUnit = keyof typeof PERIODS_PER_MONTH;

export interface ClvOptions {
  /** Horizon in months, a whole number ≥ 1. Default 12. */
  months?: number;
  /** Monthly discount rate, ≥ 0. Default 0.01. */
  discount?: number;
  /** Unit of t_x and T. Default "days". */
  unit?: ClvUnit;
}

/**
 * Σ_{k=1..H} (E(k f) − E((k−1) f)) / (1 + d)^k: the discounted expected purchases of one customer.
 * CLV = this × the customer's expected average spend.
 */
export function discountedPurchases(bg: BgNbdParams, x: number, tx: number, T: number, options: ClvOptions = {}): number {
  const months = options.months ?? 12;
  const discount = options.discount ?? 0.01;
  const f = PERIODS_PER_MONTH[options.unit ?? "days"];
  if (!(Number.isInteger(months) && months >= 1)) throw new RangeError(`CLV: months = ${months} must be a whole number ≥ 1`);
  if (!(Number.isFinite(discount) && discount >= 0)) throw new RangeError(`CLV: discount = ${discount} must be ≥ 0`);
  let total = 0;
  let previous = 0; // E(0) = 0
  for (let k = 1; k <= months; k++) {
    const current = expectedPurchases(bg, k * f, x, tx, T);
    total += (current - previous) / Math.pow(1 + discount, k);
    previous = current;
  }
  return total;
}

/**
 * CLV of many customers. Eq. (10) is (a+b+x−1)/(a−1) · bracket(t; x, T) · P(alive | x, t_x, T):
 * t_x enters through P(alive) alone. So the H evaluations of ₂F₁ per customer (where the time
 * goes) are made once per distinct (x, T), as the discounted purchases of an alive customer,
 *   D(x, T) = discountedPurchases(x, t_x = T, T) / P(alive | x, T, T),
 * and each customer's value is D(x, T) · P(alive | x, t_x, T) · spend — the same number, exactly
 * up to rounding. 100,000 CDNOW-like customers have 30,000 distinct (x, t_x, T) but 2,000 (x, T).
 */
export function customerLifetimeValues(
  bg: BgNbdParams,
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  spend: ArrayLike<number>,
  options: ClvOptions = {},
): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  const byT = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const xi = x[i], Ti = T[i];
    let byX = byT.get(Ti);
    if (byX === undefined) byT.set(Ti, (byX = new Map()));
    let d = byX.get(xi);
    if (d === undefined) {
      d = discountedPurchases(bg, xi, Ti, Ti, options) / pAlive(bg, xi, Ti, Ti);
      byX.set(xi, d);
    }
    out[i] = d * pAlive(bg, xi, xi > 0 ? tx[i] : 0, Ti) * spend[i];
  }
  return out;
}
