/**
 * Methods that read several columns per customer (RFM: recency, frequency, monetary; lifecycle;
 * BG/NBD) need one answer per row to "is this row a customer?". The rule extends cells.ts:
 * - every column holds a number → a customer;
 * - any column holds an error → the row gets that error (the first one, left to right);
 * - otherwise (a blank or text cell in some column) → not a customer: blank result.
 * The combined column carries the values of one chosen column, so explainClasses can sum it.
 */
import { CellError, KIND_BLANK, KIND_ERROR, KIND_NUMBER, NumberColumn } from "./cells";

export function combineColumns(columns: readonly NumberColumn[], valueColumn: number): NumberColumn {
  const n = columns[0].values.length;
  const values = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const errors = new Map<number, CellError>();
  let customerCount = 0;
  let numericTextCount = 0;
  for (const column of columns) numericTextCount += column.numericTextCount;
  for (let i = 0; i < n; i++) {
    let kind = KIND_NUMBER;
    for (const column of columns) {
      const k = column.kinds[i];
      if (k === KIND_ERROR) {
        kind = KIND_ERROR;
        errors.set(i, column.errors.get(i) as CellError);
        break;
      }
      if (k === KIND_BLANK) kind = KIND_BLANK;
    }
    kinds[i] = kind;
    if (kind === KIND_NUMBER) {
      values[i] = columns[valueColumn].values[i];
      customerCount++;
    } else {
      values[i] = NaN;
    }
  }
  return { values, kinds, errors, numericTextCount, customerCount };
}
