/** SEGMENT.QUADRANT and SEGMENT.QUADRANTEXPLAIN (methods.md §4). */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { explainClasses } from "../segment/explain";
import {
  classifyQuadrants,
  describeSplit,
  fitQuadrants,
  labelSetCodes,
  PairedColumns,
  parseLabelSet,
  QuadrantModel,
  readPairedColumns,
  Split,
  splitFromCell,
} from "../segment/quadrant";
import { SegmentError } from "../segment/segmentError";
import { explainLabel } from "../i18n/explainText";
import { quadrantExplainHeader, quadrantLabel } from "../i18n/quadrantText";
import { guarded, optionalText, Orientation, readList, readScalar, spill } from "./excel";
import { codeCells } from "./rowResults";

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

function quadrants(x: unknown, y: unknown, xSplit: unknown, ySplit: unknown, labelSet: unknown): QuadrantRequest {
  const xs = readList(x, "x");
  const ys = readList(y, "y");
  const codes = labelSetCodes(parseLabelSet(optionalText(labelSet, "label_set")));
  const pair = readPairedColumns(xs.cells, ys.cells); // refuses different lengths
  // Same length but one a column and one a row: the results could line up with only one of them.
  if (xs.orientation !== ys.orientation) throw new SegmentError("shape.orientation", { name: "y", other: "x" });
  const model = fitQuadrants(pair, readSplit(xSplit, "x_split"), readSplit(ySplit, "y_split"));
  return { pair, orientation: xs.orientation, model, codes, classIndex: classifyQuadrants(pair, model) };
}

/**
 * Places each customer in one of four quadrants by two measures, each split at a threshold (default: the customers' median). High means above the split; equal counts as low. Codes: EI high x·high y, EII high x·low y, EIII low x·high y, EIV low·low, or another label set.
 * @customfunction QUADRANT
 * @param x The first measure per customer (contribution, expected contribution, sales): one column or one row. Blank or text in x or y: not a customer.
 * @param y The second measure per customer (stability, purchase intent, tenure), same length and layout as x.
 * @param [x_split] Where to split x: "median" (default), "mean", a percentile like "p75" (PERCENTILE.INC of the customers), or a number. A value equal to the split is low.
 * @param [y_split] Where to split y, in the same forms as x_split. Default "median".
 * @param [label_set] "existing" (default: EI consolidate, EII convert, EIII promote, EIV clear out), "prospects" (PI–PIV), "tenure" (x = size, y = tenure: OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL) or "plain" (HH, HL, LH, LL).
 * @returns One quadrant code per customer, laid out like x.
 */
export function quadrant(x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string): any[][] {
  return guarded(() => {
    const q = quadrants(x, y, x_split, y_split, label_set);
    return spill(codeCells(q.pair.rows, q.classIndex, q.codes), q.orientation);
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
 * @returns A table with a header row, to spill beside your data.
 */
export function quadrantExplain(x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string): any[][] {
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
    return rows;
  });
}
