/**
 * The sample's next monthly exports, so the preview (and the tests) can step through months
 * 1 → 2 → 3 the way a user's monthly refresh goes. Month 1 is the sample workbook as generated
 * (data up to 2024-12-31). Each later month is what a new export of the customer list would
 * bring, generated from a fixed seed:
 * - new orders for about half the customers (Revenue, Profit, Last order and Orders go up),
 * - a few big wins (small customers placing a large order: upgrades),
 * - a few large returns (credit notes on big customers: downgrades, A → C among them),
 * - new customers, appended under the table (the Table grows),
 * - in month 3, two customers the export no longer lists (their export cells become blank: GONE).
 * Applying an export writes only the export's columns (Revenue, Profit, Last order, Orders) of
 * the customer's own row, found by Customer ID, appends new rows under the Table and new order
 * lines under the Orders sheet — every other cell (names, regions, what the user typed, the
 * add-in's columns) stays as it was.
 */
import { RangeRef } from "../workbook/address";
import { GridBackend } from "../workbook/model/backend";
import { Scalar } from "../workbook/plan";
import { CUSTOMER_COUNT, SAMPLE_SEED, SampleBook, seededRandom } from "./sampleData";

/** Months the preview can show: the sample (month 1) and two exports. */
export const SAMPLE_MONTHS = 3;
export const CUSTOMER_SHEET = "Customers";
export const CUSTOMER_TABLE = "CustomerTable";
export const ORDER_SHEET = "Orders";

/** Excel serial of a calendar date (1900 system). */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The as-of date of each month (index 0 = month 1): the last day the data covers. */
export const MONTH_AS_OF: readonly number[] = [serial(2024, 12, 31), serial(2025, 1, 31), serial(2025, 2, 28)];

/** Columns of the customer table the export owns (0-based): Revenue, Profit, Last order, Orders. */
export const EXPORT_COLUMNS = [3, 4, 6, 7] as const;
const FORMATS: Record<number, string> = { 3: "#,##0", 4: "#,##0", 5: "yyyy-mm-dd", 6: "yyyy-mm-dd", 7: "0" };

export interface ExportValues {
  readonly revenue: number;
  readonly profit: number;
  readonly last: number;
  readonly orders: number;
}

export interface MonthExport {
  /** 2, 3 … */
  readonly month: number;
  readonly asOf: number;
  /** Per customer ID already in the table: the new export values, or null when the export no longer lists the customer. */
  readonly updates: ReadonlyMap<string, ExportValues | null>;
  /** Whole rows for customers new this month (ID, name, region, revenue, profit, first, last, orders). */
  readonly newCustomers: readonly (readonly Scalar[])[];
  /** The month's order lines (ID, date, amount), by date. */
  readonly orderLines: readonly (readonly [string, number, number])[];
}

interface State {
  id: string;
  revenue: number;
  margin: number;
  last: number;
  orders: number;
}

const NEW_NAMES = ["Nordic Harbor Trading", "㈜한솔정밀", "厦门远航贸易有限公司", "Cobalt Ridge Supply", "Willow Creek Foods", "㈜바른식품", "青岛海信达商贸有限公司"];
const REGIONS = ["Seoul", "Busan", "Shanghai", "Beijing", "Shenzhen", "London", "Chicago", "Toronto"];

/** The customer table of month 1 as export states, from the sample book. */
function startingStates(book: SampleBook): State[] {
  const sheet = book.sheets.find((s) => s.name === CUSTOMER_SHEET);
  if (!sheet) throw new Error("the sample has no customer sheet");
  const out: State[] = [];
  for (const row of sheet.rows.slice(1)) {
    const id = row[0];
    if (typeof id !== "string") continue;
    const revenue = typeof row[3] === "number" ? row[3] : 0; // the text "1,234" was a paste mistake: the export has a number
    const profit = typeof row[4] === "number" ? row[4] : 0;
    out.push({ id, revenue, margin: revenue > 0 ? profit / revenue : 0.1, last: Number(row[6]), orders: Number(row[7]) });
  }
  return out;
}

const round10 = (x: number): number => Math.round(x / 10) * 10;

