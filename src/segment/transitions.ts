/**
 * Who moved between classes from one snapshot to the next (methods.md §11, seeds 001 and 003:
 * "regular classification review"). Pure: no Office, no DOM. The task pane's monthly refresh and
 * the SEGMENT.TRANSITIONS / MOVE / PREVIOUS formulas all call this module with two snapshots,
 * each a list of rows (customer ID, class code, optional value).
 *
 * Matching customers — the one rule of customerIds.ts `idKey` (Excel's COUNTIF, text trimmed):
 * - the number 7 and the text "7" (or "007", " 7 ") are the same customer;
 * - text is compared without regard to case: "c-001" = "C-001";
 * - text is trimmed first (spaces, tabs, line breaks and non-breaking spaces at either end, as
 *   JavaScript's String.trim; inner spaces count): "C1 " = "C1". COUNTIF would not trim; we do,
 *   because a stray space picked up by one month's export would otherwise turn one customer
 *   into a GONE and a NEW, the worst kind of false movement;
 * - a date is its serial number; TRUE/FALSE are IDs of their own;
 * - a blank ID (or only spaces) means the row is not a customer: it is skipped.
 * An ID that appears twice in one snapshot is refused (SegmentError naming the first repeat):
 * we cannot know which of the two rows is the customer's class.
 *
 * Rows and what they count as:
 * - ID and class → a customer of that snapshot;
 * - ID and a blank class → known, but not classified in that snapshot (a customer whose value
 *   went blank gets a blank class from SEGMENT.ABC): for the matrix the customer is absent there,
 *   so a customer classified last month and blank now is GONE, and the reverse is NEW;
 * - an error in the ID or class cell → an *error row*: left out of the matrix (counted apart),
 *   and a customer with an error row in either snapshot is left out of the matrix altogether.
 *   A per-row result (MOVE) shows the error of the cell it depends on. An error ID cannot be
 *   matched to anyone, so a customer whose previous ID cell was an error looks NEW.
 * - values (optional third column): a number is the customer's value; blank and text add
 *   nothing (as SUMIFS); an error value makes the value matrix cell it falls into that error
 *   (as SUMIFS would), and never changes the customer counts or the directions.
 *
 * Class codes are compared trimmed and without regard to case ("a" is "A"), and shown with the
 * spelling of the class order. The order runs best first; index 0 is the best class.
 *
 * The matrix has a row per previous class plus a NEW row (customers only in current) and a
 * column per current class plus a GONE column (customers only in previous). In customers each
 * cell counts customers; in value each cell sums the CURRENT value of its customers, except the
 * GONE column, which sums the PREVIOUS value (a gone customer has no current value; what it was
 * worth is what was lost). So each class column of the value matrix reconciles with SUMIF over
 * the current snapshot, and the GONE column with SUMIF over the previous one.
 */
import { cellAt, CellColumn, cellColumn, CellError, isCellError, plainCell, readNumberColumn } from "./cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "./classifyRows";
import { IdKey, idKey } from "./customerIds";
import { joinKeys, KeyRecords } from "./keyTable";
import { PARETO_CODES } from "./pareto";
import { QUADRANT_LABEL_SETS } from "./quadrant";
import { SegmentError } from "./segmentError";
import { TIER_CODES } from "./tiers";

/** Direction codes: the same in every language, so formulas can test for "DOWN". */
export const DIRECTION_CODES = ["UP", "DOWN", "SAME", "NEW", "GONE"] as const;
export type DirectionCode = (typeof DIRECTION_CODES)[number];
export const UP = 0;
export const DOWN = 1;
export const SAME = 2;
export const NEW = 3;
export const GONE = 4;

/**
 * Orders known without being told, best first. Methods with no better/worse scale (lifecycle
 * stages, RFM segments, the tenure and plain quadrant sets) need an explicit order.
 */
export const KNOWN_CLASS_ORDERS: readonly (readonly string[])[] = [
  TIER_CODES,
  PARETO_CODES,
  QUADRANT_LABEL_SETS.existing,
  QUADRANT_LABEL_SETS.prospects,
];

