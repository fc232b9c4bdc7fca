/**
 * XYZ and ABC–XYZ from period sales (methods.md §14). Input: the customers × periods block of
 * periodMatrix.ts (one row per customer, one column per month or quarter; a blank, text or
 * boolean cell in a customer's row is a period without sales; an error anywhere in a row gives
 * that row its error; a row without any number is not a customer).
 *
 * XYZ sorts customers by how *regularly* they buy, by the coefficient of variation of their
 * period sales:
 *   s_p = max(sales in period p, 0)      (a period whose returns outweigh its purchases is a
 *                                         period without sales, as in STABILITY)
 *   CV  = population standard deviation of s ÷ mean of s   (STDEV.P(s) / AVERAGE(s) in Excel,
 *                                         with every period counted: a blank period is 0)
 *   X: CV ≤ 0.5      Y: 0.5 < CV ≤ 1.0      Z: CV > 1.0     (defaults; both cuts can be changed)
 * A customer whose mean is 0 (no sales in any period) has no CV and is not classified (blank).
 *
 * Source of the defaults: common practice, not one standard. XYZ analysis comes from inventory
 * and sales planning, where it is crossed with ABC into the nine cells AX … CZ; the cuts
 * 0.5 and 1.0 are one widespread convention for that matrix, while other sources use tighter cuts
 * for stock items (e.g. 10 % and 25 %). Because there is no single authority, the cuts are a
 * parameter here, as in the CRAN package matman (computeABCXYZAnalysis, arguments XY and YZ).
 * The relation to STABILITY is exact: with P periods, CV = √(P − 1) × (1 − stability) whenever the
 * customer bought in more than one period.
 *
 * ABC–XYZ: the ABC class of the customer's total over the same periods (the existing ABC engine,
 * its default cuts 80/95 and "reach" rule unless other cuts are given; a total ≤ 0 is C), followed
 * by the XYZ letter. Class index = 3 × ABC index + XYZ index, so the codes are, in order,
 * AX AY AZ BX BY BZ CX CY CZ. A customer without sales in any period has no XYZ letter and so no
 * ABC–XYZ class (blank), though its zero total still counts in ABC as a C.
 */
import { KIND_ERROR, KIND_NUMBER } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { fitTierRequest, FittedTiers, TierRequest } from "./abc";
import { PeriodMatrix } from "./periodMatrix";
import { SegmentError } from "./segmentError";

export const XYZ_CODES = ["X", "Y", "Z"] as const;
export const ABC_XYZ_CODES = ["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"] as const;

/** X: CV ≤ 0.5; Y: CV ≤ 1.0; Z: above (common practice, see above). */
export const DEFAULT_XYZ_CUTS: readonly [number, number] = [0.5, 1.0];

/** The default ABC of ABC–XYZ: the ABC engine's own defaults (value basis, 80/95, "reach"). */
export const DEFAULT_ABC_REQUEST: TierRequest = { cuts: [0.8, 0.95], rule: "reach", basis: "value" };

/** Two CV cuts, X/Y then Y/Z: finite, 0 or more, the second greater than the first. */
export function validateXyzCuts(cuts: readonly number[]): [number, number] {
  if (cuts.length !== 2) throw new SegmentError("xyz.cuts", { given: cuts.length });
  const [x, y] = cuts;
  if (!(Number.isFinite(x) && Number.isFinite(y) && x >= 0 && y > x)) throw new SegmentError("xyz.cutsOrder", { x: String(x), y: String(y) });
  return [x, y];
}

/** Scaling keeps squares finite and non-zero: used only where the plain numbers would not. */
const SMALL = 1e-100;
const LARGE = 1e100;

/**
 * The CV of one customer's period sales `sales[from … from + periods)`, returns as 0; NaN when
 * the customer sold nothing (mean 0). Two passes (mean, then squared deviations), as STDEV.P.
 */
