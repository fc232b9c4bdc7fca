/**
 * Quadrants: two measures, four classes (methods.md §4, seeds 000 and 002).
 *
 * Each measure is split at a threshold — the median (default), the mean, a percentile or a
 * given number — computed over the *customers*: the rows where both x and y are numbers.
 * A value EQUAL to its split counts as LOW: high means strictly above (x > split). Why not ≥:
 * - business measures pile up at the bottom, not the top: when half the customers bought in
 *   one period only, their STABILITY is 0 and so is the median, and "≥ median" would call every
 *   one-time buyer *stable* (EI/EIII). "> median" keeps them low. The same holds for a p75 of
 *   a mostly-zero column, or a median frequency of 1 (SEGMENT.RFM8CLASS uses the same rule for the
 *   same reason, so the add-in has one rule);
 * - with the median and an even number of distinct values exactly half the customers are high;
 * - the sheet formula `x > MEDIAN(x)` gives the same answer, so users can check us;
 * - equal values always get the same side, so ties never split and row order never matters.
 * With a number, above 1,000 is high; for "at least 1,000" give a number just below it.
 * If every customer has the same x, all are low on x.
 *
 * Class indexes are fixed — 0 high x · high y, 1 high x · low y, 2 low x · high y,
 * 3 low x · low y — and a label set only names them, so swapping x and y always maps
 * index 1 ↔ 2 (EII ↔ EIII, HL ↔ LH …) whatever the set.
 */
import { isCellError, KIND_ERROR, KIND_NUMBER, NumberColumn, readNumberColumn } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { combineColumns } from "./rowColumns";
import { mean, percentileIncInPlace } from "./selection";
import { SegmentError } from "./segmentError";

export const HIGH_HIGH = 0;
export const HIGH_LOW = 1;
export const LOW_HIGH = 2;
export const LOW_LOW = 3;

/**
 * The label sets, each in class-index order (HH, HL, LH, LL). Codes are the same in every
 * language; the playbook (src/i18n/playbook.ts) says what to do with each.
 * - existing (seed 002): x = contribution, y = stability: EI consolidate, EII convert,
 *   EIII promote, EIV clear out;
 * - prospects (seed 002): x = expected contribution, y = purchase intent: PI … PIV;
 * - tenure (seed 000): x = size (sales), y = tenure: old & large, new & large, old & small,
 *   new & small;
 * - plain: H/L for x, then H/L for y.
 */
export const QUADRANT_LABEL_SETS = {
  existing: ["EI", "EII", "EIII", "EIV"],
  prospects: ["PI", "PII", "PIII", "PIV"],
  tenure: ["OLD-LARGE", "NEW-LARGE", "OLD-SMALL", "NEW-SMALL"],
  plain: ["HH", "HL", "LH", "LL"],
} as const;

export type LabelSet = keyof typeof QUADRANT_LABEL_SETS;
export const LABEL_SET_NAMES = Object.keys(QUADRANT_LABEL_SETS) as LabelSet[];
export const DEFAULT_LABEL_SET: LabelSet = "existing";

/** Every code a quadrant can return, for the playbook's completeness test and drop-downs. */
export const QUADRANT_CODES: readonly string[] = LABEL_SET_NAMES.flatMap((set) => QUADRANT_LABEL_SETS[set]);

export function labelSetCodes(set: LabelSet): readonly string[] {
  return QUADRANT_LABEL_SETS[set];
}

export function parseLabelSet(given: string | undefined): LabelSet {
  if (given === undefined) return DEFAULT_LABEL_SET;
  const name = given.trim().toLowerCase();
  if ((LABEL_SET_NAMES as string[]).includes(name)) return name as LabelSet;
  throw new SegmentError("quadrant.labelSet", { given, allowed: LABEL_SET_NAMES.map((s) => `"${s}"`).join(", ") });
}

/** How a measure is split. */
export type Split =
  | { readonly kind: "median" }
  | { readonly kind: "mean" }
  /** PERCENTILE.INC at `p` (0…1), written "p75" for p = 0.75. */
  | { readonly kind: "percentile"; readonly p: number }
  | { readonly kind: "value"; readonly value: number };

export const DEFAULT_SPLIT: Split = { kind: "median" };

/** The allowed forms, for messages. */
export const SPLIT_FORMS = '"median" (default), "mean", a percentile "p0"…"p100" (e.g. "p75"), or a number';

function splitError(name: string, given: string): SegmentError {
  return new SegmentError("quadrant.split", { name, given, allowed: SPLIT_FORMS });
}

/**
 * Reads a split written as text: "median", "mean" (or "average"), or "p" + a percentage from
 * 0 to 100 ("p75", "P12.5"). Numbers stored as text are refused like everywhere else (cells.ts):
 * a split of "1000" in quotes is more likely a mistake than a threshold.
 */
export function parseSplitText(text: string, name: string): Split {
  const word = text.trim().toLowerCase();
  if (word === "" || word === "median") return DEFAULT_SPLIT;
  if (word === "mean" || word === "average") return { kind: "mean" };
  const match = /^p\s*(\d+(?:\.\d+)?)\s*%?$/.exec(word);
  if (match) {
    const percent = Number(match[1]);
    if (percent <= 100) return { kind: "percentile", p: percent / 100 };
  }
  throw splitError(name, text);
}

