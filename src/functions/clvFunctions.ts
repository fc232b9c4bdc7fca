/**
 * Future value as custom functions (methods.md §13): SEGMENT.GAMMAGAMMA (the spend model's
 * parameters), SEGMENT.SPEND (expected average spend per customer), SEGMENT.CLV (discounted value
 * over the next months from BG/NBD purchases and Gamma-Gamma spend) and SEGMENT.BACKTEST (fit
 * before a date, compare with what happened after it). Fits are cached while the inputs are
 * unchanged (fitCache.ts), so SPEND and CLV beside GAMMAGAMMA and BGNBD fit once.
 * The maths: src/segment/gammaGamma.ts, clv.ts, backtest.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { BgNbdFit, fitBgNbd } from "../segment/bgnbd";
import { asCacheColumn, readBgNbdCustomers } from "../segment/bgnbdData";
import { backtest as runBacktest, BACKTEST_BINS, GRADE_LIMITS } from "../segment/backtest";
import { KIND_NUMBER, NumberColumn, readNumberColumn } from "../segment/cells";
import { ClvUnit, customerLifetimeValues } from "../segment/clv";
import { TimeUnit } from "../segment/customerSummary";
import { serialToDate } from "../segment/dates";
import { conditionalExpectedSpend, CORRELATION_WARNING, fitGammaGamma, GammaGammaFit, populationMeanSpend } from "../segment/gammaGamma";
import { combineColumns } from "../segment/rowColumns";
import { SegmentError } from "../segment/segmentError";
import { customerText } from "../i18n/customerText";
import { readAsOf, readOptionalNumber, readParallelLists } from "./columnsArgument";
import { guarded, optionalText, Orientation, spill } from "./excel";
import { cachedFit } from "./fitCache";
import { numberCells } from "./rowResults";

interface SpendCustomers {
  readonly column: NumberColumn;
  readonly rows: Int32Array;
  readonly x: Float64Array;
  readonly m: Float64Array;
}

/** Rows with a number in both columns are customers; x must be a whole number ≥ 0. */
function readSpendCustomers(x: NumberColumn, m: NumberColumn): SpendCustomers {
  const column = combineColumns([x, m], 0);
  const count = column.customerCount;
  const rows = new Int32Array(count), cx = new Float64Array(count), cm = new Float64Array(count);
  for (let i = 0, j = 0; i < column.kinds.length; i++) {
    if (column.kinds[i] !== KIND_NUMBER) continue;
    if (!(Number.isInteger(x.values[i]) && x.values[i] >= 0)) throw new SegmentError("gg.x", { row: i + 1 });
    rows[j] = i;
    cx[j] = x.values[i];
    cm[j] = m.values[i];
    j++;
  }
  return { column, rows, x: cx, m: cm };
}

function cacheColumn(values: Float64Array[]): NumberColumn {
  const total = values.reduce((s, v) => s + v.length, 0);
  const all = new Float64Array(total);
  let offset = 0;
  for (const v of values) {
    all.set(v, offset);
    offset += v.length;
  }
  return { values: all, kinds: new Uint8Array(total), errors: new Map(), numericTextCount: 0, customerCount: total };
}

/** The spend fit, or an error in words saying why there is none and what to try. */
function spendFit(c: SpendCustomers): GammaGammaFit {
  if (c.x.length === 0) throw new SegmentError("gg.none");
  const fit = cachedFit("gammagamma", cacheColumn([c.x, c.m]), () => fitGammaGamma(c.x, c.m, { maxIterations: FIT_ITERATIONS }));
  if (fit.used < 2) throw new SegmentError("gg.tooFew", { used: fit.used, oneTime: fit.oneTimeBuyers, nonPositive: fit.nonPositiveSpend });
  if (!fit.converged) throw new SegmentError("gg.fit", { used: fit.used });
  if (!(fit.q > 1)) throw new SegmentError("gg.noMean", { q: round(fit.q) });
  return fit;
}

/**
 * CLV needs a converged fit and refuses otherwise, so it gives each BFGS start 200 iterations
 * (a CDNOW-like base converges in 20–60): a base with no maximum is refused in a fraction of the
 * time the full search takes. Cached apart from SEGMENT.BGNBD's fit, which searches longer.
 */
const FIT_ITERATIONS = 200;

function bgFit(x: Float64Array, tx: Float64Array, T: Float64Array, cache: NumberColumn): BgNbdFit {
  const fit = cachedFit("bgnbd-clv", cache, () => fitBgNbd(x, tx, T, { maxIterations: FIT_ITERATIONS }));
  if (fit.degenerate) throw new SegmentError("clv.degenerate");
  if (!fit.converged) throw new SegmentError("clv.bgnbdFit");
  return fit;
}

const round = (v: number, digits = 3): number => Number(v.toFixed(digits));

