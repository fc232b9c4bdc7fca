/**
 * Customer IDs as they come from an orders sheet, turned into keys for grouping.
 *
 * The rule is Excel's own (COUNTIFS, SUMIFS, MATCH, UNIQUE), because the user checks our
 * numbers against those formulas:
 * - the number 7 and the text "7" are the same customer (COUNTIFS(ids, 7) counts both);
 * - text is compared without regard to case ("c-001" = "C-001"), as Excel compares text;
 *
 * Three deliberate differences from COUNTIFS, all against common messes:
 * - text is trimmed (spaces, tabs, line breaks, non-breaking spaces at either end; inner spaces
 *   count): "C1 " = "C1". A trailing space in one month's export must not split a customer in
 *   two — or make it GONE and NEW at once in a month-to-month comparison. Every function that
 *   matches IDs (SUMMARY, BGNBDINPUT, TRANSITIONS, MOVE, PREVIOUS) uses this one rule.
 * - text is compared in Unicode's compatibility form (NFKC): a Hangul name exported by a Mac
 *   (decomposed jamo, NFD) is the same customer as one typed on Windows (NFC), and full-width
 *   letters and digits from an East Asian input method ("Ｃ００１") are the same as half-width
 *   ("C001"). Excel's COUNTIFS would count them as different texts; the user sees one customer.
 * - text holding a number with more than 15 significant digits (a long account or card number
 *   stored as text) stays text. COUNTIFS converts it to a 15-digit number and so merges
 *   different accounts — a known Excel pitfall we do not copy.
 *
 * A blank cell has no key (the order line has no customer). Booleans are keys of their own.
 */
import { dateToSerial } from "./dates";

export type IdKey = number | string;

/** A plain decimal number written as text: optional sign, digits, optional fraction/exponent. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Significant digits of a plain number's mantissa (leading zeros and the point do not count). */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^[+-]/, "").replace(/[eE].*$/, "").replace(".", "");
  const digits = mantissa.replace(/^0+/, "");
  return digits.replace(/0+$/, "").length;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Prefix for keys that are not text typed by a user (booleans); no cell text starts with NUL. */
const SPECIAL = "\u0000";

/**
 * The grouping key of one ID cell, or null for a blank cell (and for anything that is not a
 * number, text, boolean or date, e.g. an error value, which the caller handles first).
 */
export function idKey(cell: unknown): IdKey | null {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return null;
    return cell === 0 ? 0 : cell; // -0 and 0 are one customer
  }
  if (typeof cell === "string") {
    // ASCII text is already in NFKC form: normalise only the rest (IDs are mostly ASCII, and this runs per order line).
    const text = (NON_ASCII.test(cell) ? cell.normalize("NFKC") : cell).trim();
    if (text === "") return null;
    if (PLAIN_NUMBER.test(text) && significantDigits(text) <= 15) {
      const n = Number(text);
      if (Number.isFinite(n)) return n === 0 ? 0 : n;
    }
    return text.toLowerCase();
  }
  if (typeof cell === "boolean") return `${SPECIAL}${cell ? "TRUE" : "FALSE"}`;
  if (cell instanceof Date) {
    const serial = dateToSerial(cell);
    return Number.isFinite(serial) ? serial : null;
  }
  return null;
}

/** Customers whose ID is on more than one row: how many, on how many rows, and the first few IDs as written. */
export interface RepeatedKeys {
  readonly customers: number;
  readonly rows: number;
  readonly examples: readonly unknown[];
}

/**
 * The IDs that repeat, by the grouping rule above (blank cells and error values are no one's).
 * `skip` rows are not customers (total rows). null when every ID is on one row.
 */
export function repeatedKeys(cells: ArrayLike<unknown>, skip: ReadonlySet<number> = new Set()): RepeatedKeys | null {
  const seen = new Map<IdKey, { first: unknown; count: number }>();
  for (let i = 0; i < cells.length; i++) {
    if (skip.has(i)) continue;
    const cell = cells[i];
    const key = typeof cell === "object" && cell !== null && !(cell instanceof Date) ? null : idKey(cell);
    if (key === null) continue;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { first: cell, count: 1 });
  }
  let customers = 0;
  let rows = 0;
  const examples: unknown[] = [];
  for (const { first, count } of seen.values()) {
    if (count < 2) continue;
    customers++;
    rows += count;
    if (examples.length < 3) examples.push(first);
  }
  return customers === 0 ? null : { customers, rows, examples };
}
