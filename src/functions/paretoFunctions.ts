/** SEGMENT.PARETO and its one-row form SEGMENT.PARETOOF (methods.md §2). */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { classifyRows } from "../segment/classifyRows";
import { fitPareto, paretoGroupOf, PARETO_CODES } from "../segment/pareto";
import { readSingleCut } from "./cutsArgument";
import { guarded, readNumberList } from "./excel";
import { classifyWith } from "./oneRow";
import { spillCodes } from "./rowResults";

/**
 * Pareto 80/20: VITAL for the vital few (the smallest top set of customers bringing the cut, default 80 %, of positive value), LOSS for customers with a negative value (they cost more than they bring), REST for everyone else.
 * @customfunction PARETO
 * @param values Each customer's value (profit or revenue): one column or one row. Blank and text cells are not customers.
 * @param [cut] The share of value the vital few must reach, a fraction between 0 and 1. Default 0.8.
 * @returns One group per customer: VITAL, REST or LOSS.
 */
export function pareto(values: any[][], cut?: any): any[][] {
  return guarded(() => {
    const { column, orientation } = readNumberList(values, "values");
    const model = fitPareto(column, readSingleCut(cut));
    const groups = classifyRows(column, (v) => paretoGroupOf(model, v));
    return spillCodes(column, groups, PARETO_CODES, orientation);
  });
}

/**
 * The Pareto group of one customer, for a column inside an Excel Table: =SEGMENT.PARETOOF([@Profit],[Profit]).
 * @customfunction PARETOOF
 * @param value This customer's value, e.g. [@Profit].
 * @param values All customers' values, e.g. [Profit].
 * @param [cut] The share of value the vital few must reach. Default 0.8.
 * @returns VITAL, REST or LOSS.
 */
export function paretoOf(value: any, values: any[][], cut?: any): any {
  return guarded(() => {
    const chosen = readSingleCut(cut);
    return classifyWith(value, values, `pareto|${chosen}`, (column) => {
      const model = fitPareto(column, chosen);
      return { codes: PARETO_CODES, classOf: (v: number) => paretoGroupOf(model, v) };
    });
  });
}
