/**
 * Reads a customers × periods block (one row per customer, one column per period). readList
 * in excel.ts refuses 2-D blocks on purpose; the period functions are the ones that want them.
 */
import { SegmentError } from "../segment/segmentError";
import { plainCell } from "../segment/cells";
import { plainRows } from "./excel";

export function readMatrix(range: unknown, name: string): unknown[][] {
  // A single cell reaches a function as a scalar when Excel passes a value, not a reference.
  if (!Array.isArray(range)) return [[plainCell(range)]];
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? (range[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0) throw new SegmentError("shape.empty", { name });
  return plainRows(range) as unknown[][];
}
