import { backtest, BacktestResult, gradeOf } from "../../src/segment/backtest";
import { dateToSerial } from "../../src/segment/dates";
import { expectedPurchases } from "../../src/segment/bgnbd";
import { mulberry32, simulateBgNbd } from "../../src/segment/simulateBgNbd";
import { SegmentError } from "../../src/segment/segmentError";
import { externalFile } from "./externalData";

const day = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));
const SPLIT = day("1997-09-30");

/** Order lines from a simulated BG/NBD cohort: first purchases over 12 weeks, 78 weeks observed. */
function simulatedOrders(customers: number, seed: number) {
  const uniform = mulberry32(seed);
  const start = day("1997-01-01");
  const firstDay = Array.from({ length: customers }, () => Math.floor(uniform() * 84));
  // Observe each customer to 1998-06-30 (day 545), in days.
  const T = firstDay.map((f) => 545 - f);
  const sim = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, T, seed);
  // simulateBgNbd gives counts and the last time only: spread the x purchases uniformly before tx,
  // the last at tx (the order of purchases within (0, tx) does not matter to the model).
  const ids: unknown[] = [], dates: unknown[] = [], amounts: unknown[] = [];
  for (let c = 0; c < customers; c++) {
    const push = (t: number): void => {
      ids.push(`C${c}`);
      dates.push(start + firstDay[c] + Math.floor(t));
      amounts.push(10 + Math.floor(uniform() * 40));
    };
    push(0);
    for (let k = 1; k < sim.x[c]; k++) push(uniform() * sim.tx[c]);
    if (sim.x[c] > 0) push(sim.tx[c]);
  }
  return { ids, dates, amounts };
}

describe("backtest: conventions", () => {
  const ids = ["A", "A", "A", "A", "A", "B", "B", "C", "N", "N"];
  const dates = ["1997-01-01", "1997-01-01", "1997-02-10", "1997-03-01", "1997-10-05", "1997-05-01", "1997-11-11", "1997-06-01", "1997-12-01", "1998-01-10"].map(day);
  const amounts = [10, 5, 20, 30, 99, 7, 8, 9, 100, 100];

  it("counts one purchase a day, leaves customers first seen after the split out, and averages repeat days' spend", () => {
    // A, B, C and N after 2 000 simulated customers (so there is a model to fit).
    const base = simulatedOrders(2000, 7);
    const r = backtest([...base.ids, ...ids], [...base.dates, ...dates], [...base.amounts, ...amounts], SPLIT, "days");
    expect(r.customers).toBe(2003);
    expect(r.newInHoldout).toBe(1);
    const last3 = (a: Float64Array): number[] => Array.from(a.slice(-3));
    expect(last3(r.x)).toEqual([2, 0, 0]); // A: 01-01 twice, 02-10, 03-01 → 3 days, x = 2
    expect(last3(r.tx)).toEqual([59, 0, 0]);
    expect(last3(r.T)).toEqual([272, SPLIT - day("1997-05-01"), SPLIT - day("1997-06-01")]);
    expect(last3(r.actual)).toEqual([1, 1, 0]);
    const maxDay = Math.max(...(base.dates as number[]), ...dates);
    expect(r.holdoutLength).toBe(maxDay - SPLIT);
  });

  it("refuses a split outside the orders, with the dates in the message", () => {
    expect(() => backtest(ids, dates, amounts, day("1999-01-01"))).toThrow(SegmentError);
    let caught: unknown = null;
    try {
      backtest(ids, dates, amounts, day("1996-01-01"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SegmentError);
    expect((caught as SegmentError).key).toBe("backtest.splitRange");
    expect((caught as SegmentError).params).toEqual({ first: "1997-01-01", last: "1998-01-10" });
  });

  it("grades by the relative error of the total: ≤ 10 % good, ≤ 25 % fair, else poor", () => {
    expect(gradeOf(0.1)).toBe("good");
    expect(gradeOf(0.1001)).toBe("fair");
    expect(gradeOf(0.25)).toBe("fair");
    expect(gradeOf(0.3)).toBe("poor");
  });
});

describe("backtest on simulated orders (the model is true)", () => {
  const orders = simulatedOrders(8000, 31);
  const r = backtest(orders.ids, orders.dates, orders.amounts, SPLIT, "weeks");

  it("builds x, t_x, T as BGNBDINPUT would at the split and predicts with eq. (10)", () => {
    expect(r.customers).toBe(8000);
    expect(r.holdoutLength).toBe((Math.max(...(orders.dates as number[])) - SPLIT) / 7);
    for (let j = 0; j < 50; j++) {
      expect(r.tx[j]).toBeLessThanOrEqual(r.T[j]);
      expect(r.predicted[j]).toBeCloseTo(expectedPurchases(r.fit, r.holdoutLength, r.x[j], r.tx[j], r.T[j]), 12);
    }
  });

  it("predicts the holdout total within a few per cent and grades it good", () => {
    expect(r.fit.converged).toBe(true);
    expect(r.relativeError).toBeLessThan(0.1);
    expect(r.grade).toBe("good");
    const bins = r.bins.reduce((s, b) => s + b.customers, 0);
    expect(bins).toBe(r.customers);
    // Per bin with enough customers, the mean prediction is within 25 % of the mean actual.
    for (const b of r.bins) if (b.customers >= 200) expect(Math.abs(b.predicted / b.actual - 1)).toBeLessThan(0.25);
  });
});

/** CDNOW order lines (ID, [sample ID,] yyyymmdd, CDs, dollars) as Excel serials. */
function cdnowOrders(text: string, dateColumn: number, amountColumn: number) {
  const ids: unknown[] = [], dates: unknown[] = [], amounts: unknown[] = [];
  for (const line of text.trim().split("\n")) {
    if (line.trim() === "") continue;
    const f = line.trim().split(/\s+/);
    const d = f[dateColumn];
    ids.push(f[0]);
    dates.push(dateToSerial(new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)))));
    amounts.push(Number(f[amountColumn]));
  }
  return { ids, dates, amounts };
}

