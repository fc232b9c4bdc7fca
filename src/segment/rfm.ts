/**
 * RFM scores 1–5 by quantile bins (methods.md §7), as the R package `rfm` (0.3) defines them:
 *
 * - Per dimension the four breaks are the 20/40/60/80 % quantiles of the customers' values by
 *   linear interpolation (R's quantile type 7 = Excel's PERCENTILE.INC).
 * - Bins are closed on the left: a value equal to a break belongs to the bin *above* it, so a
 *   score is 1 + (number of breaks ≤ value). Equal values therefore always share a score, and
 *   bin sizes come out uneven when many customers share a value.
 * - Recency runs the other way: fewer days since the last order is better, so
 *   R = 5 − (number of breaks ≤ days). The most recent customers get 5.
 *
 * Two deliberate differences from the R code, both to match the definition above exactly:
 * - R builds the probabilities with seq(0, 1, length.out = 6), whose third element is
 *   0.6000000000000001; when (n − 1) is a multiple of 5 that puts the 60 % break one rounding
 *   step above a data value and splits a tie group. We place the breaks at exact fractions: the
 *   index (n − 1)·k/5 is split into whole and fractional part in integer arithmetic.
 * - The package's internal `bins()` adds 1 to every quantile break (`magrittr::add(1)`, in every
 *   version of R/utils.R we could read); that is neither documented nor in the spec (and makes no
 *   sense for amounts), so by default we use the quantiles themselves.
 *
 * The preset "rfm-package" (methods.md §14) reproduces the package's scores instead, bit for bit:
 * R's own quantile arithmetic — probabilities k × 0.2 as `seq(0, 1, length.out = 6)` makes them
 * (the 60 % one is 0.6000000000000001), index 1 + (n − 1)·p, and (1 − h)·x[lo] + h·x[hi] where
 * the two order statistics differ (R's `quantile.default`, type 7) — then + 1 on every break, and
 * the same closed-left bins (`rfm_prep_bins`: lower ≤ value < upper, lower = (min, breaks),
 * upper = (breaks, max + 1)). One difference is kept on purpose: where max + 1 rounds back to max
 * (values of 2^53 and more), R leaves the largest customer's score NA; we give it the top bin.
 *
 * Skew: when many customers share a value (most customers ordered once), several breaks are equal
 * and some scores are never given (e.g. frequency only 4 and 5). That is the rule working, not a
 * bug, but the user must be told: `scoresUsed` and the counts per score feed SEGMENT.RFMEXPLAIN,
 * which prints a note for every dimension with fewer than five scores in use.
 *
 * User-given edges replace the quantiles of a dimension: four strictly increasing numbers,
 * applied with the same closed-left rule (recency edges are days: R = 5 below the first edge).
 */
import { KIND_NUMBER, NumberColumn } from "./cells";
import { combineColumns } from "./rowColumns";
import { SegmentError } from "./segmentError";
import { sortNonNegative } from "./sortNonNegative";

export const RFM_DIMENSIONS = ["R", "F", "M"] as const;
export const RECENCY = 0;
export const FREQUENCY = 1;
export const MONETARY = 2;
export const SCORE_COUNT = 5;
export const BREAK_COUNT = SCORE_COUNT - 1;

/** How quantile breaks are made: the k/5 quantiles ("quantiles", the default) or R rfm 0.3's ("rfm-package"). */
export type BinsMode = "quantiles" | "rfm-package";
/** The bins argument's preset for R rfm 0.3's breaks. */
export const RFM_PACKAGE_BINS = "rfm-package";

/** The k/5 quantiles (k = 1…4) of values sorted ascending, at exact fractions (see above). */
export function quintileBreaks(sorted: Float64Array): Float64Array {
  return quintilesFrom(sorted.length, (i) => sorted[i]);
}

/**
 * The same quintiles of unsorted finite values (`work` is left as it is): one radix sort
 * (sortNonNegative) instead of selecting each of the (at most eight) order statistics the breaks
 * need — on a million values the sort costs about what two selections did. Negative values
 * (returns in a monetary column) are sorted apart as magnitudes and read back in reverse, ahead
 * of the rest; -0 counts as 0.
 */
