/**
 * Contribution and stability from period sales (methods.md §5, seed 002: "contribution and
 * stability can be analysed from quarterly and monthly transactions"). They are the x and y of
 * the EI–EIV quadrant: =SEGMENT.QUADRANT(SEGMENT.CONTRIBUTION(B2:M500), SEGMENT.STABILITY(B2:M500)).
 *
 * Contribution = the customer's net sales over all periods ÷ the positive total (the sum of the
 * customers' net sales that are > 0). As everywhere, returns never add to a share: a customer
 * whose returns outweigh its purchases gets a NEGATIVE contribution (how much it takes away,
 * like Pareto's LOSS) and sorts below everyone in a quadrant; the positive contributions add
 * up to 1.
 *
 * Stability ∈ [0, 1] from the coefficient of variation of the customer's period sales:
 *   s_p = max(sales in period p, 0)           (a return is a period without sales)
 *   CV  = population standard deviation of s ÷ mean of s
 *   stability = 1 − CV ÷ √(P − 1)             (P = number of periods)
 * For non-negative s the largest CV is √(P − 1), reached exactly when everything falls in one
 * period, so stability is 1 for identical sales every period, 0 for a single buying period, and
 * in between otherwise. Those two ends are returned exactly (not through the formula, whose
 * rounding would give 0.9999999999999998). A customer with no sales at all (every s_p = 0)
 * gets 0: no purchases is not stable buying. Stability needs at least two periods.
 */
import { KIND_NUMBER } from "./cells";
import { PeriodMatrix } from "./periodMatrix";
import { SegmentError } from "./segmentError";

/** One contribution per row; NaN for rows that are not customers. */
export function contributions(matrix: PeriodMatrix): Float64Array {
  const { values: totals, kinds } = matrix.rows;
  let positiveTotal = 0;
  for (let r = 0; r < totals.length; r++) if (kinds[r] === KIND_NUMBER && totals[r] > 0) positiveTotal += totals[r];
  if (!(positiveTotal > 0)) throw new SegmentError("contribution.none");
  const out = new Float64Array(totals.length);
  for (let r = 0; r < totals.length; r++) out[r] = kinds[r] === KIND_NUMBER ? totals[r] / positiveTotal : NaN;
  return out;
}

/** The stability of one customer's period sales `s[from … from + periods)`. */
export function stabilityOf(sales: Float64Array, from: number, periods: number): number {
  let total = 0;
  let nonZero = 0;
  let min = Infinity;
  let max = -Infinity;
  // Two passes (mean, then squared deviations) rather than one pass with Σv²: the one-pass
  // formula cancels catastrophically for large, nearly equal sales, and a quadrant compares
  // stabilities with each other. A return (v < 0) counts as a period without sales.
  for (let p = 0; p < periods; p++) {
    const s = sales[from + p];
    const v = s > 0 ? s : 0;
    total += v;
    if (v > 0) nonZero++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (nonZero <= 1) return 0; // no sales at all, or all of them in one period
  if (min === max) return 1; // identical sales every period
  // CV does not change with the scale: measured on sales ÷ the largest, so tiny amounts (5e-324)
  // do not underflow to a 0/0 and huge ones do not overflow when squared.
  const mean = total / max / periods;
  let squares = 0;
  for (let p = 0; p < periods; p++) {
    const s = sales[from + p];
    const d = (s > 0 ? s / max : 0) - mean;
    squares += d * d;
  }
  const cv = Math.sqrt(squares / periods) / mean;
  const stability = 1 - cv / Math.sqrt(periods - 1);
  // Rounding can push a value a hair outside [0, 1]; the true value never is.
  return stability < 0 ? 0 : stability > 1 ? 1 : stability;
}

/** One stability per row; NaN for rows that are not customers. */
export function stabilities(matrix: PeriodMatrix): Float64Array {
  const { periods, sales, rowCount } = matrix;
  if (periods < 2) throw new SegmentError("stability.periods", { given: periods });
  const { kinds } = matrix.rows;
  const out = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) out[r] = kinds[r] === KIND_NUMBER ? stabilityOf(sales, r * periods, periods) : NaN;
  return out;
}
