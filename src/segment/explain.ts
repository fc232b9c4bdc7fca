/**
 * "Why did I get this class?": per class the number of customers, share of customers, value,
 * share of value and the value range. Shared by every method that assigns one class per row.
 *
 * `value` is the plain sum of the members' values (so the column reconciles with SUM of the
 * input); `valueShare` is the members' *positive* value over the positive total, the same
 * basis the cuts were measured on (returns and credit notes add nothing to a share).
 */
import { KIND_BLANK, KIND_ERROR, NumberColumn } from "./cells";

export interface ClassSummary {
  readonly code: string;
  readonly customers: number;
  readonly customerShare: number;
  readonly value: number;
  readonly valueShare: number;
  /** NaN when the class is empty. */
  readonly lowest: number;
  readonly highest: number;
}

export interface Explanation {
  readonly classes: ClassSummary[];
  readonly total: ClassSummary;
  /** Rows that were blank, text or boolean. */
  readonly notCustomers: number;
  /** Rows holding an error value. */
  readonly errors: number;
  /** Of the not-customers, the text cells that look like numbers (see cells.ts). */
  readonly numericText: number;
}

export function explainClasses(column: NumberColumn, classIndex: Int32Array, codes: readonly string[]): Explanation {
  const k = codes.length;
  const customers = new Float64Array(k);
  const value = new Float64Array(k);
  const positive = new Float64Array(k);
  const lowest = new Float64Array(k).fill(Infinity);
  const highest = new Float64Array(k).fill(-Infinity);
  const { values, kinds } = column;
  let notCustomers = 0;
  let errors = 0;
  for (let i = 0; i < classIndex.length; i++) {
    const c = classIndex[i];
    if (c < 0) {
      if (kinds[i] === KIND_ERROR) errors++;
      else if (kinds[i] === KIND_BLANK) notCustomers++;
      continue;
    }
    const v = values[i];
    customers[c]++;
    value[c] += v;
    if (v > 0) positive[c] += v;
    if (v < lowest[c]) lowest[c] = v;
    if (v > highest[c]) highest[c] = v;
  }
  let totalCustomers = 0;
  let totalValue = 0;
  let totalPositive = 0;
  for (let c = 0; c < k; c++) {
    totalCustomers += customers[c];
    totalValue += value[c];
    totalPositive += positive[c];
  }
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  const classes: ClassSummary[] = [];
  for (let c = 0; c < k; c++) {
    classes.push({
      code: codes[c],
      customers: customers[c],
      customerShare: share(customers[c], totalCustomers),
      value: value[c],
      valueShare: share(positive[c], totalPositive),
      lowest: customers[c] > 0 ? lowest[c] : NaN,
      highest: customers[c] > 0 ? highest[c] : NaN,
    });
  }
  const present = classes.filter((s) => s.customers > 0);
  const total: ClassSummary = {
    code: "",
    customers: totalCustomers,
    customerShare: totalCustomers > 0 ? 1 : 0,
    value: totalValue,
    valueShare: totalPositive > 0 ? 1 : 0,
    lowest: present.length ? Math.min(...present.map((s) => s.lowest)) : NaN,
    highest: present.length ? Math.max(...present.map((s) => s.highest)) : NaN,
  };
  return { classes, total, notCustomers, errors, numericText: column.numericTextCount };
}
