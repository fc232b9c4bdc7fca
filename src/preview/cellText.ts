/**
 * How the preview grid shows a cell: the few number formats the sample and the plans use
 * (#,##0, #,##0.0…, 0, 0.0%, yyyy-mm-dd), formulas as their cached value, text exactly as stored
 * (so a customer named "=1+1" shows "=1+1", as in Excel).
 */
import { serialToDate } from "../segment/dates";
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
