/**
 * Arguments shared by the functions that read several columns per customer or order line
 * (SUMMARY, RFM, LIFECYCLE, BG/NBD): lists that must line up, optional numbers and dates, and
 * results that are several columns per row.
 */
import { isBlank, isCellError, NumberColumn } from "../segment/cells";
import { dateToSerial } from "../segment/dates";
import { SegmentError } from "../segment/segmentError";
import { CellList, listShape, Orientation, readList, readScalar } from "./excel";

/**
 * Reads lists that must line up row by row (one column or one row each, all the same length).
 * The first list decides the orientation of the result.
 */
export function readParallelLists(args: readonly (readonly [unknown, string])[]): CellList[] {
  const lists = args.map(([range, name]) => readList(range, name));
  const [first] = lists;
  lists.forEach((list, i) => {
    if (list.cells.length !== first.cells.length) {
      throw new SegmentError("shape.mismatch", {
        name: args[i][1],
        other: args[0][1],
        expected: first.cells.length,
        actual: list.cells.length,
      });
    }
  });
  return lists;
}

/**
 * As readParallelLists, reading each list straight into numbers: the shapes and lengths are
 * checked first (the same messages), then each list is read once from Excel's 2-D array.
 */
export function readParallelNumberLists(args: readonly (readonly [unknown, string])[]): { columns: NumberColumn[]; orientation: Orientation } {
  const shapes = args.map(([range, name]) => listShape(range, name));
  const [first] = shapes;
  shapes.forEach((shape, i) => {
    if (shape.length !== first.length) {
      throw new SegmentError("shape.mismatch", { name: args[i][1], other: args[0][1], expected: first.length, actual: shape.length });
    }
  });
  return { columns: shapes.map((shape) => shape.read()), orientation: first.orientation };
}

/** An optional number: blank/omitted → the fallback; anything but a number is refused. */
export function readOptionalNumber(arg: unknown, name: string, fallback: number): number {
  const value = readScalar(arg, name);
  if (isBlank(value)) return fallback;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isCellError(value)) throw value;
  throw new SegmentError("value.number", { name });
}

/**
 * The optional as-of date: an Excel date (serial number) or a Date; blank → undefined, meaning
 * "the latest date in the data" (never today: a refresh of last month's file gives last month's
 * answer). Text is refused rather than parsed: "03/04/2024" means different days in different
 * locales.
 */
export function readAsOf(arg: unknown): number | undefined {
  const value = readScalar(arg, "as_of");
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value instanceof Date && Number.isFinite(dateToSerial(value))) return dateToSerial(value);
  if (isCellError(value)) throw value;
  throw new SegmentError("asOf.invalid");
}

/**
 * Several result columns per input row, laid out like the input: input in a column → one row per
 * customer with the columns side by side; input in a row → one row per result column.
 */
export function spillColumns<T>(columns: readonly (readonly T[])[], orientation: Orientation): T[][] {
  if (orientation === "row") return columns.map((c) => [...c]);
  const n = columns[0]?.length ?? 0;
  const k = columns.length;
  const out: T[][] = new Array(n);
  // Plain loops: a million rows × a closure call each was a visible share of RFM's time.
  for (let i = 0; i < n; i++) {
    const row: T[] = new Array(k);
    for (let j = 0; j < k; j++) row[j] = columns[j][i];
    out[i] = row;
  }
  return out;
}
