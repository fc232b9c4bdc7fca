/** Turning per-row engine results into cell values: a code, a blank, or the row's own error. */
import { NumberColumn } from "../segment/cells";
import { NOT_A_CUSTOMER } from "../segment/classifyRows";
import { rowError } from "./excel";

export type CellResult = string | number | CustomFunctions.Error;

export function codeCells(column: NumberColumn, classIndex: Int32Array, codes: readonly string[]): CellResult[] {
  const out: CellResult[] = new Array(classIndex.length);
  for (let i = 0; i < classIndex.length; i++) {
    const c = classIndex[i];
    out[i] = c >= 0 ? codes[c] : c === NOT_A_CUSTOMER ? "" : rowCellError(column, i);
  }
  return out;
}

export function numberCells(column: NumberColumn, numbers: Float64Array): CellResult[] {
  const out: CellResult[] = new Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const x = numbers[i];
    out[i] = !Number.isNaN(x) ? x : column.errors.has(i) ? rowCellError(column, i) : "";
  }
  return out;
}

function rowCellError(column: NumberColumn, row: number): CustomFunctions.Error {
  const error = column.errors.get(row);
  return error ? rowError(error) : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
}

