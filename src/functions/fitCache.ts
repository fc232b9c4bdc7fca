/**
 * The one-row forms (SEGMENT.ABCOF …) are called once per table row, each time with the whole
 * column. Fitting (a sort) per row would make a 10,000-row table cost 10,000 sorts; instead the
 * fitted model is kept while the column and the options are unchanged. Columns are compared
 * value by value (no hash, so no collision can ever give a wrong class): O(n) per call, which
 * is the cost Excel already pays to hand the column over.
 */
import { NumberColumn } from "../segment/cells";

interface Entry<T> {
  readonly key: string;
  readonly values: Float64Array;
  readonly kinds: Uint8Array;
  readonly model: T;
}

const MAX_ENTRIES = 8;
const entries: Entry<unknown>[] = [];

function sameColumn(entry: Entry<unknown>, column: NumberColumn): boolean {
  const { values, kinds } = column;
  if (entry.values.length !== values.length) return false;
  for (let i = 0; i < values.length; i++) {
    if (entry.kinds[i] !== kinds[i]) return false;
    // NaN marks non-numbers; their kinds already matched.
    if (entry.values[i] !== values[i] && !(Number.isNaN(values[i]) && Number.isNaN(entry.values[i]))) return false;
  }
  return true;
}

export function cachedFit<T>(key: string, column: NumberColumn, fit: () => T): T {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.key === key && sameColumn(entry, column)) {
      // Move to the front: the most recently used stays longest.
      entries.splice(i, 1);
      entries.unshift(entry);
      return entry.model as T;
    }
  }
  const model = fit();
  entries.unshift({ key, values: column.values, kinds: column.kinds, model });
  if (entries.length > MAX_ENTRIES) entries.pop();
  return model;
}

/** For tests: start from an empty cache. */
export function clearFitCache(): void {
  entries.length = 0;
}
