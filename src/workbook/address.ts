/**
 * A1 addresses and rectangular ranges, 0-based inside the code (row 0 = sheet row 1), because
 * every adapter (Office.js getRangeByIndexes, ExcelJS, the in-memory grid) counts that way and
 * only people read "A1".
 */

/** A rectangle of cells: top-left corner and size, all 0-based. */
export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7", or "$B$7" / "$B7" with absolute parts. */
export function cellA1(row: number, col: number, absCol = false, absRow = false): string {
  return `${absCol ? "$" : ""}${columnLetter(col)}${absRow ? "$" : ""}${row + 1}`;
}

/** "A1:C5"; a single cell stays "A1". */
export function rangeA1(r: RangeRef, absolute = false): string {
  const first = cellA1(r.row, r.col, absolute, absolute);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1, absolute, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "A1", "A1:C5", "$A$1:$C$5" and "Sheet1!A1:C5" / "'My sheet'!A1" (the sheet is dropped). */
export function parseRange(address: string): RangeRef {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, last = first] = local.split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (!a || !b) throw new Error(`Not an A1 range: ${address}`);
  const r1 = Number(a[2]) - 1;
  const c1 = columnIndex(a[1]);
  const r2 = Number(b[2]) - 1;
  const c2 = columnIndex(b[1]);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** The sheet name of "Sheet1!A1" or "'My sheet'!A1", or undefined. */
export function sheetOfAddress(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** A sheet name as a formula prefix: `Sales!` or `'Sales 2024'!` (quotes doubled inside). */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

export function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

export function sameRange(a: RangeRef, b: RangeRef): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** True when the two rectangles share at least one cell. */
export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