/** The exports of months 2 … SAMPLE_MONTHS, each building on the one before. */
export function sampleMonths(book: SampleBook, seed = SAMPLE_SEED): MonthExport[] {
  const states = startingStates(book);
  const out: MonthExport[] = [];
  let nextId = CUSTOMER_COUNT + 1;
  let nameAt = 0;
  const gone = new Set<string>();
  for (let month = 2; month <= SAMPLE_MONTHS; month++) {
    const rand = seededRandom(seed + month * 7919);
    const start = MONTH_AS_OF[month - 2] + 1;
    const days = MONTH_AS_OF[month - 1] - MONTH_AS_OF[month - 2];
    const day = (): number => start + Math.floor(rand() * days);
    const lines: [string, number, number][] = [];
    const live = states.filter((s) => !gone.has(s.id));
    const ranked = [...live].sort((a, b) => b.revenue - a.revenue || a.id.localeCompare(b.id));
    const order = (s: State, amount: number, date = day()): void => {
      lines.push([s.id, date, amount]);
      s.revenue += amount;
      s.orders += 1;
      s.last = Math.max(s.last, date);
    };
    // Customers the export no longer lists (month 3 onwards): they buy nothing more.
    const dropped = month >= 3 ? [ranked[30], ranked[150]].filter(Boolean) : [];
    const buying = live.filter((s) => !dropped.includes(s));
    // Ordinary buying: about half the customers order 3–12 % of what they bought so far.
    for (const s of buying) if (s.revenue > 0 && rand() < 0.5) order(s, round10(s.revenue * (0.03 + 0.09 * rand())) || 10);
    // Large returns on big customers (downgrades; the first ones fall from A to C).
    const returns = month === 2 ? [1, 5, 60, 75] : [2, 70];
    for (const rank of returns) {
      const s = ranked[rank];
      if (s) order(s, -round10(s.revenue * (rank < 10 ? 0.975 : 0.72)));
    }
    // Big wins: small customers placing a large order (upgrades).
    const small = ranked.slice(Math.floor(ranked.length * 0.6)).filter((s) => !dropped.includes(s));
    for (let k = 0; k < (month === 2 ? 4 : 2); k++) {
      const s = small[Math.floor(rand() * small.length)];
      order(s, round10(150_000 + 150_000 * rand()));
    }
    for (const s of dropped) gone.add(s.id);
    const updates = new Map<string, ExportValues | null>();
    for (const s of states) {
      if (dropped.includes(s)) updates.set(s.id, null);
      else if (!gone.has(s.id)) updates.set(s.id, { revenue: s.revenue, profit: Math.round(s.revenue * s.margin), last: s.last, orders: s.orders });
    }
    // New customers: a couple of large ones, the rest small.
    const newRows: Scalar[][] = [];
    for (let k = 0; k < (month === 2 ? 5 : 3); k++) {
      const id = `C${String(nextId++).padStart(4, "0")}`;
      const first = day();
      const revenue = round10(k < 2 ? 120_000 + 120_000 * rand() : 500 + 4_000 * rand());
      const s: State = { id, revenue: 0, margin: 0.05 + 0.25 * rand(), last: first, orders: 0 };
      order(s, revenue, first);
      states.push(s);
      newRows.push([id, NEW_NAMES[nameAt++ % NEW_NAMES.length], REGIONS[Math.floor(rand() * REGIONS.length)], s.revenue, Math.round(s.revenue * s.margin), first, s.last, s.orders]);
    }
    lines.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    out.push({ month, asOf: MONTH_AS_OF[month - 1], updates, newCustomers: newRows, orderLines: lines });
  }
  return out;
}

/** What applying an export needs from a workbook: the in-memory preview and ExcelJS both have it. */
export type MonthTarget = Pick<GridBackend, "getCell" | "setCell" | "findTable" | "usedRange"> & {
  resizeTable(name: string, range: RangeRef): void;
};

/**
 * Writes a month's export into the workbook as a user pasting it would: the export's columns of
 * each listed customer's row (found by ID), new customers under the Table (which grows), the
 * month's order lines under the Orders sheet. Nothing else is touched.
 */
export function applyMonthExport(target: MonthTarget, exp: MonthExport): void {
  const found = target.findTable(CUSTOMER_TABLE);
  if (!found) throw new Error(`No table ${CUSTOMER_TABLE}`);
  const { sheet, table } = found;
  const range = table.range;
  const rowOf = new Map<string, number>();
  for (let r = range.row + 1; r < range.row + range.rows; r++) {
    const id = target.getCell(sheet, r, range.col);
    if (typeof id === "string") rowOf.set(id, r);
  }
  for (const [id, values] of exp.updates) {
    const row = rowOf.get(id);
    if (row === undefined) continue;
    const cells: Record<number, number | null> = values
      ? { 3: values.revenue, 4: values.profit, 6: values.last, 7: values.orders }
      : { 3: null, 4: null, 6: null, 7: null };
    for (const col of EXPORT_COLUMNS) target.setCell(sheet, row, range.col + col, cells[col], cells[col] === null ? null : FORMATS[col]);
  }
  let next = range.row + range.rows;
  for (const row of exp.newCustomers) {
    row.forEach((value, c) => {
      if (value !== null) target.setCell(sheet, next, range.col + c, value, FORMATS[c] ?? null);
    });
    next++;
  }
  if (exp.newCustomers.length) target.resizeTable(table.name, { ...range, rows: next - range.row });
  const orders = target.usedRange(ORDER_SHEET);
  let at = orders ? orders.row + orders.rows : 1;
  for (const [id, date, amount] of exp.orderLines) {
    target.setCell(ORDER_SHEET, at, 0, id);
    target.setCell(ORDER_SHEET, at, 1, date, "yyyy-mm-dd");
    target.setCell(ORDER_SHEET, at, 2, amount, "#,##0");
    at++;
  }
}
