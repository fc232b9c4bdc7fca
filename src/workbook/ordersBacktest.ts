/**
 * The pane's backtest of the purchase model (src/segment/backtest.ts) on order lines: which order
 * lines (the source when it looks like orders; else the orders the current customer sheet was
 * summarised from in this session), reading their ID, date and amount columns through the port,
 * and running the test at a split date — the user's, or two-thirds of the way through the orders.
 */
import { backtest, BacktestResult, defaultSplitDay, orderDateRange } from "../segment/backtest";
import { TimeUnit } from "../segment/customerSummary";
import { SegmentError } from "../segment/segmentError";
import { looksLikeOrders } from "./customerSheet";
import { RoleAssignment, SourceRef } from "./plan";
import { SourceInfo, WorkbookPort } from "./port";

/** Order lines in the workbook: the block and its ID, date and (optional) amount columns. */
export interface OrdersSource {
  readonly ref: SourceRef;
  readonly id: number;
  readonly date: number;
  readonly amount?: number;
  /** The customer sheet "Summarise orders per customer" made from these lines, when it did. */
  readonly summary?: string;
}

/** The order lines of a source whose rows look like orders (customerSheet.ts), else null. */
export function ordersOf(source: SourceInfo, roles: RoleAssignment): OrdersSource | null {
  if (!looksLikeOrders(source, roles) || typeof roles.id !== "number" || typeof roles.date !== "number") return null;
  return { ref: source.ref, id: roles.id, date: roles.date, ...(typeof roles.value === "number" ? { amount: roles.value } : {}) };
}

/** The orders to backtest for the data the pane points at: its own lines, or those its customer sheet came from. */
export function backtestOrders(source: SourceInfo, roles: RoleAssignment, summarised: OrdersSource | null): OrdersSource | null {
  return ordersOf(source, roles) ?? (summarised && summarised.summary === source.ref.sheet ? summarised : null);
}

export interface OrderLines {
  readonly ids: readonly unknown[];
  readonly dates: readonly unknown[];
  readonly amounts: readonly unknown[] | null;
  /** The first and last order day (serials); null when no line has a date. */
  readonly range: { readonly first: number; readonly last: number } | null;
}

export async function readOrderLines(port: WorkbookPort, orders: OrdersSource): Promise<OrderLines> {
  const offsets = [orders.id, orders.date, ...(orders.amount === undefined ? [] : [orders.amount])];
  const [ids, dates, amounts] = await port.readColumns(orders.ref, offsets);
  return { ids, dates, amounts: amounts ?? null, range: orderDateRange(dates) };
}

/** The split to use: the one given (an Excel serial), else the default of backtest.ts. */
export function splitOf(lines: OrderLines, unit: TimeUnit, given?: number | null): number {
  if (given !== undefined && given !== null) return Math.floor(given);
  if (!lines.range) throw new SegmentError("orders.none");
  return defaultSplitDay(lines.range.first, lines.range.last, unit);
}

export function runBacktest(lines: OrderLines, split: number, unit: TimeUnit): BacktestResult {
  return backtest(lines.ids, lines.dates, lines.amounts, split, unit);
}
