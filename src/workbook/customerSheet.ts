/**
 * "Summarise orders per customer": from an orders sheet (an ID repeats, with dates and amounts) to
 * a new sheet with one row per customer — SEGMENT.SUMMARY's columns and rules (orders.ts,
 * customerSummary.ts), with the headers in the pane's language and dates shown as dates — on
 * which RFM, RFM 8, lifecycle and churn probability run. The sheet is the user's from then on
 * (WorkbookPort.addUserSheet): a later Remove of a segmentation never touches it.
 */
import { customerText } from "../i18n/customerText";
import { Language } from "../i18n/language";
import { summarizeCustomers } from "../segment/customerSummary";
import { groupOrders } from "../segment/orders";
import { isBlank } from "../segment/cells";
import { CellInput, NewSheet } from "./plan";
import { RoleAssignment } from "./plan";
import { SegmentMethod } from "./methods/types";
import { SourceInfo } from "./port";

const HEADER_KEYS = ["id", "first", "last", "orders", "amount", "daysSince", "averageGap", "lines"] as const;
const DATE = "yyyy-mm-dd";
const FORMATS = [null, DATE, DATE, "0", "#,##0", "0", "0.0", "0"];

/** The roles a customer sheet's columns fill (guessed from its headers): ID, first and last order, orders, amount. */
const SHEET_ROLES: ReadonlySet<string> = new Set(["id", "firstDate", "lastDate", "orders", "value"]);

/** Whether a method runs on the customer sheet alone: every column it needs is one the sheet has. */
export function runsOnCustomerSheet(method: Pick<SegmentMethod, "roles" | "usesPeriods">): boolean {
  return !method.usesPeriods && method.roles.every((r) => SHEET_ROLES.has(r));
}

/** Order lines: an ID column that repeats in the first rows, beside a date column (the pane offers the summary then). */
export function looksLikeOrders(source: SourceInfo, roles: RoleAssignment): boolean {
  const id = roles.id;
  if (typeof id !== "number" || typeof roles.date !== "number") return false;
  const seen = new Set<string>();
  for (const row of source.sample) {
    const cell = row[id];
    if (isBlank(cell)) continue;
    const key = String(cell).trim().toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

export interface CustomerSheet {
  readonly sheet: NewSheet;
  readonly customers: number;
  readonly linesCounted: number;
  readonly lines: number;
}

/** The customer sheet of these order lines (ids, dates, amounts per line), named `name`. */
export function customerSheet(name: string, ids: readonly unknown[], dates: readonly unknown[], amounts: readonly unknown[] | null, language: Language): CustomerSheet {
  const orders = groupOrders(ids, dates, amounts);
  const { daysSinceLast, averageGap } = summarizeCustomers(orders);
  const rows: CellInput[][] = [HEADER_KEYS.map((k) => customerText(`summary.${k}`, {}, language))];
  for (let c = 0; c < orders.customerCount; c++) {
    const id = orders.ids[c];
    rows.push([
      typeof id === "number" || typeof id === "string" || typeof id === "boolean" ? id : String(id),
      orders.first[c],
      orders.last[c],
      orders.distinctDays[c],
      orders.amount[c],
      daysSinceLast[c],
      Number.isNaN(averageGap[c]) ? null : Math.round(averageGap[c] * 10) / 10,
      orders.lines[c],
    ]);
  }
  const sheet: NewSheet = {
    name,
    blocks: [{ sheet: name, range: { row: 0, col: 0, rows: rows.length, cols: HEADER_KEYS.length }, cells: rows, numberFormats: FORMATS }],
    fills: [],
    boldRows: [0],
    columnWidths: [16, 12, 12, 10, 14, 12, 14, 10],
    charts: [],
  };
  return { sheet, customers: orders.customerCount, linesCounted: orders.notes.counted, lines: ids.length };
}