/** One snapshot as cells: equally long lists, one entry per row. */
export interface SnapshotCells {
  readonly ids: ArrayLike<unknown>;
  readonly classes: ArrayLike<unknown>;
  /** Each customer's value (revenue …); omit when only customers are counted. */
  readonly values?: ArrayLike<unknown> | null;
}

/**
 * One snapshot as Excel passes it to a function: a block of rows holding ID, class and, with 3
 * columns, value. Read in place: copying a million-row block into columns first cost about a
 * tenth of SEGMENT.TRANSITIONS' time, and as much again in garbage collection.
 */
export interface SnapshotBlock {
  readonly rows: ArrayLike<ArrayLike<unknown>>;
  readonly columns: 2 | 3;
}

export type SnapshotInput = SnapshotCells | SnapshotBlock;

/** A snapshot's lists, each read in place. */
function snapshotColumns(input: SnapshotInput, name: string): { ids: CellColumn; classes: CellColumn; values: CellColumn | null } {
  if ("rows" in input) {
    const { rows, columns } = input;
    return { ids: cellColumn(rows, 0), classes: cellColumn(rows, 1), values: columns === 3 ? cellColumn(rows, 2) : null };
  }
  const n = input.ids.length;
  if (input.classes.length !== n) {
    throw new SegmentError("shape.mismatch", { name: `${name} classes`, other: `${name} IDs`, expected: n, actual: input.classes.length });
  }
  if (input.values && input.values.length !== n) {
    throw new SegmentError("shape.mismatch", { name: `${name} values`, other: `${name} IDs`, expected: n, actual: input.values.length });
  }
  return { ids: cellColumn(input.ids), classes: cellColumn(input.classes), values: input.values ? cellColumn(input.values) : null };
}

/** A snapshot read and checked, before any class order is applied. */
export interface Snapshot {
  /** The ID and class cells, as given (rich values not yet made plain). */
  readonly ids: CellColumn;
  readonly classes: CellColumn;
  readonly rowCount: number;
  /** Per row: index into `codes`, or NOT_A_CUSTOMER (blank ID or blank class) or ERROR_ROW. */
  readonly codeIndex: Int32Array;
  /** Distinct class codes of the customer rows, upper case, in order of first appearance. */
  readonly codes: readonly string[];
  /** The same codes as first written (trimmed), for messages. */
  readonly codeSpellings: readonly string[];
  /** Per row: true when the ID is readable (not blank, not an error), whatever the class. */
  readonly hasId: Uint8Array;
  /** The error of each ERROR_ROW row (its ID cell's, else its class cell's). */
  readonly errors: ReadonlyMap<number, CellError>;
  readonly errorRowCount: number;
  /** Per row: the value, NaN when the value cell is not a number (or there is no value list). */
  readonly values: Float64Array;
  readonly valueErrors: ReadonlyMap<number, CellError>;
  readonly hasValues: boolean;
}


/** The text of a class cell, trimmed; null when blank. Numbers (RFM scores 1–5) become text. */
function classText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const text = cell.trim();
    return text === "" ? null : text;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return null;
}

/** An ID as the user wrote it, for messages. */
function idForMessage(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  const key = idKey(cell);
  return key === null ? String(cell) : String(key);
}

/**
 * Reads one snapshot: rows → class codes, errors, values, and each readable ID's key into `keys`
 * (matched afterwards, see readSnapshots). `name` ("previous", "current") is used in messages.
 * Throws on lists of different lengths.
 */
