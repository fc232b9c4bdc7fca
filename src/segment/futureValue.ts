/**
 * What each customer will be worth, for the task pane's "Future value (CLV)" (methods.md §13):
 * both models fitted on the customers given — BG/NBD on (x, t_x, T), Gamma-Gamma on (x, average
 * spend) — then per customer the CLV over the next months, P(alive) and the expected spend per
 * purchase. The fits and the CLV are those of SEGMENT.CLV (clvFunctions.ts: 200 iterations per
 * start, lifetimes' time grid), so the pane and the function give the same numbers.
 *
 * Never a silent number: a SegmentError says why there is none and what to try when
 * - fewer than MIN_RETURNING customers bought again with a positive spend (three spend parameters
 *   cannot be learnt from a handful: SEGMENT.GAMMAGAMMA fits from 2, and says how many it used);
 * - the spend fit did not converge, or its q ≤ 1 (the spend distribution has no finite mean);
 * - the purchase fit did not converge, or walked the degenerate a–b ridge (bgnbd.ts).
 * A frequency–spend correlation above CORRELATION_WARNING is not refused but flagged, for the
 * caller to show as a warning. Pure TypeScript: no Office, no DOM.
 */
import { BgNbdFit, fitBgNbd, pAlive } from "./bgnbd";
import { ClvOptions, customerLifetimeValues } from "./clv";
import { conditionalExpectedSpend, CORRELATION_WARNING, fitGammaGamma, GammaGammaFit, populationMeanSpend } from "./gammaGamma";
import { SegmentError } from "./segmentError";

/** The fewest returning customers (x ≥ 1, average spend > 0) the pane values a customer base with. */
export const MIN_RETURNING = 10;

/** Iterations per start of each fit, as SEGMENT.CLV: a base with no best fit is refused quickly. */
const FIT_ITERATIONS = 200;

export interface FutureValueCustomers {
  /** Repeat purchases, time of the last one after the first, age; t_x and T in one unit. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Average spend per purchase. */
  readonly m: Float64Array;
}

export interface FutureValues {
  /** Per customer, in the order given. */
  readonly clv: Float64Array;
  readonly pAlive: Float64Array;
  readonly spend: Float64Array;
  readonly purchaseFit: BgNbdFit;
  readonly spendFit: GammaGammaFit;
  /** The expected spend per purchase of a customer the model knows nothing about: v·p/(q − 1). */
  readonly meanSpend: number;
  /** Frequency and spend correlate above CORRELATION_WARNING: the spend model's assumption is broken. */
  readonly correlated: boolean;
}

export function futureValues(c: FutureValueCustomers, options: ClvOptions = {}): FutureValues {
  const n = c.x.length;
  if (n === 0) throw new SegmentError("futureValue.none");
  let returning = 0;
  for (let i = 0; i < n; i++) if (c.x[i] >= 1 && c.m[i] > 0) returning++;
  if (returning < MIN_RETURNING) throw new SegmentError("futureValue.fewReturning", { returning, customers: n, minimum: MIN_RETURNING });
  const spendFit = fitGammaGamma(c.x, c.m, { maxIterations: FIT_ITERATIONS });
  if (!spendFit.converged) throw new SegmentError("futureValue.spendFit", { used: spendFit.used });
  if (!(spendFit.q > 1)) throw new SegmentError("futureValue.noMean", { q: Number(spendFit.q.toFixed(3)) });
  const purchaseFit = fitBgNbd(c.x, c.tx, c.T, { maxIterations: FIT_ITERATIONS });
  if (purchaseFit.degenerate) throw new SegmentError("futureValue.degenerate");
  if (!purchaseFit.converged) throw new SegmentError("futureValue.purchaseFit");
  const spend = new Float64Array(n);
  const alive = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    spend[i] = conditionalExpectedSpend(spendFit, c.x[i], c.m[i]);
    alive[i] = pAlive(purchaseFit, c.x[i], c.x[i] > 0 ? c.tx[i] : 0, c.T[i]);
  }
  return {
    clv: customerLifetimeValues(purchaseFit, c.x, c.tx, c.T, spend, options),
    pAlive: alive,
    spend,
    purchaseFit,
    spendFit,
    meanSpend: populationMeanSpend(spendFit),
    correlated: spendFit.correlation > CORRELATION_WARNING,
  };
}
