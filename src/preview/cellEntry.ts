/**
 * What a typed or pasted entry becomes in a cell of the preview. Plain numbers ("42", "-3.5",
 * "1e3") become numbers, as Excel makes them; everything else stays text exactly as typed —
 * above all text starting with "=", "+", "-" or "@", which the preview never evaluates (a pasted
 * "=HYPERLINK(…)" must not turn into a formula; Excel users type '= for that). An empty entry
 * clears the cell.
 */
import { Scalar } from "../workbook/plan";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function cellFromEntry(text: string): Scalar | null {
  if (text === "") return null;
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed) && !trimmed.startsWith("+")) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/**
 * Tab-separated text as Excel and Google Sheets put it on the clipboard: rows end with a line
 * break (CRLF or LF), cells are split by tabs, and a cell holding a tab, a line break or a quote
 * is wrapped in double quotes with its quotes doubled. The final line break ends the last row;
 * it is not an empty row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // A quoted cell, if the closing quote is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = "";
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        value += text[j++];
      }
      const next = text[j + 1];
      if (closed && (next === undefined || next === "\t" || next === "\n" || next === "\r")) {
        cell = value;
        i = j + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