function readSnapshot(input: SnapshotInput, name: string, keys: KeyRecords): Snapshot {
  const { ids, classes, values: valueCells } = snapshotColumns(input, name);
  const n = ids.cells.length;
  // Read inline rather than through cellAt: a full column is a million of each.
  const idRows = ids.cells, idColumn = ids.column;
  const classRows = classes.cells, classColumn = classes.column;
  const codeIndex = new Int32Array(n);
  const hasId = new Uint8Array(n);
  const errors = new Map<number, CellError>();
  const codes: string[] = [];
  const codeSpellings: string[] = [];
  const indexOfCode = new Map<string, number>();
  // Raw cell → code index: a million rows hold a handful of distinct class cells, so each is
  // trimmed and upper-cased once, not once per row.
  const indexOfCell = new Map<unknown, number>();
  // …and a run of equal class cells is not even looked up there (no cell is this Map).
  let lastCell: unknown = indexOfCell;
  let lastIndex = 0;
  for (let i = 0; i < n; i++) {
    let idCell = idColumn < 0 ? idRows[i] : (idRows[i] as ArrayLike<unknown>)[idColumn];
    if (typeof idCell === "object" && idCell !== null) idCell = plainCell(idCell);
    if (isCellError(idCell)) {
      codeIndex[i] = ERROR_ROW;
      errors.set(i, idCell);
      continue;
    }
    if (!keys.read(i, idCell)) {
      codeIndex[i] = NOT_A_CUSTOMER;
      continue;
    }
    hasId[i] = 1;
    let classCell = classColumn < 0 ? classRows[i] : (classRows[i] as ArrayLike<unknown>)[classColumn];
    if (classCell === lastCell) {
      codeIndex[i] = lastIndex;
      continue;
    }
    if (typeof classCell === "object" && classCell !== null) classCell = plainCell(classCell);
    if (isCellError(classCell)) {
      codeIndex[i] = ERROR_ROW;
      errors.set(i, classCell);
      continue;
    }
    let index = indexOfCell.get(classCell);
    if (index === undefined) {
      const text = classText(classCell);
      if (text === null) {
        index = NOT_A_CUSTOMER;
      } else {
        const code = text.toUpperCase();
        index = indexOfCode.get(code);
        if (index === undefined) {
          index = codes.length;
          codes.push(code);
          codeSpellings.push(text);
          indexOfCode.set(code, index);
        }
      }
      indexOfCell.set(classCell, index);
    }
    codeIndex[i] = index;
    lastCell = classCell;
    lastIndex = index;
  }
  const hasValues = valueCells !== null;
  let values: Float64Array;
  let valueErrors: ReadonlyMap<number, CellError>;
  if (valueCells !== null) {
    const column = readNumberColumn(valueCells.cells, valueCells.column);
    values = column.values;
    valueErrors = column.errors;
  } else {
    values = new Float64Array(n).fill(NaN);
    valueErrors = new Map();
  }
  return {
    ids,
    classes,
    rowCount: n,
    codeIndex,
    codes,
    codeSpellings,
    hasId,
    errors,
    errorRowCount: errors.size,
    values,
    valueErrors,
    hasValues,
  };
}

/** Which row of the other snapshot holds the same customer, per row (-1: none). */
export interface Matching {
  readonly currentToPrevious: Int32Array;
  readonly previousToCurrent: Int32Array;
}

const rowCountOf = (input: SnapshotInput): number => ("rows" in input ? input.rows.length : input.ids.length);

/** The error for an ID on two rows of one snapshot. */
function repeatError(snapshot: Snapshot, name: string, [first, second]: readonly [number, number]): SegmentError {
  return new SegmentError("transitions.duplicate", { id: idForMessage(plainCell(cellAt(snapshot.ids, second))), name, first: first + 1, second: second + 1 });
}

/**
 * Reads both snapshots and matches their customers (keyTable.ts joinKeys). An ID on two rows of
 * one snapshot is refused, naming its first repeat in row order; the previous snapshot's errors
 * are reported before the current one's.
 */
export function readSnapshots(previousCells: SnapshotInput, currentCells: SnapshotInput): { previous: Snapshot; current: Snapshot; matching: Matching } {
  const previousKeys = new KeyRecords(rowCountOf(previousCells));
  const previous = readSnapshot(previousCells, "previous", previousKeys);
  const currentKeys = new KeyRecords(rowCountOf(currentCells));
  let current: Snapshot;
  try {
    current = readSnapshot(currentCells, "current", currentKeys);
  } catch (error) {
    const repeat = joinKeys(previousKeys, new KeyRecords(0)).firstRepeat;
    throw repeat ? repeatError(previous, "previous", repeat) : error;
  }
  const join = joinKeys(previousKeys, currentKeys);
  if (join.firstRepeat) throw repeatError(previous, "previous", join.firstRepeat);
  if (join.secondRepeat) throw repeatError(current, "current", join.secondRepeat);
  return { previous, current, matching: { currentToPrevious: join.secondToFirst, previousToCurrent: join.firstToSecond } };
}

