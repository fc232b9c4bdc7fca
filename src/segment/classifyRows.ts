/** Applying a per-value classifier to every row, keeping blanks and errors in their place. */
import { KIND_ERROR, KIND_NUMBER, NumberColumn } from "./cells";

/** Row results: a class index 0…k, or one of these markers. */
export const NOT_A_CUSTOMER = -1;
export const ERROR_ROW = -2;

export function classifyRows(column: NumberColumn, classOfValue: (value: number) => number): Int32Array {
  const { values, kinds } = column;
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const kind = kinds[i];
    out[i] = kind === KIND_NUMBER ? classOfValue(values[i]) : kind === KIND_ERROR ? ERROR_ROW : NOT_A_CUSTOMER;
  }
  return out;
}
