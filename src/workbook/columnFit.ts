/**
 * The width (in characters, as ExcelJS and our memory model count it) that shows every cell of
 * a written column: its longest text plus a margin, Korean and Chinese characters counted twice
 * (they are about twice as wide as a Latin letter in Excel's default fonts). Office sizes the
 * columns itself (range.format.autofitColumns, officeAdapter.ts); the other models record this.
 */
import { CellInput, isFormulaCell } from "./plan";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** East Asian wide characters: Hangul, CJK ideographs and punctuation, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  if (isFormulaCell(cell)) return String(cell.value ?? "");
  return String(cell);
}

/** The width of each column of a block of cells (one entry a column). */
export function fittedWidths(cells: readonly (readonly CellInput[])[], cols: number): number[] {
  return Array.from({ length: cols }, (_, c) => {
    let widest = 0;
    for (const row of cells) widest = Math.max(widest, displayWidth(cellText(row[c] ?? null)));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}