export function quintileBreaksOf(work: Float64Array, mode: BinsMode = "quantiles"): Float64Array {
  return quintilesOfCustomers(work, null, new Float64Array(work.length), null, mode);
}

/**
 * R rfm 0.3's breaks of values sorted ascending: `quantile(x, seq(0, 1, length.out = 6))[2:5] + 1`
 * in R's own double arithmetic (see the file comment).
 */
export function rfmPackageBreaks(sorted: Float64Array): Float64Array {
  return rfmPackageFrom(sorted.length, (i) => sorted[i]);
}

/**
 * The quintile breaks of the customers' values (rows whose kind is KIND_NUMBER, or every row
 * when `kinds` is null). `scratch` (at least as long as the customers) and `sortBuffer` (for
 * sortNonNegative) are reused across the three dimensions: on a full column each is megabytes
 * that would otherwise be allocated, and collected, per dimension.
 */
function quintilesOfCustomers(values: Float64Array, kinds: Uint8Array | null, scratch: Float64Array, sortBuffer: Uint32Array | null, mode: BinsMode): Float64Array {
  // Negatives' magnitudes to the front, the rest (−0 made +0) to the back, in one pass.
  let negatives = 0;
  let back = scratch.length;
  for (let i = 0; i < values.length; i++) {
    if (kinds !== null && kinds[i] !== KIND_NUMBER) continue;
    const v = values[i];
    if (v < 0) scratch[negatives++] = -v;
    else scratch[--back] = v === 0 ? 0 : v;
  }
  const n = negatives + scratch.length - back;
  const below = sortNonNegative(scratch.subarray(0, negatives), sortBuffer);
  const rest = sortNonNegative(scratch.subarray(back), sortBuffer);
  const orderStatistic = (i: number): number => (i < negatives ? -below[negatives - 1 - i] : rest[i - negatives]);
  return mode === "rfm-package" ? rfmPackageFrom(n, orderStatistic) : quintilesFrom(n, orderStatistic);
}

/**
 * R's `quantile(x, probs, type = 7)` at probs = seq(0, 1, length.out = 6)[2:5], plus 1: the
 * package's `bins()`. `orderStatistic(i)` is the (i + 1)-th smallest value (R's x[i + 1]).
 */
function rfmPackageFrom(n: number, orderStatistic: (index: number) => number): Float64Array {
  const breaks = new Float64Array(BREAK_COUNT).fill(NaN);
  if (n === 0) return breaks;
  // seq.default: from + seq_len(length.out − 2) * ((to − from) / (length.out − 1)) = k * 0.2.
  const by = 1 / SCORE_COUNT;
  for (let k = 1; k <= BREAK_COUNT; k++) {
    const p = k * by;
    const index = 1 + (n - 1) * p; // 1-based, as R
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    let q = orderStatistic(lo - 1);
    if (index > lo) {
      const high = orderStatistic(hi - 1);
      if (high !== q) {
        const h = index - lo;
        q = (1 - h) * q + h * high;
      }
    }
    breaks[k - 1] = q + 1; // magrittr::add(1)
  }
  return breaks;
}

function quintilesFrom(n: number, orderStatistic: (index: number) => number): Float64Array {
  const breaks = new Float64Array(BREAK_COUNT).fill(NaN);
  if (n === 0) return breaks;
  for (let k = 1; k <= BREAK_COUNT; k++) {
    const scaled = (n - 1) * k; // index × 5, an exact integer
    const lo = Math.floor(scaled / SCORE_COUNT);
    const fraction = (scaled - lo * SCORE_COUNT) / SCORE_COUNT;
    const low = orderStatistic(lo);
    const high = fraction === 0 ? low : orderStatistic(lo + 1);
    // A zero fraction or equal neighbours give the data value itself, bit for bit: ties stay whole.
    breaks[k - 1] = fraction === 0 || high === low ? low : low + fraction * (high - low);
  }
  return breaks;
}

