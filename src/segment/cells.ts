/**
 * Reading spreadsheet cells into numbers, following the conventions of methods.md:
 * - a finite number (or a Date, which Excel stores as a serial number) is a customer's value;
 * - blank (`""`, `null`, `undefined`), text and booleans are *not customers*: they get a blank
 *   result and count toward nothing;
 * - an error value (#N/A …) gives that row the same error and nothing else.
 *
 * Numbers stored as text ("1,234") are NOT parsed. Excel's own SUM and SUMIF skip them too, so
 * our results agree with the by-hand formulas a user already has; and whether "1,234" means one
 * thousand or 1.234 depends on the locale, which a formula cannot see. They are counted
 * (`numericTextCount`) so the explain output can tell the user to convert them.
 *
 * Excel's rich values (data types) are read by `plainCell` first: a formatted number as its
 * number, an entity as its text, an error value as that error (see below).
 */
import { dateToSerial } from "./dates";

/** An error value as it reaches the engine: Excel's `CustomFunctions.Error` has this shape. */
export interface CellError {
  readonly code: string;
  readonly message?: string;
}

export const KIND_NUMBER = 0;
export const KIND_BLANK = 1;
export const KIND_ERROR = 2;
export type CellKind = typeof KIND_NUMBER | typeof KIND_BLANK | typeof KIND_ERROR;

// "#GETTING_DATA" has an underscore.
const ERROR_CODE = /^#[A-Z0-9_/!?]+[!?A-Z0-9]*$/;

export function isCellError(value: unknown): value is CellError {
  if (typeof value !== "object" || value === null || value instanceof Date) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && ERROR_CODE.test(code);
}

/**
 * A cell value in the JSON of Excel's data types (Excel.CellValue in the Excel JavaScript API):
 * `type` says which kind, `basicValue` is what a plain formula sees (`Range.values`). Custom
 * functions receive cells in this form because functions.json sets
 * `allowCustomDataForDataTypeAny` and `allowErrorForDataTypeAny`.
 */
interface RichValue {
  readonly type: string;
  readonly basicValue?: unknown;
  readonly basicType?: unknown;
  /** Entity, LinkedEntity: the text the cell shows. */
  readonly text?: unknown;
  /** Error: which error (Excel.ErrorCellValueType), independent of the display language. */
  readonly errorType?: unknown;
}

/** Excel.ErrorCellValueType → the error's cell text (en-US, as `CustomFunctions.ErrorCode`). */
const ERROR_TYPE_CODES: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Unknown: "#UNKNOWN!",
  Value: "#VALUE!",
};

function richErrorCode(value: RichValue): string {
  const byType = typeof value.errorType === "string" ? ERROR_TYPE_CODES[value.errorType] : undefined;
  if (byType) return byType;
  // basicValue is the cell text; prefer errorType above, as the text may follow the user's locale.
  const text = value.basicValue;
  return typeof text === "string" && ERROR_CODE.test(text) ? text : "#VALUE!";
}

/**
 * One cell as the plain value the rules of this file read: a number, text, boolean, blank or
 * an error (`CellError`). Plain values, Dates and `CustomFunctions.Error` objects pass through
 * unchanged; a rich value is read as Excel's own formulas read it:
 * - `{ type: "Double" | "FormattedNumber", basicValue: 1234, numberFormat }` → 1234 (a customer),
 *   likewise String and Boolean → their basicValue;
 * - `{ type: "Entity" | "LinkedEntity", text: "Contoso", properties }` → its text "Contoso"
 *   (its basicValue is "#VALUE!": an entity is not a number);
 * - `{ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }` → the error #N/A;
 * - `{ type: "Empty" }` → blank; anything else without a plain basicValue (images, arrays) →
 *   blank: not a customer.
 */
export function plainCell(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null || cell instanceof Date) return cell;
  const type = (cell as { type?: unknown }).type;
  if (typeof type !== "string") return cell;
  const rich = cell as RichValue;
  switch (type) {
    case "Error":
      return { code: richErrorCode(rich) } satisfies CellError;
    case "Empty":
      return "";
    case "Entity":
    case "LinkedEntity":
      return typeof rich.text === "string" ? rich.text : "";
  }
  const basic = rich.basicValue;
  if (rich.basicType === "Error") return "";
  return typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean" ? basic : "";
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Text that a person would read as a number: digits with optional sign, separators, %, currency. */
const NUMERIC_TEXT = /^\s*[-+(]?\s*[$€£¥₩]?\s*\d[\d,.\s]*%?\s*\)?\s*$/;