/**
 * The published holdout numbers: the 2 357-customer CDNOW sample of Fader, Hardie & Lee (2005),
 * weeks 40–78, by repeat purchases in weeks 1–39 (0 … 6, 7+). The paper shows them only as a chart
 * (figure 4, "conditional expectations"); the numbers are the `transaction.actual` and `bin.size`
 * rows printed by the R package BTYD (Dziurzynski, McCarthy, Wadsworth) for the same data, as
 * quoted in public analysis scripts of the BTYD walkthrough. The model line of figure 4 is eq. (10)
 * with the paper's parameters, which bgnbd.test.ts already reproduces.
 */
const PUBLISHED_ACTUAL = [0.2367116, 0.6970387, 1.392523, 1.56, 2.532258, 2.947368, 3.862069, 6.359375];
const PUBLISHED_BIN_SIZE = [1411, 439, 214, 100, 62, 38, 29, 64];

const sample = externalFile("CDNOW_sample.txt");
(sample ? describe : describe.skip)("backtest on the CDNOW sample (the paper's 2 357 customers), split 1997-09-30, weeks", () => {
  // describe.skip still runs this body: run the backtest only when the file is there.
  const o = cdnowOrders(sample ?? "", 2, 4);
  const r = sample ? backtest(o.ids, o.dates, o.amounts, SPLIT, "weeks") : (null as unknown as BacktestResult);

  it("has the paper's calibration data and reproduces its estimates", () => {
    expect(r.customers).toBe(2357);
    expect(r.holdoutLength).toBe(39);
    expect(Array.from(r.x).reduce((s, v) => s + v, 0)).toBe(2457);
    expect(r.fit.r.toFixed(3)).toBe("0.243");
    expect(r.fit.alpha.toFixed(3)).toBe("4.414");
    expect(r.fit.a.toFixed(3)).toBe("0.793");
    expect(r.fit.b.toFixed(3)).toBe("2.426");
  });

  it("counts the published actual holdout purchases per calibration bin, and the total 1 882", () => {
    r.bins.forEach((b, k) => {
      expect(b.customers).toBe(PUBLISHED_BIN_SIZE[k]);
      expect(b.actual / b.customers).toBeCloseTo(PUBLISHED_ACTUAL[k], 5);
    });
    expect(r.actualTotal).toBe(1882);
  });

  it("predicts a curve of the published shape: rising with calibration purchases, under the actuals, total 1 653 (−12 %)", () => {
    const means = r.bins.map((b) => b.predicted / b.customers);
    for (let k = 1; k < means.length; k++) expect(means[k]).toBeGreaterThan(means[k - 1]);
    // BG/NBD's known under-prediction on CDNOW's holdout (figure 4 shows the model line below the
    // actual one for 1 … 6): every bin within 27 % below the actual mean, none above it.
    means.forEach((m, k) => {
      expect(m).toBeLessThan(PUBLISHED_ACTUAL[k]);
      expect(m / PUBLISHED_ACTUAL[k]).toBeGreaterThan(0.73);
    });
    expect(Math.round(r.predictedTotal)).toBe(1653);
    expect(r.grade).toBe("fair");
    expect(r.meanAbsoluteError).toBeCloseTo(0.785, 3);
  });

  it("fits the spend model on the calibration orders to the published p, q, v = 6.25, 3.74, 15.44", () => {
    // From the unrounded dollar amounts: v = 15.4435 (the summary file's rounded spends give 15.448).
    expect(r.spendFit.p.toFixed(2)).toBe("6.25");
    expect(r.spendFit.q.toFixed(2)).toBe("3.74");
    expect(r.spendFit.v.toFixed(2)).toBe("15.44");
    expect(r.spendFit.used).toBe(946);
  });
});

const master = externalFile("CDNOW_master.txt");
(master ? describe : describe.skip)("backtest on CDNOW_master (23 570 customers), split 1997-09-30, weeks", () => {
  const o = cdnowOrders(master ?? "", 1, 3);
  const r = master ? backtest(o.ids, o.dates, o.amounts, SPLIT, "weeks") : (null as unknown as BacktestResult);

  it("matches the sample's picture at ten times the size", () => {
    expect(r.customers).toBe(23570);
    expect(r.newInHoldout).toBe(0);
    expect(r.holdoutLength).toBe(39);
    expect(r.actualTotal).toBe(19684);
    expect(Math.round(r.predictedTotal)).toBe(16874);
    const predicted = r.bins.map((b) => b.predicted / b.customers);
    const actual = r.bins.map((b) => b.actual / b.customers);
    for (let k = 1; k < 8; k++) {
      expect(predicted[k]).toBeGreaterThan(predicted[k - 1]);
      expect(actual[k]).toBeGreaterThan(actual[k - 1]);
    }
    // Same shape as the sample's published numbers: per bin within 25 % of them.
    actual.forEach((a, k) => expect(Math.abs(a / PUBLISHED_ACTUAL[k] - 1)).toBeLessThan(0.25));
    // Total under-predicted by 14 % (the sample: 12 %), graded fair.
    expect(r.relativeError).toBeCloseTo(0.1428, 3);
    expect(r.grade).toBe("fair");
  });
});
