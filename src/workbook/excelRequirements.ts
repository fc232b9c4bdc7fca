/**
 * The Excel JavaScript API requirement sets the Office.js adapter needs, from the `[Api set: …]`
 * notes of @types/office-js (the same source as Microsoft's reference pages):
 *
 * | set          | what officeAdapter.ts uses |
 * |--------------|----------------------------|
 * | ExcelApi 1.1 | ranges (values, formulas, valueTypes, numberFormat, clear), worksheets.add / delete, tables, charts.add, setPosition, getSelectedRange |
 * | ExcelApi 1.2 | Table.worksheet, RangeFormat.columnWidth |
 * | ExcelApi 1.4 | workbook.settings, getItemOrNullObject, getUsedRangeOrNullObject |
 * | ExcelApi 1.6 | conditional formats: custom rules, priority, borders, getRangeOrNullObject |
 * | ExcelApi 1.7 | workbook.getActiveCell, Worksheet.getRangeByIndexes, Range.getSurroundingRegion |
 * | ExcelApi 1.8 | Range.dataValidation (the customer-type drop-down, the prepared drop-down check) |
 * | ExcelApi 1.9 | Range.getTables, the "Pareto" chart type |
 * | ExcelApi 1.13 | Table.resize: only to put back a Table Excel widened over our column |
 *
 * The pane needs ExcelApi 1.9 to start (it says so if Excel is older). Table.resize is checked
 * where it is needed: an apply that could make Excel widen a Table is refused before it writes
 * on an Excel without 1.13 (otherwise the widened Table could not be put back, and a failed
 * apply's rollback — sent in the same request as the resize — would be refused as a whole).
 */
import { parseRange, RangeRef } from "./address";

/** The minimum the pane checks at start-up. */
export const PANE_EXCEL_API = "1.9";
/** Table.resize. */
export const TABLE_RESIZE_EXCEL_API = "1.13";

/** Office.context.requirements.isSetSupported, injectable (tests answer both ways). */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Office's own answer where Office.js is loaded; outside Office (tests, the preview) everything is "supported". */
export const officeIsSetSupported: IsSetSupported = (name, version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(name, version);
};

/** An apply that would need Table.resize on an Excel without ExcelApi 1.13 (refused before anything is written). */
export class TableResizeUnsupportedError extends Error {
  constructor(readonly table: string) {
    super(
      `This Excel cannot put the Table "${table}" back to its size after writing beside it (Table.resize needs ExcelApi ${TABLE_RESIZE_EXCEL_API}). ` +
        "Nothing was written. Update Excel, or leave an empty column between the Table and the class column.",
    );
    this.name = "TableResizeUnsupportedError";
  }
}

/**
 * Whether a write could make Excel widen (or lengthen) the Table at `tableAddress`: Excel's
 * AutoCorrect takes in a column typed right of a Table and a row typed right below it.
 */
export function mayWidenTable(writes: readonly { sheet: string; range: RangeRef }[], sheet: string, tableAddress: string): boolean {
  const t = parseRange(tableAddress);
  const right = t.col + t.cols;
  const below = t.row + t.rows;
  return writes.some(({ sheet: s, range: r }) => {
    if (s.toLowerCase() !== sheet.toLowerCase()) return false;
    const besideRows = r.row < below && r.row + r.rows > t.row;
    const besideCols = r.col < right && r.col + r.cols > t.col;
    return (besideRows && r.col <= right && r.col + r.cols > right) || (besideCols && r.row <= below && r.row + r.rows > below);
  });
}
