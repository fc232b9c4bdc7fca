/**
 * A backtest of the BG/NBD + Gamma-Gamma models on the user's own orders (methods.md §13): split
 * the orders at a date, fit on the orders up to it (the calibration period), predict each
 * customer's repeat purchases after it, and compare with what happened (the holdout period).
 * The comparison per number of calibration repeat purchases (0, 1, … 6, 7+) is Fader, Hardie &
 * Lee's (2005) "conditional expectations" figure (their figure 4 for CDNOW).
 *
 * Conventions, as SEGMENT.BGNBDINPUT (orders.ts, customerSummary.ts): a line needs a customer ID
 * and a date (an Excel serial or a Date); purchases on one calendar day count once; x = distinct
 * calibration days − 1, t_x = last − first calibration day, T = split − first day; days or weeks
 * (÷ 7). The calibration customers are those whose first order is on or before the split; a
 * customer first seen after it is new in the holdout and not part of the test (the model says
 * nothing about them). Actual = their distinct order days after the split, up to the last date in
 * the data; the holdout length is last date − split. Spend per customer is lifetimes' monetary
 * value: the mean of the repeat days' amounts (each day's lines summed), 0 for x = 0.
 * Pure TypeScript: no Office, no DOM.
 */
import { isBlank, isCellError } from "./cells";
import { IdKey, idKey } from "./customerIds";
import { dateToSerial, serialToDate } from "./dates";
import { BgNbdFit, expectedPurchases, fitBgNbd } from "./bgnbd";
import { conditionalExpectedSpend, fitGammaGamma, GammaGammaFit } from "./gammaGamma";
import { TimeUnit } from "./customerSummary";
import { SegmentError } from "./segmentError";

/** Bins of calibration repeat purchases: 0 … 6 and 7 or more, as in the paper's figure. */
export const BACKTEST_BINS = 8;

export interface BacktestBin {
  customers: number;
  /** Sums over the bin's customers (means = sum ÷ customers). */
  predicted: number;
  actual: number;
}

export type BacktestGrade = "good" | "fair" | "poor";

/** The grade's rule: relative error of the holdout total, |predicted − actual| ÷ actual. */
export const GRADE_LIMITS = { good: 0.1, fair: 0.25 } as const;

export interface BacktestResult {
  /** Calibration customers (first order on or before the split). */
  customers: number;
  /** Customers whose first order is after the split: not part of the test. */
  newInHoldout: number;
  /** Lines not counted: no ID, no date or a date as text, an error in a cell. */
  linesSkipped: number;
  /** Holdout length (last date − split) in the unit. */
  holdoutLength: number;
  unit: TimeUnit;
  bins: BacktestBin[];
  predictedTotal: number;
  actualTotal: number;
  /** Mean over calibration customers of |predicted − actual| repeat purchases. */
  meanAbsoluteError: number;
  relativeError: number;
  grade: BacktestGrade;
  fit: BgNbdFit;
  /** Spend model on the calibration period, and predicted vs actual holdout value (NaN when it cannot be fitted). */
  spendFit: GammaGammaFit;
  predictedValue: number;
  actualValue: number;
  /** Per calibration customer, in the order of first appearance: x, t_x, T and the holdout purchases. */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  predicted: Float64Array;
  actual: Float64Array;
}

const isoDate = (day: number): string => serialToDate(day).toISOString().slice(0, 10);

function readSerial(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (cell instanceof Date) return dateToSerial(cell);
  return NaN;
}