/** Score 1–5 of a value: 1 + breaks ≤ value; reversed (recency): 5 − breaks ≤ value. */
export function scoreOf(breaks: Float64Array, value: number, reversed: boolean): number {
  let reached = 0;
  for (let k = 0; k < BREAK_COUNT; k++) if (value >= breaks[k]) reached++;
  return reversed ? SCORE_COUNT - reached : 1 + reached;
}

/** Checks user-given edges: four finite, strictly increasing numbers. */
export function validateEdges(edges: readonly number[], dimension: string): Float64Array {
  if (edges.length !== BREAK_COUNT || edges.some((e) => !Number.isFinite(e))) {
    throw new SegmentError("rfm.bins.count", { dimension });
  }
  for (let k = 1; k < edges.length; k++) {
    if (!(edges[k] > edges[k - 1])) throw new SegmentError("rfm.bins.order", { dimension });
  }
  return Float64Array.from(edges);
}

export interface RfmScores {
  /** One row per input row: a customer when all three cells are numbers; values are monetary. */
  readonly column: NumberColumn;
  /** Scores per row (NaN where the row is not a customer or holds an error). */
  readonly scores: [Float64Array, Float64Array, Float64Array];
  /** Breaks used per dimension (quantiles or the user's edges). */
  readonly breaks: [Float64Array, Float64Array, Float64Array];
  readonly userEdges: [boolean, boolean, boolean];
  /** How the breaks of the dimensions without user edges were made. */
  readonly mode: BinsMode;
  /** Customers per score: counts[d][s − 1]. */
  readonly counts: [Int32Array, Int32Array, Int32Array];
}

/**
 * Scores every customer on R, F and M. `edges[d]`, when given, replaces the quantile breaks of
 * dimension d (already validated with validateEdges); `mode` says how the other dimensions'
 * breaks are made (default: the k/5 quantiles; "rfm-package": R rfm 0.3's).
 */
export function rfmScores(
  recencyDays: NumberColumn,
  frequency: NumberColumn,
  monetary: NumberColumn,
  edges: readonly (Float64Array | null)[] = [null, null, null],
  mode: BinsMode = "quantiles",
): RfmScores {
  const inputs = [recencyDays, frequency, monetary];
  const column = combineColumns(inputs, MONETARY);
  const n = column.values.length;
  const m = column.customerCount;
  const breaks: Float64Array[] = [];
  const scratch = new Float64Array(m);
  const sortBuffer = new Uint32Array(2 * m);
  for (let d = 0; d < 3; d++) {
    const given = edges[d];
    breaks.push(given ?? quintilesOfCustomers(inputs[d].values, column.kinds, scratch, sortBuffer, mode));
  }
  const scores = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const counts = [new Int32Array(SCORE_COUNT), new Int32Array(SCORE_COUNT), new Int32Array(SCORE_COUNT)];
  for (let d = 0; d < 3; d++) {
    const values = inputs[d].values;
    const out = scores[d];
    const b = breaks[d];
    const reversed = d === RECENCY;
    for (let i = 0; i < n; i++) {
      if (column.kinds[i] !== KIND_NUMBER) {
        out[i] = NaN;
        continue;
      }
      const s = scoreOf(b, values[i], reversed);
      out[i] = s;
      counts[d][s - 1]++;
    }
  }
  return {
    column,
    scores: scores as RfmScores["scores"],
    breaks: breaks as RfmScores["breaks"],
    userEdges: [Boolean(edges[0]), Boolean(edges[1]), Boolean(edges[2])],
    mode,
    counts: counts as RfmScores["counts"],
  };
}

/** The scores (1–5) that at least one customer got, ascending. */
export function scoresUsed(counts: Int32Array): number[] {
  const used: number[] = [];
  for (let s = 0; s < counts.length; s++) if (counts[s] > 0) used.push(s + 1);
  return used;
}

/** The three-digit text form "545" (R·100 + F·10 + M, as the R package's rfm_score). */
export function rfmCode(r: number, f: number, m: number): string {
  return `${r}${f}${m}`;
}
