/**
 * Reading an orders sheet (one row per order line: customer ID, date, amount) and grouping the
 * lines by customer (methods.md §6). Everything per customer is a typed array indexed by the
 * customer's position: customers are numbered in the order of their first counted line, the
 * order a user gets from Excel's UNIQUE() over the ID column, so the summary lines up with it.
 *
 * Which lines count (each skipped line is counted in `notes`, so the explain output can say why):
 * - a row whose three cells are all blank is skipped silently (a gap in the sheet);
 * - an error value (#N/A …) in any of the three cells skips the line: the summary is one row per
 *   customer, so a per-line error has no cell of its own to show in;
 * - no customer ID → skipped;
 * - the date must be a number (an Excel serial) or a Date. A blank date, or a date typed as text
 *   ("2024-03-01" that Excel did not convert), skips the line: reading text as a date depends on
 *   the locale (is 03/04 March or April?), and guessing wrong would be silent;
 * - the amount follows SUMIFS: a number is added as it is (returns and credit notes are negative
 *   and reduce the total); a blank or text amount adds 0 but the line still counts as an order;
 * - with a given as-of date, lines on a later calendar day are left out: the summary is the state
 *   of the customer base on that date (a refresh of last month's file gives last month's answer).
 *
 * Days: an Excel date may carry a time of day (45000.75). Counting "distinct dates" and "days
 * since" uses the calendar day (the integer part); first/last order keep the value as given.
 */
import { isBlank, isCellError, looksNumeric } from "./cells";
import { dateToSerial } from "./dates";
import { IdKey, idKey } from "./customerIds";

export interface OrderLineNotes {
  /** Rows read. */
  readonly rows: number;
  /** Order lines that were counted. */
  readonly counted: number;
  readonly blankRows: number;
  readonly errorLines: number;
  readonly noId: number;
  readonly noDate: number;
  /** Dates given as text or TRUE/FALSE: the line is not counted. */
  readonly dateNotDate: number;
  /** Counted lines with a blank amount (added as 0). */
  readonly noAmount: number;
  /** Counted lines whose amount was text or TRUE/FALSE (added as 0, as SUMIFS does). */
  readonly amountNotNumber: number;
  /** …of which the text looks like a number ("1,234"): convert it to count it. */
  readonly amountNumericText: number;
  /** Counted lines with a negative amount (returns, credit notes), summed as they are. */
  readonly negativeAmounts: number;
  /** Lines dated after the given as-of date, left out. */
  readonly afterAsOf: number;
}

export interface CustomerOrders {
  readonly customerCount: number;
  /** The ID cell as first seen per customer (a Date is given as its serial number). */
  readonly ids: unknown[];
  readonly keys: IdKey[];
  /** Earliest and latest order date per customer, as given (serials). */
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** Distinct calendar days with an order. */
  readonly distinctDays: Int32Array;
  /** Order lines counted. */
  readonly lines: Int32Array;
  /** Sum of amounts (0 when no amounts column was given). */
  readonly amount: Float64Array;
  /** The as-of date used (serial): as given, or the latest counted date. NaN when nothing counted. */
  readonly asOf: number;
  readonly asOfGiven: boolean;
  readonly notes: OrderLineNotes;
}

/** The calendar day of a serial (the time of day dropped). */
export function dayOf(serial: number): number {
  return Math.floor(serial);
}

const DATE_OK = 0;
const DATE_BLANK = 1;
const DATE_NOT_DATE = 2;

function readDate(cell: unknown): { status: number; serial: number } {
  if (typeof cell === "number") return Number.isFinite(cell) ? { status: DATE_OK, serial: cell } : { status: DATE_NOT_DATE, serial: NaN };
  if (cell instanceof Date) {
    const serial = dateToSerial(cell);
    return Number.isFinite(serial) ? { status: DATE_OK, serial } : { status: DATE_NOT_DATE, serial: NaN };
  }
  return { status: isBlank(cell) ? DATE_BLANK : DATE_NOT_DATE, serial: NaN };
}

/**
 * Groups order lines by customer. `amounts` may be null (the BG/NBD bridge needs no amounts).
 * The three lists must have the same length (the caller checks and names them).
 */
