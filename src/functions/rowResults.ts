/**
 * Turning per-row engine results into cell values: a code, a blank, or the row's own error.
 *
 * The spill* functions build Excel's result in one pass, in the input's orientation (a column
 * spills down, a row across), with no list of cells in between.
 *
 * **One shared row per distinct code.** A column result is a million one-cell rows; a fresh
 * `[code]` array per row made the result cost 4–7× what it costs with one `["A"]` row shared by
 * every A (measured: 240–300 ms against 35–45 ms for 1,048,576 rows, most of it garbage
 * collection). Microsoft documents the result only as "a two-dimensional array of values"
 * (office-js-docs-pr, docs/excel/custom-functions-dynamic-arrays.md, "return a two-dimensional
 * array of values"; and custom-functions-data-types-concepts.md: custom functions and the Excel
 * JavaScript API use "the same JSON schema"): a value, handed over by value, with nothing said
 * about the identity of the inner arrays either way. Both ways a value crosses the runtime
 * boundary keep an aliased row intact: JSON serialisation writes the row out in full at every
 * place it occurs (only a cycle would fail, and a row holds one string), and a structured clone
 * keeps the alias. So we share rows whose cells are all plain strings or small whole numbers,
 * which nothing may change in place (`guarded`'s pass only replaces non-finite numbers). A row
 * holding an error (a `CustomFunctions.Error` with its own message) or any other number is never
 * shared: it is made for its row.
 */
import { NumberColumn } from "../segment/cells";
import { NOT_A_CUSTOMER } from "../segment/classifyRows";
import { Orientation, rowError, showableNumber } from "./excel";

export type CellResult = string | number | CustomFunctions.Error;

/** A number cell: NaN (nothing to show) is blank; ±Infinity (an overflow) is #NUM!, as `guarded` would make it. */
export const numberCell = (x: number): CellResult => (Number.isNaN(x) ? "" : showableNumber(x));

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

/** The class code of every row, spilled like the input: shared rows per code (see above). */
export function spillCodes(column: NumberColumn, classIndex: Int32Array, codes: readonly string[], orientation: Orientation): CellResult[][] {
  const n = classIndex.length;
  if (orientation === "row") return [codeCells(column, classIndex, codes)];
  const rows = codes.map((code) => [code]);
  const blank = [""];
  const out: CellResult[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = classIndex[i];
    out[i] = c >= 0 ? rows[c] : c === NOT_A_CUSTOMER ? blank : [rowCellError(column, i)];
  }
  return out;
}

/** One number per row (NaN: blank, or the row's error), spilled like the input; rows not shared. */
export function spillNumbers(column: NumberColumn, numbers: Float64Array, orientation: Orientation): CellResult[][] {
  const n = numbers.length;
  if (orientation === "row") return [numberCells(column, numbers)];
  const out: CellResult[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = numbers[i];
    out[i] = [!Number.isNaN(x) ? x : column.errors.has(i) ? rowCellError(column, i) : ""];
  }
  return out;
}

export function rowCellError(column: NumberColumn, row: number): CustomFunctions.Error {
  const error = column.errors.get(row);
  return error ? rowError(error) : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
}
