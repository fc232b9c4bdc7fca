/**
 * Splitting big reads and writes into row blocks that stay under Excel on the web's 5 MB
 * request/response limit (architecture.md): at most `maxRows` rows and about `maxBytes` bytes
 * each, bytes estimated as the JSON length of what is sent — which is how Office.js serialises it.
 */
export interface BlockLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
}

/** 20,000 rows and 4 MB: a 1 MB margin under the limit for the request envelope. */
export const DEFAULT_LIMITS: BlockLimits = { maxRows: 20_000, maxBytes: 4_000_000 };

/** JSON length of one row as part of an array (its comma included). */
export function rowBytes(row: readonly unknown[]): number {
  return JSON.stringify(row).length + 1;
}

/**
 * [start, end) row spans over `rows`, each within both limits; a single row over the byte
 * limit still forms its own block (Excel will refuse it, which is the honest outcome).
 * `extraPerRow` adds what else travels with each row (e.g. its number formats).
 */
export function splitRows(rows: readonly (readonly unknown[])[], limits: BlockLimits, extraPerRow = 0): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]) + extraPerRow;
    if (i > start && (i - start >= limits.maxRows || bytes + b > limits.maxBytes)) {
      spans.push([start, i]);
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) spans.push([start, rows.length]);
  return spans;
}

/** Rows per read block from what the previous block cost per row (reads cannot be measured in advance). */
export function nextReadRows(limits: BlockLimits, bytesPerRow: number): number {
  if (!(bytesPerRow > 0)) return limits.maxRows;
  return Math.max(1, Math.min(limits.maxRows, Math.floor((limits.maxBytes * 0.9) / bytesPerRow)));
}
