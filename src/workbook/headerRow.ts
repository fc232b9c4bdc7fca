/**
 * Does the first row of a block hold column names? Users select tables with and without
 * headers, and a wrong guess either loses a customer or classifies the word "Revenue", so the
 * rule is conservative and the pane shows the result (the user can flip it).
 */
import { isBlank } from "../segment/cells";

function isNumberLike(cell: unknown): boolean {
  return (typeof cell === "number" && Number.isFinite(cell)) || cell instanceof Date;
}

/**
 * True when the first row is all text (blanks allowed, at least one text cell) and some column
 * that has text on top holds mostly numbers below: "Revenue" over 1200, 830 … A block of text
 * only (names and regions) counts as having a header when its first row has no repeats.
 */
export function detectHeaderRow(rows: readonly (readonly unknown[])[]): boolean {
  if (rows.length < 2) return false;
  const top = rows[0];
  let texts = 0;
  for (const cell of top) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string") return false;
    texts++;
  }
  if (texts === 0) return false;
  const body = rows.slice(1, 51);
  let numericBelowText = 0;
  let anyNumeric = false;
  for (let c = 0; c < top.length; c++) {
    let numbers = 0;
    let filled = 0;
    for (const row of body) {
      const cell = row[c];
      if (isBlank(cell)) continue;
      filled++;
      if (isNumberLike(cell)) numbers++;
    }
    if (filled > 0 && numbers / filled >= 0.6) {
      anyNumeric = true;
      if (typeof top[c] === "string" && top[c] !== "") numericBelowText++;
    }
  }
  if (numericBelowText > 0) return true;
  if (anyNumeric) return false;
  const names = top.filter((c) => typeof c === "string" && c !== "") as string[];
  return new Set(names).size === names.length;
}

/** Column names for the pane: the header text, or "Column B" style names when there is none. */
export function columnNames(header: readonly unknown[] | null, count: number, letter: (i: number) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const h = header?.[i];
    out.push(!isBlank(h) ? String(h).trim() : `Column ${letter(i)}`);
  }
  return out;
}
