/**
 * The BG/NBD model as custom functions (methods.md §9): SEGMENT.BGNBD (the fitted parameters),
 * SEGMENT.PALIVE (probability each customer is still active) and SEGMENT.EXPECTED (expected
 * purchases over the next periods, the horizon). Each fits the model on the customers it is given; the fit
 * is cached while x, t_x and T are unchanged, so PALIVE and EXPECTED beside BGNBD fit once.
 * The maths: src/segment/bgnbd.ts (Fader, Hardie & Lee 2005).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { BgNbdFit, expectedPurchases, fitBgNbd, pAlive } from "../segment/bgnbd";
import { asCacheColumn, BgNbdCustomers, readBgNbdCustomers } from "../segment/bgnbdData";
import { SegmentError } from "../segment/segmentError";
import { customerText } from "../i18n/customerText";
import { readOptionalNumber, readParallelNumberLists } from "./columnsArgument";
import { Orientation, guarded, readScalar } from "./excel";
import { cachedFit } from "./fitCache";
import { spillNumbers } from "./rowResults";

interface Fitted {
  readonly customers: BgNbdCustomers;
  readonly fit: BgNbdFit;
  readonly orientation: Orientation;
}

function fitted(x: unknown, t_x: unknown, T: unknown): Fitted {
  const { columns, orientation } = readParallelNumberLists([
    [x, "x"],
    [t_x, "t_x"],
    [T, "T"],
  ]);
  const customers = readBgNbdCustomers(columns[0], columns[1], columns[2]);
  if (customers.x.length === 0) throw new SegmentError("bgnbd.none");
  const fit = cachedFit("bgnbd", asCacheColumn(customers), () => fitBgNbd(customers.x, customers.tx, customers.T));
  // A fit that is finite but not flagged converged is still the best point found (the optimiser
  // can stop on rounding noise near the optimum); BGNBD shows the flag. No finite maximum — the
  // fit stops at the edge of its search box [1e-8, 1e8] — means there is no model to evaluate.
  // A fit stopped on the ridge where a and b grow together (fit.degenerate) has no maximum either.
  const params = [fit.r, fit.alpha, fit.a, fit.b];
  const atEdge = !fit.converged && (fit.degenerate === true || params.some((v) => v < 1e-7 || v > 1e7));
  if (atEdge || !params.every((v) => Number.isFinite(v) && v > 0)) throw new SegmentError("bgnbd.fit");
  return { customers, fit, orientation };
}

/** One value per input row: the customer's result, blank for non-customers, the row's error. */
function perRow(f: Fitted, value: (j: number) => number): Float64Array {
  const n = f.customers.column.kinds.length;
  const out = new Float64Array(n).fill(NaN);
  const { rows } = f.customers;
  for (let j = 0; j < rows.length; j++) out[rows[j]] = value(j);
  return out;
}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) to your customers by maximum likelihood and shows the parameters: r and alpha (purchase rate, Gamma), a and b (dropout, Beta), the log-likelihood, the number of customers and whether the optimiser converged.
 * @customfunction BGNBD
 * @param x Each customer's repeat purchases (a one-time buyer has 0), e.g. from SEGMENT.BGNBDINPUT.
 * @param t_x Time of each customer's last purchase after the first (last − first; 0 for a one-time buyer).
 * @param T Each customer's age: as-of date − first purchase, in the same unit as t_x.
 * @returns A two-column table: parameter, value.
 */
export function bgnbd(x: any[][], t_x: any[][], T: any[][]): any[][] {
  return guarded(() => {
    const { fit, customers } = fitted(x, t_x, T);
    const t = (key: string): string => customerText(`bgnbd.${key}`);
    return [
      [t("r"), fit.r],
      [t("alpha"), fit.alpha],
      [t("a"), fit.a],
      [t("b"), fit.b],
      [t("logLikelihood"), fit.logLikelihood],
      [t("customers"), customers.x.length],
      [t("converged"), fit.converged],
    ];
  });
}

/**
 * Probability that each customer is still active ("alive") under the BG/NBD model fitted to all the customers given: 1 for a customer with no repeat purchase, lower the longer the silence compared with the customer's own rhythm.
 * @customfunction PALIVE
 * @param x Each customer's repeat purchases (0 for a one-time buyer).
 * @param t_x Last purchase − first purchase (0 for a one-time buyer).
 * @param T As-of date − first purchase, in the same unit as t_x.
 * @returns One probability between 0 and 1 per customer.
 */
export function palive(x: any[][], t_x: any[][], T: any[][]): any[][] {
  return guarded(() => {
    const f = fitted(x, t_x, T);
    const { x: cx, tx, T: cT } = f.customers;
    const values = perRow(f, (j) => pAlive(f.fit, cx[j], tx[j], cT[j]));
    return spillNumbers(f.customers.column, values, f.orientation);
  });
}

/**
 * Expected number of purchases of each customer over the horizon (the next periods) under the BG/NBD model fitted to all the customers given (eq. 10 of Fader, Hardie & Lee 2005).
 * @customfunction EXPECTED
 * @param x Each customer's repeat purchases (0 for a one-time buyer).
 * @param t_x Last purchase − first purchase (0 for a one-time buyer).
 * @param T As-of date − first purchase, in the same unit as t_x.
 * @param horizon The forecast horizon: how many periods ahead, in the same unit as t_x and T (e.g. 90 days, or 13 weeks).
 * @returns One expected number of purchases per customer.
 */
export function expected(x: any[][], t_x: any[][], T: any[][], horizon: any): any[][] {
  return guarded(() => {
    const periods = readOptionalNumber(readScalar(horizon, "horizon"), "horizon", NaN);
    if (!(Number.isFinite(periods) && periods >= 0)) throw new SegmentError("bgnbd.horizon");
    const f = fitted(x, t_x, T);
    const { x: cx, tx, T: cT } = f.customers;
    const values = perRow(f, (j) => expectedPurchases(f.fit, periods, cx[j], tx[j], cT[j]));
    return spillNumbers(f.customers.column, values, f.orientation);
  });
}
