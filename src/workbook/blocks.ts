/**
 * Splitting big reads and writes into row blocks that stay under Excel on the web's 5 MB
 * request/response limit (architecture.md): at most `maxRows` rows and about `maxBytes` bytes
 * each, bytes counted as the UTF-8 size of the JSON of what is sent — which is how Office.js
 * serialises it. Korean and Chinese text is 3 bytes a character, so counting characters would
 * let a block of CJK text reach three times the budget.
 */
export interface BlockLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
}

/** 20,000 rows and 4 MB: a 1 MB margin under the limit for the request envelope. */
export const DEFAULT_LIMITS: BlockLimits = { maxRows: 20_000, maxBytes: 4_000_000 };

/**
 * UTF-8 size of a string, from its UTF-16 code units in one pass (no encoding, no copy):
 * < U+0080 is 1 byte, < U+0800 2, a surrogate pair 4 (2 for each half), the rest 3. A lone
 * surrogate would be 3 bytes as U+FFFD, but JSON.stringify writes it as a 6-character escape.
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** UTF-8 size of a value's JSON, as Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** UTF-8 size of one row's JSON as part of an array (its comma included). */
export function rowBytes(row: readonly unknown[]): number {
  return jsonBytes(row) + 1;
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
