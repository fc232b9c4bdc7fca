/** SEGMENT.QUADRANT, its one-row form SEGMENT.QUADRANTOF, and SEGMENT.QUADRANTEXPLAIN (methods.md §4). */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { withRepeatedIds } from "./repeatedIdsNote";
import { CellError, KIND_ERROR, KIND_NUMBER } from "../segment/cells";
import { explainClasses } from "../segment/explain";
import {
  classifyQuadrants,
  describeSplit,
  fitQuadrants,
  labelSetCodes,
  pairColumns,
  PairedColumns,
  parseLabelSet,
  QuadrantModel,
  quadrantOf,
  readPairedColumns,
  Split,
  splitFromCell,
} from "../segment/quadrant";
import { SegmentError } from "../segment/segmentError";
import { explainLabel } from "../i18n/explainText";
import { quadrantExplainHeader, quadrantLabel } from "../i18n/quadrantText";
import { guarded, listShape, optionalText, Orientation, readScalar, rowError } from "./excel";
import { cachedFitOf } from "./fitCache";
import { spillCodes } from "./rowResults";

interface QuadrantRequest {
  readonly pair: PairedColumns;
  readonly orientation: Orientation;
  readonly model: QuadrantModel;
  readonly codes: readonly string[];
  readonly classIndex: Int32Array;
}

function readSplit(arg: unknown, name: string): Split {
  return splitFromCell(readScalar(arg, name), name);
}

/** The label set's codes and the two measures' shapes, checked as SEGMENT.QUADRANT checks them (no cell read yet). */
function measureShapes(x: unknown, y: unknown, labelSet: unknown): { read: () => PairedColumns; orientation: Orientation; codes: readonly string[] } {
  const xs = listShape(x, "x");
  const ys = listShape(y, "y");
  const codes = labelSetCodes(parseLabelSet(optionalText(labelSet, "label_set")));
  if (xs.length !== ys.length) throw new SegmentError("shape.mismatch", { name: "y", other: "x", expected: xs.length, actual: ys.length });
  // Same length but one a column and one a row: the results could line up with only one of them.
  if (xs.orientation !== ys.orientation) throw new SegmentError("shape.orientation", { name: "y", other: "x" });
  return { read: () => pairColumns(xs.read(), ys.read()), orientation: xs.orientation, codes };
}

function quadrants(x: unknown, y: unknown, xSplit: unknown, ySplit: unknown, labelSet: unknown): QuadrantRequest {
  const shapes = measureShapes(x, y, labelSet);
  const { orientation, codes } = shapes;
  const pair = shapes.read();
  const model = fitQuadrants(pair, readSplit(xSplit, "x_split"), readSplit(ySplit, "y_split"));
  return { pair, orientation, model, codes, classIndex: classifyQuadrants(pair, model) };
}

/**
 * Places each customer in one of four quadrants by two measures, each split at a threshold (default: the customers' median). High means above the split; equal counts as low. Codes: EI high x·high y, EII high x·low y, EIII low x·high y, EIV low·low, or another label set.
 * @customfunction QUADRANT
 * @param x The first measure per customer (contribution, expected contribution, sales): one column or one row. Blank or text in x or y: not a customer.
 * @param y The second measure per customer (stability, purchase intent, tenure), same length and layout as x.
 * @param [x_split] Where to split x: "median" (default), "mean", a percentile like "p75" (PERCENTILE.INC of the customers), or a number. A value equal to the split is low.
 * @param [y_split] Where to split y, in the same forms as x_split. Default "median".
 * @param [label_set] "existing" (default: EI consolidate, EII convert, EIII promote, EIV clear out), "prospects" (PI–PIV), "tenure" (x = size, y = tenure in years, not a date: OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL) or "plain" (HH, HL, LH, LL).
 * @returns One quadrant code per customer, laid out like x.
 */
export function quadrant(x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string): any[][] {
  return guarded(() => {
    const q = quadrants(x, y, x_split, y_split, label_set);
    return spillCodes(q.pair.rows, q.classIndex, q.codes, q.orientation);
  });
}

