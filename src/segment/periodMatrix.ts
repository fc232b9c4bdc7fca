/**
 * A customers × periods block (one row per customer, one column per month, quarter or year,
 * oldest first), as the period functions read it (methods.md §3 and §5).
 *
 * Cells are read with the same rules as every list (readNumberColumn in cells.ts), then per row:
 * - a row holding at least one number is a customer;
 * - inside a customer's row a blank, text or boolean cell is a period WITHOUT sales (0): a
 *   pivot table of monthly sales leaves exactly those cells empty, and dropping the period
 *   instead would make an occasional buyer look steady;
 * - a row with no number at all (a header, a spacer, a total label) is not a customer;
 * - an error anywhere in a row gives that row the first error in it, left to right.
 */
import { CellError, KIND_BLANK, KIND_ERROR, KIND_NUMBER, NumberColumn, readNumberColumn } from "./cells";
import { SegmentError } from "./segmentError";

export interface PeriodMatrix {
  readonly rowCount: number;
  readonly periods: number;
  /** Row-major sales, rowCount × periods; 0 where a cell is not a number. */
  readonly sales: Float64Array;
  /**
   * One entry per row, for the row-level helpers (numberCells, codeCells, explainClasses):
   * values = the row's net total over all periods, kinds/errors per row as described above.
   */
  readonly rows: NumberColumn;
}

/**
 * Reads a rectangular block given as rows of cells. Rows of different lengths are a caller bug.
 *
 * Plain finite numbers — nearly every cell of a sales block — are taken on a fast path straight
 * into the typed array; every other cell (blank, text, date, error, NaN) goes through
 * readNumberColumn in one batch, so the rules of cells.ts apply unchanged and are not rewritten.
 */
export function readPeriodMatrix(block: readonly (readonly unknown[])[]): PeriodMatrix {
  const rowCount = block.length;
  const periods = rowCount > 0 ? block[0].length : 0;
  const sales = new Float64Array(rowCount * periods);
  const totals = new Float64Array(rowCount);
  const numberCounts = new Int32Array(rowCount);
  const otherIndex: number[] = [];
  const otherCells: unknown[] = [];
  for (let r = 0, k = 0; r < rowCount; r++) {
    const row = block[r];
    if (row.length !== periods) throw new SegmentError("shape.ragged", { row: r + 1, expected: periods, actual: row.length });
    let total = 0;
    let numbers = 0;
    for (let c = 0; c < periods; c++, k++) {
      const cell = row[c];
      // `cell - cell === 0` is true exactly for finite numbers (NaN and ±Infinity give NaN).
      if (typeof cell === "number" && cell - cell === 0) {
        sales[k] = cell;
        total += cell;
        numbers++;
      } else {
        otherIndex.push(k);
        otherCells.push(cell);
      }
    }
    totals[r] = total;
    numberCounts[r] = numbers;
  }
  const others = readNumberColumn(otherCells);
  const errors = new Map<number, CellError>();
  // otherIndex is increasing, so the first error met in a row is its leftmost one.
  for (let j = 0; j < otherIndex.length; j++) {
    const kind = others.kinds[j];
    if (kind === KIND_BLANK) continue;
    const k = otherIndex[j];
    const r = (k / periods) | 0;
    if (kind === KIND_NUMBER) {
      // A Date: its serial number is a value like any other.
      sales[k] = others.values[j];
      totals[r] += others.values[j];
      numberCounts[r]++;
    } else if (!errors.has(r)) {
      errors.set(r, others.errors.get(j) as CellError);
    }
  }
  const kinds = new Uint8Array(rowCount);
  let customerCount = 0;
  for (let r = 0; r < rowCount; r++) {
    if (errors.has(r)) {
      kinds[r] = KIND_ERROR;
      totals[r] = NaN;
    } else if (numberCounts[r] === 0) {
      kinds[r] = KIND_BLANK;
      totals[r] = NaN;
    } else {
      customerCount++;
    }
  }
  return {
    rowCount,
    periods,
    sales,
    rows: { values: totals, kinds, errors, numericTextCount: others.numericTextCount, customerCount },
  };
}
