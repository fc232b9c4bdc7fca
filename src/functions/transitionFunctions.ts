/**
 * SEGMENT.TRANSITIONS, SEGMENT.MOVE and SEGMENT.PREVIOUS (methods.md §11): who moved between
 * classes from one snapshot to the next. Thin wrappers over src/segment/transitions.ts.
 *
 * A snapshot is one block, one row per customer: customer ID, class, and optionally a value
 * (2 or 3 columns). One block rather than separate ID and class arguments because a snapshot
 * usually sits on a history sheet as adjacent columns, and one argument per snapshot keeps the
 * formula short; the optional third column is what "value" sums.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { CellError } from "../segment/cells";
import { NOT_A_CUSTOMER } from "../segment/classifyRows";
import { SegmentError } from "../segment/segmentError";
import {
  compareSnapshots,
  DIRECTION_CODES,
  GONE,
  NEW,
  previousClasses,
  SnapshotBlock,
  TableCell,
  TransitionMeasure,
  transitionTable,
} from "../segment/transitions";
import { explainLabel } from "../i18n/explainText";
import { transitionLabel } from "../i18n/transitionText";
import { guarded, optionalText, readList, rowError } from "./excel";

/** A snapshot argument, checked and read in place (rows × 2 or 3 columns; rich values are made plain cell by cell). */
function readBlock(range: unknown, name: string): SnapshotBlock {
  // A single cell reaches a function as a scalar when Excel passes a value, not a reference.
  if (!Array.isArray(range)) throw new SegmentError("transitions.columns", { name, columns: 1 });
  const columns = range.length > 0 && Array.isArray(range[0]) ? (range[0] as unknown[]).length : 0;
  if (columns === 0) throw new SegmentError("shape.empty", { name });
  if (columns !== 2 && columns !== 3) throw new SegmentError("transitions.columns", { name, columns });
  return { rows: range as unknown[][], columns };
}

/** Both snapshots, which must have the same columns: a mismatch is nearly always a wrong selection. */
function readBlocks(previous: unknown, current: unknown): [SnapshotBlock, SnapshotBlock] {
  const before = readBlock(previous, "previous");
  const after = readBlock(current, "current");
  if (before.columns !== after.columns) {
    throw new SegmentError("transitions.columnsDiffer", { previous: before.columns, current: after.columns });
  }
  return [before, after];
}

/** The order argument as cells, or null when omitted (the built-in order is used). */
function orderCells(order: unknown): unknown[] | null {
  return order === null || order === undefined ? null : readList(order, "order").cells;
}

function readMeasure(arg: unknown): TransitionMeasure {
  const given = optionalText(arg, "measure");
  if (given === undefined) return "customers";
  const measure = given.toLowerCase();
  if (measure === "customers" || measure === "value") return measure;
  throw new SegmentError("transitions.measure", { given });
}

const tableCell = (cell: TableCell): any => (cell === null ? "" : typeof cell === "number" ? cell : rowError(cell));

/**
 * The transition matrix between two snapshots of a classification: one row per previous class (best first) and a NEW row (customers only in current); one column per current class, a GONE column (customers only in previous) and Total. Customers are matched like COUNTIF (7 = "7", case ignored) after trimming spaces; an ID twice in one snapshot is an error.
 * @customfunction TRANSITIONS
 * @param previous The earlier snapshot, one row per customer: customer ID and class (2 columns), or ID, class and value (3 columns). A blank ID row is skipped; a blank class means not classified then.
 * @param current The later snapshot, with the same columns as previous. Customers may be in a different row order.
 * @param [order] The classes best first: a range or array like {"A","B","C"}, or text "A>B>C". Omitted: A > B > C > D, VITAL > REST > LOSS, EI > … > EIV or PI > … > PIV, taken from the codes found.
 * @param [measure] "customers" (default: number of customers) or "value" (sum of the third column: each customer's current value; for GONE its previous value).
 * @returns A table with a header row and a label column, to spill beside your data.
 */
export function transitions(previous: any[][], current: any[][], order?: any[][], measure?: string): any[][] {
  return guarded(() => {
    const [before, after] = readBlocks(previous, current);
    const chosen = readMeasure(measure);
    if (chosen === "value" && before.columns !== 3) throw new SegmentError("transitions.valueNeeded");
    const t = compareSnapshots(before, after, orderCells(order));
    const total = explainLabel("total");
    const labels = [...t.order, DIRECTION_CODES[NEW], total];
    const rows: any[][] = [[transitionLabel("corner"), ...t.order, DIRECTION_CODES[GONE], total]];
    transitionTable(t, chosen).forEach((row, r) => rows.push([labels[r], ...row.map(tableCell)]));
    const width = rows[0].length;
    const note = (label: string, count: number): any[] => [label, count, ...new Array(width - 2).fill("")];
    if (t.previous.errorRowCount > 0) rows.push(note(transitionLabel("errorsPrevious"), t.previous.errorRowCount));
    if (t.current.errorRowCount > 0) rows.push(note(transitionLabel("errorsCurrent"), t.current.errorRowCount));
    return rows;
  });
}

/**
 * The direction of each customer of current since previous: UP (better class), DOWN (worse), SAME, NEW (not classified in previous), GONE (classified in previous, class blank now); blank for a blank ID. One result per row of current, to spill beside it.
 * @customfunction MOVE
 * @param previous The earlier snapshot, one row per customer: customer ID and class (2 columns), or ID, class and value (3 columns; the value is not used here).
 * @param current The later snapshot, with the same columns as previous. The results line up with its rows.
 * @param [order] The classes best first: a range or array like {"A","B","C"}, or text "A>B>C". Omitted: the built-in order of the codes found (A > B > C > D, VITAL > REST > LOSS, EI > … > EIV, PI > … > PIV).
 * @returns UP, DOWN, SAME, NEW or GONE per row of current.
 */
export function move(previous: any[][], current: any[][], order?: any[][]): any[][] {
  return guarded(() => {
    const [before, after] = readBlocks(previous, current);
    const t = compareSnapshots(before, after, orderCells(order));
    const out: any[][] = [];
    for (let i = 0; i < t.current.rowCount; i++) {
      const d = t.currentDirection[i];
      if (d >= 0) out.push([DIRECTION_CODES[d]]);
      else if (d === NOT_A_CUSTOMER) out.push([""]);
      else out.push([rowError(t.currentErrors.get(i) as CellError)]);
    }
    return out;
  });
}

/**
 * The class each customer of current had in previous, blank when it was not classified there (new). Needs no class order, so it works for any classification. For "A→C" beside a row: =SEGMENT.PREVIOUS(prev,cur)&"→"&class.
 * @customfunction PREVIOUS
 * @param previous The earlier snapshot, one row per customer: customer ID and class (2 columns), or ID, class and value (3 columns; the value is not used here).
 * @param current The later snapshot, with the same columns as previous. The results line up with its rows.
 * @returns The previous class per row of current, as written in previous; blank when new.
 */
export function previousClass(previous: any[][], current: any[][]): any[][] {
  return guarded(() => {
    const [before, after] = readBlocks(previous, current);
    return previousClasses(before, after).map((c) => [
      c === null ? "" : typeof c === "string" ? c : rowError(c),
    ]);
  });
}
