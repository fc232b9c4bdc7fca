/**
 * Column widths that show a sheet's own text: Excel lets a text run over into the next cell only
 * while that cell is empty, so a text with a neighbour is cut at its column's edge. Each column
 * is widened to its longest such text (within a cap), never narrowed below its default. Pure.
 */
import { CellBlock } from "./plan";

/** Widths are in characters of the default font; Hangul and CJK ideographs take about two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60);
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
 * `defaults` widened so that no text with a non-empty right neighbour is cut, and so that texts
 * in `alwaysFit` cells ({row, col}: short ones a reader must see whole, like the data's address)
 * fit too. `cap` keeps a long sentence from making a column of numbers absurdly wide.
 */
export function fitColumns(blocks: readonly CellBlock[], defaults: readonly number[], alwaysFit: readonly { row: number; col: number }[] = [], cap = 60): number[] {
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
