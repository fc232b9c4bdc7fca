/**
 * "Why this class" (methods.md §14): the numbers behind each customer's class.
 *
 * **Tiers (ABC, ABCD, Pareto) as a ladder of value thresholds.** Every tiering the add-in offers
 * classifies by value alone, and its class only rises with the value, so a fit is fully described
 * by one threshold per class except the last: *a value ≥ the threshold of class k is in class k or
 * a higher one*; the class of a value is the first k whose threshold it reaches, else the last
 * class. `tierThresholds` / `paretoThresholds` give that ladder (the frozen-thresholds work keeps
 * these values; `classOfThresholds` classifies by them):
 * - ABC / ABCD, either boundary rule, either basis: the thresholds of `fitTiers` (tiers.ts), which
 *   already mean exactly this (the lowest positive value still in class k or higher; +Infinity
 *   where no value reaches the class, as the "byhand" rule can leave A empty; ties share a class
 *   because a threshold is a value, never a position).
 * - Computed cuts ("auto", computedAbc.ts) use A = value > the A/B limit: the A threshold is the
 *   smallest number above that limit (its next double), so "≥" holds for them too; and because the
 *   package counts negatives as 0, a B/C limit of 0 puts every value in B or higher: threshold
 *   −Infinity. `FittedTiers.limits` (abc.ts) keeps the limits as the package prints them.
 * - Pareto: VITAL from the vital-few threshold, REST from 0 (a value ≥ 0), LOSS below 0.
 *
 * Per class (`classWhys`) the threshold of its own class, the next threshold up (the lowest value
 * that moves the customer up, and the class it then reaches — an empty class in between is
 * skipped), and the class a value just below its own threshold falls into, with that class's
 * threshold. Per customer the gaps follow: value − own threshold (≥ 0: how far it can fall and
 * keep its class) and next threshold − value (> 0: how far it must rise). At a threshold the gap
 * down is exactly 0; one step below (the previous double) the gap up is exactly that step, since
 * the difference of two doubles within a factor of 2 of each other is exact (Sterbenz).
 *
 * **RFM**: `scoreEdges` gives the bin around a score — the value lies in [from, to).
 * **Quadrants**: each measure's split and the side it fell on (high = strictly above).
 *
 * Pure: no Office, no language; the sentences are written by src/i18n/whyText.ts.
 */
import { fitTierRequest, FittedTiers, TierRequest } from "./abc";
import { KIND_NUMBER, NumberColumn } from "./cells";
import { classifyRows } from "./classifyRows";
import { fitPareto, ParetoModel, paretoGroupOf, PARETO_CODES } from "./pareto";
import { BREAK_COUNT, SCORE_COUNT } from "./rfm";

export interface ClassThreshold {
  readonly code: string;
  /** A value ≥ limit is in this class or a higher one. +Infinity: no value is; −Infinity: every value is. */
  readonly limit: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The smallest double greater than x, for x ≥ 0 finite (0 and −0 give the smallest subnormal). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  // A positive double's bits, read as an integer, grow with it: add 1 to the 64-bit pattern.
  view.setFloat64(0, x);
  const low = view.getUint32(4);
  if (low === 0xffffffff) {
    view.setUint32(4, 0);
    view.setUint32(0, view.getUint32(0) + 1);
  } else {
    view.setUint32(4, low + 1);
  }
  return view.getFloat64(0);
}

/** The ladder of a fitted tiering (see the file comment). */
export function thresholdsOfFit(fitted: FittedTiers): ClassThreshold[] {
  if (fitted.cuts === null) {
    const [ab, bc] = fitted.limits;
    return [
      { code: fitted.codes[0], limit: nextUp(ab) },
      { code: fitted.codes[1], limit: bc > 0 ? bc : -Infinity },
    ];
  }
  return fitted.limits.map((limit, k) => ({ code: fitted.codes[k], limit }));
}

/** The value thresholds an ABC/ABCD fit produced: one per class except the last. */
export function tierThresholds(column: NumberColumn, request: TierRequest, classCount: number): ClassThreshold[] {
  return thresholdsOfFit(fitTierRequest(column, request, classCount));
}

/** The value thresholds of a Pareto fit: VITAL from the vital-few threshold, REST from 0; LOSS below. */
export function paretoThresholds(model: ParetoModel): ClassThreshold[] {
  return [
    { code: PARETO_CODES[0], limit: model.threshold },
    { code: PARETO_CODES[1], limit: 0 },
  ];
}

/** The class index of a value under a ladder: the first threshold it reaches, else the last class. */
export function classOfThresholds(thresholds: readonly ClassThreshold[], value: number): number {
  for (let k = 0; k < thresholds.length; k++) if (value >= thresholds[k].limit) return k;
  return thresholds.length;
}

export interface ClassWhy {
  readonly code: string;
  /** Its own threshold: a value ≥ it keeps at least this class. NaN for a class with no floor (the last). */
  readonly own: number;
  /** The lowest value that moves a customer up, and the class it then reaches; NaN and "" when none does. */
  readonly up: number;
  readonly upCode: string;
  /** The class a value just below `own` falls into and that class's threshold (NaN: it has no floor). */
  readonly belowCode: string;
  readonly below: number;
}

const finiteOrNaN = (x: number): number => (Number.isFinite(x) ? x : NaN);