/** Upper-case, trimmed: how codes are compared. */
const normalizeCode = (code: string): string => code.trim().toUpperCase();

/** `{"A","B"}`: an order argument the user can type, built from codes seen. */
function orderExample(codes: readonly string[]): string {
  const shown = codes.slice(0, 4).map((c) => `"${c}"`);
  return `{${shown.join(",")}${codes.length > 4 ? ",…" : ""}}`;
}

const knownOrdersText = (): string => KNOWN_CLASS_ORDERS.map((order) => order.join(" > ")).join("; ");

/**
 * The built-in order for these codes, best first: the first known order (A > B > C > D,
 * VITAL > REST > LOSS, EI > … > EIV, PI > … > PIV) holding all of them, from its best class
 * through the worst class that occurs — so ABC results give A, B, C (no empty D) and ABCD
 * results give A … D. Codes are compared trimmed and without regard to case. No codes → [].
 * Codes that no known order holds → SegmentError asking for an explicit order.
 */
export function defaultClassOrder(codes: Iterable<string>): string[] {
  const wanted = [...new Set([...codes].map(normalizeCode))];
  if (wanted.length === 0) return [];
  for (const order of KNOWN_CLASS_ORDERS) {
    let last = -1;
    for (const code of wanted) {
      const at = order.indexOf(code);
      if (at < 0) {
        last = -2;
        break;
      }
      last = Math.max(last, at);
    }
    if (last >= 0) return order.slice(0, last + 1);
  }
  throw new SegmentError("transitions.orderNeeded", {
    codes: wanted.slice(0, 6).join(", ") + (wanted.length > 6 ? ", …" : ""),
    example: orderExample(wanted),
    known: knownOrdersText(),
  });
}

/**
 * A class order as the user gave it: cells holding codes best first (a column, a row, an array
 * constant), where a text cell may also hold several codes separated by ">", "," or ";"
 * ("A>B>C"). Blank cells are skipped. Returns null when nothing is given (use the default).
 */
export function readClassOrder(cells: ArrayLike<unknown> | null | undefined): string[] | null {
  if (cells === null || cells === undefined) return null;
  const order: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isCellError(cell)) throw new SegmentError("input.errorCell", { code: cell.code });
    const parts = typeof cell === "string" ? cell.split(/[>,;]/) : [cell];
    for (const part of parts) {
      const text = classText(part);
      if (text === null) continue;
      const code = text.toUpperCase();
      if (seen.has(code)) throw new SegmentError("transitions.orderDuplicate", { code: text, order: [...order, text].join(" > ") });
      seen.add(code);
      order.push(text);
    }
  }
  return order.length ? order : null;
}

/** The matrix and the per-row results of comparing two snapshots. */
export interface Transitions {
  /** Class codes best first, as shown (the order's spelling). k = order.length. */
  readonly order: readonly string[];
  readonly previous: Snapshot;
  readonly current: Snapshot;
  readonly matching: Matching;
  /** Per row: class index into `order`, or NOT_A_CUSTOMER / ERROR_ROW. */
  readonly previousClass: Int32Array;
  readonly currentClass: Int32Array;
  /**
   * Per current row: UP, DOWN, SAME, NEW, GONE (the ID is known and was classified before but
   * its class is blank now), NOT_A_CUSTOMER (blank ID; or blank class and not classified
   * before), or ERROR_ROW (see `currentErrors`).
   */
  readonly currentDirection: Int32Array;
  /** The error shown by each ERROR_ROW current row: its own, or its previous row's. */
  readonly currentErrors: ReadonlyMap<number, CellError>;
  /** Per previous row: UP, DOWN, SAME, GONE, NEW (blank class before, classified now), markers. */
  readonly previousDirection: Int32Array;
  readonly previousErrors: ReadonlyMap<number, CellError>;
  /**
   * (k+1)×(k+1), row-major: row p = previous class (p = k: NEW), column c = current class
   * (c = k: GONE). Cell (k, k) is always 0: no customer is both new and gone.
   */
  readonly customers: Float64Array;
  /** Same layout: current values, previous values in the GONE column. NaN where an error fell. */
  readonly value: Float64Array;
  /** The first value error that fell in each NaN cell of `value`. */
  readonly valueErrors: ReadonlyMap<number, CellError>;
  /** Both snapshots came with values, so `value` is meaningful. */
  readonly hasValues: boolean;
}