export function groupOrders(
  idCells: ArrayLike<unknown>,
  dateCells: ArrayLike<unknown>,
  amountCells: ArrayLike<unknown> | null,
  asOfGiven?: number,
): CustomerOrders {
  const n = idCells.length;
  const hasAsOf = asOfGiven !== undefined && Number.isFinite(asOfGiven);
  const asOfDay = hasAsOf ? dayOf(asOfGiven as number) : Infinity;
  const index = new Map<IdKey, number>();
  const ids: unknown[] = [];
  const keys: IdKey[] = [];
  // Per counted line: its customer and calendar day, for the distinct-days pass.
  const lineCustomer = new Int32Array(n);
  const lineDay = new Float64Array(n);
  // Per customer accumulators grow by doubling (the customer count is unknown up front).
  let capacity = 1024;
  let first: Float64Array = new Float64Array(capacity);
  let last: Float64Array = new Float64Array(capacity);
  let lines: Int32Array = new Int32Array(capacity);
  let amount: Float64Array = new Float64Array(capacity);
  let counted = 0;
  let latest = -Infinity;
  let blankRows = 0, errorLines = 0, noId = 0, noDate = 0, dateNotDate = 0;
  let noAmount = 0, amountNotNumber = 0, amountNumericText = 0, negativeAmounts = 0, afterAsOf = 0;

  for (let i = 0; i < n; i++) {
    const idCell = idCells[i];
    const dateCell = dateCells[i];
    const amountCell = amountCells ? amountCells[i] : null;
    if (isCellError(idCell) || isCellError(dateCell) || isCellError(amountCell)) {
      errorLines++;
      continue;
    }
    if (isBlank(idCell) && isBlank(dateCell) && isBlank(amountCell)) {
      blankRows++;
      continue;
    }
    const key = idKey(idCell);
    if (key === null) {
      noId++;
      continue;
    }
    const date = readDate(dateCell);
    if (date.status !== DATE_OK) {
      if (date.status === DATE_BLANK) noDate++;
      else dateNotDate++;
      continue;
    }
    const day = dayOf(date.serial);
    if (day > asOfDay) {
      afterAsOf++;
      continue;
    }
    let value = 0;
    if (typeof amountCell === "number") {
      value = amountCell;
      if (value < 0) negativeAmounts++;
    } else if (amountCells && isBlank(amountCell)) {
      noAmount++;
    } else if (amountCells) {
      amountNotNumber++;
      if (typeof amountCell === "string" && looksNumeric(amountCell)) amountNumericText++;
    }
    let c = index.get(key);
    if (c === undefined) {
      c = ids.length;
      index.set(key, c);
      ids.push(idCell instanceof Date ? key : idCell);
      keys.push(key);
      if (c === capacity) {
        capacity *= 2;
        first = grow(first, capacity);
        last = grow(last, capacity);
        lines = growInt(lines, capacity);
        amount = grow(amount, capacity);
      }
      first[c] = date.serial;
      last[c] = date.serial;
    } else {
      if (date.serial < first[c]) first[c] = date.serial;
      if (date.serial > last[c]) last[c] = date.serial;
    }
    lines[c]++;
    amount[c] += value;
    if (date.serial > latest) latest = date.serial;
    lineCustomer[counted] = c;
    lineDay[counted] = day;
    counted++;
  }

  const customerCount = ids.length;
  const linesOut = lines.slice(0, customerCount);
  return {
    customerCount,
    ids,
    keys,
    first: first.slice(0, customerCount),
    last: last.slice(0, customerCount),
    distinctDays: countDistinctDays(lineCustomer, lineDay, counted, linesOut),
    lines: linesOut,
    amount: amount.slice(0, customerCount),
    asOf: hasAsOf ? (asOfGiven as number) : counted > 0 ? latest : NaN,
    asOfGiven: hasAsOf,
    notes: {
      rows: n,
      counted,
      blankRows,
      errorLines,
      noId,
      noDate,
      dateNotDate,
      noAmount,
      amountNotNumber,
      amountNumericText,
      negativeAmounts,
      afterAsOf,
    },
  };
}

function grow(a: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}

function growInt(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/**
 * Distinct calendar days per customer: a counting sort of the lines by customer (two linear
 * passes), then a sort of each customer's own few days. No per-line objects, no string keys.
 */
function countDistinctDays(lineCustomer: Int32Array, lineDay: Float64Array, count: number, lines: Int32Array): Int32Array {
  const customers = lines.length;
  const start = new Int32Array(customers + 1);
  for (let c = 0; c < customers; c++) start[c + 1] = start[c] + lines[c];
  const fill = start.slice(0, customers);
  const days = new Float64Array(count);
  for (let j = 0; j < count; j++) days[fill[lineCustomer[j]]++] = lineDay[j];
  const distinct = new Int32Array(customers);
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (to - from === 1) {
      distinct[c] = 1;
      continue;
    }
    const own = days.subarray(from, to).sort();
    let k = 1;
    for (let j = 1; j < own.length; j++) if (own[j] !== own[j - 1]) k++;
    distinct[c] = k;
  }
  return distinct;
}
