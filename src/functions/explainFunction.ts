/** SEGMENT.EXPLAIN: the summary behind a tiering, as a spilled table with a header row. */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { classifyRows } from "../segment/classifyRows";
import { explainClasses, Explanation } from "../segment/explain";
import { fitPareto, paretoGroupOf, PARETO_CODES } from "../segment/pareto";
import { SegmentError } from "../segment/segmentError";
import { readSingleCut, readTierFit } from "./cutsArgument";
import { guarded, optionalText, readList, readNumberList } from "./excel";
import { explainHeader, explainLabel } from "../i18n/explainText";
import { withRepeatedIds } from "./repeatedIdsNote";

type Row = (string | number)[];

const METHODS = ["ABC", "ABCD", "PARETO"] as const;

/** NaN (an empty class) shows as a blank cell, not as #NUM!. */
const cell = (x: number): string | number => (Number.isNaN(x) ? "" : x);

function tableRows(explanation: Explanation, cuts: readonly (number | null)[]): Row[] {
  const rows: Row[] = [explainHeader()];
  explanation.classes.forEach((s, i) => {
    rows.push([s.code, s.customers, s.customerShare, s.value, s.valueShare, cell(s.lowest), cuts[i] ?? ""]);
  });
  const t = explanation.total;
  rows.push([explainLabel("total"), t.customers, t.customerShare, t.value, t.valueShare, cell(t.lowest), ""]);
  const notes: [string, number][] = [
    ["notCustomers", explanation.notCustomers],
    ["numericText", explanation.numericText],
    ["errors", explanation.errors],
  ];
  for (const [label, count] of notes) if (count > 0) rows.push([explainLabel(label), count, "", "", "", "", ""]);
  return rows;
}

/**
 * Explains a classification: per class the customers, % of customers, value, % of value (of the positive total), lowest value and the cut that closes the class; then a total row, and counts of rows that were not customers.
 * @customfunction EXPLAIN
 * @param values Each customer's value: one column or one row.
 * @param [method] "ABC" (default), "ABCD" or "PARETO".
 * @param [cuts] As in the method's function: {0.8,0.95}, "80/95", "80/15/5", "auto" …; for PARETO one fraction (default 0.8).
 * @param [rule] "reach" (default) or "byhand".
 * @param [basis] "value" (default), "count" or "threshold" (the cuts are values: the lowest value of each class but the last).
 * @param [customer_ids] Each row's customer ID, same length as values: a row is added saying how many IDs are on more than one row (one class per row would give such a customer several classes).
 * @returns A table with a header row, to spill beside your data.
 */
export function explain(values: any[][], method?: string, cuts?: any[][], rule?: string, basis?: string, customer_ids?: any[][]): any[][] {
  return guarded(() => {
    const rows = explainTable(values, method, cuts, rule, basis);
    return customer_ids === undefined || customer_ids === null ? rows : withRepeatedIds(rows, customer_ids, readList(values, "values").cells.length, "values");
  });
}

function explainTable(values: any[][], method?: string, cuts?: any[][], rule?: string, basis?: string): Row[] {
  {
    const { column } = readNumberList(values, "values");
    const chosen = (optionalText(method, "method") ?? "ABC").toUpperCase();
    if (chosen === "PARETO") {
      const model = fitPareto(column, readSingleCut(cuts));
      const groups = classifyRows(column, (v) => paretoGroupOf(model, v));
      const rows = tableRows(explainClasses(column, groups, PARETO_CODES), [model.cut, null, null]);
      rows.push([explainLabel("paretoRatio"), "", model.ratio, "", model.positiveTotal > 0 ? model.vitalValue / model.positiveTotal : 0, "", model.cut]);
      rows.push([explainLabel("gini"), "", "", "", model.gini, "", ""]);
      return rows;
    }
    if (chosen !== "ABC" && chosen !== "ABCD") throw new SegmentError("method.unknown", { given: chosen, allowed: METHODS.join(", ") });
    const classCount = chosen === "ABC" ? 3 : 4;
    const fitted = readTierFit(cuts, rule, basis, classCount).fit(column);
    const classIndex = classifyRows(column, fitted.classOf);
    // The "cut" column shows the fraction for ordinary cuts, the value limit for computed ones.
    const closing = fitted.cuts ?? fitted.limits;
    return tableRows(explainClasses(column, classIndex, fitted.codes), [...closing, null]);
  }
}
