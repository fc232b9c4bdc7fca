/**
 * Cohort retention from order lines (methods.md §14).
 *
 * - A customer's cohort is the calendar period (month by default, or quarter) of its first order.
 * - Column k = 0, 1, 2 … is the period cohort + k. Measure "customers": the share of the cohort's
 *   customers with at least one order in that period (k = 0 is always 100 %). Measure "revenue":
 *   the cohort's amounts in that period ÷ its amounts in period 0 (k = 0 is 100 % when period 0's
 *   amount is above 0; a cohort whose period-0 amount is 0 or less has no base, see cohortValue).
 * - Periods after the period of the data's last date are blank, not 0: they have not happened yet.
 *   The last period itself counts as it is, even when it is partly over.
 * - Rows run from the first cohort to the last one, every period in between, so the table is a
 *   regular triangle; a period in which no customer placed a first order has size 0 and no values.
 *
 * Which lines count is the rule of the orders functions (orders.ts), so COHORT, SUMMARY and
 * BGNBDINPUT agree on the same sheet: an error value in the ID, date or amount skips the line, as
 * do a blank ID and a date that is not an Excel date (a number or a Date; a date typed as text is
 * not read, since "03/04/2024" means different days in different locales); a blank or text amount
 * adds 0. IDs match as in COUNTIFS, trimmed, case-insensitive, 7 = "7" (customerIds.ts). A date's
 * time of day is dropped. Dates outside Excel's calendar (before 1900-01-01 or after 9999-12-31)
 * skip the line too: no calendar month can be named for them.
 *
 * Speed (a full column of order lines): one pass reads each line into typed arrays (customer,
 * period, amount), finding the customer in the ID table (keyTable.ts: an ASCII text ID is read in
 * place, with no lower-case or trimmed copy); a
 * second pass counts the distinct (customer, period) pairs without a comparison sort — when every
 * customer's lines come in date order (an export sorted by date, or by customer then date) one
 * "latest period seen" per customer is enough and the customer's first line is its cohort;
 * otherwise, after a pass for each customer's first period, one bit per (customer, period), or,
 * past 8 MB of bits, a counting sort by customer and one stamp per period.
 */
import { CellColumn, isBlank, isCellError, plainCell } from "./cells";
import { dateToSerial } from "./dates";
import { IdTable, NO_KEY } from "./keyTable";
import { SegmentError } from "./segmentError";

export type CohortPeriod = "month" | "quarter";
export type CohortMeasure = "customers" | "revenue";
export const COHORT_PERIODS: readonly CohortPeriod[] = ["month", "quarter"];
export const COHORT_MEASURES: readonly CohortMeasure[] = ["customers", "revenue"];

/** At most this many periods from the first cohort to the last date (100 years of months). */
export const MAX_COHORT_PERIODS = 1200;

/** Excel's calendar: serial 1 = 1900-01-01 … 2958465 = 9999-12-31. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

export { cellColumn } from "./cells";
export type { CellColumn } from "./cells";

/** Days remembered with their period (a power of 2): three years of days fit without a clash. */
const DAY_CACHE = 2048;

/** An object cell as the plain value cells.ts reads (a Date stays a Date). */
const plainObject = (cell: unknown): unknown => (cell instanceof Date ? cell : plainCell(cell));

/**
 * Year and month (1–12) of a day serial, by integer arithmetic (H. Hinnant's days-to-civil):
 * a million dates without a Date object each. Day 25569 is 1970-01-01.
 */
