/** ABC and PARETO on a full Excel column, against a naive implementation in the same run. */
import { readNumberColumn } from "../../src/segment/cells";
import { classifyRows } from "../../src/segment/classifyRows";
import { fitTierRequest } from "../../src/segment/abc";
import { fitPareto, paretoGroupOf } from "../../src/segment/pareto";
import { BenchCase, revenueValues } from "../harness";

const N = 1_048_576;

/**
 * What a straightforward implementation does: sort row indices with a comparator, then walk
 * them accumulating the share, one class per row (reach rule, ties sharing a class).
 */
function naiveAbc(values: readonly number[], cuts: readonly number[]): string[] {
  const idx = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  let total = 0;
  for (const v of values) if (v > 0) total += v;
  const out = new Array<string>(values.length);
  let above = 0;
  let k = 0;
  while (k < idx.length) {
    const v = values[idx[k]];
    let j = k;
    let group = 0;
    while (j < idx.length && values[idx[j]] === v) group += Math.max(values[idx[j++]], 0);
    let cls = 0;
    if (v <= 0) cls = cuts.length;
    else while (cls < cuts.length && above / total >= cuts[cls]) cls++;
    for (let q = k; q < j; q++) out[idx[q]] = "ABCD"[cls];
    above += group;
    k = j;
  }
  return out;
}

function naivePareto(values: readonly number[], cut: number): string[] {
  const abc = naiveAbc(values, [cut]);
  return abc.map((c, i) => (values[i] < 0 ? "LOSS" : c === "A" ? "VITAL" : "REST"));
}

const values = revenueValues(N, 7);

export const tierCases: BenchCase[] = [
  {
    name: "ABC, 1,048,576 values (read + fit + classify)",
    targetMs: 150,
    subject: {
      label: "engine",
      run: () => {
        const column = readNumberColumn(values);
        const fitted = fitTierRequest(column, { cuts: [0.8, 0.95], rule: "reach", basis: "value" }, 3);
        return classifyRows(column, fitted.classOf);
      },
    },
    baseline: { label: "naive: comparator sort of row indices + per-row loop", run: () => naiveAbc(values, [0.8, 0.95]) },
  },
  {
    name: "PARETO, 1,048,576 values (read + fit + classify)",
    subject: {
      label: "engine",
      run: () => {
        const column = readNumberColumn(values);
        const model = fitPareto(column, 0.8);
        return classifyRows(column, (v) => paretoGroupOf(model, v));
      },
    },
    baseline: { label: "naive: comparator sort of row indices + per-row loop", run: () => naivePareto(values, 0.8) },
  },
];
