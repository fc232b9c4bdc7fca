/**
 * From an orders sheet to one row per customer: SEGMENT.SUMMARY, SEGMENT.SUMMARYEXPLAIN (why lines
 * were skipped) and SEGMENT.BGNBDINPUT (x, t_x, T for the BG/NBD functions). Rules: orders.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { bgnbdInputFromOrders, summarizeCustomers, TimeUnit } from "../segment/customerSummary";
import { CustomerOrders, groupOrders } from "../segment/orders";
import { SegmentError } from "../segment/segmentError";
import { customerText } from "../i18n/customerText";
import { readAsOf, readParallelLists } from "./columnsArgument";
import { guarded, optionalText } from "./excel";

type Cell = string | number | boolean;

/** NaN (no value, e.g. no gap for a one-order customer) shows as a blank cell. */
const cell = (x: number): string | number => (Number.isNaN(x) ? "" : x);

function readOrders(customer_ids: unknown, dates: unknown, amounts: unknown, as_of: unknown, withAmounts: boolean): CustomerOrders {
  const args: [unknown, string][] = [
    [customer_ids, "customer_ids"],
    [dates, "dates"],
  ];
  if (withAmounts) args.push([amounts, "amounts"]);
  const lists = readParallelLists(args);
  return groupOrders(lists[0].cells, lists[1].cells, withAmounts ? lists[2].cells : null, readAsOf(as_of));
}

function requireCustomers(orders: CustomerOrders): void {
  if (orders.customerCount === 0) throw new SegmentError("orders.none");
}

/**
 * One row per customer from order lines, under a header row: customer ID, first order, last order, orders (distinct days), amount, days since last order (to the as-of date), average days between orders (blank for one order), order lines. Customers appear in the order of their first order line, as UNIQUE() lists them.
 * @customfunction SUMMARY
 * @param customer_ids Customer ID of each order line (text or numbers; 7 and "7" are one customer, upper/lower case does not matter).
 * @param dates Date of each order line (Excel dates). A date typed as text is not counted; SEGMENT.SUMMARYEXPLAIN tells how many.
 * @param amounts Amount of each order line. Negative amounts (returns) are summed as they are.
 * @param [as_of] The date to measure from. Default: the latest order date in the data (not today). Lines after it are left out.
 * @returns A table with a header row: one row per customer, eight columns.
 */
export function summary(customer_ids: any[][], dates: any[][], amounts: any[][], as_of?: any): any[][] {
  return guarded(() => {
    const orders = readOrders(customer_ids, dates, amounts, as_of, true);
    requireCustomers(orders);
    const { daysSinceLast, averageGap } = summarizeCustomers(orders);
    const header = ["id", "first", "last", "orders", "amount", "daysSince", "averageGap", "lines"].map((k) => customerText(`summary.${k}`));
    const rows: Cell[][] = [header];
    for (let c = 0; c < orders.customerCount; c++) {
      rows.push([
        orders.ids[c] as Cell,
        orders.first[c],
        orders.last[c],
        orders.distinctDays[c],
        orders.amount[c],
        daysSinceLast[c],
        cell(averageGap[c]),
        orders.lines[c],
      ]);
    }
    return rows;
  });
}

/**
 * What SEGMENT.SUMMARY counted and skipped: rows read, order lines counted, customers, the as-of date used, and per reason the lines left out (blank, error value, no ID, no date, date as text, after the as-of date) or counted with a caveat (amount missing or text, negative amounts).
 * @customfunction SUMMARYEXPLAIN
 * @param customer_ids Customer ID of each order line.
 * @param dates Date of each order line.
 * @param amounts Amount of each order line.
 * @param [as_of] As in SEGMENT.SUMMARY. Default: the latest order date in the data.
 * @returns A two-column table: what, how many.
 */
export function summaryExplain(customer_ids: any[][], dates: any[][], amounts: any[][], as_of?: any): any[][] {
  return guarded(() => {
    const orders = readOrders(customer_ids, dates, amounts, as_of, true);
    const notes = orders.notes;
    let oneOrder = 0;
    for (let c = 0; c < orders.customerCount; c++) if (orders.distinctDays[c] === 1) oneOrder++;
    const rows: Cell[][] = [
      [customerText("orders.rows"), notes.rows],
      [customerText("orders.counted"), notes.counted],
      [customerText("orders.customers"), orders.customerCount],
      [customerText("orders.asOf"), cell(orders.asOf)],
      [customerText(orders.asOfGiven ? "orders.asOfSource.given" : "orders.asOfSource.data"), ""],
      [customerText("orders.oneOrder"), oneOrder],
    ];
    const optional: [string, number][] = [
      ["blankRows", notes.blankRows],
      ["errorLines", notes.errorLines],
      ["noId", notes.noId],
      ["noDate", notes.noDate],
      ["dateNotDate", notes.dateNotDate],
      ["afterAsOf", notes.afterAsOf],
      ["noAmount", notes.noAmount],
      ["amountNotNumber", notes.amountNotNumber],
      ["amountNumericText", notes.amountNumericText],
      ["negativeAmounts", notes.negativeAmounts],
    ];
    for (const [key, count] of optional) if (count > 0) rows.push([customerText(`orders.${key}`), count]);
    return rows;
  });
}

function readUnit(arg: unknown): TimeUnit {
  const given = optionalText(arg, "unit");
  if (given === undefined) return "days";
  const unit = given.toLowerCase();
  if (unit === "days" || unit === "weeks") return unit;
  throw new SegmentError("unit.unknown", { given });
}

/**
 * The BG/NBD inputs per customer from order lines, under a header row: customer ID, x = repeat purchases (distinct purchase days − 1), t_x = last − first purchase (0 for a one-time buyer), T = as-of date − first purchase. Same-day purchases count once (the Python lifetimes convention). Feed the columns to SEGMENT.BGNBD, PALIVE and EXPECTED.
 * @customfunction BGNBDINPUT
 * @param customer_ids Customer ID of each order line.
 * @param dates Date of each order line (Excel dates; text dates are not counted).
 * @param [as_of] The end of the observation period. Default: the latest order date in the data. Lines after it are left out.
 * @param [unit] "days" (default) or "weeks" (days ÷ 7). Use the same unit for horizon in SEGMENT.EXPECTED.
 * @returns A table with a header row: ID, x, t_x, T per customer, in the order of SEGMENT.SUMMARY.
 */
export function bgnbdInput(customer_ids: any[][], dates: any[][], as_of?: any, unit?: any): any[][] {
  return guarded(() => {
    const chosenUnit = readUnit(unit);
    const orders = readOrders(customer_ids, dates, null, as_of, false);
    requireCustomers(orders);
    const { x, tx, T } = bgnbdInputFromOrders(orders, chosenUnit);
    const rows: Cell[][] = [["id", "x", "tx", "T"].map((k) => customerText(`bgnbd.${k}`))];
    for (let c = 0; c < orders.customerCount; c++) rows.push([orders.ids[c] as Cell, x[c], tx[c], T[c]]);
    return rows;
  });
}