/** A split given as a cell: blank → median, a finite number → that value, text → parseSplitText. */
export function splitFromCell(cell: unknown, name: string): Split {
  if (cell === null || cell === undefined || cell === "") return DEFAULT_SPLIT;
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return { kind: "value", value: cell };
    throw splitError(name, String(cell));
  }
  if (typeof cell === "string") return parseSplitText(cell, name);
  if (isCellError(cell)) throw splitError(name, cell.code);
  throw splitError(name, String(cell));
}

/** "median", "mean", "p75" or the number, for the explain table. */
export function describeSplit(split: Split): string {
  switch (split.kind) {
    case "median":
    case "mean":
      return split.kind;
    case "percentile":
      return `p${Math.round(split.p * 1e6) / 1e4}`;
    case "value":
      return String(split.value);
  }
}

/**
 * The threshold for one measure; NaN when a statistic is asked of no customers.
 * `customerValues` is scratch space: a percentile reorders it (no second 8 MB copy at 1M rows).
 */
export function splitValue(customerValues: Float64Array, split: Split): number {
  switch (split.kind) {
    case "median":
      return percentileIncInPlace(customerValues, 0.5);
    case "mean":
      return mean(customerValues);
    case "percentile":
      return percentileIncInPlace(customerValues, split.p);
    case "value":
      return split.value;
  }
}

/**
 * Two measures read row by row. `rows` is the combined view that every row-level helper
 * (explainClasses, codeCells) understands: values = x, kind NUMBER when both x and y are
 * numbers, ERROR when either holds an error (x's error first, even beside a blank), BLANK
 * otherwise.
 */
export interface PairedColumns {
  readonly x: NumberColumn;
  readonly y: NumberColumn;
  readonly rows: NumberColumn;
}

export function readPairedColumns(xCells: ArrayLike<unknown>, yCells: ArrayLike<unknown>): PairedColumns {
  if (xCells.length !== yCells.length) {
    throw new SegmentError("shape.mismatch", { name: "y", other: "x", expected: xCells.length, actual: yCells.length });
  }
  return pairColumns(readNumberColumn(xCells), readNumberColumn(yCells));
}

/** Two measures already read, of the same length: a row is a customer when both are numbers. */
export function pairColumns(x: NumberColumn, y: NumberColumn): PairedColumns {
  // The same row rule as every multi-column method (rowColumns.ts), with x's values.
  return { x, y, rows: combineColumns([x, y], 0) };
}

export interface QuadrantModel {
  readonly xSplit: Split;
  readonly ySplit: Split;
  /** The thresholds used; a value > its threshold is high. NaN when there are no customers. */
  readonly xThreshold: number;
  readonly yThreshold: number;
  readonly customerCount: number;
}

/** The customers' values of one measure (rows where both measures are numbers), as a typed array. */
function customerValues(pair: PairedColumns, measure: NumberColumn): Float64Array {
  const { kinds } = pair.rows;
  const out = new Float64Array(pair.rows.customerCount);
  let j = 0;
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === KIND_NUMBER) out[j++] = measure.values[i];
  return out;
}

export function fitQuadrants(pair: PairedColumns, xSplit: Split, ySplit: Split): QuadrantModel {
  // A fixed number needs no statistics: skip gathering the values.
  const xThreshold = xSplit.kind === "value" ? xSplit.value : splitValue(customerValues(pair, pair.x), xSplit);
  const yThreshold = ySplit.kind === "value" ? ySplit.value : splitValue(customerValues(pair, pair.y), ySplit);
  return { xSplit, ySplit, xThreshold, yThreshold, customerCount: pair.rows.customerCount };
}

/** The class index of one customer; high is strictly above the split (see the file comment). */
export function quadrantOf(model: QuadrantModel, x: number, y: number): number {
  const highX = x > model.xThreshold;
  const highY = y > model.yThreshold;
  return highX ? (highY ? HIGH_HIGH : HIGH_LOW) : highY ? LOW_HIGH : LOW_LOW;
}

/** One class index per row, with NOT_A_CUSTOMER / ERROR_ROW markers (classifyRows.ts). */
export function classifyQuadrants(pair: PairedColumns, model: QuadrantModel): Int32Array {
  const { kinds } = pair.rows;
  const xs = pair.x.values;
  const ys = pair.y.values;
  const tx = model.xThreshold;
  const ty = model.yThreshold;
  const out = new Int32Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === KIND_NUMBER) {
      // Same rule as quadrantOf, inlined for the 1M-row path: bit 1 = low x, bit 0 = low y.
      out[i] = (xs[i] > tx ? 0 : 2) + (ys[i] > ty ? 0 : 1);
    } else {
      out[i] = kind === KIND_ERROR ? ERROR_ROW : NOT_A_CUSTOMER;
    }
  }
  return out;
}

/** The index a class moves to when x and y swap roles: HL ↔ LH, HH and LL stay. */
export function mirrorQuadrant(index: number): number {
  return index === HIGH_LOW ? LOW_HIGH : index === LOW_HIGH ? HIGH_LOW : index;
}