export function yearMonthOf(day: number): { year: number; month: number } {
  const z = day - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** The period number of a day serial: year × 12 + month − 1, or year × 4 + quarter − 1. */
export function periodOfDay(day: number, period: CohortPeriod): number {
  const { year, month } = yearMonthOf(day);
  return period === "month" ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** "2024-01" or "2024-Q1". */
export function periodLabel(index: number, period: CohortPeriod): string {
  if (period === "month") {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return `${year}-${month < 10 ? "0" : ""}${month}`;
  }
  const year = Math.floor(index / 4);
  return `${year}-Q${index - year * 4 + 1}`;
}

export interface CohortLineNotes {
  readonly rows: number;
  readonly counted: number;
  readonly blankRows: number;
  readonly errorLines: number;
  readonly noId: number;
  readonly noDate: number;
  /** Dates given as text or TRUE/FALSE, or outside Excel's calendar. */
  readonly dateNotDate: number;
}

export interface CohortTable {
  readonly period: CohortPeriod;
  /** Period number of the first cohort (row 0); row r is cohort first + r. */
  readonly first: number;
  /** Period number of the data's last date: cells of later periods are blank. */
  readonly last: number;
  /** Rows: cohorts from the first to the last. */
  readonly cohorts: number;
  /** Columns k = 0 … width − 1, width = last − first + 1. */
  readonly width: number;
  /** Customers per cohort. */
  readonly sizes: Int32Array;
  /** cohorts × width, row-major: customers of cohort r with an order in period r's cohort + k. */
  readonly active: Int32Array;
  /** cohorts × width: the cohort's amounts in period cohort + k (null without amounts). */
  readonly revenue: Float64Array | null;
  readonly customerCount: number;
  readonly notes: CohortLineNotes;
}

/**
 * The cohort table of order lines (ids, dates and, for revenue, amounts: lists of the same length).
 * `maxPairBits`: where the bit-per-pair count gives way to the counting sort (tests lower it to
 * reach both).
 */
export function cohortTable(ids: CellColumn, dates: CellColumn, amounts: CellColumn | null, period: CohortPeriod = "month", maxPairBits = MAX_PAIR_BITS): CohortTable {
  const n = ids.cells.length;
  const lineCustomer = new Int32Array(n);
  const linePeriod = new Int32Array(n);
  const lineAmount = amounts ? new Float64Array(n) : null;
  // Customers by their key (idKey's rule, customerIds.ts), numbered in order of first line.
  const customers = new IdTable();
  let counted = 0;
  let blankRows = 0, errorLines = 0, noId = 0, noDate = 0, dateNotDate = 0;
  let lastDay = -Infinity;
  let first = 2 ** 31 - 1;
  // Consecutive lines often share a date: its period is computed once.
  let cachedDay = NaN;
  let cachedPeriod = 0;
  // …and lines out of date order find their day's period in a small direct-mapped cache.
  const dayCache = new Float64Array(DAY_CACHE).fill(NaN);
  const periodCache = new Int32Array(DAY_CACHE);

  // The lists as Excel holds them: cells[i] (column < 0) or cells[i][column]; read inline, not
  // through a helper per cell (a full column is a million of each).
  const idRows = ids.cells, idColumn = ids.column;
  const dateRows = dates.cells, dateColumn = dates.column;
  const amountRows = amounts ? amounts.cells : null, amountColumn = amounts ? amounts.column : -1;
  for (let i = 0; i < n; i++) {
    let idCell = idColumn < 0 ? idRows[i] : (idRows[i] as ArrayLike<unknown>)[idColumn];
    let dateCell = dateColumn < 0 ? dateRows[i] : (dateRows[i] as ArrayLike<unknown>)[dateColumn];
    let amountCell = amountRows === null ? null : amountColumn < 0 ? amountRows[i] : (amountRows[i] as ArrayLike<unknown>)[amountColumn];
    // Rich values (data types) as plain cells; a plain cell is not touched.
    if (typeof idCell === "object" && idCell !== null) idCell = plainObject(idCell);
    if (typeof dateCell === "object" && dateCell !== null) dateCell = plainObject(dateCell);
    if (typeof amountCell === "object" && amountCell !== null) amountCell = plainObject(amountCell);
    if (isCellError(idCell) || isCellError(dateCell) || isCellError(amountCell)) {
      errorLines++;
      continue;
    }
    // Customer: its number if it was seen before (registered below, once the line counts).
    let c = customers.find(idCell);
    if (c < 0) {
      if (isBlank(idCell) && isBlank(dateCell) && isBlank(amountCell)) {
        blankRows++;
        continue;
      }
      if (c === NO_KEY) {
        noId++;
        continue;
      }
    }
    // Date.
    let serial: number;
    if (typeof dateCell === "number") serial = dateCell;
    else if (dateCell instanceof Date) serial = dateToSerial(dateCell);
    else {
      if (isBlank(dateCell)) noDate++;
      else dateNotDate++;
      continue;
    }
    const day = Math.floor(serial);
    if (!(day >= FIRST_SERIAL && day <= LAST_SERIAL)) {
      dateNotDate++;
      continue;
    }
    if (day !== cachedDay) {
      cachedDay = day;
      const slot = day & (DAY_CACHE - 1);
      if (dayCache[slot] === day) cachedPeriod = periodCache[slot];
      else {
        cachedPeriod = periodOfDay(day, period);
        dayCache[slot] = day;
        periodCache[slot] = cachedPeriod;
      }
    }
    // The line counts: register a new customer only now (a skipped line names no one).
    if (c < 0) c = customers.add();
    if (day > lastDay) lastDay = day;
    if (cachedPeriod < first) first = cachedPeriod;
    lineCustomer[counted] = c;
    linePeriod[counted] = cachedPeriod;
    if (lineAmount) lineAmount[counted] = typeof amountCell === "number" && amountCell - amountCell === 0 ? amountCell : 0;
    counted++;
  }

  const customerCount = customers.size;
  const notes: CohortLineNotes = { rows: n, counted, blankRows, errorLines, noId, noDate, dateNotDate };
  if (counted === 0) throw new SegmentError("orders.none");
  // The earliest line is some customer's first order, so the first cohort is the earliest period.
  const last = periodOfDay(lastDay, period);
  const width = last - first + 1;
  if (width > MAX_COHORT_PERIODS) {
    throw new SegmentError("cohort.span", { first: periodLabel(first, period), last: periodLabel(last, period), count: width, max: MAX_COHORT_PERIODS });
  }
  // Rows for every possible cohort first; trimmed to the last actual cohort below.
  let active = new Int32Array(width * width);
  let revenue = lineAmount ? new Float64Array(width * width) : null;
  if (!countPairsInOrder(lineCustomer, linePeriod, lineAmount, counted, customerCount, first, width, active, revenue)) {
    active.fill(0);
    revenue?.fill(0);
    countPairsSorted(lineCustomer, linePeriod, lineAmount, counted, customerCount, first, width, active, revenue, maxPairBits);
  }
  // Every customer ordered in its own cohort's period: column 0 holds the cohort sizes.
  let cohorts = width;
  while (cohorts > 1 && active[(cohorts - 1) * width] === 0) cohorts--;
  const sizes = new Int32Array(cohorts);
  for (let r = 0; r < cohorts; r++) sizes[r] = active[r * width];
  active = active.slice(0, cohorts * width);
  revenue = revenue ? revenue.slice(0, cohorts * width) : null;
  return { period, first, last, cohorts, width, sizes, active, revenue, customerCount, notes };
}

/**
 * The pairs and amounts in one pass over the lines, when every customer's lines come in period
 * order (an export sorted by date, or by customer then date): a customer's first line is its
 * cohort, and a period differing from the customer's previous line is a new (customer, period)
 * pair. Returns false, having counted part of it, at the first line that goes back in time.
 */
function countPairsInOrder(
  lineCustomer: Int32Array,
  linePeriod: Int32Array,
  lineAmount: Float64Array | null,
  counted: number,
  customerCount: number,
  first: number,
  width: number,
  active: Int32Array,
  revenue: Float64Array | null,
): boolean {
  // Per customer, side by side (one cache line): the period of its latest line, and its cohort.
  const state = new Int32Array(2 * customerCount).fill(-1);
  for (let j = 0; j < counted; j++) {
    const c2 = 2 * lineCustomer[j];
    const p = linePeriod[j];
    const seen = state[c2];
    let cohort: number;
    if (seen < 0) {
      state[c2] = p;
      state[c2 + 1] = p;
      cohort = p;
      active[(p - first) * width]++;
    } else {
      cohort = state[c2 + 1];
      if (p !== seen) {
        if (p < seen) return false;
        state[c2] = p;
        active[(cohort - first) * width + (p - cohort)]++;
      }
    }
    if (revenue && lineAmount) revenue[(cohort - first) * width + (p - cohort)] += lineAmount[j];
  }
  return true;
}

/** At most this many (customer, period) bits (8 MB) for the one-pass count of lines in any order. */
const MAX_PAIR_BITS = 64 * 2 ** 20;

/**
 * The same for lines in any order: cohorts by a pass for the minimum, then the pairs by one bit per
 * (customer, period since its cohort) — or, when that would take more than 8 MB, by a counting
 * sort of the lines by customer.
 */
function countPairsSorted(
  lineCustomer: Int32Array,
  linePeriod: Int32Array,
  lineAmount: Float64Array | null,
  counted: number,
  customerCount: number,
  first: number,
  width: number,
  active: Int32Array,
  revenue: Float64Array | null,
  maxPairBits: number,
): void {
  const cohortOf = new Int32Array(customerCount).fill(2 ** 31 - 1);
  for (let j = 0; j < counted; j++) {
    const c = lineCustomer[j];
    if (linePeriod[j] < cohortOf[c]) cohortOf[c] = linePeriod[j];
  }
  if (revenue && lineAmount) {
    for (let j = 0; j < counted; j++) {
      const cohort = cohortOf[lineCustomer[j]];
      revenue[(cohort - first) * width + (linePeriod[j] - cohort)] += lineAmount[j];
    }
  }
  if (customerCount * width <= maxPairBits) {
    // One bit per (customer, period since its cohort): one pass, no sort.
    const seen = new Uint32Array(Math.ceil((customerCount * width) / 32));
    for (let j = 0; j < counted; j++) {
      const c = lineCustomer[j];
      const cohort = cohortOf[c];
      const k = linePeriod[j] - cohort;
      const bit = c * width + k;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((seen[word] & mask) !== 0) continue;
      seen[word] |= mask;
      active[(cohort - first) * width + k]++;
    }
    return;
  }
  // Too many pairs for a bit each: a counting sort of the lines by customer, then one stamp per period.
  const start = new Int32Array(customerCount + 1);
  for (let j = 0; j < counted; j++) start[lineCustomer[j] + 1]++;
  for (let c = 0; c < customerCount; c++) start[c + 1] += start[c];
  const fill = start.slice(0, customerCount);
  const periods = new Int32Array(counted);
  for (let j = 0; j < counted; j++) periods[fill[lineCustomer[j]]++] = linePeriod[j];
  // stamp[k] = c + 1 once customer c has been counted in period cohort + k.
  const stamp = new Int32Array(width);
  for (let c = 0; c < customerCount; c++) {
    const cohort = cohortOf[c];
    const row = (cohort - first) * width;
    for (let j = start[c]; j < start[c + 1]; j++) {
      const k = periods[j] - cohort;
      if (stamp[k] === c + 1) continue;
      stamp[k] = c + 1;
      active[row + k]++;
    }
  }
}

/** What a cell of the table shows: a number, or why not. */
export type CohortValue = { readonly kind: "value"; readonly value: number } | { readonly kind: "blank" } | { readonly kind: "noBase" };

const BLANK: CohortValue = { kind: "blank" };
const NO_BASE: CohortValue = { kind: "noBase" };

/**
 * The value of row r (cohort first + r), column k: blank after the last period and for an empty
 * cohort; for "revenue", no base when the cohort's period-0 amount is 0 or less.
 */
export function cohortValue(table: CohortTable, r: number, k: number, measure: CohortMeasure): CohortValue {
  const size = table.sizes[r];
  if (size === 0 || table.first + r + k > table.last) return BLANK;
  const at = r * table.width + k;
  if (measure === "customers") return { kind: "value", value: table.active[at] / size };
  if (!table.revenue) throw new SegmentError("cohort.amountsNeeded");
  const base = table.revenue[r * table.width];
  return base > 0 ? { kind: "value", value: table.revenue[at] / base } : NO_BASE;
}