export function looksNumeric(text: string): boolean {
  return NUMERIC_TEXT.test(text);
}

/** A list of cells read as numbers, one entry per input row. */
export interface NumberColumn {
  /** The value, or NaN where the cell is not a number. */
  readonly values: Float64Array;
  readonly kinds: Uint8Array;
  /** Error code per row, for rows whose kind is KIND_ERROR. */
  readonly errors: ReadonlyMap<number, CellError>;
  /** Rows holding text that looks like a number (not counted as customers). */
  readonly numericTextCount: number;
  /** Rows holding a number: the customers. */
  readonly customerCount: number;
}

/**
 * Whether a cell, as readNumberColumn reads it, is a customer with value `value` (kind
 * KIND_NUMBER), or of kind `kind` (blank or error) — without allocating for a plain cell. The
 * fit cache compares Excel's argument with a column it read before by this, in place.
 */
export function sameCell(cell: unknown, kind: number, value: number): boolean {
  if (typeof cell === "number") return Number.isFinite(cell) ? kind === KIND_NUMBER && value === cell : kind === KIND_ERROR;
  if (typeof cell === "object" && cell !== null) {
    const plain = plainCell(cell);
    if (plain instanceof Date) {
      const serial = dateToSerial(plain);
      return Number.isFinite(serial) ? kind === KIND_NUMBER && value === serial : kind === KIND_BLANK;
    }
    if (plain !== cell || typeof plain !== "object") return sameCell(plain, kind, value);
    return kind === (isCellError(plain) ? KIND_ERROR : KIND_BLANK);
  }
  return kind === KIND_BLANK;
}

/**
 * Reads a list of cells. With `column` ≥ 0, `cells` is Excel's 2-D argument and cell i is
 * `cells[i][column]`: a column argument is read where Excel put it, without first copying it
 * into a list of cells. Rich values are read with `plainCell` (a plain cell passes unchanged).
 */
export function readNumberColumn(cells: ArrayLike<unknown>, column = -1): NumberColumn {
  const n = cells.length;
  const values = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const errors = new Map<number, CellError>();
  let numericTextCount = 0;
  let customerCount = 0;
  for (let i = 0; i < n; i++) {
    let cell = column < 0 ? cells[i] : (cells[i] as ArrayLike<unknown>)[column];
    if (typeof cell === "object" && cell !== null) cell = plainCell(cell);
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) {
        values[i] = cell;
        customerCount++;
        continue;
      }
      // Excel never sends NaN or Infinity; a caller that does has a bug upstream.
      values[i] = NaN;
      kinds[i] = KIND_ERROR;
      errors.set(i, { code: "#NUM!" });
      continue;
    }
    values[i] = NaN;
    if (cell instanceof Date) {
      const serial = dateToSerial(cell);
      if (Number.isFinite(serial)) {
        values[i] = serial;
        customerCount++;
      } else {
        kinds[i] = KIND_BLANK;
      }
    } else if (isCellError(cell)) {
      kinds[i] = KIND_ERROR;
      errors.set(i, cell);
    } else {
      kinds[i] = KIND_BLANK;
      if (typeof cell === "string" && looksNumeric(cell)) numericTextCount++;
    }
  }
  return { values, kinds, errors, numericTextCount, customerCount };
}

/** A list of cells: cells[i] (column < 0) or cells[i][column], as Excel's 2-D argument holds it, read in place (a full column is not copied). */
export interface CellColumn {
  readonly cells: ArrayLike<unknown>;
  readonly column: number;
}

export function cellColumn(cells: ArrayLike<unknown>, column = -1): CellColumn {
  return { cells, column };
}

/** Cell i of a CellColumn, as given (no rich value made plain). */
export function cellAt(list: CellColumn, i: number): unknown {
  return list.column < 0 ? list.cells[i] : (list.cells[i] as ArrayLike<unknown>)[list.column];
}
