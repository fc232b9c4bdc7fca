/**
 * The customers of "Future value (CLV)" read from four columns, in one of two forms the pane
 * tells apart by what the cells hold (the preview's notes say which form was read):
 *
 * - **dates** — a customer sheet, as "Summarise orders per customer" writes it (SEGMENT.SUMMARY's
 *   columns): first order date (role `firstDate`), last order date (`lastDate`), orders as
 *   distinct days (`orders`) and the total amount (`value`). As SEGMENT.BGNBDINPUT turns orders
 *   into the model's inputs: x = orders − 1, t_x = last − first, T = as-of − first, with the
 *   as-of date the latest first or last order among the rows (the data's date, never today) and
 *   whole calendar days, then ÷ 7 for weeks or ÷ 30 for months (lifetimes' month, clv.ts).
 *   Average spend = amount ÷ orders: the sheet has no per-order amounts, so the first order is
 *   in the average (lifetimes' monetary value leaves it out; SEGMENT.BGNBDINPUT + SEGMENT.CLV on
 *   the order lines do too).
 * - **model** — the columns already hold the model's numbers (lifetimes' summary, SEGMENT.
 *   BGNBDINPUT): T in `firstDate`, t_x in `lastDate`, x (repeat purchases) in `orders` and the
 *   average spend of the repeat purchases in `value`, t_x and T in the chosen time unit.
 *
 * Dates are Date cells, or numbers of at least DATE_FLOOR (1910-01-01 as a serial), as
 * everywhere in the pane; first and last order must agree on the form.
 *
 * A row is a customer when all four cells are numbers (rowColumns.ts); an error in any of them
 * is that row's error. A customer row that contradicts itself gets no value and is counted:
 * dates — first order after the last, orders not a whole number ≥ 1, or one order on two
 * different days; model — x not a whole number ≥ 0, T < 0, t_x outside [0, T], and x = 0 with
 * t_x > 0 (counted apart: t_x was given as days since the last purchase, the usual mistake).
 */
import { ClvUnit } from "../../segment/clv";
import { KIND_NUMBER, NumberColumn, readNumberColumn } from "../../segment/cells";
import { combineColumns } from "../../segment/rowColumns";
import { SegmentError } from "../../segment/segmentError";
import { holdsDates, latestDay } from "../../segment/tenure";
import { MethodInput } from "./types";

export type ClvForm = "dates" | "model";

/** Days in one time unit, for the dates form (a month is lifetimes' 30 days). */
export const DAYS_PER_UNIT: Readonly<Record<ClvUnit, number>> = { days: 1, weeks: 7, months: 30 };

export interface ClvCustomers {
  readonly form: ClvForm;
  /** The four columns combined: kinds and errors per row (values: the value column). */
  readonly rows: NumberColumn;
  /** Input row of each customer that gets a value, ascending. */
  readonly index: Int32Array;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly m: Float64Array;
  /** Customer rows that contradict themselves (no value); `txNotZero` of them are x = 0 with t_x > 0. */
  readonly problems: ReadonlySet<number>;
  readonly txNotZero: number;
  /** The as-of date (serial) of the dates form; NaN for the model form. */
  readonly asOf: number;
}

export function readClvCustomers(input: MethodInput, unit: ClvUnit): ClvCustomers {
  const cells = {
    first: input.columns.firstDate ?? [],
    last: input.columns.lastDate ?? [],
  };
  const first = readNumberColumn(cells.first);
  const last = readNumberColumn(cells.last);
  const orders = readNumberColumn(input.columns.orders ?? []);
  const value = readNumberColumn(input.columns.value ?? []);
  const rows = combineColumns([first, last, orders, value], 3);
  const firstDates = holdsDates(cells.first);
  if (firstDates !== holdsDates(cells.last) && rows.customerCount > 0) throw new SegmentError("futureValue.mixed");
  const form: ClvForm = firstDates ? "dates" : "model";
  const asOf = form === "dates" ? latestDay([cells.first, cells.last]) ?? NaN : NaN;
  const days = DAYS_PER_UNIT[unit];
  const n = rows.kinds.length;
  const index: number[] = [], x: number[] = [], tx: number[] = [], T: number[] = [], m: number[] = [];
  const problems = new Set<number>();
  let txNotZero = 0;
  for (let i = 0; i < n; i++) {
    if (rows.kinds[i] !== KIND_NUMBER) continue;
    const a = first.values[i], b = last.values[i], k = orders.values[i], v = value.values[i];
    let cx: number, ctx: number, cT: number, cm: number;
    if (form === "dates") {
      const firstDay = Math.floor(a + 1e-9), lastDay = Math.floor(b + 1e-9);
      if (!(Number.isInteger(k) && k >= 1) || lastDay < firstDay || (k === 1 && lastDay > firstDay)) {
        problems.add(i);
        continue;
      }
      cx = k - 1;
      ctx = (lastDay - firstDay) / days;
      cT = (asOf - firstDay) / days;
      cm = v / k;
    } else {
      if (!(Number.isInteger(k) && k >= 0) || !(a >= 0) || !(b >= 0 && b <= a) || (k === 0 && b !== 0)) {
        problems.add(i);
        if (k === 0 && b > 0) txNotZero++;
        continue;
      }
      cx = k;
      ctx = b;
      cT = a;
      cm = v;
    }
    index.push(i);
    x.push(cx);
    tx.push(ctx);
    T.push(cT);
    m.push(cm);
  }
  return {
    form,
    rows,
    index: Int32Array.from(index),
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    m: Float64Array.from(m),
    problems,
    txNotZero,
    asOf,
  };
}
