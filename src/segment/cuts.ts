/**
 * Cut points for tiering: increasing fractions, e.g. [0.8, 0.95] for A 80 %, B 95 %, C rest.
 * Users write them as numbers ({0.8,0.95} or a range) or as a preset in either of the two ways
 * sales teams speak of them: cumulative ("80/95") or per class ("80/15/5").
 */
import { SegmentError } from "./segmentError";

export type Basis = "value" | "count";

/** Presets named in methods.md §1, for the autocomplete list and the task pane. */
export const ABC_PRESETS = ["80/95", "70/90", "50/80", "55/85", "80/15/5", "70/20/10", "50/30/20"] as const;
export const ABCD_PRESETS = ["50/80/95", "50/30/15/5"] as const;

/** Defaults: ABC by value 80/95; ABCD by value 50/80/95; by count (seed 001, SAP) top 20 %, next 10 %. */
export function defaultCuts(classCount: number, basis: Basis): number[] {
  if (basis === "count") return classCount === 3 ? [0.2, 0.3] : [0.2, 0.3, 0.5];
  return classCount === 3 ? [0.8, 0.95] : [0.5, 0.8, 0.95];
}

function allowedText(classCount: number): string {
  const presets = classCount === 3 ? ABC_PRESETS : ABCD_PRESETS;
  return presets.join(", ");
}

/** Every cut mistake names what is allowed: how many cuts, an example, the presets. */
export function cutsError(reason: "count" | "range" | "order" | "preset" | "shares", classCount: number): SegmentError {
  return new SegmentError(`cuts.${reason}`, {
    count: classCount - 1,
    classes: classCount,
    example: classCount === 3 ? "{0.8,0.95}" : "{0.5,0.8,0.95}",
    presets: allowedText(classCount),
  });
}

/** Checks that cuts are fractions strictly between 0 and 1, strictly increasing, and the right count. */
export function validateCuts(cuts: readonly number[], classCount: number): number[] {
  if (cuts.length !== classCount - 1) throw cutsError("count", classCount);
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i];
    if (!Number.isFinite(c) || c <= 0 || c >= 1) throw cutsError("range", classCount);
    if (i > 0 && c <= cuts[i - 1]) throw cutsError("order", classCount);
  }
  return [...cuts];
}

/**
 * Reads a preset such as "80/95" (cumulative: one part fewer than classes) or "80/15/5"
 * (per class: one part per class, adding up to 100). Percent signs and spaces are allowed.
 */
export function parsePreset(text: string, classCount: number): number[] {
  const parts = text.split("/").map((p) => p.trim().replace(/%$/, ""));
  const numbers = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (numbers.some((x) => Number.isNaN(x))) throw cutsError("preset", classCount);
  if (numbers.length === classCount) {
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-9) throw cutsError("shares", classCount);
    const cumulative: number[] = [];
    let running = 0;
    for (let i = 0; i < numbers.length - 1; i++) {
      running += numbers[i];
      cumulative.push(running / 100);
    }
    return validateCuts(cumulative, classCount);
  }
  if (numbers.length === classCount - 1) return validateCuts(numbers.map((x) => x / 100), classCount);
  throw cutsError("preset", classCount);
}