/** Per class, what its customers' WHY rows share; thresholds non-increasing, as every fit gives them. */
export function classWhys(thresholds: readonly ClassThreshold[], codes: readonly string[]): ClassWhy[] {
  const limits = thresholds.map((t) => t.limit);
  const last = codes.length - 1;
  return codes.map((code, k) => {
    const own = k < last ? limits[k] : -Infinity;
    let up = Infinity;
    for (let q = 0; q < k; q++) up = Math.min(up, limits[q]);
    let upCode = "";
    if (Number.isFinite(up)) {
      let q = 0;
      while (limits[q] > up) q++;
      upCode = codes[q];
    }
    let belowCode = "";
    let below = NaN;
    if (k < last && Number.isFinite(own)) {
      let q = k + 1;
      while (q < last && !(limits[q] < own)) q++;
      belowCode = codes[q];
      below = q < last ? finiteOrNaN(limits[q]) : NaN;
    }
    return { code, own: finiteOrNaN(own), up: finiteOrNaN(up), upCode, belowCode, below };
  });
}

export interface TierWhy {
  readonly codes: readonly string[];
  readonly thresholds: readonly ClassThreshold[];
  readonly classes: readonly ClassWhy[];
  /** The class of a customer's value, by the very function SEGMENT.ABC / ABCD / PARETO use. */
  readonly classOf: (value: number) => number;
}

/** WHY of an ABC / ABCD fit: the classes by the fit's own rule, the thresholds and the per-class facts. */
export function whyTiers(column: NumberColumn, request: TierRequest, classCount: number): TierWhy {
  const fitted = fitTierRequest(column, request, classCount);
  const thresholds = thresholdsOfFit(fitted);
  return { codes: fitted.codes, thresholds, classes: classWhys(thresholds, fitted.codes), classOf: fitted.classOf };
}

/** WHY of a Pareto fit (VITAL / REST / LOSS), classes by paretoGroupOf as SEGMENT.PARETO. */
export function whyPareto(column: NumberColumn, cut: number): TierWhy {
  const model = fitPareto(column, cut);
  const thresholds = paretoThresholds(model);
  return { codes: PARETO_CODES, thresholds, classes: classWhys(thresholds, PARETO_CODES), classOf: (v) => paretoGroupOf(model, v) };
}

/** Per row, the class as SEGMENT.ABC / ABCD / PARETO give it (NOT_A_CUSTOMER, ERROR_ROW as usual). */
export function whyClassIndex(column: NumberColumn, why: TierWhy): Int32Array {
  return classifyRows(column, why.classOf);
}

/** value − own threshold (NaN for a class with no floor). */
export function gapDown(why: ClassWhy, value: number): number {
  return value - why.own;
}

/** Next threshold up − value (NaN when no value moves the customer up). */
export function gapUp(why: ClassWhy, value: number): number {
  return why.up - value;
}

const GIVE_UP_AFTER = 65_536;

/**
 * Equal values numbered: ids[i] is the same for two customers exactly when their values are
 * equal (0 and −0 count as equal, as `===` has it), numbered 0, 1, 2 … in order of first
 * appearance; −1 for rows that are not customers. An open-addressing hash over the values' own
 * bits, keys kept in the table itself, grown as distinct values come (a table sized for the
 * distinct values stays in cache where one sized for a million rows would not); a JavaScript Map
 * keyed by numbers costs several times as much on a million rows.
 */
export function sameValueIds(column: NumberColumn, giveUp = false): { readonly ids: Int32Array; readonly count: number } | null {
  const { values, kinds } = column;
  const n = values.length;
  const ids = new Int32Array(n).fill(-1);
  const halves = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let capacity = 1 << 12;
  let mask = capacity - 1;
  let keys = new Float64Array(capacity);
  let slotIds = new Int32Array(capacity).fill(-1);
  let count = 0;
  const hashOf = (lo: number, hi: number): number => {
    const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
  };
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== KIND_NUMBER) continue;
    // With `giveUp`: when 9 in 10 of the first 65,536 customers have a value of their own,
    // finding the equal ones is not worth its time: null.
    if (giveUp && ++seen === GIVE_UP_AFTER && count > 0.9 * GIVE_UP_AFTER) return null;
    const v = values[i];
    // 0 and −0 differ in their bits: hash both as +0.
    let slot = (v === 0 ? 0 : hashOf(halves[2 * i], halves[2 * i + 1])) & mask;
    for (;;) {
      const id = slotIds[slot];
      if (id < 0) {
        slotIds[slot] = count;
        keys[slot] = v;
        ids[i] = count++;
        break;
      }
      if (keys[slot] === v) {
        ids[i] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (2 * count > capacity) {
      // Grow: re-insert every key by the same hash.
      const oldKeys = keys;
      const oldIds = slotIds;
      capacity *= 2;
      mask = capacity - 1;
      keys = new Float64Array(capacity);
      slotIds = new Int32Array(capacity).fill(-1);
      const bits = new Uint32Array(oldKeys.buffer);
      for (let q = 0; q < oldIds.length; q++) {
        if (oldIds[q] < 0) continue;
        const key = oldKeys[q];
        let at = (key === 0 ? 0 : hashOf(bits[2 * q], bits[2 * q + 1])) & mask;
        while (slotIds[at] >= 0) at = (at + 1) & mask;
        slotIds[at] = oldIds[q];
        keys[at] = key;
      }
    }
  }
  return { ids, count };
}

/**
 * The RFM bin around a score, with the dimension's four breaks: the value lies in [from, to);
 * NaN where the bin is open (the lowest and highest bins). Recency is reversed: R = 5 is the
 * lowest bin of days (from NaN, to the first break).
 */
export function scoreEdges(breaks: Float64Array, score: number, reversed: boolean): { from: number; to: number } {
  const reached = reversed ? SCORE_COUNT - score : score - 1;
  return { from: reached > 0 ? breaks[reached - 1] : NaN, to: reached < BREAK_COUNT ? breaks[reached] : NaN };
}
