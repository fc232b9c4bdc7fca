/**
 * Future value: SEGMENT.CLV on 100,000 customers, both fits included (BG/NBD on x, t_x, T and
 * Gamma-Gamma on the repeat buyers' average spend), as Excel hands the four columns over. The fit
 * cache is emptied before every run, so each run fits from scratch.
 */
import { clv } from "../../src/functions/clvFunctions";
import { clearFitCache } from "../../src/functions/fitCache";
import { sampleGamma, simulateBgNbd } from "../../src/segment/simulateBgNbd";
import { BenchCase, seededRandom } from "../harness";

/* The custom functions build Excel errors with the CustomFunctions global; give the bench one. */
import { installCustomFunctionsGlobal } from "../../test/setup/customFunctionsStandIn";
installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

const CUSTOMERS = 100_000;

/** CDNOW-like purchases (weeks; t_x and T on whole days, as BGNBDINPUT gives them) and spend (p = 6, q = 4, v = 15). */
function clvColumns(): unknown[][][] {
  const random = seededRandom(16);
  const ages = Array.from({ length: CUSTOMERS }, () => (189 + Math.floor(random() * 84)) / 7);
  const cohort = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, 5);
  const x: unknown[][] = [], tx: unknown[][] = [], T: unknown[][] = [], m: unknown[][] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const xi = cohort.x[i];
    x.push([xi]);
    tx.push([Math.round(cohort.tx[i] * 7) / 7]);
    T.push([cohort.T[i]]);
    m.push([xi > 0 ? Math.round((sampleGamma(6 * xi, sampleGamma(4, 15, random), random) / xi) * 100) / 100 : 0]);
  }
  return [x, tx, T, m];
}

let columns: unknown[][][] | undefined;
export const data = (): unknown[][][] => (columns ??= clvColumns());

export const clvCases: BenchCase[] = [
  {
    name: "CLV, 100,000 customers, 12 months (custom function: both fits + value per customer)",
    targetMs: 1000,
    subject: {
      label: "SEGMENT.CLV",
      run: () => {
        clearFitCache();
        const [x, tx, T, m] = data();
        return clv(x, tx, T, m, 12, 0.01, "weeks");
      },
    },
    repeats: 7,
  },
];
