/**
 * Numbers stored as text ("1,234", "₩ 12,500", "1.234,5", "(300)") in the columns a method reads:
 * found, read in the convention the column uses, and turned into numbers when the user presses
 * Convert (WorkbookPort.convertTextNumbers). A text whose only separator is one comma or one
 * point before exactly three digits ("1,234", "1.234") reads 1234 in Seoul and Shanghai but
 * 1.234 in Berlin: the column's other cells decide, and when none does, the pane asks.
 */
import { looksNumeric } from "../segment/cells";
import { RoleId } from "../i18n/headerDictionary";
import { MethodInput } from "./methods/types";
import { dataRows, RoleAssignment, SourceRef } from "./plan";
import { TextNumberCell } from "./port";

export type DecimalMark = "." | ",";

/** What one text says about the decimal mark: a mark, "either" (1,234 / 1.234), or nothing (no separator). */
function markOf(text: string): DecimalMark | "either" | null {
  const digits = text.replace(/[^\d.,]/g, "");
  const commas = (digits.match(/,/g) ?? []).length;
  const points = (digits.match(/\./g) ?? []).length;
  if (commas && points) return digits.lastIndexOf(",") > digits.lastIndexOf(".") ? "," : "."; // 1.234,5 / 1,234.5
  if (commas + points === 0) return null;
  const sep = commas ? "," : ".";
  const other: DecimalMark = sep === "," ? "." : ",";
  if (commas + points > 1) return other; // 1,234,567: the repeated one groups thousands
  const after = digits.length - digits.indexOf(sep) - 1;
  return after === 3 ? "either" : sep; // 12,5 or 1.25: a decimal mark
}

/** The convention of a column's texts: decided by the texts that show it, or "ask" when none does or they disagree. */
export function decimalMarkOf(texts: readonly string[]): DecimalMark | "ask" {
  const seen = new Set<DecimalMark>();
  let undecided = false;
  for (const text of texts) {
    const mark = markOf(text);
    if (mark === "either") undecided = true;
    else if (mark) seen.add(mark);
  }
  if (seen.size === 1) return [...seen][0];
  if (seen.size === 0 && !undecided) return "."; // no separators at all: nothing to decide
  return "ask";
}

/** The number a text means in the given convention; null when it is not a number. */
export function parseTextNumber(text: string, mark: DecimalMark): number | null {
  if (!looksNumeric(text)) return null;
  let t = text.trim();
  const negative = /^\(.*\)$/.test(t) || /^-/.test(t);
  const percent = t.endsWith("%");
  t = t.replace(/[()$€£¥₩%+\-\s]/g, "");
  t = mark === "." ? t.replace(/,/g, "") : t.replace(/\./g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t) * (percent ? 0.01 : 1) * (negative ? -1 : 1);
  return Number.isFinite(n) ? n : null;
}

/** Roles whose cells must be numbers. */
const NUMBER_ROLES: readonly RoleId[] = ["value", "second", "orders"];

export interface TextNumberCellFound {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The cells holding a number as text in the number columns the input read, as sheet cells. */
export function findTextNumbers(input: MethodInput, source: SourceRef, roles: RoleAssignment): TextNumberCellFound[] {
  const first = dataRows(source).first;
  const out: TextNumberCellFound[] = [];
  for (const role of NUMBER_ROLES) {
    const column = input.columns[role];
    const offset = roles[role];
    if (!column || typeof offset !== "number") continue;
    column.forEach((cell, i) => {
      if (typeof cell === "string" && looksNumeric(cell)) out.push({ row: first + i, col: source.range.col + offset, text: cell });
    });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The cells with the numbers they mean; texts that do not read as a number in this convention are left out. */
export function conversions(cells: readonly TextNumberCellFound[], mark: DecimalMark): TextNumberCell[] {
  const out: TextNumberCell[] = [];
  for (const c of cells) {
    const value = parseTextNumber(c.text, mark);
    if (value !== null) out.push({ ...c, value });
  }
  return out;
}
