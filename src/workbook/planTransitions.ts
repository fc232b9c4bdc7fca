/**
 * The transitions sheet of a segmentation (methods.md §11): between two snapshots, the matrix in
 * customers and in value (transitionTable: rows = class on the first date + NEW, columns = class
 * on the second date + GONE, with totals), the movers (largest downgrades first, movers()) and
 * the customers that are GONE — the ones that have no row beside the data any more. Static
 * values: the history sheet holds the snapshots they come from. Pure.
 */
import { historyText } from "../i18n/historyText";
import { Language } from "../i18n/language";
import { isCellError } from "../segment/cells";
import { IdKey, idKey as customerKey } from "../segment/customerIds";
import { transitionTable, TransitionMeasure, Transitions, Mover } from "../segment/transitions";
import { transitionLabel } from "../i18n/transitionText";
import { CellBlock, CellInput, NewSheet, Scalar } from "./plan";
import { goneCustomers } from "./movement";

/** Longest list written on the sheet (the pane and the history have all of them). */
export const LIST_LIMIT = 5000;

export interface TransitionsReport {
  readonly sheet: string;
  readonly methodLabel: string;
  readonly from: number;
  readonly to: number;
  readonly transitions: Transitions;
  readonly movers: readonly Mover[];
  readonly names: ReadonlyMap<IdKey, string>;
  readonly language: Language;
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The matrix with its labels: header row, then one row per previous class, NEW and Total. */
export function matrixRows(t: Transitions, measure: TransitionMeasure, language: Language): Scalar[][] {
  const table = transitionTable(t, measure);
  const total = historyText("total", language);
  const header: Scalar[] = [transitionLabel("corner", language), ...t.order, "GONE", total];
  const labels = [...t.order, "NEW", total];
  return [
    header,
    ...table.map((row, r) => [labels[r], ...row.map((cell): Scalar => (cell === null ? null : isCellError(cell) ? cell.code : cell))]),
  ];
}

export function planTransitionsSheet(report: TransitionsReport): NewSheet {
  const { transitions: t, language, sheet } = report;
  const text = (k: Parameters<typeof historyText>[0], p?: Record<string, string | number>): string => historyText(k, language, p);
  const blocks: CellBlock[] = [];
  const bold: number[] = [];
  let next = 0;
  const add = (rows: CellInput[][], formats?: (string | null)[], boldFirst = false): number => {
    const top = next;
    const cols = Math.max(...rows.map((r) => r.length));
    const cells = rows.map((r) => [...r, ...Array<CellInput>(cols - r.length).fill(null)]);
    blocks.push({ sheet, range: { row: top, col: 0, rows: rows.length, cols }, cells, ...(formats ? { numberFormats: formats } : {}) });
    if (boldFirst) bold.push(top);
    next = top + rows.length + 1;
    return top;
  };
  const nameOf = (id: unknown): string | null => {
    const key = customerKey(id);
    return key === null ? null : report.names.get(key) ?? null;
  };
  const idCell = (id: unknown): Scalar => (typeof id === "string" || typeof id === "number" || typeof id === "boolean" ? id : null);

  add([[text("transitionsTitle", { method: report.methodLabel })]], undefined, true);
  next--; // the dates right under the title
  add(
    [
      [text("from"), report.from],
      [text("to"), report.to],
    ],
    [null, "yyyy-mm-dd"],
  );
  add([[text("note")]]);
  add([[text("customersMatrix")]], undefined, true);
  next--;
  add(matrixRows(t, "customers", language), undefined, true);
  if (t.hasValues) {
    add([[text("valueMatrix")]], undefined, true);
    next--;
    const width = t.order.length + 3;
    add(matrixRows(t, "value", language), [null, ...Array<string>(width - 1).fill("#,##0")], true);
  }

  const movers = report.movers;
  add([[text("movers")]], undefined, true);
  next--;
  const moverRows: CellInput[][] = [
    [text("customerId"), text("customer"), text("classBefore"), text("classNow"), text("direction"), text("steps"), text("valueBefore"), text("valueNow")],
    ...movers.slice(0, LIST_LIMIT).map((m) => [idCell(m.id), nameOf(m.id), m.previousClass, m.currentClass, m.direction, m.steps, num(m.previousValue), num(m.currentValue)]),
  ];
  add(moverRows, [null, null, null, null, null, "0", "#,##0", "#,##0"], true);
  if (movers.length > LIST_LIMIT) {
    next--;
    add([[text("listCut", { shown: LIST_LIMIT, total: movers.length })]]);
  }

  const gone = goneCustomers(t);
  add([[text("gone")]], undefined, true);
  next--;
  add(
    [
      [text("customerId"), text("customer"), text("classBefore"), text("valueBefore")],
      ...gone.slice(0, LIST_LIMIT).map((g) => [idCell(g.id), nameOf(g.id), g.previousClass, num(g.previousValue)]),
    ],
    [null, null, null, "#,##0"],
    true,
  );
  if (gone.length > LIST_LIMIT) {
    next--;
    add([[text("listCut", { shown: LIST_LIMIT, total: gone.length })]]);
  }
  return { name: sheet, blocks, fills: [], boldRows: bold, columnWidths: [16, 28, 10, 10, 10, 10, 14, 14], charts: [] };
}
