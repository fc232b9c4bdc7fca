/**
 * The ABC curve behind the preview's small SVG and the summary's Pareto chart: customers sorted
 * by value, highest first; x = share of customers, y = share of positive value (returns add
 * nothing, as in every share of methods.md). Reduced to ≤ 101 points and 20 slices, so a
 * 1M-customer sheet draws and charts as fast as a small one.
 */
import { KIND_NUMBER, NumberColumn } from "../../segment/cells";
import { ParetoCurve } from "./types";

const SLICES = 20;

export function paretoCurve(column: NumberColumn): ParetoCurve {
  const n = column.customerCount;
  const values = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < column.values.length; i++) if (column.kinds[i] === KIND_NUMBER) values[j++] = Math.max(0, column.values[i]);
  values.sort().reverse();
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i] + values[i];
  const total = cumulative[n];
  const points: { x: number; y: number }[] = [];
  const steps = Math.min(100, n);
  for (let s = 0; s <= steps; s++) {
    const k = steps === 0 ? 0 : Math.round((s / steps) * n);
    points.push({ x: n > 0 ? k / n : 0, y: total > 0 ? cumulative[k] / total : 0 });
  }
  const slices: { label: string; value: number }[] = [];
  if (n > 0) {
    for (let s = 0; s < SLICES; s++) {
      const from = Math.round((s / SLICES) * n);
      const to = Math.round(((s + 1) / SLICES) * n);
      const label = s === 0 ? "Top 5%" : `${s * 5}–${(s + 1) * 5}%`;
      slices.push({ label, value: cumulative[to] - cumulative[from] });
    }
  }
  return { points, slices };
}