/**
 * The quadrant of one customer, for a column inside an Excel Table (where a spilled result gives #SPILL!): =SEGMENT.QUADRANTOF([@Revenue],[@Profit],[Revenue],[Profit]). Same splits and codes as SEGMENT.QUADRANT on the whole columns; the splits are computed once and kept while the columns are unchanged.
 * @customfunction QUADRANTOF
 * @param x_value This customer's x measure, e.g. [@Revenue]. Blank or text in x_value or y_value: not a customer (blank result).
 * @param y_value This customer's y measure, e.g. [@Profit].
 * @param x All customers' x measure, e.g. [Revenue]: one column or one row. The split is taken over the rows where x and y are both numbers.
 * @param y All customers' y measure, e.g. [Profit], same length and layout as x.
 * @param [x_split] Where to split x: "median" (default), "mean", a percentile like "p75", or a number. A value equal to the split is low.
 * @param [y_split] Where to split y, in the same forms as x_split. Default "median".
 * @param [label_set] "existing" (default: EI–EIV), "prospects" (PI–PIV), "tenure" (OLD-LARGE … NEW-SMALL) or "plain" (HH, HL, LH, LL).
 * @returns The customer's quadrant code, e.g. EI.
 */
export function quadrantOfRow(x_value: any, y_value: any, x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string): any {
  return guarded(() => {
    const { read, codes } = measureShapes(x, y, label_set);
    const xSplit = readSplit(x_split, "x_split");
    const ySplit = readSplit(y_split, "y_split");
    // Both measures decide the splits (a row is a customer only when both are numbers): the
    // model is kept while x and y both hold the same cells, compared in place (fitCache.ts).
    const model = cachedFitOf(`quadrant|${JSON.stringify([xSplit, ySplit])}`, [x, y], () => {
      const pair = read();
      return { model: fitQuadrants(pair, xSplit, ySplit), columns: [pair.x, pair.y] };
    });
    // The customer's own row, by the same rule as the spilled form (x's error first, then y's).
    const own = readPairedColumns([readScalar(x_value, "x_value")], [readScalar(y_value, "y_value")]);
    const kind = own.rows.kinds[0];
    if (kind === KIND_ERROR) return rowError(own.rows.errors.get(0) as CellError);
    if (kind !== KIND_NUMBER) return "";
    return codes[quadrantOf(model, own.x.values[0], own.y.values[0])];
  });
}

/** NaN (an empty class, or no customers) shows as a blank cell, not as #NUM!. */
const cell = (v: number): string | number => (Number.isNaN(v) ? "" : v);

/**
 * Explains a quadrant classification: per code the customers, % of customers, total of x and % of x (of the positive total); a total row; counts of rows that were not customers; and the split values used for x and y (high = above the split; equal counts as low).
 * @customfunction QUADRANTEXPLAIN
 * @param x The first measure per customer, as in SEGMENT.QUADRANT.
 * @param y The second measure per customer, same length and layout as x.
 * @param [x_split] "median" (default), "mean", a percentile like "p75", or a number.
 * @param [y_split] "median" (default), "mean", a percentile like "p75", or a number.
 * @param [label_set] "existing" (default), "prospects", "tenure" or "plain".
 * @param [customer_ids] Each row's customer ID, same length as x: a row is added saying how many IDs are on more than one row.
 * @returns A table with a header row, to spill beside your data.
 */
export function quadrantExplain(x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string, customer_ids?: any[][]): any[][] {
  return guarded(() => {
    const q = quadrants(x, y, x_split, y_split, label_set);
    const explanation = explainClasses(q.pair.rows, q.classIndex, q.codes);
    const rows: (string | number)[][] = [quadrantExplainHeader()];
    for (const s of explanation.classes) rows.push([s.code, s.customers, s.customerShare, s.value, s.valueShare]);
    const t = explanation.total;
    rows.push([explainLabel("total"), t.customers, t.customerShare, t.value, t.valueShare]);
    const notes: [string, number][] = [
      ["notCustomers", explanation.notCustomers],
      ["numericText", explanation.numericText],
      ["errors", explanation.errors],
    ];
    for (const [label, count] of notes) if (count > 0) rows.push([explainLabel(label), count, "", "", ""]);
    rows.push([quadrantLabel("xSplit", describeSplit(q.model.xSplit)), cell(q.model.xThreshold), "", "", ""]);
    rows.push([quadrantLabel("ySplit", describeSplit(q.model.ySplit)), cell(q.model.yThreshold), "", "", ""]);
    return withRepeatedIds(rows, customer_ids, q.classIndex.length, "x");
  });
}
