/**
 * SEGMENT.GAMMAGAMMA, SPEND, CLV and BACKTEST as formulas in HyperFormula (built bundle: run
 * npm run build first), compared with the engine (fitGammaGamma, conditionalExpectedSpend,
 * customerLifetimeValues, backtest) on a small simulated customer base.
 */
import { HyperFormula } from "hyperformula";
import { at, closeTo, column, errorOf } from "../harness/hyperformulaCells";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { fitBgNbd } from "../../src/segment/bgnbd";
import { customerLifetimeValues } from "../../src/segment/clv";
import { conditionalExpectedSpend, fitGammaGamma } from "../../src/segment/gammaGamma";
import { backtest } from "../../src/segment/backtest";
import { mulberry32, sampleGamma, simulateBgNbd } from "../../src/segment/simulateBgNbd";

/** HyperFormula rounds what it shows to 10 significant digits; compare to that. */
const close = (actual: unknown, expected: number): void => closeTo(actual, expected, 8);

describe("CLV functions", () => {
  // 600 customers with CDNOW-like purchases (weeks) and Gamma-Gamma spend (p = 6, q = 4, v = 15).
  const uniform = mulberry32(16);
  const ages = Array.from({ length: 600 }, () => 27 + Math.floor(uniform() * 13));
  const cohort = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, 3);
  const x = Array.from(cohort.x);
  const tx = Array.from(cohort.tx, (v) => Math.round(v * 1000) / 1000);
  const T = Array.from(cohort.T);
  const m = x.map((xi) => (xi > 0 ? Math.round((sampleGamma(6 * xi, sampleGamma(4, 15, uniform), uniform) / xi) * 100) / 100 : 0));
  const n = x.length;
  const gg = fitGammaGamma(x, m);
  const bg = fitBgNbd(x, tx, T);

  function sheet(): HyperFormula {
    return hyperFormulaWithAddin({ Sheet1: [["x", "t_x", "T", "spend"], ...x.map((_, i) => [x[i], tx[i], T[i], m[i]])] });
  }

  test("GAMMAGAMMA spills p, q, v and who was used and left out, as fitGammaGamma gives them", () => {
    const hf = sheet();
    hf.setCellContents(at(0, 6), [[`=SEGMENT.GAMMAGAMMA(A2:A${n + 1},D2:D${n + 1})`]]);
    const labels = column(hf, 0, 6, 10);
    expect(labels[0]).toBe("p");
    expect(labels[4]).toBe("customers used (x ≥ 1, average spend > 0)");
    const values = column(hf, 0, 7, 10);
    [gg.p, gg.q, gg.v, gg.logLikelihood].forEach((v, i) => close(values[i], v));
    expect(values[4]).toBe(gg.used);
    expect(values[5]).toBe(x.filter((v) => v === 0).length);
    expect(values[6]).toBe(0);
    close(values[7], (gg.v * gg.p) / (gg.q - 1));
    expect(String(values[9])).toMatch(/^Fitted/);
  });

  test("SPEND and CLV per customer equal the engine's; the header row stays blank", () => {
    const hf = sheet();
    hf.setCellContents(at(0, 6), [[`=SEGMENT.SPEND(A1:A${n + 1},D1:D${n + 1})`]]);
    hf.setCellContents(at(0, 7), [[`=SEGMENT.CLV(A1:A${n + 1},B1:B${n + 1},C1:C${n + 1},D1:D${n + 1},12,0.01,"weeks")`]]);
    const spend = column(hf, 0, 6, n + 1);
    const clv = column(hf, 0, 7, n + 1);
    expect(spend[0]).toBe("");
    expect(clv[0]).toBe("");
    const expectedSpend = x.map((xi, i) => conditionalExpectedSpend(gg, xi, m[i]));
    const expectedClv = customerLifetimeValues(bg, x, tx, T, expectedSpend, { unit: "weeks" });
    for (const i of [0, 1, 2, 10, 100, 599]) {
      close(spend[i + 1], expectedSpend[i]);
      close(clv[i + 1], expectedClv[i]);
    }
  });

  test("CLV refuses a wrong unit and a fractional horizon with messages that say what is allowed", () => {
    const hf = sheet();
    hf.setCellContents(at(0, 6), [[`=SEGMENT.CLV(A2:A${n + 1},B2:B${n + 1},C2:C${n + 1},D2:D${n + 1},12,0.01,"years")`]]);
    hf.setCellContents(at(0, 7), [[`=SEGMENT.CLV(A2:A${n + 1},B2:B${n + 1},C2:C${n + 1},D2:D${n + 1},1.5)`]]);
    expect(errorOf(hf.getCellValue(at(0, 6)))?.message).toMatch(/"days" \(default\), "weeks" or "months"/);
    expect(errorOf(hf.getCellValue(at(0, 7)))?.message).toMatch(/whole number of months/);
  });

  test("GAMMAGAMMA says how many customers it had when too few bought again", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: [[0, 0], [0, 0], [3, -5], [1, 10]] });
    hf.setCellContents(at(0, 3), [["=SEGMENT.GAMMAGAMMA(A1:A4,B1:B4)"]]);
    expect(errorOf(hf.getCellValue(at(0, 3)))?.message).toMatch(/there are 1 \(2 one-time buyers and 1 with an average of 0 or less/);
  });
});