/** The first and last calendar day among order dates (serials or Dates); null when none is a date. */
export function orderDateRange(dateCells: ArrayLike<unknown>): { first: number; last: number } | null {
  let first = Infinity, last = -Infinity;
  for (let i = 0; i < dateCells.length; i++) {
    const serial = readSerial(dateCells[i]);
    if (!Number.isFinite(serial)) continue;
    const day = Math.floor(serial);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return Number.isFinite(first) ? { first, last } : null;
}

/**
 * A split to start from: two-thirds of the way from the first to the last order day, so the model
 * learns from twice as long as it is tested on, moved so the test period is a whole number of
 * units (26 weeks, not 26.1). CDNOW's classic split (1997-09-30) is half-way, for its single
 * cohort; two-thirds leaves more history to learn from when customers keep joining.
 */
export function defaultSplitDay(first: number, last: number, unit: TimeUnit = "days"): number {
  const step = unit === "weeks" ? 7 : 1;
  const holdout = Math.max(1, Math.round((last - first) / 3 / step)) * step;
  return Math.max(first, last - holdout);
}

export function gradeOf(relativeError: number): BacktestGrade {
  if (relativeError <= GRADE_LIMITS.good) return "good";
  if (relativeError <= GRADE_LIMITS.fair) return "fair";
  return "poor";
}

export function backtest(
  idCells: ArrayLike<unknown>,
  dateCells: ArrayLike<unknown>,
  amountCells: ArrayLike<unknown> | null,
  split: number,
  unit: TimeUnit = "days",
): BacktestResult {
  if (!Number.isFinite(split)) throw new SegmentError("backtest.split");
  const splitDay = Math.floor(split);
  const n = idCells.length;
  const index = new Map<IdKey, number>();
  const lineCustomer = new Int32Array(n), lineDay = new Float64Array(n), lineAmount = new Float64Array(n);
  let counted = 0, skipped = 0, lastDay = -Infinity, firstDay = Infinity;
  for (let i = 0; i < n; i++) {
    const idCell = idCells[i], dateCell = dateCells[i], amountCell = amountCells ? amountCells[i] : null;
    if (isCellError(idCell) || isCellError(dateCell) || isCellError(amountCell)) {
      skipped++;
      continue;
    }
    if (isBlank(idCell) && isBlank(dateCell) && isBlank(amountCell)) continue;
    const key = idKey(idCell);
    const serial = readSerial(dateCell);
    if (key === null || !Number.isFinite(serial)) {
      skipped++;
      continue;
    }
    let c = index.get(key);
    if (c === undefined) {
      c = index.size;
      index.set(key, c);
    }
    const day = Math.floor(serial);
    lineCustomer[counted] = c;
    lineDay[counted] = day;
    // Amounts as SUMIFS adds them: a number as it is, anything else 0.
    lineAmount[counted] = typeof amountCell === "number" && Number.isFinite(amountCell) ? amountCell : 0;
    if (day > lastDay) lastDay = day;
    if (day < firstDay) firstDay = day;
    counted++;
  }
  if (counted === 0) throw new SegmentError("orders.none");
  if (!(splitDay >= firstDay && splitDay < lastDay)) {
    throw new SegmentError("backtest.splitRange", { first: isoDate(firstDay), last: isoDate(lastDay) });
  }
  // Lines by customer, then day: one sweep gives each customer's distinct days and day totals.
  const order = new Int32Array(counted);
  for (let i = 0; i < counted; i++) order[i] = i;
  order.sort((i, j) => lineCustomer[i] - lineCustomer[j] || lineDay[i] - lineDay[j]);

  const scale = unit === "weeks" ? 7 : 1;
  const customerCount = index.size;
  const cx = new Float64Array(customerCount), ctx = new Float64Array(customerCount), cT = new Float64Array(customerCount);
  const spend = new Float64Array(customerCount), actual = new Float64Array(customerCount), actualValue = new Float64Array(customerCount);
  const calibration = new Uint8Array(customerCount);
  let k = 0;
  while (k < counted) {
    const c = lineCustomer[order[k]];
    const first = lineDay[order[k]];
    let calDays = 0, lastCal = first, firstDayAmount = 0, calAmount = 0, holdDays = 0, holdAmount = 0;
    let day = NaN;
    for (; k < counted && lineCustomer[order[k]] === c; k++) {
      const line = order[k], d = lineDay[line], amount = lineAmount[line];
      const newDay = d !== day;
      day = d;
      if (d <= splitDay) {
        if (newDay) calDays++;
        lastCal = d;
        calAmount += amount;
        if (d === first) firstDayAmount += amount;
      } else {
        if (newDay) holdDays++;
        holdAmount += amount;
      }
    }
    if (first > splitDay) continue; // new in the holdout
    calibration[c] = 1;
    const x = calDays - 1;
    cx[c] = x;
    ctx[c] = (lastCal - first) / scale;
    cT[c] = (splitDay - first) / scale;
    spend[c] = x > 0 ? (calAmount - firstDayAmount) / x : 0;
    actual[c] = holdDays;
    actualValue[c] = holdAmount;
  }
  // Compact to the calibration customers, in order of first appearance.
  let m = 0;
  for (let c = 0; c < customerCount; c++) m += calibration[c];
  const x = new Float64Array(m), tx = new Float64Array(m), T = new Float64Array(m), mSpend = new Float64Array(m);
  const act = new Float64Array(m), actValue = new Float64Array(m);
  for (let c = 0, j = 0; c < customerCount; c++) {
    if (!calibration[c]) continue;
    x[j] = cx[c];
    tx[j] = ctx[c];
    T[j] = cT[c];
    mSpend[j] = spend[c];
    act[j] = actual[c];
    actValue[j] = actualValue[c];
    j++;
  }
  // 200 iterations per start, as SEGMENT.CLV (clvFunctions.ts): a fit that needs more is refused anyway.
  const fit = fitBgNbd(x, tx, T, { maxIterations: 200 });
  if (!fit.converged) throw new SegmentError(fit.degenerate ? "clv.degenerate" : "clv.bgnbdFit");
  const holdoutLength = (lastDay - splitDay) / scale;
  const predicted = new Float64Array(m);
  const bins: BacktestBin[] = Array.from({ length: BACKTEST_BINS }, () => ({ customers: 0, predicted: 0, actual: 0 }));
  let predictedTotal = 0, actualTotal = 0, absError = 0;
  const cache = new Map<string, number>();
  for (let j = 0; j < m; j++) {
    const key = `${x[j]}|${tx[j]}|${T[j]}`;
    let e = cache.get(key);
    if (e === undefined) {
      e = expectedPurchases(fit, holdoutLength, x[j], tx[j], T[j]);
      cache.set(key, e);
    }
    predicted[j] = e;
    const bin = bins[Math.min(x[j], BACKTEST_BINS - 1)];
    bin.customers++;
    bin.predicted += e;
    bin.actual += act[j];
    predictedTotal += e;
    actualTotal += act[j];
    absError += Math.abs(e - act[j]);
  }
  const spendFit = fitGammaGamma(x, mSpend, { maxIterations: 200 });
  let predictedValue = NaN, actualValueTotal = 0;
  for (let j = 0; j < m; j++) actualValueTotal += actValue[j];
  if (spendFit.converged && spendFit.q > 1) {
    predictedValue = 0;
    for (let j = 0; j < m; j++) predictedValue += predicted[j] * conditionalExpectedSpend(spendFit, x[j], mSpend[j]);
  }
  const relativeError = actualTotal > 0 ? Math.abs(predictedTotal - actualTotal) / actualTotal : predictedTotal > 0 ? Infinity : 0;
  return {
    customers: m,
    newInHoldout: customerCount - m,
    linesSkipped: skipped,
    holdoutLength,
    unit,
    bins,
    predictedTotal,
    actualTotal,
    meanAbsoluteError: absError / m,
    relativeError,
    grade: gradeOf(relativeError),
    fit,
    spendFit,
    predictedValue,
    actualValue: actualValueTotal,
    x,
    tx,
    T,
    predicted,
    actual: act,
  };
}
