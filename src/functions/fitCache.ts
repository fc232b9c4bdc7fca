/**
 * The one-row forms (SEGMENT.ABCOF …) are called once per table row, each time with the whole
 * column. Fitting (a sort) per row would make a 10,000-row table cost 10,000 sorts; instead the
 * fitted model is kept while the column and the options are unchanged. Columns are compared
 * value by value (no hash, so no collision can ever give a wrong class).
 *
 * `cachedFitOf` compares Excel's argument itself — the 2-D array of the call — with the typed
 * arrays read on the call that fitted, cell by cell, in place: a hit reads each cell once and
 * allocates nothing per cell (no list of cells, no column of numbers), which is what a table of
 * 100,000 rows pays 100,000 times. Only a miss reads the column and fits.
 */
import { NumberColumn, sameCell } from "../segment/cells";

interface Entry<T> {
  readonly key: string;
  readonly columns: readonly Pick<NumberColumn, "values" | "kinds">[];
  readonly model: T;
}

const MAX_ENTRIES = 8;
const entries: Entry<unknown>[] = [];

function sameColumn(entry: Pick<NumberColumn, "values" | "kinds">, column: NumberColumn): boolean {
  const { values, kinds } = column;
  if (entry.values.length !== values.length) return false;
  for (let i = 0; i < values.length; i++) {
    if (entry.kinds[i] !== kinds[i]) return false;
    // NaN marks non-numbers; their kinds already matched.
    if (entry.values[i] !== values[i] && !(Number.isNaN(values[i]) && Number.isNaN(entry.values[i]))) return false;
  }
  return true;
}

/**
 * Whether a list argument as Excel passes it (a scalar, a 1×n row or an n×1 column; the shape
 * was checked by listShape) holds the cells `column` was read from, as readNumberColumn reads them.
 */
export function sameArgument(range: unknown, column: Pick<NumberColumn, "values" | "kinds">): boolean {
  const { values, kinds } = column;
  const n = values.length;
  if (!Array.isArray(range)) return n === 1 && sameCell(range, kinds[0], values[0]);
  if (range.length === 1) {
    const row = range[0] as unknown[];
    if (row.length !== n) return false;
    for (let i = 0; i < n; i++) {
      const cell = row[i];
      // The common case inline: a number equal to the cached customer value. Only a customer's
      // value can be equal: every other kind is cached as NaN, which equals nothing.
      if (cell === values[i]) continue;
      if (!sameCell(cell, kinds[i], values[i])) return false;
    }
    return true;
  }
  if (range.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const cell = (range[i] as unknown[])[0];
    if (cell === values[i]) continue;
    if (!sameCell(cell, kinds[i], values[i])) return false;
  }
  return true;
}

function remember<T>(entry: Entry<T>): void {
  entries.unshift(entry);
  if (entries.length > MAX_ENTRIES) entries.pop();
}

function hit<T>(i: number): T {
  const entry = entries[i];
  // Move to the front: the most recently used stays longest.
  entries.splice(i, 1);
  entries.unshift(entry);
  return entry.model as T;
}

/** A model fitted on columns already read (BGNBD keys on its customers' numbers). */
export function cachedFit<T>(key: string, column: NumberColumn, fit: () => T): T {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.key === key && entry.columns.length === 1 && sameColumn(entry.columns[0], column)) return hit<T>(i);
  }
  const model = fit();
  remember({ key, columns: [column], model });
  return model;
}

/**
 * A model fitted on list arguments (`ranges`, Excel's 2-D arrays, shapes already checked): the
 * cached one when every argument holds the same cells as when it was fitted, compared in place;
 * else `fit` reads the arguments (one column each, in the order of `ranges`) and fits.
 */
export function cachedFitOf<T>(key: string, ranges: readonly unknown[], fit: () => { model: T; columns: readonly NumberColumn[] }): T {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.key !== key || entry.columns.length !== ranges.length) continue;
    let same = true;
    for (let k = 0; k < ranges.length && same; k++) same = sameArgument(ranges[k], entry.columns[k]);
    if (same) return hit<T>(i);
  }
  const { model, columns } = fit();
  remember({ key, columns: columns.map(({ values, kinds }) => ({ values, kinds })), model });
  return model;
}

/** For tests: start from an empty cache. */
export function clearFitCache(): void {
  entries.length = 0;
}
