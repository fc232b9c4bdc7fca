/**
 * How a refresh's cut values compare with the earlier ones (methods.md §14), and why each mover
 * moved: a customer whose own value would still have its old class under the old cuts moved
 * because the cuts moved ("cut moved"), not because it bought more or less. Pure.
 */
import { Mover } from "../segment/transitions";
import { CutValue, FrozenValues, Localized, MethodParams, SegmentMethod } from "./methods/types";
import { SavedCuts } from "./plan";

export interface CutChange {
  readonly label: Localized;
  /** The kept value (frozen) or the previous run's (re-fitted); null: no customer reached it. */
  readonly before: number | null;
  /** What a fit on this month's data gives. */
  readonly now: number | null;
  readonly date?: boolean;
}

export interface CutComparison {
  /** True: classes came from kept values (`before`); false: from this month's fit (`now`). */
  readonly kept: boolean;
  /** The as-of date of the run the earlier values come from, when known. */
  readonly since: number | null;
  readonly changes: readonly CutChange[];
}

/**
 * The comparison a refresh reports: with kept values, kept vs today's fit; without, the previous
 * run's values vs this run's. Null when the method has no cut values or nothing to compare with.
 */
export function compareCuts(
  frozen: SavedCuts | undefined,
  previous: SavedCuts | undefined,
  current: readonly CutValue[] | undefined,
  fitted: readonly CutValue[] | undefined,
): CutComparison | null {
  const earlier = frozen ?? previous;
  const today = frozen ? fitted : current;
  if (!earlier || !today || earlier.values.length !== today.length) return null;
  return {
    kept: Boolean(frozen),
    since: earlier.asOf,
    changes: today.map((c, i) => ({ label: c.label, before: earlier.values[i], now: c.value, ...(c.date ? { date: true } : {}) })),
  };
}

export type MoveReason = "cutMoved" | "valueRose" | "valueFell";

/**
 * Per mover, why it moved (null when it cannot be told: a method of several measures, or no
 * earlier cut values). The mover's current value classified by the previous run's cuts: if that
 * gives its previous class, only the cuts moved; else its own value did.
 */
export function moveReasons(
  movers: readonly Mover[],
  method: SegmentMethod,
  params: MethodParams,
  previousCuts: FrozenValues | null,
): (MoveReason | null)[] {
  const classOf = method.classOfValue;
  if (!classOf || !previousCuts) return movers.map(() => null);
  const codes = method.codes(params);
  return movers.map((m) => {
    if (!Number.isFinite(m.currentValue)) return null;
    const wouldBe = codes[classOf(m.currentValue, previousCuts, params)];
    if (wouldBe === m.previousClass) return "cutMoved";
    if (!Number.isFinite(m.previousValue) || m.currentValue === m.previousValue) return null;
    return m.currentValue > m.previousValue ? "valueRose" : "valueFell";
  });
}
