/**
 * Generated test data for the SQL parity tests: seeded, so a failure can be replayed, and built
 * to hit what goes wrong — many ties, negatives, zeros, non-customers, exact boundaries.
 *
 * Every value is an integer or a multiple of 1/4 well below 2^53: every sum the engine and the
 * databases form is then exact whatever the summation order, so any difference in a class is a
 * difference in the rule, not a rounding of a different order of additions.
 */
import { seededRandom } from "../../../src/preview/sampleData";

/** The preview's seeded generator (mulberry32), so a failure can be replayed. */
export const seeded = seededRandom;

/** A value column: ties, negatives, zeros, quarters and NULLs (not customers). */
export function valueColumn(n: number, seed: number): (number | null)[] {
  const random = seeded(seed);
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < 0.08) out[i] = null;
    else if (u < 0.14) out[i] = -Math.floor(random() * 500) - 1;
    else if (u < 0.18) out[i] = 0;
    else if (u < 0.5) out[i] = 1 + Math.floor(random() * 20); // heavy ties
    else if (u < 0.6) out[i] = Math.floor(random() * 4000) / 4; // quarters
    else out[i] = Math.floor(random() ** 3 * 1_000_000); // skewed, a long tail of large customers
  }
  return out;
}

/**
 * How a SQL NULL looked in the sheet, for the engine's side: a blank, text, a number stored as
 * text, or an error value — all four are not customers.
 */
export function asSheetCell(value: number | null, i: number): unknown {
  if (value !== null) return value;
  switch (i % 4) {
    case 0:
      return "";
    case 1:
      return "n/a";
    case 2:
      return "1,234";
    default:
      return { code: "#N/A" };
  }
}

export function ids(n: number, prefix = "c"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(7, "0")}`);
}

/** One generated order line on both sides: what the table holds and what the sheet held. */
export interface OrderLines {
  /** The table's columns (ids may carry spaces and other case; NULL dates and amounts). */
  readonly ids: (string | null)[];
  /** "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD" with `dateOnly`). */
  readonly dates: (string | null)[];
  readonly amounts: (number | null)[];
  /** The same lines as sheet cells: serial dates, and blanks, text or errors where the table has NULL. */
  readonly idCells: unknown[];
  readonly dateCells: unknown[];
  readonly amountCells: unknown[];
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToText(serial: number, dateOnly: boolean): string {
  const iso = new Date(EPOCH + serial * DAY_MS).toISOString();
  return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** "YYYY-MM-DD[ HH:MM:SS]" as a database returns it → the Excel serial. */
export function textToSerial(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return (ms - EPOCH) / DAY_MS;
}

/**
 * Order lines of `customers` customers over about two years (serials 45000–45730), at quarter
 * days (times 00:00, 06:00, 12:00, 18:00, exact in binary), so several lines fall on one day.
 * IDs come in several spellings ("K0012", "k0012 ", " K0012"); some lines have no ID (NULL, or
 * only spaces), no date (NULL: blank, a date typed as text, an error), or no amount (NULL: blank
 * or text, adds 0). Amounts are integers, negatives (returns) included.
 */
export function orderLines(n: number, customers: number, seed: number, dateOnly = false): OrderLines {
  const random = seeded(seed);
  const out: OrderLines = { ids: [], dates: [], amounts: [], idCells: [], dateCells: [], amountCells: [] };
  for (let i = 0; i < n; i++) {
    // Skewed: a few customers with many lines, many with one or two.
    const c = Math.floor(random() ** 2 * customers);
    const base = `K${String(c).padStart(4, "0")}`;
    const spelling = random();
    let id: string | null = spelling < 0.7 ? base : spelling < 0.8 ? base.toLowerCase() + " " : spelling < 0.9 ? ` ${base}` : base;
    let idCell: unknown = id;
    const u = random();
    if (u < 0.01) {
      id = null;
      idCell = "";
    } else if (u < 0.02) {
      id = "   ";
      idCell = "   ";
    }
    const day = 45000 + Math.floor(random() * 730);
    const serial = dateOnly ? day : day + Math.floor(random() * 4) / 4;
    let date: string | null = serialToText(serial, dateOnly);
    let dateCell: unknown = serial;
    const v = random();
    if (v < 0.01) {
      date = null;
      dateCell = "";
    } else if (v < 0.02) {
      date = null;
      dateCell = serialToText(serial, true); // typed as text: not a date to the engine
    } else if (v < 0.025) {
      // An error in any cell skips the line in the engine; the table has no date for it.
      date = null;
      dateCell = serial;
      idCell = { code: "#N/A" };
    }
    const w = random();
    let amount: number | null = w < 0.1 ? -Math.floor(random() * 200) : Math.floor(random() * 1000);
    let amountCell: unknown = amount;
    if (w > 0.97) {
      amount = null;
      amountCell = w > 0.985 ? "" : "n/a";
    }
    out.ids.push(id);
    out.dates.push(date);
    out.amounts.push(amount);
    out.idCells.push(idCell);
    out.dateCells.push(dateCell);
    out.amountCells.push(amountCell);
  }
  return out;
}