export function cvOf(sales: Float64Array, from: number, periods: number): number {
  let min = Infinity;
  let max = 0;
  for (let p = 0; p < periods; p++) {
    const s = sales[from + p];
    const v = s > 0 ? s : 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > 0)) return NaN;
  if (min === max) return 0; // the same sales every period: exactly 0, not a rounding residue
  // CV does not change with the scale; divide by the largest only where the sum or the squares
  // would overflow (1e308 + 1e308) or underflow (5e-324²): elsewhere the plain numbers, as STDEV.P.
  const scale = max < SMALL || max > LARGE ? max : 1;
  let total = 0;
  for (let p = 0; p < periods; p++) {
    const s = sales[from + p];
    if (s > 0) total += s / scale;
  }
  const mean = total / periods;
  let squares = 0;
  for (let p = 0; p < periods; p++) {
    const s = sales[from + p];
    const d = (s > 0 ? s / scale : 0) - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / periods) / mean;
}

/** One CV per row; NaN for rows that are not customers or sold nothing. */
export function variations(matrix: PeriodMatrix): Float64Array {
  const { periods, sales, rowCount } = matrix;
  if (periods < 2) throw new SegmentError("xyz.periods", { given: periods });
  const { kinds } = matrix.rows;
  const out = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) out[r] = kinds[r] === KIND_NUMBER ? cvOf(sales, r * periods, periods) : NaN;
  return out;
}

/** 0 (X), 1 (Y) or 2 (Z) for a CV (not NaN). */
export function xyzOf(cv: number, cuts: readonly [number, number]): number {
  return cv <= cuts[0] ? 0 : cv <= cuts[1] ? 1 : 2;
}

export interface XyzResult {
  /** 0 X, 1 Y, 2 Z per row, or NOT_A_CUSTOMER (also for a customer without sales) / ERROR_ROW. */
  readonly classIndex: Int32Array;
  /** CV per row, NaN where there is none. */
  readonly cv: Float64Array;
  /** Customers (rows holding a number) without sales in any period: not classified. */
  readonly noSales: number;
  readonly cuts: readonly [number, number];
}

export function xyz(matrix: PeriodMatrix, cuts: readonly number[] = DEFAULT_XYZ_CUTS): XyzResult {
  const chosen = validateXyzCuts(cuts);
  const cv = variations(matrix);
  const { kinds } = matrix.rows;
  const classIndex = new Int32Array(matrix.rowCount);
  let noSales = 0;
  for (let r = 0; r < classIndex.length; r++) {
    const kind = kinds[r];
    if (kind !== KIND_NUMBER) classIndex[r] = kind === KIND_ERROR ? ERROR_ROW : NOT_A_CUSTOMER;
    else if (Number.isNaN(cv[r])) {
      classIndex[r] = NOT_A_CUSTOMER;
      noSales++;
    } else classIndex[r] = xyzOf(cv[r], chosen);
  }
  return { classIndex, cv, noSales, cuts: chosen };
}

export interface AbcXyzResult extends XyzResult {
  /** The ABC fit on the period totals (its thresholds say where A and B begin). */
  readonly abc: FittedTiers;
  /** The ABC index of each row (0 A, 1 B, 2 C), or the markers; customers without sales are C here. */
  readonly abcIndex: Int32Array;
}

/** ABC on the period totals (matrix.rows.values), then the XYZ letter: codes ABC_XYZ_CODES. */
export function abcXyz(matrix: PeriodMatrix, abcRequest: TierRequest = DEFAULT_ABC_REQUEST, xyzCuts: readonly number[] = DEFAULT_XYZ_CUTS): AbcXyzResult {
  const letters = xyz(matrix, xyzCuts);
  const totals = matrix.rows;
  const abc = fitTierRequest(totals, abcRequest, 3);
  const abcIndex = new Int32Array(matrix.rowCount);
  const classIndex = new Int32Array(matrix.rowCount);
  for (let r = 0; r < classIndex.length; r++) {
    const letter = letters.classIndex[r];
    if (totals.kinds[r] !== KIND_NUMBER) {
      abcIndex[r] = letter;
      classIndex[r] = letter;
      continue;
    }
    const a = abc.classOf(totals.values[r]);
    abcIndex[r] = a;
    classIndex[r] = letter < 0 ? letter : 3 * a + letter;
  }
  return { ...letters, classIndex, abc, abcIndex };
}
