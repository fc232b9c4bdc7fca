/**
 * The rows a method runs on, from the rows the sheet holds: total rows left out, and — when the
 * user chose "add them up per customer" — one row per customer, so a customer on three order
 * lines gets one class, written on each of its lines (MethodInput.rowCustomer).
 *
 * Adding up, per role: amounts and order counts are summed; the first order date is the
 * earliest, the last order date the latest; the ID and the name are the first row's. A customer
 * with an error in an amount gets that error (no class, counted as an error): a sum that leaves
 * a cell out would be silently wrong. Rows without an ID stay customers of their own.
 */
import { isBlank, isCellError } from "../segment/cells";
import { IdKey, idKey } from "../segment/customerIds";
import { dateToSerial } from "../segment/dates";
import { RoleId } from "../i18n/headerDictionary";
import { MethodInput } from "./methods/types";

/** The input with the given rows blanked: they are not customers (their class cell stays empty). */
export function withoutRows(input: MethodInput, rows: ReadonlySet<number>): MethodInput {
  if (rows.size === 0) return input;
  const blank = (column: readonly unknown[]): unknown[] => column.map((cell, i) => (rows.has(i) ? null : cell));
  const columns: Partial<Record<RoleId, readonly unknown[]>> = {};
  for (const [role, column] of Object.entries(input.columns) as [RoleId, readonly unknown[]][]) columns[role] = blank(column);
  return {
    ...input,
    columns,
    leftOut: [...rows].sort((a, b) => a - b),
    ...(input.periods ? { periods: input.periods.map((row, i) => (rows.has(i) ? row.map(() => null) : row)) } : {}),
  };
}

type Combine = "sum" | "min" | "max" | "first";

const HOW: Readonly<Record<RoleId, Combine>> = {
  value: "sum",
  second: "sum",
  orders: "sum",
  firstDate: "min",
  lastDate: "max",
  date: "max",
  id: "first",
  name: "first",
};

function asNumber(cell: unknown): number | null {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (cell instanceof Date) {
    const serial = dateToSerial(cell);
    return Number.isFinite(serial) ? serial : null;
  }
  return null;
}

/** One customer's cells of one role, combined. */
function combine(cells: readonly unknown[], how: Combine): unknown {
  if (how === "first") return cells.find((c) => !isBlank(c)) ?? null;
  const error = cells.find(isCellError);
  if (error) return error;
  let out: number | null = null;
  for (const cell of cells) {
    const n = asNumber(cell);
    if (n === null) continue;
    out = out === null ? n : how === "sum" ? out + n : how === "min" ? Math.min(out, n) : Math.max(out, n);
  }
  // No number at all: the first cell as it is (text stays text, so it is still counted as text).
  return out ?? cells.find((c) => !isBlank(c)) ?? null;
}

/** For each data row, its customer (0…): rows with the same ID key share one; `skip` rows get -1. */
export function customerOfRows(keys: readonly unknown[], skip: ReadonlySet<number>): { rowCustomer: Int32Array; customers: number } {
  const rowCustomer = new Int32Array(keys.length).fill(-1);
  const byKey = new Map<IdKey, number>();
  let customers = 0;
  for (let i = 0; i < keys.length; i++) {
    if (skip.has(i)) continue;
    const cell = keys[i];
    const key = isCellError(cell) ? null : idKey(cell);
    if (key === null) {
      rowCustomer[i] = customers++;
      continue;
    }
    let c = byKey.get(key);
    if (c === undefined) {
      c = customers++;
      byKey.set(key, c);
    }
    rowCustomer[i] = c;
  }
  return { rowCustomer, customers };
}

/** One row per customer (by ID, else by name), total rows (`skip`) left out. */
export function addUpPerCustomer(input: MethodInput, skip: ReadonlySet<number>): MethodInput {
  const keys = input.columns.id ?? input.columns.name;
  if (!keys) return withoutRows(input, skip);
  const { rowCustomer, customers } = customerOfRows(keys, skip);
  const members: number[][] = Array.from({ length: customers }, () => []);
  rowCustomer.forEach((c, row) => c >= 0 && members[c].push(row));
  const columns: Partial<Record<RoleId, readonly unknown[]>> = {};
  for (const [role, column] of Object.entries(input.columns) as [RoleId, readonly unknown[]][]) {
    columns[role] = members.map((rows) => combine(rows.map((r) => column[r]), HOW[role]));
  }
  const periods = input.periods;
  return {
    rowCount: customers,
    columns,
    ...(input.names ? { names: input.names } : {}),
    ...(input.names ? { names: input.names } : {}),
    ...(skip.size ? { leftOut: [...skip].sort((a, b) => a - b) } : {}),
    ...(periods ? { periods: members.map((rows) => periods[rows[0]].map((_, p) => combine(rows.map((r) => periods[r][p]), "sum"))) } : {}),
    rowCustomer,
  };
}
