/**
 * Growth streaks and ABC by growth (methods.md §3, seed 001: "class A: the top 20 % of annual
 * sales; class B: sales rising for two years, about 10 %, cooperative and loyal; class C: the
 * others"). Input: a customers × years block, oldest year first (periodMatrix.ts: a blank year
 * in a customer's row is a year without sales, 0).
 *
 * - Growth streak: the number of consecutive years, counting back from the latest, in which
 *   sales were STRICTLY greater than the year before (flat is not growth). 0…years − 1.
 * - ABCGROWTH: A = the top `top` (default 20 %) of customers by the latest year's sales, with
 *   the count basis and "reach" rule of tiers.ts (A is the smallest top set reaching 20 % of
 *   the customers; tied customers share a class; a latest year ≤ 0 is never A);
 *   B = not A and sales rose in each of the last two years (streak ≥ 2); C = everyone else.
 */
import { KIND_ERROR, KIND_NUMBER, NumberColumn } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { PeriodMatrix } from "./periodMatrix";
import { SegmentError } from "./segmentError";
import { classOf, fitTiers, TIER_CODES } from "./tiers";

/** Codes of SEGMENT.ABCGROWTH: the tier codes A, B, C (same meaning in the playbook). */
export const ABC_GROWTH_CODES = TIER_CODES.slice(0, 3);
export const GROWTH_A = 0;
export const GROWTH_B = 1;
export const GROWTH_C = 2;

/** Rising in each of the last two years: seed 001's class B. */
export const B_STREAK = 2;
export const DEFAULT_TOP = 0.2;

/** The streak of one customer's yearly sales `s[from … from + years)`. */
export function growthStreakOf(sales: Float64Array, from: number, years: number): number {
  let streak = 0;
  for (let y = from + years - 1; y > from && sales[y] > sales[y - 1]; y--) streak++;
  return streak;
}

/** One streak per row; NaN for rows that are not customers. */
export function growthStreaks(matrix: PeriodMatrix): Float64Array {
  const { periods, sales, rowCount } = matrix;
  if (periods < 2) throw new SegmentError("growth.years", { given: periods });
  const { kinds } = matrix.rows;
  const out = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) out[r] = kinds[r] === KIND_NUMBER ? growthStreakOf(sales, r * periods, periods) : NaN;
  return out;
}

export function validateTop(top: number): number {
  if (!(Number.isFinite(top) && top > 0 && top < 1)) throw new SegmentError("growth.top", { given: String(top) });
  return top;
}

/** The latest year as a column of customers (same kinds and errors as the rows). */
function latestYear(matrix: PeriodMatrix): NumberColumn {
  const { periods, sales, rowCount, rows } = matrix;
  const values = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) values[r] = rows.kinds[r] === KIND_NUMBER ? sales[r * periods + periods - 1] : NaN;
  return { ...rows, values };
}

export interface AbcGrowthResult {
  /** GROWTH_A/B/C per row, or NOT_A_CUSTOMER / ERROR_ROW. */
  readonly classIndex: Int32Array;
  /** The latest year's sales from which a customer is A. */
  readonly aThreshold: number;
}

export function abcGrowth(matrix: PeriodMatrix, top: number = DEFAULT_TOP): AbcGrowthResult {
  const { periods, sales, rowCount } = matrix;
  if (periods < 3) throw new SegmentError("abcgrowth.years", { given: periods });
  validateTop(top);
  const latest = latestYear(matrix);
  // Reused, not rewritten: the count-basis tiering of tiers.ts with a single cut.
  const model = fitTiers(latest, { cuts: [top], rule: "reach", basis: "count" });
  const classIndex = new Int32Array(rowCount);
  const { kinds } = matrix.rows;
  for (let r = 0; r < rowCount; r++) {
    if (kinds[r] !== KIND_NUMBER) {
      classIndex[r] = kinds[r] === KIND_ERROR ? ERROR_ROW : NOT_A_CUSTOMER;
      continue;
    }
    if (classOf(model, latest.values[r]) === 0) classIndex[r] = GROWTH_A;
    else classIndex[r] = growthStreakOf(sales, r * periods, periods) >= B_STREAK ? GROWTH_B : GROWTH_C;
  }
  return { classIndex, aThreshold: model.thresholds[0] };
}