describe("BACKTEST", () => {
  // Orders: 1 500 simulated customers, first orders over 12 weeks from 2024-01-01, observed 78 weeks.
  const uniform = mulberry32(77);
  const START = 45292; // 2024-01-01
  const firstDay = Array.from({ length: 1500 }, () => Math.floor(uniform() * 84));
  const sim = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, firstDay.map((f) => 545 - f), 9);
  const rows: (string | number)[][] = [];
  for (let c = 0; c < firstDay.length; c++) {
    const add = (t: number): void => {
      rows.push([`K${c}`, START + firstDay[c] + Math.floor(t), 20 + Math.floor(uniform() * 30)]);
    };
    add(0);
    for (let k = 1; k < sim.x[c]; k++) add(uniform() * sim.tx[c]);
    if (sim.x[c] > 0) add(sim.tx[c]);
  }
  const split = START + 272;

  test("spills the per-bin table, totals, error, grade with its rule and the sentence, as the engine gives them", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    const r = rows.length;
    hf.setCellContents(at(0, 4), [[`=SEGMENT.BACKTEST(A1:A${r},B1:B${r},C1:C${r},${split},"weeks")`]]);
    const engine = backtest(rows.map((v) => v[0]), rows.map((v) => v[1]), rows.map((v) => v[2]), split, "weeks");
    const header = [0, 1, 2, 3].map((c) => hf.getCellValue(at(0, 4 + c)));
    expect(header).toEqual(["purchases before the split", "customers", "predicted repeat purchases after (mean)", "actual repeat purchases after (mean)"]);
    for (let k = 0; k < 8; k++) {
      const b = engine.bins[k];
      expect(hf.getCellValue(at(1 + k, 4))).toBe(k === 7 ? "7+" : String(k));
      expect(hf.getCellValue(at(1 + k, 5))).toBe(b.customers);
      if (b.customers > 0) close(hf.getCellValue(at(1 + k, 6)), b.predicted / b.customers);
    }
    expect(hf.getCellValue(at(9, 5))).toBe(1500);
    close(hf.getCellValue(at(9, 6)), engine.predictedTotal);
    expect(hf.getCellValue(at(9, 7))).toBe(engine.actualTotal);
    close(hf.getCellValue(at(11, 5)), engine.meanAbsoluteError);
    expect(hf.getCellValue(at(12, 5))).toBe(engine.grade);
    expect(String(hf.getCellValue(at(12, 6)))).toMatch(/≤ 10 % good, ≤ 25 % fair/);
    expect(String(hf.getCellValue(at(13, 4)))).toBe(
      `The model predicted ${Math.round(engine.predictedTotal)} repeat purchases in the ${Number(engine.holdoutLength.toFixed(1))} weeks after 2024-09-29; there were ${engine.actualTotal}.`,
    );
  });

  test("a split before the first order is refused with both dates", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    hf.setCellContents(at(0, 4), [[`=SEGMENT.BACKTEST(A1:A${rows.length},B1:B${rows.length},C1:C${rows.length},${START - 10})`]]);
    expect(errorOf(hf.getCellValue(at(0, 4)))?.message).toMatch(/first order \(2024-01-01\)/);
  });
});