function readSpendLists(frequency: unknown, average_spend: unknown): { customers: SpendCustomers; orientation: Orientation } {
  const lists = readParallelLists([
    [frequency, "frequency"],
    [average_spend, "average_spend"],
  ]);
  const customers = readSpendCustomers(readNumberColumn(lists[0].cells), readNumberColumn(lists[1].cells));
  return { customers, orientation: lists[0].orientation };
}

/** A note for the table: the independence warning, or that the fit is fine. */
function spendNote(fit: GammaGammaFit): string {
  if (fit.correlation > CORRELATION_WARNING) {
    return customerText("gg.warnCorrelation", { correlation: round(fit.correlation, 2), limit: CORRELATION_WARNING });
  }
  return customerText("gg.ok");
}

/**
 * Fits the Gamma-Gamma spend model (Fader, Hardie & Lee 2005) by maximum likelihood on the customers with at least one repeat purchase and a positive average spend, and shows p, q, v, the log-likelihood, the customers used and left out (and why), the population mean spend and the correlation of frequency and spend (the model assumes none; above 0.3 a warning).
 * @customfunction GAMMAGAMMA
 * @param frequency Each customer's repeat purchases (x; a one-time buyer has 0), e.g. from SEGMENT.BGNBDINPUT.
 * @param average_spend Each customer's average value of those repeat purchases (not the total). Zero or negative averages are left out of the fit and counted.
 * @returns A two-column table: item, value.
 */
export function gammagamma(frequency: any[][], average_spend: any[][]): any[][] {
  return guarded(() => {
    const { customers } = readSpendLists(frequency, average_spend);
    const fit = spendFit(customers);
    const t = (key: string): string => customerText(`gg.${key}`);
    return [
      [t("p"), fit.p],
      [t("q"), fit.q],
      [t("v"), fit.v],
      [t("logLikelihood"), fit.logLikelihood],
      [t("used"), fit.used],
      [t("oneTime"), fit.oneTimeBuyers],
      [t("nonPositive"), fit.nonPositiveSpend],
      [t("mean"), populationMeanSpend(fit)],
      [t("correlation"), Number.isFinite(fit.correlation) ? fit.correlation : ""],
      [t("note"), spendNote(fit)],
    ];
  });
}

/**
 * Each customer's expected average spend per future purchase under the Gamma-Gamma model fitted to all the customers given: a weighted average of the customer's own average and the population mean (more purchases, more weight on the customer's own). One-time buyers and customers with an average of 0 or less get the population mean.
 * @customfunction SPEND
 * @param frequency Each customer's repeat purchases (x; 0 for a one-time buyer).
 * @param average_spend Each customer's average value of the repeat purchases.
 * @returns One expected average spend per customer.
 */
export function spend(frequency: any[][], average_spend: any[][]): any[][] {
  return guarded(() => {
    const { customers, orientation } = readSpendLists(frequency, average_spend);
    const fit = spendFit(customers);
    const values = new Float64Array(customers.column.kinds.length).fill(NaN);
    for (let j = 0; j < customers.rows.length; j++) values[customers.rows[j]] = conditionalExpectedSpend(fit, customers.x[j], customers.m[j]);
    return spill(numberCells(customers.column, values), orientation);
  });
}

function readClvUnit(arg: unknown): ClvUnit {
  const given = optionalText(arg, "unit");
  if (given === undefined) return "days";
  const unit = given.toLowerCase();
  if (unit === "days" || unit === "weeks" || unit === "months") return unit;
  throw new SegmentError("clv.unit", { given });
}

/**
 * Customer lifetime value: the expected, discounted value of each customer's purchases over the next months, from the BG/NBD model (how many purchases) and the Gamma-Gamma model (how much each), both fitted to all the customers given. A month is 30 days or 4.345 weeks, as in Python lifetimes, so the values can be compared with it.
 * @customfunction CLV
 * @param x Each customer's repeat purchases (0 for a one-time buyer), e.g. from SEGMENT.BGNBDINPUT.
 * @param t_x Last purchase − first purchase (0 for a one-time buyer).
 * @param T As-of date − first purchase, in the same unit as t_x.
 * @param average_spend Each customer's average value of the repeat purchases (0 for a one-time buyer).
 * @param [months] How many months ahead, a whole number. Default 12.
 * @param [discount] Monthly discount rate, e.g. 0.01 for 1 % a month (about 12.7 % a year). Default 0.01.
 * @param [unit] The unit of t_x and T: "days" (default), "weeks" or "months", as given to SEGMENT.BGNBDINPUT.
 * @returns One value per customer, in the currency of average_spend.
 */
