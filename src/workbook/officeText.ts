/**
 * Writing text through Office.js so it stays text. `range.formulas`/`values` behave like typing:
 * "=1+1" becomes a formula, "@SUM(A1)" too, "-5" and "00123" numbers, "Jan 5" a date. A leading
 * apostrophe makes Excel store the rest as text (the apostrophe itself is not part of the value
 * and reads back without it). We add it only to strings that Excel could reinterpret, because it
 * also sets the cell's quote-prefix format, which Office.js cannot clear on its own: class codes
 * and our headers ("A", "ABC class") never need it, so Remove leaves data sheets exactly as found.
 * (Setting numberFormat "@" first was the alternative; it would also turn our live formulas into
 * text, and it is a format change that Remove would have to undo.)
 */
import { CellInput, isFormulaCell } from "./plan";

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;

export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  const first = text.trimStart().charAt(0);
  // Full-width signs and digits too (＝＋－＠＃＄（．０-９): East Asian input methods type them, and
  // Excel may read them as their ASCII forms. The prefix only costs a quote-prefix format on the cell.
  if ("=+-@'#$€£¥₩(.＝＋－＠＇＃＄（．￥￦".includes(first) || /[0-9０-９]/.test(first)) return true;
  if (/^\s*(true|false)\s*$/i.test(text)) return true;
  return MONTH.test(text.trim());
}

/** A plan cell as Office.js `formulas` expects it: formulas as text, risky strings quoted. */
export function officeFormulaCell(cell: CellInput): string | number | boolean {
  if (cell === null) return "";
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "string") return needsQuotePrefix(cell) ? `'${cell}` : cell;
  return cell;
}
