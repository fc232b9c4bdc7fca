/** Reads the optional cuts argument: omitted, a preset text ("80/95", "80/15/5", "auto"), or numbers. */
import { isBlank } from "../segment/cells";
import { Basis, cutsError, defaultCuts, parsePreset, validateCuts } from "../segment/cuts";
import { SegmentError } from "../segment/segmentError";
import { plainRows } from "./excel";

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

/** The single cut of SEGMENT.PARETO: a fraction strictly between 0 and 1, default 0.8. */
export function readSingleCut(arg: unknown): number {
  const cells = givenCells(arg);
  if (cells.length === 0) return 0.8;
  const cut = cells.length === 1 ? cells[0] : NaN;
  if (typeof cut !== "number" || !(cut > 0 && cut < 1)) throw new SegmentError("cut.single");
  return cut;
}
