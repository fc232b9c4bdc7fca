/**
 * Column widths of the sheets the add-in makes (summary, transitions), in characters of the
 * default font as Excel and ExcelJS count them. Korean and Chinese characters count twice: they
 * are about twice as wide as a Latin letter in Excel's default fonts. Pure.
 */
import { CellBlock } from "./plan";

const MAX_WIDTH = 60;

/** The display width of a text: Hangul, CJK ideographs and punctuation, full-width forms take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const textOf = (cell: unknown): string | null => {
  if (typeof cell === "string") return cell;
  if (cell && typeof cell === "object" && "value" in cell && typeof (cell as { value: unknown }).value === "string") return (cell as { value: string }).value;
  return null;
};

/**
 * A sheet's own text shown whole: Excel lets a text run over into the next cell only while that
 * cell is empty, so a text with a neighbour is cut at its column's edge. `defaults` widened so
 * that no text with a non-empty right neighbour is cut, and so that texts in `alwaysFit` cells
 * ({row, col}: short ones a reader must see whole, like the data's address) fit too; never
 * narrowed. `cap` keeps a long sentence from making a column of numbers absurdly wide.
 */
export function fitColumns(blocks: readonly CellBlock[], defaults: readonly number[], alwaysFit: readonly { row: number; col: number }[] = [], cap = MAX_WIDTH): number[] {
  const cells = new Map<string, unknown>();
  for (const b of blocks) b.cells.forEach((row, r) => row.forEach((cell, c) => cell !== null && cell !== "" && cells.set(`${b.range.row + r},${b.range.col + c}`, cell)));
  const widths = [...defaults];
  const widen = (col: number, text: string): void => {
    const need = Math.min(cap, textWidth(text) + 2);
    while (widths.length <= col) widths.push(defaults[defaults.length - 1] ?? 10);
    if (need > widths[col]) widths[col] = need;
  };
  for (const [key, cell] of cells) {
    const [row, col] = key.split(",").map(Number);
    const text = textOf(cell);
    if (text !== null && cells.has(`${row},${col + 1}`)) widen(col, text);
  }
  for (const { row, col } of alwaysFit) {
    const text = textOf(cells.get(`${row},${col}`));
    if (text !== null) widen(col, text);
  }
  return widths;
}
