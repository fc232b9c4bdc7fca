/**
 * The transitions sheet of a segmentation (methods.md §11): between two snapshots, the matrix in
 * customers and in value (transitionTable: rows = class on the first date + NEW, columns = class
 * on the second date + GONE, with totals), the one-line money summary, the cut values, the moves weighed in money,
 * class sizes per snapshot with charts, the movers in money order with why each moved, and
 * the customers that are GONE — the ones that have no row beside the data any more. Static
 * values: the history sheet holds the snapshots they come from. Pure.
 */
import { historyText } from "../i18n/historyText";
import { Language } from "../i18n/language";
import { isCellError } from "../segment/cells";
import { IdKey, idKey as customerKey } from "../segment/customerIds";
import { transitionTable, TransitionMeasure, Transitions, Mover } from "../segment/transitions";
import { transitionLabel } from "../i18n/transitionText";
import { ChartSpec, CellBlock, CellInput, NewSheet, Scalar } from "./plan";
import { goneCustomers } from "./movement";
import { ClassSizes } from "./classSizes";
import { CutComparison, MoveReason } from "./cutChanges";
import { localize } from "./methods/types";
import { moneyAtStake, moversByMoney } from "./moneyAtStake";
import { formatDate, formatShortDate } from "../i18n/formatValue";
import { valueNumberFormat } from "./planSummary";
import { fitColumns } from "./columnFit";

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
  /** Why each of `movers` moved (same order), when it can be told (cutChanges.ts). */
  readonly reasons?: readonly (MoveReason | null)[];
  /** The cut values, kept or re-fitted, beside today's fit. */
  readonly cuts?: CutComparison | null;
  /** Class sizes per snapshot of this segmentation, this one included. */
  readonly sizes?: ClassSizes | null;
}

/** Whole amounts as the user's language writes them ("184,300"): text in a sentence, not a cell to compute with. */
export function amountText(v: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(v);
}

/** The one line at the top of the sheet (and of the pane's view): who moved down and up, in money. */
export function stakeSummary(movers: readonly Mover[], language: Language): string {
  if (movers.length === 0) return historyText("stakeNone", language);
  const m = moneyAtStake(movers);
  return historyText("stakeSummary", language, {
    down: m.downCustomers,
    before: amountText(m.downValueBefore, language),
    now: amountText(m.downValueNow, language),
    up: m.upCustomers,
    upNow: amountText(m.upValueNow, language),
  });
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
  // The one line a reader needs first: the money that moved.
  if (t.hasValues) {
    next--; // right under the dates
    add([[stakeSummary(report.movers, language)]], undefined, true);
  }
  add([[text("note")]]);
  const cuts = report.cuts;
  if (cuts && cuts.changes.length) {
    add([[text("cutsTitle")]], undefined, true);
    next--;
    add([[cuts.kept ? (cuts.since !== null ? text("cutsKept", { date: formatDate(cuts.since, language) }) : text("cutsKeptNoDate")) : text("cutsRefit")]]);
    next--;
    // Values stay numbers, each row with its own format: a date split as a date, a value to the digits that matter.
    const head = add([[text("cut"), cuts.kept ? text("cutKept") : text("cutThen"), text("cutToday")]], undefined, true);
    next = head + 1;
    for (const c of cuts.changes) {
      const format = (v: number | null): string | null => (v === null ? null : c.date ? "yyyy-mm-dd" : valueNumberFormat(v));
      add([[localize(c.label, language), c.before ?? "—", c.now ?? "—"]], [null, format(c.before), format(c.now)]);
      next--;
    }
    next++;
  }
  add([[text("customersMatrix")]], undefined, true);
  next--;
  add(matrixRows(t, "customers", language), undefined, true);
  if (t.hasValues) {
    add([[text("valueMatrix")]], undefined, true);
    next--;
    const width = t.order.length + 3;
    add(matrixRows(t, "value", language), [null, ...Array<string>(width - 1).fill("#,##0")], true);
  }

  if (t.hasValues && report.movers.length) {
    const stake = moneyAtStake(report.movers);
    add([[text("stakeTitle")]], undefined, true);
    next--;
    add(
      [
        [text("fromClass"), text("toClass"), text("direction"), text("customers"), text("valueBefore"), text("valueNow"), text("change")],
        ...[...stake.down, ...stake.up].map((f) => [f.from, f.to, f.direction, f.customers, f.valueBefore, f.valueNow, f.valueNow - f.valueBefore]),
      ],
      [null, null, null, "#,##0", "#,##0", "#,##0", "#,##0"],
      true,
    );
  }

  const charts: ChartSpec[] = [];
  const sizes = report.sizes;
  if (sizes && sizes.snapshots.length) {
    // Dates as text: the chart takes the first column as categories, not as a series of numbers.
    const table = (pick: (s: ClassSizes["snapshots"][number]) => readonly number[]): CellInput[][] => [
      [text("asOf"), ...sizes.order],
      ...sizes.snapshots.map((s) => [formatShortDate(s.asOf, language), ...pick(s)]),
    ];
    const formats = [null, ...sizes.order.map(() => "#,##0")];
    add([[text("sizesTitle")]], undefined, true);
    next--;
    const top = add(table((s) => s.customers), formats, true);
    // Each table's chart sits right of it, 14 rows tall: the next block starts below the chart.
    next = Math.max(next, top + 16);
    charts.push({ kind: "sizes", title: text("sizesTitle"), data: { row: top, col: 0, rows: sizes.snapshots.length + 1, cols: sizes.order.length + 1 }, anchor: { row: top, col: sizes.order.length + 2, rows: 14, cols: 6 } });
    if (sizes.hasValues) {
      add([[text("sizesValueTitle")]], undefined, true);
      next--;
      const valueTop = add(table((s) => s.value), formats, true);
      next = Math.max(next, valueTop + 16);
      charts.push({ kind: "sizes", title: text("sizesValueTitle"), data: { row: valueTop, col: 0, rows: sizes.snapshots.length + 1, cols: sizes.order.length + 1 }, anchor: { row: valueTop, col: sizes.order.length + 2, rows: 14, cols: 6 } });
    }
  }

  // Money order (moneyAtStake.ts); each mover keeps its reason, found by the engine's order.
  const reasonOf = new Map(report.movers.map((m, i) => [m, report.reasons?.[i] ?? null]));
  const movers = moversByMoney(report.movers);
  add([[text("movers")]], undefined, true);
  next--;
  const withReasons = Boolean(report.reasons?.some((r) => r !== null));
  const moverRows: CellInput[][] = [
    [text("customerId"), text("customer"), text("classBefore"), text("classNow"), text("direction"), text("steps"), text("valueBefore"), text("valueNow"), ...(withReasons ? [text("reason")] : [])],
    ...movers.slice(0, LIST_LIMIT).map((m) => {
      const reason = reasonOf.get(m) ?? null;
      return [idCell(m.id), nameOf(m.id), m.previousClass, m.currentClass, m.direction, m.steps, num(m.previousValue), num(m.currentValue), ...(withReasons ? [reason ? text(reason) : null] : [])];
    }),
  ];
  add(moverRows, [null, null, null, null, null, "0", "#,##0", "#,##0", ...(withReasons ? [null] : [])], true);
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

  // Wide enough for every label that has a value beside it (Excel cuts a text at a non-empty neighbour).
  return { name: sheet, blocks, fills: [], boldRows: bold, columnWidths: fitColumns(blocks, [16, 28, 10, 10, 10, 10, 14, 14, 12], [], 40), charts };
}
