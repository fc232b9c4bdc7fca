/**
 * The engine's answers for the parity tests, computed from the same rows as the sheet would hold
 * them: a SQL NULL becomes a blank, text or error cell (asSheetCell), which the engine must
 * treat as not a customer (a blank result, here null).
 */
import { fitTierRequest } from "../../../src/segment/abc";
import { readNumberColumn } from "../../../src/segment/cells";
import { classifyRows } from "../../../src/segment/classifyRows";
import { fitPareto, paretoGroupOf, PARETO_CODES } from "../../../src/segment/pareto";
import { classifyQuadrants, fitQuadrants, LabelSet, QUADRANT_LABEL_SETS, readPairedColumns, Split } from "../../../src/segment/quadrant";
import { TIER_CODES } from "../../../src/segment/tiers";
import { summarizeCustomers } from "../../../src/segment/customerSummary";
import { CustomerOrders, groupOrders } from "../../../src/segment/orders";
import { rfmScores } from "../../../src/segment/rfm";
import { DEFAULT_RFM_RULES, RfmRule, segmentCodes, segmentIndexOf } from "../../../src/segment/rfmSegments";
import { NumberColumn } from "../../../src/segment/cells";
import { classifyLifecycle, DEFAULT_LIFECYCLE, LIFECYCLE_CODES, LifecycleSettings, ROW_PROBLEM } from "../../../src/segment/lifecycle";
import { Basis, BoundaryRule } from "../../../src/sql/abc";
import { asSheetCell, OrderLines } from "./data";

function byId(ids: readonly string[], classes: ArrayLike<number>, codes: readonly string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i++) out.set(ids[i], classes[i] >= 0 ? codes[classes[i]] : null);
  return out;
}

export function engineTiers(ids: readonly string[], values: readonly (number | null)[], cuts: number[], rule: BoundaryRule, basis: Basis): Map<string, string | null> {
  const column = readNumberColumn(values.map(asSheetCell));
  const fitted = fitTierRequest(column, { cuts, rule, basis }, cuts.length + 1);
  return byId(ids, classifyRows(column, fitted.classOf), TIER_CODES);
}

export function enginePareto(ids: readonly string[], values: readonly (number | null)[], cut: number): Map<string, string | null> {
  const column = readNumberColumn(values.map(asSheetCell));
  const model = fitPareto(column, cut);
  return byId(ids, classifyRows(column, (v) => paretoGroupOf(model, v)), PARETO_CODES);
}

export function engineQuadrants(
  ids: readonly string[],
  x: readonly (number | null)[],
  y: readonly (number | null)[],
  xSplit: Split,
  ySplit: Split,
  labels: LabelSet,
): Map<string, string | null> {
  // Different non-customer cells in x and y (offset by one): a blank beside text, an error beside a number …
  const pair = readPairedColumns(x.map(asSheetCell), y.map((v, i) => asSheetCell(v, i + 1)));
  const model = fitQuadrants(pair, xSplit, ySplit);
  return byId(ids, classifyQuadrants(pair, model), QUADRANT_LABEL_SETS[labels]);
}

/** SUMMARY's numbers per customer key, as one comparable list: first, last, orders, amount, days since, gap, lines. */
export type SummaryRow = [number, number, number, number, number, number | null, number];

export function engineOrders(lines: OrderLines, asOf?: number): CustomerOrders {
  return groupOrders(lines.idCells, lines.dateCells, lines.amountCells, asOf);
}

export function engineSummary(lines: OrderLines, asOf?: number): Map<string, SummaryRow> {
  const orders = engineOrders(lines, asOf);
  const { daysSinceLast, averageGap } = summarizeCustomers(orders);
  const out = new Map<string, SummaryRow>();
  for (let c = 0; c < orders.customerCount; c++) {
    const gap = averageGap[c];
    out.set(String(orders.keys[c]), [orders.first[c], orders.last[c], orders.distinctDays[c], orders.amount[c], daysSinceLast[c], Number.isNaN(gap) ? null : gap, orders.lines[c]]);
  }
  return out;
}

/** "R-F-M segment" per customer, e.g. "5-4-3 POTENTIAL-LOYALIST"; null for rows that are not customers. */
export function engineRfm(
  ids: readonly string[],
  r: NumberColumn,
  f: NumberColumn,
  m: NumberColumn,
  edges: (Float64Array | null)[] = [null, null, null],
  rules: readonly RfmRule[] = DEFAULT_RFM_RULES,
): Map<string, string | null> {
  const { scores } = rfmScores(r, f, m, edges);
  const codes = segmentCodes(rules);
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i++) {
    const [rs, fs, ms] = [scores[0][i], scores[1][i], scores[2][i]];
    out.set(ids[i], Number.isNaN(rs) ? null : `${rs}-${fs}-${ms} ${codes[segmentIndexOf(rules, rs, fs, ms)]}`);
  }
  return out;
}

export function engineRfmFromOrders(lines: OrderLines): Map<string, string | null> {
  const orders = engineOrders(lines);
  const { daysSinceLast } = summarizeCustomers(orders);
  const column = (values: ArrayLike<number>): NumberColumn => readNumberColumn(Array.from(values));
  return engineRfm(orders.keys.map(String), column(daysSinceLast), column(orders.lines), column(orders.amount));
}

const PROBLEM_NAMES: Record<string, string> = {
  "lifecycle.row.firstAfterLast": "first-after-last",
  "lifecycle.row.afterAsOf": "after-as-of",
  "lifecycle.row.orders": "no-orders",
};

/** Stage code per customer; "PROBLEM:<what>" for rows the engine refuses; null for non-customers. */
export function engineLifecycle(
  ids: readonly string[],
  first: NumberColumn,
  last: NumberColumn,
  orders: NumberColumn,
  satisfaction: NumberColumn | null,
  settings: Partial<LifecycleSettings> = {},
): Map<string, string | null> {
  const result = classifyLifecycle(first, last, orders, satisfaction, { ...DEFAULT_LIFECYCLE, ...settings });
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i++) {
    const stage = result.stage[i];
    out.set(ids[i], stage === ROW_PROBLEM ? `PROBLEM:${PROBLEM_NAMES[result.problems.get(i) as string]}` : stage >= 0 ? LIFECYCLE_CODES[stage] : null);
  }
  return out;
}

export function engineLifecycleFromOrders(lines: OrderLines, settings: Partial<LifecycleSettings> = {}): Map<string, string | null> {
  const orders = engineOrders(lines);
  const column = (values: ArrayLike<number>): NumberColumn => readNumberColumn(Array.from(values));
  return engineLifecycle(orders.keys.map(String), column(orders.first), column(orders.last), column(orders.distinctDays), null, { ...settings, asOf: orders.asOf });
}
