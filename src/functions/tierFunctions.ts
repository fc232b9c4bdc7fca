/**
 * SEGMENT.ABC, SEGMENT.ABCD, SEGMENT.SHARE and their one-row forms for Excel Tables.
 * Thin wrappers: read arguments, call the engine, lay the results out like the input.
 * The JSDoc below is what Excel shows in autocomplete (custom-functions-metadata reads it).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { classifyRows } from "../segment/classifyRows";
import { cumulativeShares } from "../segment/share";
import { SegmentError } from "../segment/segmentError";
import { readTierFit } from "./cutsArgument";
import { guarded, readBasis, readNumberList } from "./excel";
import { spillCodes, spillNumbers } from "./rowResults";
import { classifyOne } from "./oneRow";

function tiers(values: any[][], cuts: any, rule: any, basis: any, classCount: number): any[][] {
  return guarded(() => {
    const { column, orientation } = readNumberList(values, "values");
    const fitted = readTierFit(cuts, rule, basis, classCount).fit(column);
    return spillCodes(column, classifyRows(column, fitted.classOf), fitted.codes, orientation);
  });
}

/**
 * Classifies customers A, B or C by their cumulative share of value (default A = top 80 %, B = up to 95 %, C = rest). Spills one class per customer beside the input.
 * @customfunction ABC
 * @param values Each customer's value (revenue, profit …): one column or one row. Blank and text cells are not customers; values ≤ 0 are C.
 * @param [cuts] Cumulative cuts as fractions {0.8,0.95}, a preset "80/95", "70/90", "50/80", "55/85", per-class shares "80/15/5", "70/20/10", "50/30/20", or "auto" (cuts computed from the data). Default 80/95.
 * @param [rule] Who gets the customer whose value crosses a cut: "reach" (default, the higher class: A is the smallest top set reaching 80 %) or "byhand" (share ≤ cut, like a SUMIF sheet).
 * @param [basis] "value" (default: shares of value), "count" (shares of customers: A = top 20 %, B = next 10 %) or "threshold" (the cuts are values: {58900,12000} = A from 58,900, B from 12,000 — SEGMENT.EXPLAIN's lowest values — to keep last month's cuts).
 * @returns One class per customer: A, B or C.
 */
export function abc(values: any[][], cuts?: any[][], rule?: string, basis?: string): any[][] {
  return tiers(values, cuts, rule, basis, 3);
}

/**
 * Classifies customers A, B, C or D by cumulative share of value (default A = top 50 %, B = up to 80 %, C = up to 95 %, D = rest).
 * @customfunction ABCD
 * @param values Each customer's value: one column or one row. Blank and text cells are not customers; values ≤ 0 are D.
 * @param [cuts] Three cumulative cuts {0.5,0.8,0.95}, a preset "50/80/95", or per-class shares "50/30/15/5". Default 50/80/95.
 * @param [rule] "reach" (default: the customer crossing a cut goes to the higher class) or "byhand" (share ≤ cut, like a SUMIF sheet).
 * @param [basis] "value" (default), "count" (shares of customers: default 20/30/50) or "threshold" (the cuts are the lowest values of A, B and C, to keep last month's cuts).
 * @returns One class per customer: A, B, C or D.
 */
export function abcd(values: any[][], cuts?: any[][], rule?: string, basis?: string): any[][] {
  return tiers(values, cuts, rule, basis, 4);
}

/**
 * Each customer's cumulative share: the value of all customers ranked at or above it (ties included) divided by the total positive value. Same as SUMIF(v,">="&v)/SUM(v) on a sheet without returns.
 * @customfunction SHARE
 * @param values Each customer's value: one column or one row.
 * @param [basis] "value" (default) or "count" (share of customers ranked at or above).
 * @returns One share between 0 and 1 per customer; customers with value ≤ 0 get 1.
 */
export function share(values: any[][], basis?: string): any[][] {
  return guarded(() => {
    const { column, orientation } = readNumberList(values, "values");
    const shares = cumulativeShares(column, readBasis(basis));
    if (shares === null) throw new SegmentError("total.none");
    return spillNumbers(column, shares, orientation);
  });
}

/**
 * The ABC class of one customer, for a column inside an Excel Table (where a spilled result gives #SPILL!): =SEGMENT.ABCOF([@Revenue],[Revenue]). Costs one pass over the column per row; results are cached while the column is unchanged.
 * @customfunction ABCOF
 * @param value This customer's value, e.g. [@Revenue].
 * @param values All customers' values, e.g. [Revenue].
 * @param [cuts] As in SEGMENT.ABC: {0.8,0.95}, "80/95", "80/15/5", "auto" … Default 80/95.
 * @param [rule] "reach" (default) or "byhand".
 * @param [basis] "value" (default), "count" or "threshold" (the cuts are the lowest values of A and B, to keep last month's cuts).
 * @returns A, B or C.
 */
export function abcOf(value: any, values: any[][], cuts?: any[][], rule?: string, basis?: string): any {
  return guarded(() => classifyOne(value, values, cuts, rule, basis, 3));
}

/**
 * The ABCD class of one customer, for a column inside an Excel Table: =SEGMENT.ABCDOF([@Revenue],[Revenue]).
 * @customfunction ABCDOF
 * @param value This customer's value, e.g. [@Revenue].
 * @param values All customers' values, e.g. [Revenue].
 * @param [cuts] As in SEGMENT.ABCD. Default 50/80/95.
 * @param [rule] "reach" (default) or "byhand".
 * @param [basis] "value" (default), "count" or "threshold" (the cuts are the lowest values of A, B and C, to keep last month's cuts).
 * @returns A, B, C or D.
 */
export function abcdOf(value: any, values: any[][], cuts?: any[][], rule?: string, basis?: string): any {
  return guarded(() => classifyOne(value, values, cuts, rule, basis, 4));
}