/** Class index into `order` per row; a code not in the order is a SegmentError. */
function classesInOrder(snapshot: Snapshot, order: readonly string[], name: string): Int32Array {
  const position = new Map(order.map((code, i) => [normalizeCode(code), i] as const));
  const codeToClass = snapshot.codes.map((code, i) => {
    const at = position.get(code);
    if (at === undefined) {
      throw new SegmentError("transitions.unknownCode", {
        code: snapshot.codeSpellings[i],
        name,
        order: order.length ? order.join(" > ") : "(empty)",
        example: orderExample([...order, snapshot.codeSpellings[i]]),
      });
    }
    return at;
  });
  const out = new Int32Array(snapshot.rowCount);
  for (let i = 0; i < out.length; i++) {
    const c = snapshot.codeIndex[i];
    out[i] = c >= 0 ? codeToClass[c] : c;
  }
  return out;
}

/**
 * Per row of `mine`, its direction, given the matched row of `theirs`. `forward` is true for
 * current rows (theirs = previous) and false for previous rows (theirs = current).
 */
function directions(
  mine: Int32Array,
  mineSnapshot: Snapshot,
  theirs: Int32Array,
  theirSnapshot: Snapshot,
  match: Int32Array,
  forward: boolean,
): { direction: Int32Array; errors: Map<number, CellError> } {
  const direction = new Int32Array(mine.length);
  const errors = new Map<number, CellError>();
  const appeared = forward ? NEW : GONE;
  const vanished = forward ? GONE : NEW;
  for (let i = 0; i < mine.length; i++) {
    const me = mine[i];
    if (me === ERROR_ROW) {
      direction[i] = ERROR_ROW;
      errors.set(i, mineSnapshot.errors.get(i) as CellError);
      continue;
    }
    const j = match[i];
    const them = j >= 0 ? theirs[j] : NOT_A_CUSTOMER;
    if (them === ERROR_ROW) {
      // The other snapshot's class cell of this very customer is an error: we cannot say.
      direction[i] = ERROR_ROW;
      errors.set(i, theirSnapshot.errors.get(j) as CellError);
      continue;
    }
    if (me === NOT_A_CUSTOMER) {
      direction[i] = them >= 0 ? vanished : NOT_A_CUSTOMER;
      continue;
    }
    if (them === NOT_A_CUSTOMER) {
      direction[i] = appeared;
      continue;
    }
    // No [before, after] pair per row: a million rows made a million short-lived arrays.
    const before = forward ? them : me;
    const after = forward ? me : them;
    direction[i] = after < before ? UP : after > before ? DOWN : SAME;
  }
  return { direction, errors };
}

/**
 * Compares two snapshots. `order`: class codes best first as cells (see readClassOrder), or
 * null/omitted for the built-in order of the codes found (defaultClassOrder).
 */
