/**
 * The table forms' cache (src/functions/fitCache.ts) must never take a changed column for the
 * one it fitted: `sameArgument` has to say "same" exactly when reading the argument would give
 * the same column. Checked against `readNumberColumn` itself on random columns with one cell
 * changed in every way a sheet can change it.
 */
import { sameArgument } from "../../src/functions/fitCache";
import { readNumberColumn, NumberColumn } from "../../src/segment/cells";
import { seededRandom } from "../../src/preview/sampleData";

const random = seededRandom(2026);

function sameColumn(a: NumberColumn, b: NumberColumn): boolean {
  if (a.values.length !== b.values.length) return false;
  for (let i = 0; i < a.values.length; i++) {
    if (a.kinds[i] !== b.kinds[i]) return false;
    if (!Object.is(a.values[i], b.values[i]) && !(a.values[i] === b.values[i])) return false;
  }
  return true;
}

const EXCEL_2024_06_30 = new Date(Date.UTC(2024, 5, 30));

/** Cells a column of a customer sheet holds, as Excel's runtime passes them to a function. */
function someCell(): unknown {
  const r = random();
  if (r < 0.55) return Math.round(random() * 1e6) / 100;
  if (r < 0.65) return Math.floor(random() * 5);
  if (r < 0.72) return "";
  if (r < 0.78) return "12.5"; // a number stored as text: not a customer's value
  if (r < 0.82) return "n/a";
  if (r < 0.86) return { code: "#N/A" };
  if (r < 0.9) return { type: "Double", basicValue: 42.5 };
  if (r < 0.94) return true;
  if (r < 0.97) return EXCEL_2024_06_30;
  return -0;
}

/** Each way one cell can change between two calls of a table form. */
const CHANGES: ReadonlyArray<[string, (cell: unknown) => unknown]> = [
  ["another number", (c) => (typeof c === "number" ? c + 0.01 : 7)],
  ["the same number as text", (c) => String(c)],
  ["blank", () => ""],
  ["an error", () => ({ code: "#DIV/0!" })],
  ["a rich number", (c) => ({ type: "Double", basicValue: typeof c === "number" ? c : 1 })],
  ["a date", () => EXCEL_2024_06_30],
  ["zero", () => 0],
  ["minus zero", () => -0],
  ["TRUE", () => true],
  ["NaN (never sent by Excel)", () => NaN],
];

describe("the table forms' cache recognises a column exactly when reading it gives the same column", () => {
  for (const [shape, toArgument] of [
    ["a column (n×1)", (cells: unknown[]) => cells.map((c) => [c])],
    ["a row (1×n)", (cells: unknown[]) => [cells]],
  ] as const) {
    test(`${shape}: every change of one cell, 2,000 random columns`, () => {
      let recognised = 0;
      let refused = 0;
      for (let round = 0; round < 2000; round++) {
        const n = 1 + Math.floor(random() * 40);
        const cells = Array.from({ length: n }, someCell);
        const fitted = readNumberColumn(cells);
        // The same cells in a fresh array (as Excel passes every call) are recognised.
        expect(sameArgument(toArgument([...cells]), fitted)).toBe(true);
        const [, change] = CHANGES[round % CHANGES.length];
        const at = Math.floor(random() * n);
        const changed = [...cells];
        changed[at] = change(cells[at]);
        const expected = sameColumn(readNumberColumn(changed), fitted);
        expect(sameArgument(toArgument(changed), fitted)).toBe(expected);
        if (expected) recognised++;
        else refused++;
      }
      // Both outcomes occur, so the check above compared something.
      expect(refused).toBeGreaterThan(1000);
      expect(recognised).toBeGreaterThan(50);
    });
  }

  test("a column of a different length is never the same", () => {
    const fitted = readNumberColumn([1, 2, 3]);
    expect(sameArgument([[1], [2]], fitted)).toBe(false);
    expect(sameArgument([[1], [2], [3], [4]], fitted)).toBe(false);
    expect(sameArgument([[1], [2], [3]], fitted)).toBe(true);
  });
});
