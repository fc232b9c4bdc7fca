/**
 * Years as a customer, for the tenure × size quadrants (methods.md §4, label set "tenure").
 *
 * The tenure of a customer is counted **as of the data's date**: the latest date in the data
 * (first orders, last orders, order dates — whichever the caller passes), never today. A file
 * exported on 2024-12-31 and opened in 2026 gives the same years as on the day it was exported,
 * and the customer with the latest first order has a tenure of 0.
 *
 * years = (as-of day − first order's calendar day) / 365.25, so a customer since 2019-12-31 is a
 * customer for 5.0 years as of 2024-12-31; a longer tenure is a larger number (OLD is high).
 * Pure: cells in, cells out — blanks, text and error cells pass through untouched so the row
 * rules of every quadrant (readPairedColumns) see them as they were.
 */
import { dateToSerial } from "./dates";

export const DAYS_PER_YEAR = 365.25;

/**
 * Numbers below this are not dates (1910-01-01 as a serial; ten years as days): a column of
 * tenures in years or days is not a column of first-order dates.
 */
export const DATE_FLOOR = 3653;

/** A cell as a serial date, NaN when it is not a number or a Date. */
function serialOf(cell: unknown): number {
  if (cell instanceof Date) return dateToSerial(cell);
  return typeof cell === "number" && Number.isFinite(cell) ? cell : NaN;
}

/** The latest calendar day (Excel serial, whole days) among date cells of several columns; null when none is a date. */
export function latestDay(columns: readonly (ArrayLike<unknown> | undefined)[]): number | null {
  let latest = -Infinity;
  for (const cells of columns) {
    if (!cells) continue;
    for (let i = 0; i < cells.length; i++) {
      const serial = serialOf(cells[i]);
      if (serial >= DATE_FLOOR && serial > latest) latest = serial;
    }
  }
  return Number.isFinite(latest) ? Math.floor(latest + 1e-9) : null;
}

/**
 * Whether a column holds first-order dates rather than tenures: Date cells, or every number at
 * least DATE_FLOOR (no one has been a customer for 3,653 years, and no order is older than 1910).
 */
export function holdsDates(cells: ArrayLike<unknown>): boolean {
  let any = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell instanceof Date) return true;
    if (typeof cell !== "number" || !Number.isFinite(cell)) continue;
    if (cell < DATE_FLOOR) return false;
    any = true;
  }
  return any;
}

/** Years as a customer per row, as of `asOfDay`; non-date cells are returned as they were. */
export function yearsAsCustomer(firstOrders: ArrayLike<unknown>, asOfDay: number): unknown[] {
  const out = new Array<unknown>(firstOrders.length);
  for (let i = 0; i < firstOrders.length; i++) {
    const cell = firstOrders[i];
    const serial = serialOf(cell);
    out[i] = Number.isFinite(serial) ? (asOfDay - Math.floor(serial + 1e-9)) / DAYS_PER_YEAR : cell;
  }
  return out;
}
