/**
 * SEGMENT.BGNBD, PALIVE, EXPECTED and BGNBDINPUT as formulas in HyperFormula (built bundle: run
 * npm run build first), compared with the engine's own fitBgNbd / pAlive / expectedPurchases on a
 * small simulated customer base.
 */
import { HyperFormula } from "hyperformula";
import { at, closeTo, column, errorOf } from "../harness/hyperformulaCells";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { expectedPurchases, fitBgNbd, pAlive } from "../../src/segment/bgnbd";
import { mulberry32, simulateBgNbd } from "../../src/segment/simulateBgNbd";

/** HyperFormula rounds what it shows to 10 significant digits; compare to that. */
const close = (actual: unknown, expected: number): void => closeTo(actual, expected, 9);

describe("BG/NBD functions", () => {
  // 400 customers simulated with the CDNOW parameters, in weeks, ages 27–39 weeks.
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const uniform = mulberry32(99);
  const ages = Array.from({ length: 400 }, () => 27 + Math.floor(uniform() * 13));
  const cohort = simulateBgNbd(params, ages, 4);
  const x = Array.from(cohort.x);
  const tx = Array.from(cohort.tx, (v) => Math.round(v * 1000) / 1000);
  const T = Array.from(cohort.T);
  const n = x.length;
  const fit = fitBgNbd(x, tx, T);

  function sheet(): HyperFormula {
    return hyperFormulaWithAddin({ Sheet1: [["x", "t_x", "T"], ...x.map((_, i) => [x[i], tx[i], T[i]])] });
  }

  test("BGNBD spills the fitted parameters with labels, as fitBgNbd gives them", () => {
    const hf = sheet();
    hf.setCellContents(at(0, 4), [[`=SEGMENT.BGNBD(A2:A${n + 1},B2:B${n + 1},C2:C${n + 1})`]]);
    const labels = column(hf, 0, 4, 7);
    expect(labels).toEqual(["r", "alpha", "a", "b", "log-likelihood", "customers", "converged"]);
    const values = column(hf, 0, 5, 7);
    [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].forEach((v, i) => close(values[i], v));
    expect(values.slice(5)).toEqual([n, true]);
    // The simulated base recovers the parameters it came from, roughly (400 customers).
    expect(fit.r).toBeGreaterThan(0.1);
    expect(fit.r).toBeLessThan(0.5);
  });

  test("PALIVE and EXPECTED per customer equal pAlive / expectedPurchases with the same fit; the header row stays blank", () => {
    const hf = sheet();
    // Ranges include the header row: text is not a customer, so results line up with the rows.
    hf.setCellContents(at(0, 4), [[`=SEGMENT.PALIVE(A1:A${n + 1},B1:B${n + 1},C1:C${n + 1})`]]);
    hf.setCellContents(at(0, 5), [[`=SEGMENT.EXPECTED(A1:A${n + 1},B1:B${n + 1},C1:C${n + 1},10)`]]);
    const alive = column(hf, 0, 4, n + 1);
    const expected = column(hf, 0, 5, n + 1);
    expect([alive[0], expected[0]]).toEqual(["", ""]);
    for (let i = 0; i < n; i++) {
      close(alive[i + 1], pAlive(fit, x[i], tx[i], T[i]));
      close(expected[i + 1], expectedPurchases(fit, 10, x[i], tx[i], T[i]));
    }
    // One-time buyers are certainly alive in the model.
    const oneTime = x.findIndex((v) => v === 0);
    expect(alive[oneTime + 1]).toBe(1);
  });

  test("blank rows, error rows, bad rows and a bad horizon", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [2, 10, 30],
        [null, null, null],
        [0, 0, 25],
        ["=NA()", 1, 5],
        [5, 20, 21],
        [1, 3, 40],
        [0, 0, 40],
        [3, 35, 38],
      ],
    });
    hf.setCellContents(at(0, 4), [["=SEGMENT.PALIVE(A1:A8,B1:B8,C1:C8)"]]);
    const out = column(hf, 0, 4, 8);
    expect(out[1]).toBe("");
    expect(errorOf(out[3])?.type).toBe("NA");
    expect(out[2]).toBe(1);
    // The fit uses the 6 customers (rows 1, 3, 5, 6, 7, 8), not the blank or the error row.
    const f = fitBgNbd([2, 0, 5, 1, 0, 3], [10, 0, 20, 3, 0, 35], [30, 25, 21, 40, 40, 38]);
    close(out[0], pAlive(f, 2, 10, 30));
    // x = 0 with t_x > 0 is refused with the convention spelled out.
    hf.setCellContents(at(20, 0), [[0, 12, 30]]);
    hf.setCellContents(at(20, 4), [["=SEGMENT.PALIVE(A1:A21,B1:B21,C1:C21)"]]);
    expect(errorOf(hf.getCellValue(at(20, 4)))?.message).toMatch(/^Row 21: x = 0 but t_x = 12\. For a one-time buyer t_x is 0/);
    hf.setCellContents(at(21, 4), [["=SEGMENT.EXPECTED(A1:A8,B1:B8,C1:C8,-1)"]]);
    expect(errorOf(hf.getCellValue(at(21, 4)))?.message).toMatch(/^horizon must be a number of periods, 0 or more/);
    hf.setCellContents(at(22, 4), [["=SEGMENT.BGNBD(A1:A8,B1:B7,C1:C8)"]]);
    expect(errorOf(hf.getCellValue(at(22, 4)))?.message).toBe("t_x must have as many rows as x (8); it has 7.");
  });

  /**
   * Order lines for customers of a simulated BG/NBD base, in days: first purchase on 45000 − age,
   * the last repeat on first + ⌈t_x⌉, the other repeats on random days in between (collisions make
   * fewer distinct days, which is fine: the expected x, t_x, T are computed from the days made).
   * Some customers get a second line on their first day, which must count once.
   */
  function ordersFrom(simulated: { x: Float64Array; tx: Float64Array; T: Float64Array }, seed: number) {
    const rand = mulberry32(seed);
    const orders: [string, number][] = [];
    const want = { x: [] as number[], tx: [] as number[], T: [] as number[] };
    for (let c = 0; c < simulated.x.length; c++) {
      const age = simulated.T[c];
      const first = 45000 - age;
      const days = new Set<number>([first]);
      if (simulated.x[c] > 0) {
        const last = first + Math.min(age, Math.max(1, Math.ceil(simulated.tx[c])));
        days.add(last);
        for (let k = 1; k < simulated.x[c]; k++) days.add(first + 1 + Math.floor(rand() * (last - first)));
      }
      if (rand() < 0.3) orders.push([`C${c}`, first]);
      for (const d of days) orders.push([`C${c}`, d]);
      want.x.push(days.size - 1);
      want.tx.push(Math.max(...days) - first);
      want.T.push(age);
    }
    return { orders, want };
  }

  test("from raw orders: BGNBDINPUT feeds PALIVE and EXPECTED, matching the engine on the same x, t_x, T", () => {
    const rand = mulberry32(5);
    const ages = Array.from({ length: 300 }, () => 100 + Math.floor(rand() * 200));
    const simulated = simulateBgNbd({ r: 0.25, alpha: 10, a: 0.8, b: 2.5 }, ages, 8);
    const { orders, want } = ordersFrom(simulated, 9);
    orders.push(["LAST", 45000]); // a first purchase on the as-of day: x 0, t_x 0, T 0
    want.x.push(0);
    want.tx.push(0);
    want.T.push(0);
    const m = orders.length;
    const k = want.x.length;
    const hf = hyperFormulaWithAddin({ Sheet1: orders });
    hf.setCellContents(at(0, 3), [[`=SEGMENT.BGNBDINPUT(A1:A${m},B1:B${m})`]]); // D1:G(k+1)
    // Customers in order of first appearance: C0, C1, …, LAST.
    expect(column(hf, 1, 4, k)).toEqual(want.x);
    expect(column(hf, 1, 5, k)).toEqual(want.tx);
    expect(column(hf, 1, 6, k)).toEqual(want.T);
    hf.setCellContents(at(0, 8), [[`=SEGMENT.PALIVE(E1:E${k + 1},F1:F${k + 1},G1:G${k + 1})`]]);
    hf.setCellContents(at(0, 9), [[`=SEGMENT.EXPECTED(E1:E${k + 1},F1:F${k + 1},G1:G${k + 1},90)`]]);
    const f = fitBgNbd(want.x, want.tx, want.T);
    expect(f.converged).toBe(true);
    const alive = column(hf, 1, 8, k);
    const next = column(hf, 1, 9, k);
    alive.forEach((v, i) => close(v, pAlive(f, want.x[i], want.tx[i], want.T[i])));
    next.forEach((v, i) => close(v, expectedPurchases(f, 90, want.x[i], want.tx[i], want.T[i])));
  });

  test("customers who never drop out: no finite maximum, a clear error instead of meaningless numbers", () => {
    // Repeat purchases spread uniformly over each customer's whole life, nobody ever dropping
    // out: the likelihood keeps rising as a, b → ∞ (dropout probability → 0). The fit recognises
    // that ridge (a and b growing together) and stops early, not converged.
    const rand = mulberry32(3);
    const x: number[] = [];
    const tx: number[] = [];
    const T: number[] = [];
    for (let c = 0; c < 150; c++) {
      const age = 100 + Math.floor(rand() * 200);
      const days = new Set<number>([0]);
      const repeats = rand() < 0.4 ? 0 : Math.floor(rand() * 8);
      for (let k = 0; k < repeats; k++) days.add(1 + Math.floor(rand() * age * (0.3 + 0.7 * rand())));
      rand();
      x.push(days.size - 1);
      tx.push(Math.max(...days));
      T.push(age);
    }
    const fit = fitBgNbd(x, tx, T);
    expect(fit.converged).toBe(false);
    expect(fit.degenerate).toBe(true);
    expect(fit.b).toBeGreaterThan(100);
    const hf = hyperFormulaWithAddin({ Sheet1: x.map((_, i) => [x[i], tx[i], T[i]]) });
    hf.setCellContents(at(0, 4), [[`=SEGMENT.PALIVE(A1:A150,B1:B150,C1:C150)`]]);
    expect(errorOf(hf.getCellValue(at(0, 4)))?.message).toMatch(/^The BG\/NBD model could not be fitted/);
  });
});