export function compareSnapshots(
  previousCells: SnapshotInput,
  currentCells: SnapshotInput,
  order?: ArrayLike<unknown> | null,
): Transitions {
  const { previous, current, matching } = readSnapshots(previousCells, currentCells);
  const chosen = readClassOrder(order) ?? defaultClassOrder([...previous.codes, ...current.codes]);
  const previousClass = classesInOrder(previous, chosen, "previous");
  const currentClass = classesInOrder(current, chosen, "current");
  const { currentToPrevious, previousToCurrent } = matching;

  const k = chosen.length;
  const width = k + 1;
  const customers = new Float64Array(width * width);
  const value = new Float64Array(width * width);
  const valueErrors = new Map<number, CellError>();
  // Without values (2-column snapshots) the value matrix stays 0: skip the per-customer work.
  const anyValues = previous.hasValues || current.hasValues;
  const addValue = (cell: number, snapshot: Snapshot, row: number): void => {
    if (!anyValues) return;
    const error = snapshot.valueErrors.size > 0 ? snapshot.valueErrors.get(row) : undefined;
    if (error) {
      value[cell] = NaN;
      if (!valueErrors.has(cell)) valueErrors.set(cell, error);
      return;
    }
    const v = snapshot.values[row];
    if (!Number.isNaN(v)) value[cell] += v; // blank or text: adds nothing, as SUMIFS
  };
  // Each customer is counted once: from its previous row when it has a class there, else from
  // its current row (the NEW row).
  for (let j = 0; j < previous.rowCount; j++) {
    const p = previousClass[j];
    if (p < 0) continue;
    const i = previousToCurrent[j];
    const c = i >= 0 ? currentClass[i] : NOT_A_CUSTOMER;
    if (c === ERROR_ROW) continue;
    if (c === NOT_A_CUSTOMER) {
      customers[p * width + k]++;
      addValue(p * width + k, previous, j);
    } else {
      customers[p * width + c]++;
      addValue(p * width + c, current, i);
    }
  }
  for (let i = 0; i < current.rowCount; i++) {
    const c = currentClass[i];
    if (c < 0) continue;
    const j = currentToPrevious[i];
    if ((j >= 0 ? previousClass[j] : NOT_A_CUSTOMER) !== NOT_A_CUSTOMER) continue;
    customers[k * width + c]++;
    addValue(k * width + c, current, i);
  }

  const forward = directions(currentClass, current, previousClass, previous, currentToPrevious, true);
  const backward = directions(previousClass, previous, currentClass, current, previousToCurrent, false);
  return {
    order: chosen,
    previous,
    current,
    matching,
    previousClass,
    currentClass,
    currentDirection: forward.direction,
    currentErrors: forward.errors,
    previousDirection: backward.direction,
    previousErrors: backward.errors,
    customers,
    value,
    valueErrors,
    hasValues: previous.hasValues && current.hasValues,
  };
}

export type TransitionMeasure = "customers" | "value";

/** A table cell: a number, the error that fell in it, or null where no customer can be (NEW → GONE). */
export type TableCell = number | CellError | null;

/**
 * The matrix with totals, (k+2)×(k+2), no labels: rows = previous classes, NEW, Total;
 * columns = current classes, GONE, Total. In value, a total over a cell holding an error is
 * that error (as SUM). Row totals count where last month's class went; column totals are this
 * month's class counts (plus GONE); the grand total is every customer in either snapshot.
 */
export function transitionTable(t: Transitions, measure: TransitionMeasure): TableCell[][] {
  const k = t.order.length;
  const width = k + 1;
  const source = measure === "customers" ? t.customers : t.value;
  const errorOf = (cell: number): CellError | undefined => (measure === "value" ? t.valueErrors.get(cell) : undefined);
  const rows: TableCell[][] = [];
  const columnTotals = new Float64Array(width + 1);
  const columnErrors: (CellError | undefined)[] = new Array(width + 1);
  for (let p = 0; p < width; p++) {
    const row: TableCell[] = [];
    let total = 0;
    let rowError: CellError | undefined;
    for (let c = 0; c < width; c++) {
      const cell = p * width + c;
      if (p === k && c === k) {
        row.push(null);
        continue;
      }
      const error = errorOf(cell);
      if (error) {
        row.push(error);
        rowError ??= error;
        columnErrors[c] ??= error;
        continue;
      }
      row.push(source[cell]);
      total += source[cell];
      columnTotals[c] += source[cell];
    }
    row.push(rowError ?? total);
    if (rowError) columnErrors[width] ??= rowError;
    else columnTotals[width] += total;
    rows.push(row);
  }
  const totalRow: TableCell[] = [];
  for (let c = 0; c <= width; c++) totalRow.push(columnErrors[c] ?? columnTotals[c]);
  rows.push(totalRow);
  return rows;
}

