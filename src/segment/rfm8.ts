/**
 * The Chinese 8-class RFM (methods.md §7, "RFM 八大类客户"): each of R, F, M is compared with its
 * mean (default) or median over the customers → high or low → 2³ classes.
 *
 * - "High R" means *recent*: recency days BELOW the threshold. F and M are high ABOVE it.
 * - A value exactly at the threshold counts as low. With skewed data this matters: the median
 *   frequency is often 1 (most customers ordered once), and "≥ median" would call every customer
 *   frequent; "> median" keeps the one-time buyers low.
 *
 * Codes (language-independent; M decides IMPORTANT vs GENERAL):
 *   R F M  code                 中文
 *   H H H  IMPORTANT-VALUE      重要价值客户
 *   H L H  IMPORTANT-DEVELOP    重要发展客户
 *   L H H  IMPORTANT-RETAIN     重要保持客户
 *   L L H  IMPORTANT-WINBACK    重要挽留客户
 *   H H L  GENERAL-VALUE        一般价值客户
 *   H L L  GENERAL-DEVELOP      一般发展客户
 *   L H L  GENERAL-RETAIN       一般保持客户
 *   L L L  GENERAL-WINBACK      一般挽留客户
 */
import { KIND_NUMBER, NumberColumn } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { combineColumns } from "./rowColumns";

export const RFM8_CODES = [
  "IMPORTANT-VALUE",
  "IMPORTANT-DEVELOP",
  "IMPORTANT-RETAIN",
  "IMPORTANT-WINBACK",
  "GENERAL-VALUE",
  "GENERAL-DEVELOP",
  "GENERAL-RETAIN",
  "GENERAL-WINBACK",
] as const;

export type Rfm8Compare = "mean" | "median";

export interface Rfm8Result {
  /** Rows combined: a customer when all three cells are numbers; values are monetary. */
  readonly column: NumberColumn;
  /** Class index into RFM8_CODES per row, or NOT_A_CUSTOMER / ERROR_ROW (classifyRows markers). */
  readonly classIndex: Int32Array;
  /** Thresholds for recency days, frequency, monetary. */
  readonly thresholds: [number, number, number];
}

/** Index into RFM8_CODES from the three high/low answers. */
export function rfm8Index(recent: boolean, frequent: boolean, valuable: boolean): number {
  return (valuable ? 0 : 4) + (recent ? 0 : 2) + (frequent ? 0 : 1);
}

function centre(values: Float64Array, kinds: Uint8Array, compare: Rfm8Compare): number {
  const own: number[] = [];
  for (let i = 0; i < values.length; i++) if (kinds[i] === KIND_NUMBER) own.push(values[i]);
  if (own.length === 0) return NaN;
  if (compare === "mean") {
    let sum = 0;
    for (const v of own) sum += v;
    return sum / own.length;
  }
  const sorted = Float64Array.from(own).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function classifyRfm8(
  recencyDays: NumberColumn,
  frequency: NumberColumn,
  monetary: NumberColumn,
  compare: Rfm8Compare = "mean",
): Rfm8Result {
  const column = combineColumns([recencyDays, frequency, monetary], 2);
  const { kinds } = column;
  const thresholds: [number, number, number] = [
    centre(recencyDays.values, kinds, compare),
    centre(frequency.values, kinds, compare),
    centre(monetary.values, kinds, compare),
  ];
  const n = kinds.length;
  const classIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== KIND_NUMBER) {
      classIndex[i] = column.errors.has(i) ? ERROR_ROW : NOT_A_CUSTOMER;
      continue;
    }
    classIndex[i] = rfm8Index(
      recencyDays.values[i] < thresholds[0],
      frequency.values[i] > thresholds[1],
      monetary.values[i] > thresholds[2],
    );
  }
  return { column, classIndex, thresholds };
}
