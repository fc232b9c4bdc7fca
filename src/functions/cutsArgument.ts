/** Reads the optional cuts argument: omitted, a preset text ("80/95", "80/15/5", "auto"), or numbers. */
import { FittedTiers, fitTierRequest, tiersFromLimits } from "../segment/abc";
import { isBlank, NumberColumn } from "../segment/cells";
import { Basis, cutsError, defaultCuts, parsePreset, validateCuts } from "../segment/cuts";
import { SegmentError } from "../segment/segmentError";
import { optionalText, plainRows, readBasis, readRule } from "./excel";

/** The cells of an optional argument (a value, or a range or array of them), blanks left out. */
function givenCells(arg: unknown): unknown[] {
  const plain = plainRows(arg);
  return (Array.isArray(plain) ? (plain as unknown[][]).flat() : [plain]).filter((c) => !isBlank(c));
}

export type CutsChoice = { readonly kind: "cuts"; readonly cuts: number[] } | { readonly kind: "auto" };

export function readCuts(arg: unknown, classCount: number, basis: Basis): CutsChoice {
  const cells = givenCells(arg);
  if (cells.length === 0) return { kind: "cuts", cuts: defaultCuts(classCount, basis) };
  if (cells.length === 1 && typeof cells[0] === "string") {
    const text = cells[0].trim();
    if (text.toLowerCase() === "auto") return { kind: "auto" };
    return { kind: "cuts", cuts: parsePreset(text, classCount) };
  }
  if (cells.some((c) => typeof c !== "number")) throw cutsError("range", classCount);
  return { kind: "cuts", cuts: validateCuts(cells as number[], classCount) };
}

/** A tiering the functions can run: `key` names it for the per-row cache (oneRow.ts). */
export interface TierFit {
  readonly key: string;
  fit(column: NumberColumn): FittedTiers;
}

/**
 * The cuts, rule and basis arguments of SEGMENT.ABC/ABCD, their one-row forms and EXPLAIN, read
 * once. basis "threshold" makes the cuts values, not shares: the lowest value of each class but
 * the last ({58900,12000}: A from 58,900, B from 12,000), so a sheet can keep last month's cuts
 * (methods.md §14); the rule does not apply then.
 */
export function readTierFit(cuts: unknown, rule: unknown, basis: unknown, classCount: number): TierFit {
  if (optionalText(basis, "basis")?.toLowerCase() === "threshold") {
    const cells = givenCells(cuts);
    if (cells.some((c) => typeof c !== "number")) throw new SegmentError("cuts.thresholds", { count: classCount - 1, classes: classCount });
    const limits = cells as number[];
    const fitted = tiersFromLimits(limits, classCount);
    return { key: `limits|${classCount}|${limits.join(",")}`, fit: () => fitted };
  }
  const chosenBasis = readBasis(basis);
  const choice = readCuts(cuts, classCount, chosenBasis);
  const request = { cuts: choice.kind === "auto" ? ("auto" as const) : choice.cuts, rule: readRule(rule), basis: chosenBasis };
  return { key: `tiers|${classCount}|${JSON.stringify(request)}`, fit: (column) => fitTierRequest(column, request, classCount) };
}

/** The single cut of SEGMENT.PARETO: a fraction strictly between 0 and 1, default 0.8. */
export function readSingleCut(arg: unknown): number {
  const cells = givenCells(arg);
  if (cells.length === 0) return 0.8;
  const cut = cells.length === 1 ? cells[0] : NaN;
  if (typeof cut !== "number" || !(cut > 0 && cut < 1)) throw new SegmentError("cut.single");
  return cut;
}
