/**
 * QUADRANT on a full Excel column and STABILITY on 100,000 customers × 24 months, each against
 * a straightforward implementation in the same run.
 */
import { classifyQuadrants, fitQuadrants, readPairedColumns } from "../../src/segment/quadrant";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { stabilities } from "../../src/segment/stability";
import { BenchCase, revenueValues, seededRandom } from "../harness";

const N = 1_048_576;
const x = revenueValues(N, 21);
const y = revenueValues(N, 22).map((v) => Math.abs(v) % 1000); // a second, differently shaped measure

/** What a straightforward implementation does: comparator-sort copies for the medians, one string per row. */
function naiveQuadrant(xs: readonly number[], ys: readonly number[]): string[] {
  const med = (v: readonly number[]): number => {
    const s = [...v].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const mx = med(xs);
  const my = med(ys);
  return xs.map((v, i) => (v > mx ? (ys[i] > my ? "EI" : "EII") : ys[i] > my ? "EIII" : "EIV"));
}

const CUSTOMERS = 100_000;
const MONTHS = 24;
/** Monthly sales: a customer-specific level, months without purchases, a few returns. */
const periodSales: number[][] = (() => {
  const random = seededRandom(31);
  return Array.from({ length: CUSTOMERS }, () => {
    const level = Math.exp(4 + 3 * random());
    const buyRate = random();
    return Array.from({ length: MONTHS }, () => {
      const u = random();
      if (u > buyRate) return 0;
      return Math.round(level * (0.5 + random()) * (random() < 0.02 ? -1 : 1));
    });
  });
})();

function naiveStability(rows: readonly number[][]): number[] {
  return rows.map((row) => {
    const s = row.map((v) => Math.max(v, 0));
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    if (mean === 0) return 0;
    const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / s.length);
    return Math.min(1, Math.max(0, 1 - sd / mean / Math.sqrt(s.length - 1)));
  });
}

export const quadrantCases: BenchCase[] = [
  {
    name: "QUADRANT, 1,048,576 rows (read x and y + medians + classify)",
    targetMs: 200,
    subject: {
      label: "engine",
      run: () => {
        const pair = readPairedColumns(x, y);
        return classifyQuadrants(pair, fitQuadrants(pair, { kind: "median" }, { kind: "median" }));
      },
    },
    baseline: { label: "naive: comparator-sort medians + per-row strings", run: () => naiveQuadrant(x, y) },
  },
  {
    name: "STABILITY, 100,000 customers × 24 months (read block + stability)",
    targetMs: 200,
    subject: { label: "engine", run: () => stabilities(readPeriodMatrix(periodSales)) },
    baseline: { label: "naive: per-row arrays and reduce", run: () => naiveStability(periodSales) },
  },
];