/** A customer whose class changed, for the task pane's movers list. */
export interface Mover {
  readonly previousRow: number;
  readonly currentRow: number;
  /** The ID cell of the current snapshot, as given. */
  readonly id: unknown;
  readonly previousClass: string;
  readonly currentClass: string;
  readonly direction: "UP" | "DOWN";
  /** How many classes up or down (A → C is 2). */
  readonly steps: number;
  /** NaN when the value cell is not a number or there are no values. */
  readonly previousValue: number;
  readonly currentValue: number;
}

/** Numbers first (ascending), then text A→Z ignoring case: how Excel sorts a mixed ID column. */
export function compareKeys(a: IdKey, b: IdKey): number {
  if (typeof a === "number") return typeof b === "number" ? a - b : -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const orZero = (x: number): number => (Number.isNaN(x) ? 0 : x);

/**
 * Customers whose class changed (UP or DOWN; NEW and GONE are in the matrix and the per-row
 * directions). Downgrades first — most steps down first, then most value lost (previous − current
 * value), then ID — then upgrades: most steps up, most value gained, ID. A missing value counts
 * as 0 for the ordering only. Why this order: the list is a to-do list, and a customer that fell
 * two classes, or fell and took the most revenue with it, is the first call to make.
 */
export function movers(t: Transitions): Mover[] {
  const list: (Mover & { key: IdKey })[] = [];
  const { currentToPrevious } = t.matching;
  for (let i = 0; i < t.current.rowCount; i++) {
    const d = t.currentDirection[i];
    if (d !== UP && d !== DOWN) continue;
    const j = currentToPrevious[i];
    const before = t.previousClass[j];
    const after = t.currentClass[i];
    const id = plainCell(cellAt(t.current.ids, i));
    list.push({
      previousRow: j,
      currentRow: i,
      id,
      previousClass: t.order[before],
      currentClass: t.order[after],
      direction: DIRECTION_CODES[d] as "UP" | "DOWN",
      steps: Math.abs(after - before),
      previousValue: t.previous.values[j],
      currentValue: t.current.values[i],
      key: idKey(id) as IdKey,
    });
  }
  list.sort((a, b) => {
    if (a.direction !== b.direction) return a.direction === "DOWN" ? -1 : 1;
    if (a.steps !== b.steps) return b.steps - a.steps;
    const changeA = orZero(a.currentValue) - orZero(a.previousValue);
    const changeB = orZero(b.currentValue) - orZero(b.previousValue);
    if (changeA !== changeB) return a.direction === "DOWN" ? changeA - changeB : changeB - changeA;
    return compareKeys(a.key, b.key);
  });
  return list.map(({ key: _key, ...mover }) => mover);
}

/**
 * The previous class of each current row, for SEGMENT.PREVIOUS: needs no class order, so it
 * works for any classification. Per current row: the previous class text (trimmed, as written),
 * null (blank ID, or no previous class), or the error of the cell it depends on.
 */
export function previousClasses(previousCells: SnapshotInput, currentCells: SnapshotInput): (string | null | CellError)[] {
  const { previous, current, matching } = readSnapshots(previousCells, currentCells);
  const { currentToPrevious } = matching;
  const out: (string | null | CellError)[] = new Array(current.rowCount);
  for (let i = 0; i < current.rowCount; i++) {
    if (current.codeIndex[i] === ERROR_ROW && !current.hasId[i]) {
      out[i] = current.errors.get(i) as CellError; // the ID itself is an error
      continue;
    }
    const j = currentToPrevious[i];
    if (j < 0) {
      out[i] = null;
      continue;
    }
    const c = previous.codeIndex[j];
    out[i] = c === ERROR_ROW ? (previous.errors.get(j) as CellError) : c >= 0 ? classText(plainCell(cellAt(previous.classes, j))) : null;
  }
  return out;
}
