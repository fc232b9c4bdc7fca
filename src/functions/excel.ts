/**
 * The boundary between Excel's custom-function runtime and the engine: reading arguments
 * (2-D arrays, omitted arguments as null), writing results back in the input's orientation,
 * and turning engine mistakes into Excel errors with a message in the user's language.
 *
 * Every argument is read through readList, readScalar or plainRows here, which turn Excel's
 * rich values (formatted numbers, entities, error values as data types) into plain cells with
 * `plainCell`, so the engine only ever sees numbers, text, booleans, blanks and errors.
 */
import { CellError, isBlank, isCellError, NumberColumn, plainCell, readNumberColumn } from "../segment/cells";
import { Basis } from "../segment/cuts";
import { SegmentError } from "../segment/segmentError";
import { BoundaryRule } from "../segment/tiers";
import { formatMessage } from "../i18n/messages";

export type Orientation = "column" | "row";

/** A one-dimensional argument and the way it was laid out in the sheet. */
export interface CellList {
  readonly cells: unknown[];
  readonly orientation: Orientation;
}

/**
 * A range argument as a list of customers: a column (n×1) or a row (1×n). A block with more
 * than one row *and* column is refused with a message, never guessed at.
 */
export function readList(range: unknown, name: string): CellList {
  if (!Array.isArray(range)) return { cells: [plainCell(range)], orientation: "column" };
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? (range[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0) throw new SegmentError("shape.empty", { name });
  if (rows === 1) return { cells: (range[0] as unknown[]).map(plainCell), orientation: columns === 1 ? "column" : "row" };
  if (columns === 1) {
    const cells: unknown[] = new Array(rows);
    for (let i = 0; i < rows; i++) cells[i] = plainCell((range[i] as unknown[])[0]);
    return { cells, orientation: "column" };
  }
  throw new SegmentError("shape.notList", { name, rows, columns });
}

/**
 * A list argument's shape, checked as readList checks it, before any cell is read: several
 * lists that must line up are compared by length first, then each is read once.
 */
export interface ListShape {
  readonly length: number;
  readonly orientation: Orientation;
  /** The cells as numbers, read straight from Excel's 2-D array (no list of cells in between). */
  read(): NumberColumn;
}

export function listShape(range: unknown, name: string): ListShape {
  if (!Array.isArray(range)) return { length: 1, orientation: "column", read: () => readNumberColumn([range]) };
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? (range[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0) throw new SegmentError("shape.empty", { name });
  if (rows === 1) {
    return { length: columns, orientation: columns === 1 ? "column" : "row", read: () => readNumberColumn(range[0] as unknown[]) };
  }
  if (columns === 1) return { length: rows, orientation: "column", read: () => readNumberColumn(range, 0) };
  throw new SegmentError("shape.notList", { name, rows, columns });
}

/** A list argument of customers read as numbers: readList then readNumberColumn, in one pass. */
export function readNumberList(range: unknown, name: string): { column: NumberColumn; orientation: Orientation } {
  const shape = listShape(range, name);
  return { column: shape.read(), orientation: shape.orientation };
}

/**
 * A 2-D argument with every rich value made plain (`plainCell`); a scalar stays a scalar.
 * Rows without a rich value are kept as they are, not copied.
 */
export function plainRows(arg: unknown): unknown {
  if (!Array.isArray(arg)) return plainCell(arg);
  let out: unknown[] | undefined;
  for (let i = 0; i < arg.length; i++) {
    const row: unknown = arg[i];
    if (!Array.isArray(row)) continue;
    let plain: unknown[] | undefined;
    for (let j = 0; j < row.length; j++) {
      const cell: unknown = row[j];
      if (typeof cell !== "object" || cell === null) continue;
      const value = plainCell(cell);
      if (value === cell) continue;
      plain ??= [...row];
      plain[j] = value;
    }
    if (plain) {
      out ??= [...arg];
      out[i] = plain;
    }
  }
  return out ?? arg;
}

/** Lays results out like the input: a column spills down, a row spills across. */
export function spill<T>(results: readonly T[], orientation: Orientation): T[][] {
  return orientation === "row" ? [[...results]] : results.map((r) => [r]);
}

/** A single-cell argument: a scalar, or a 1×1 array when Excel passes a reference. */
export function readScalar(arg: unknown, name: string): unknown {
  if (!Array.isArray(arg)) return plainCell(arg);
  if (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1) return plainCell(arg[0][0]);
  throw new SegmentError("value.scalar", { name });
}

/** Optional text argument: null, undefined, "" and a blank cell all mean "use the default". */
export function optionalText(arg: unknown, name: string): string | undefined {
  const value = readScalar(arg, name);
  if (isBlank(value)) return undefined;
  return String(value).trim();
}

export function readRule(arg: unknown): BoundaryRule {
  const given = optionalText(arg, "rule");
  if (given === undefined) return "reach";
  const rule = given.toLowerCase();
  if (rule === "reach" || rule === "byhand") return rule;
  throw new SegmentError("rule.unknown", { given });
}

export function readBasis(arg: unknown): Basis {
  const given = optionalText(arg, "basis");
  if (given === undefined) return "value";
  const basis = given.toLowerCase();
  if (basis === "value" || basis === "count") return basis;
  throw new SegmentError("basis.unknown", { given });
}

/** Output error codes a custom function may return; #REF! and #NAME? are input-only. */
const RETURNABLE = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** The error a row gets when its input cell holds an error: the same one where Excel allows it. */
export function rowError(error: CellError): CustomFunctions.Error {
  if (RETURNABLE.has(error.code)) {
    return new CustomFunctions.Error(error.code as CustomFunctions.ErrorCode, error.message);
  }
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    formatMessage("input.errorCell", { code: error.code }),
  );
}

/** Any failure as an Excel error: a user mistake says what to fix; anything else says data is safe. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof SegmentError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatMessage(error.key, error.params));
  }
  // An error value passed in an argument is passed on, as Excel's own functions do.
  if (isCellError(error)) return rowError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatMessage("internal", { detail }));
}

/** Runs a function body so that every failure reaches the cell as an Excel error, never a raw exception. */
export function guarded<T>(body: () => T): T {
  return showable(guardedShown(body));
}

/**
 * `guarded` without the pass over the result, for a body that writes every number it returns
 * through `showableNumber` itself: on a million rows of seven cells the pass costs as much as
 * the rest of the function.
 */
export function guardedShown<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A number as Excel can show it: NaN or ±Infinity become #NUM! (as `guarded` does to a whole result). */
export function showableNumber(x: number): number | CustomFunctions.Error {
  return Number.isFinite(x) ? x : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
}

/**
 * Excel cannot show NaN or ±Infinity (a sum of huge amounts can overflow): such a number
 * becomes #NUM! in its own cell, the others are kept. One pass over the result, in place.
 */
function showable<T>(result: T): T {
  const fix = (x: unknown): unknown =>
    typeof x === "number" && !Number.isFinite(x) ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber) : x;
  if (!Array.isArray(result)) return fix(result) as T;
  for (const row of result as unknown[]) {
    if (!Array.isArray(row)) continue;
    for (let j = 0; j < row.length; j++) {
      if (typeof row[j] === "number" && !Number.isFinite(row[j])) row[j] = fix(row[j]);
    }
  }
  return result;
}
