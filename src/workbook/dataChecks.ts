/**
 * What a real export holds that would give a silently wrong class, found before the preview:
 * total and subtotal rows (they would take class A and push real customers down), customer IDs
 * that repeat (one class per row would give one customer three classes), numbers stored as text
 * (left out of the count). Pure: the pane shows the findings and offers the fixes; runOn
 * (segmentation.ts) leaves total rows out and adds repeated IDs up when the user chose it.
 */
import { repeatedKeys } from "../segment/customerIds";
import { MethodInput, SegmentMethod } from "./methods/types";
import { normalizeHeader } from "./roles";

/**
 * Words a total row's label reads, after normalizeHeader (case, spaces, punctuation and
 * bracketed units dropped): "Total", "Grand total", "SUM", "합계", "소계", "총계", "合计", "小计",
 * "总计" (and the traditional forms a Taiwanese or Hong Kong export writes).
 */
const TOTAL_WORDS = new Set([
  "total", "totals", "subtotal", "grandtotal", "sum",
  "합계", "소계", "총계", "총합계", "계",
  "合计", "小计", "总计", "总合计", "合計", "小計", "總計", "总和",
]);

export function isTotalLabel(cell: unknown): boolean {
  return typeof cell === "string" && TOTAL_WORDS.has(normalizeHeader(cell));
}

/** A SUM, SUBTOTAL or AGGREGATE formula (an Excel Table's totals row writes SUBTOTAL). */
const TOTAL_FORMULA = /^=\s*(?:_xlfn\.)?(?:SUM|SUBTOTAL|AGGREGATE)\s*\(/i;

export function isTotalFormula(formula: unknown): boolean {
  return typeof formula === "string" && TOTAL_FORMULA.test(formula);
}

export type TotalReason = "label" | "formula" | "tableTotals";

/** A data row (0-based, below the header) that is a total, not a customer. */
export interface TotalRow {
  readonly row: number;
  readonly reason: TotalReason;
  /** The label as the sheet writes it ("합계"), for a row found by its label. */
  readonly label?: string;
}

/** IDs (or names, when no ID column is mapped) on more than one row. */
export interface RepeatedIds {
  readonly role: "id" | "name";
  /** How many distinct customers appear on more than one row. */
  readonly customers: number;
  /** How many rows they are on. */
  readonly rows: number;
  /** A few of them, as written in the sheet. */
  readonly examples: readonly string[];
}

export interface DataFindings {
  readonly totals: readonly TotalRow[];
  readonly repeated: RepeatedIds | null;
}

export interface CheckInput {
  readonly input: MethodInput;
  /** The block's first column, when no role reads it: where an export writes "Total". */
  readonly labels?: readonly unknown[];
  /** The value column's formulas (null for a constant), when read. */
  readonly valueFormulas?: readonly (string | null)[];
  /** The block is an Excel Table showing its totals row (the last data row). */
  readonly tableTotalsRow?: boolean;
}

const LABEL_ROLES = ["id", "name"] as const;

/** The total rows: by a label in the ID, name or first column, by a SUM-like formula in the value, or the Table's totals row. */
export function findTotalRows(check: CheckInput): TotalRow[] {
  const { input } = check;
  const found = new Map<number, TotalRow>();
  if (check.tableTotalsRow && input.rowCount > 0) found.set(input.rowCount - 1, { row: input.rowCount - 1, reason: "tableTotals" });
  const formulas = check.valueFormulas;
  if (formulas) for (let i = 0; i < formulas.length; i++) if (!found.has(i) && isTotalFormula(formulas[i])) found.set(i, { row: i, reason: "formula" });
  const labelColumns = [...LABEL_ROLES.map((r) => input.columns[r]), check.labels].filter((c): c is readonly unknown[] => Array.isArray(c));
  for (const column of labelColumns) {
    for (let i = 0; i < column.length; i++) {
      const cell = column[i];
      if (!found.has(i) && isTotalLabel(cell)) found.set(i, { row: i, reason: "label", label: (cell as string).trim() });
    }
  }
  return [...found.values()].sort((a, b) => a.row - b.row);
}

/** The text a key cell shows, for messages. */
function shown(cell: unknown): string {
  return typeof cell === "number" ? String(cell) : String(cell ?? "");
}

/** Customers on more than one row, by ID (NFKC-normalised, as the history matches them), else by name. Rows in `skip` are not customers. */
export function findRepeatedIds(input: MethodInput, skip: ReadonlySet<number> = new Set()): RepeatedIds | null {
  const role = Array.isArray(input.columns.id) ? "id" : Array.isArray(input.columns.name) ? "name" : null;
  if (role === null) return null;
  const found = repeatedKeys(input.columns[role] as readonly unknown[], skip);
  return found && { role, customers: found.customers, rows: found.rows, examples: found.examples.map(shown) };
}

/**
 * Roles that add up per customer (a sum, the earliest or the latest date). A method reading
 * another role (a second measure such as stability or purchase intent, which is a rate, not an
 * amount) cannot be added up: the pane asks for one row per customer instead.
 */
const ADDITIVE_ROLES = new Set(["value", "orders", "firstDate", "lastDate", "date", "id", "name"]);

export function canAddUp(method: SegmentMethod): boolean {
  return method.roles.every((r) => ADDITIVE_ROLES.has(r));
}

export function checkData(check: CheckInput): DataFindings {
  const totals = findTotalRows(check);
  return { totals, repeated: findRepeatedIds(check.input, new Set(totals.map((t) => t.row))) };
}