export function clv(x: any[][], t_x: any[][], T: any[][], average_spend: any[][], months?: any, discount?: any, unit?: any): any[][] {
  return guarded(() => {
    const horizon = readOptionalNumber(months, "months", 12);
    if (!(Number.isInteger(horizon) && horizon >= 1 && horizon <= 1200)) throw new SegmentError("clv.months");
    const rate = readOptionalNumber(discount, "discount", 0.01);
    if (!(rate >= 0 && rate < 1)) throw new SegmentError("clv.discount");
    const chosenUnit = readClvUnit(unit);
    const lists = readParallelLists([
      [x, "x"],
      [t_x, "t_x"],
      [T, "T"],
      [average_spend, "average_spend"],
    ]);
    const columns = lists.map((l) => readNumberColumn(l.cells));
    // Rows count as customers only with all four numbers: the spend column joins the three of BG/NBD.
    const joint = combineColumns(columns, 0);
    const keep = (c: NumberColumn): NumberColumn => ({ ...c, kinds: joint.kinds, errors: joint.errors, customerCount: joint.customerCount });
    const bg = readBgNbdCustomers(keep(columns[0]), keep(columns[1]), keep(columns[2]));
    if (bg.x.length === 0) throw new SegmentError("bgnbd.none");
    const money = readSpendCustomers(keep(columns[0]), keep(columns[3]));
    const gg = spendFit(money);
    const fit = bgFit(bg.x, bg.tx, bg.T, asCacheColumn(bg));
    const expectedSpend = new Float64Array(bg.x.length);
    for (let j = 0; j < bg.x.length; j++) expectedSpend[j] = conditionalExpectedSpend(gg, money.x[j], money.m[j]);
    const values = customerLifetimeValues(fit, bg.x, bg.tx, bg.T, expectedSpend, { months: horizon, discount: rate, unit: chosenUnit });
    const out = new Float64Array(joint.kinds.length).fill(NaN);
    for (let j = 0; j < bg.rows.length; j++) out[bg.rows[j]] = values[j];
    return spill(numberCells(joint, out), lists[0].orientation);
  });
}

function readBacktestUnit(arg: unknown): TimeUnit {
  const given = optionalText(arg, "unit");
  if (given === undefined) return "days";
  const unit = given.toLowerCase();
  if (unit === "days" || unit === "weeks") return unit;
  throw new SegmentError("unit.unknown", { given });
}

const isoDate = (serial: number): string => serialToDate(Math.floor(serial)).toISOString().slice(0, 10);

/**
 * A backtest of the purchase model on your orders: fits BG/NBD on the orders up to split_date and compares, for the customers known then, the predicted repeat purchases after it with what happened, by number of purchases before the split (0 … 6, 7+), in total, and as mean absolute error per customer; with a grade whose rule is stated, and the predicted vs actual value (Gamma-Gamma spend) after the split.
 * @customfunction BACKTEST
 * @param customer_ids Customer ID of each order line.
 * @param dates Date of each order line (Excel dates; text dates are not counted).
 * @param amounts Amount of each order line (for the predicted vs actual value after the split).
 * @param split_date The last day of the fitting period; the test period runs from the day after it to the latest date in the data.
 * @param [unit] "days" (default) or "weeks" (days ÷ 7): the unit of the table's holdout length.
 * @returns A table with a header row: calibration purchases, customers, predicted and actual mean repeat purchases after the split; then the totals, the error, the grade and its rule.
 */
export function backtest(customer_ids: any[][], dates: any[][], amounts: any[][], split_date: any, unit?: any): any[][] {
  return guarded(() => {
    const chosenUnit = readBacktestUnit(unit);
    const split = readAsOf(split_date);
    if (split === undefined) throw new SegmentError("backtest.split");
    const lists = readParallelLists([
      [customer_ids, "customer_ids"],
      [dates, "dates"],
      [amounts, "amounts"],
    ]);
    const r = runBacktest(lists[0].cells, lists[1].cells, lists[2].cells, split, chosenUnit);
    const t = (key: string, params: Record<string, string | number> = {}): string => customerText(`backtest.${key}`, params);
    const rows: (string | number)[][] = [[t("purchases"), t("customers"), t("predicted"), t("actual")]];
    for (let k = 0; k < BACKTEST_BINS; k++) {
      const b = r.bins[k];
      const label = k === BACKTEST_BINS - 1 ? `${k}+` : String(k);
      rows.push([label, b.customers, b.customers > 0 ? b.predicted / b.customers : "", b.customers > 0 ? b.actual / b.customers : ""]);
    }
    rows.push([t("total"), r.customers, r.predictedTotal, r.actualTotal]);
    const value = Number.isFinite(r.predictedValue) ? r.predictedValue : "";
    rows.push([t("value"), "", value, r.actualValue]);
    rows.push([t("mae"), r.meanAbsoluteError, "", ""]);
    rows.push([t("grade"), t(`grade.${r.grade}`), t("rule", { good: GRADE_LIMITS.good * 100, fair: GRADE_LIMITS.fair * 100 }), ""]);
    rows.push([
      t("sentence", {
        predicted: Math.round(r.predictedTotal),
        length: round(r.holdoutLength, 1),
        unit: t(`unit.${r.unit}`),
        split: isoDate(split),
        actual: r.actualTotal,
      }),
      "",
      "",
      "",
    ]);
    return rows;
  });
}
