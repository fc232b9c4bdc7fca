/** Reading results back from HyperFormula in the formula tests: cells, error values, columns, and a comparison at its shown precision. */
import { DetailedCellError, HyperFormula } from "hyperformula";

export const at = (row: number, col: number): { sheet: number; row: number; col: number } => ({ sheet: 0, row, col });

export function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

/** `count` cells down from (row, col). */
export function column(hf: HyperFormula, row: number, col: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => hf.getCellValue(at(row + i, col)));
}

/** HyperFormula rounds what it shows to 10 significant digits: compare to `digits` significant digits of that. */
export function closeTo(actual: unknown, expected: number, digits: number): void {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, Math.max(0, digits - Math.ceil(Math.log10(Math.abs(expected) + 1))));
}
