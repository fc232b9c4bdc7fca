/**
 * The customers of a BG/NBD request (methods.md §9) read from three sheet columns x, t_x, T:
 * rows with three numbers are customers (blank/text rows are not; error rows keep their error,
 * see rowColumns.ts), compacted into typed arrays for fitBgNbd / pAlive / expectedPurchases.
 *
 * Every customer row is checked before fitting, and a bad row stops the whole request with the
 * row number and what is allowed: the fit uses every customer, so one wrong row would silently
 * move everyone's P(alive). The commonest mistake gets its own message: x = 0 with t_x > 0,
 * which means t_x was filled with "days since the last purchase" instead of last − first.
 */
import { KIND_NUMBER, NumberColumn } from "./cells";
import { combineColumns } from "./rowColumns";
import { SegmentError } from "./segmentError";

export interface BgNbdCustomers {
  /** Rows combined (values = x): kinds and errors per input row. */
  readonly column: NumberColumn;
  /** Input row of each customer, ascending. */
  readonly rows: Int32Array;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
}

export function readBgNbdCustomers(x: NumberColumn, tx: NumberColumn, T: NumberColumn): BgNbdCustomers {
  const column = combineColumns([x, tx, T], 0);
  const m = column.customerCount;
  const rows = new Int32Array(m);
  const cx = new Float64Array(m);
  const ctx = new Float64Array(m);
  const cT = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < column.kinds.length; i++) {
    if (column.kinds[i] !== KIND_NUMBER) continue;
    const xi = x.values[i];
    const txi = tx.values[i];
    const Ti = T.values[i];
    const row = i + 1;
    if (!(Number.isInteger(xi) && xi >= 0)) throw new SegmentError("bgnbd.x", { row });
    if (!(Ti >= 0)) throw new SegmentError("bgnbd.T", { row });
    if (!(txi >= 0 && txi <= Ti)) throw new SegmentError("bgnbd.tx", { row, tx: txi, T: Ti });
    if (xi === 0 && txi !== 0) throw new SegmentError("bgnbd.tx0", { row, tx: txi });
    rows[j] = i;
    cx[j] = xi;
    ctx[j] = txi;
    cT[j] = Ti;
    j++;
  }
  return { column, rows, x: cx, tx: ctx, T: cT };
}

/**
 * The customers as one column of numbers (x…, t_x…, T…), so the fit cache (which compares columns
 * value by value) can recognise the same customers across SEGMENT.BGNBD, PALIVE and EXPECTED.
 */
export function asCacheColumn(customers: BgNbdCustomers): NumberColumn {
  const m = customers.x.length;
  const values = new Float64Array(3 * m);
  values.set(customers.x, 0);
  values.set(customers.tx, m);
  values.set(customers.T, 2 * m);
  return { values, kinds: new Uint8Array(3 * m), errors: new Map(), numericTextCount: 0, customerCount: 3 * m };
}
