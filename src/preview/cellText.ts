/**
 * How the preview grid shows a cell: the few number formats the sample and the plans use
 * (#,##0, #,##0.0…, 0, 0.0%, yyyy-mm-dd), formulas as their cached value, text exactly as stored
 * (so a customer named "=1+1" shows "=1+1", as in Excel). A user's file brings its own date
 * formats (m/d/yy, yyyy"년" m"월" d"일" …): any date format shows as yyyy-mm-dd here.
 */
import { dateToSerial, serialToDate } from "../segment/dates";
import { CellInput, isFormulaCell } from "../workbook/plan";

export function cellText(content: CellInput | null, format: string | null): string {
  const value = isFormulaCell(content) ? content.value : content;
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  switch (format) {
    case "yyyy-mm-dd":
      return serialToDate(value).toISOString().slice(0, 10);
    case "#,##0":
      return Math.round(value).toLocaleString("en-US");
    case "#,##0.00":
      return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "0":
      return String(Math.round(value));
    case "0.0%":
      return `${(value * 100).toFixed(1)}%`;
    default: {
      if (isDateFormat(format)) return serialToDate(value).toISOString().slice(0, 10);
      // "#,##0.0", "#,##0.0000" …: thousands separators and that many decimals (note values).
      const decimals = format ? /^#,##0\.(0+)$/.exec(format) : null;
      if (decimals) return value.toLocaleString("en-US", { minimumFractionDigits: decimals[1].length, maximumFractionDigits: decimals[1].length });
      return String(Number(value.toPrecision(10)));
    }
  }
}

export function isNumeric(content: CellInput | null): boolean {
  const value = isFormulaCell(content) ? content.value : content;
  return typeof value === "number";
}

/**
 * A number format that shows a date: day, month or year codes outside quotes, brackets and
 * escapes, and no digit placeholders ("0", "#") — so "mmm-yy" and "yyyy-mm-dd" are dates,
 * "#,##0" and "0.0%" are not. Formats with only time codes (h:mm) count as not a date here.
 */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) && !/[0#]/.test(bare);
}

/** "2026-03-14" typed into a date cell: the Excel serial of that day; anything else is not a date. */
export function dateFromEntry(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 ? dateToSerial(date) : null;
}
