/**
 * A workbook read by ExcelJS as the preview's in-memory workbook: every sheet (the add-in's own
 * very-hidden settings sheet aside), every cell's value as Excel stores it (numbers, text —
 * numbers typed as text stay text, dates as Excel serials with their number format, formulas
 * with their cached result, errors as their text), column widths and Tables. Pure: it takes an
 * ExcelJS workbook, so Node tests run it without a browser.
 */
import type { Workbook, Worksheet } from "exceljs";
import { parseRange } from "../workbook/address";
import { fromExcelJs, SETTINGS_SHEET } from "../workbook/exceljsAdapter";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";

/** What ExcelJS keeps of a Table read from a file (typed loosely by ExcelJS). */
interface TableModel {
  readonly name?: string;
  readonly tableRef?: string;
  readonly ref?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
}

function tablesOf(ws: Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, { model?: TableModel; table?: TableModel }> }).tables ?? {};
  return Object.values(tables).map((t) => t.model ?? t.table ?? {});
}

export function memoryWorkbookFromExcelJs(book: Workbook): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  let first: string | null = null;
  for (const ws of book.worksheets) {
    if (ws.name === SETTINGS_SHEET) continue;
    wb.addSheet(ws.name);
    first ??= ws.name;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged range's other cells repeat the first one's value in ExcelJS; Excel keeps it once.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const content = fromExcelJs(cell.value);
        if (content !== null) wb.setCell(ws.name, r - 1, c - 1, content, cell.numFmt || null);
      });
    });
    (ws.columns ?? []).forEach((column, c) => {
      if (column.width) wb.setColumnWidth(ws.name, c, column.width);
    });
    for (const t of tablesOf(ws)) {
      const ref = t.tableRef ?? t.ref;
      if (!t.name || !ref || !ref.includes(":")) continue;
      wb.addTable(ws.name, { name: t.name, range: parseRange(ref), hasHeader: t.headerRow !== false, hasTotals: t.totalsRow === true });
    }
  }
  if (first) wb.select(first, 0, 0);
  return wb;
}

/** True when at least one sheet has a cell: an empty workbook gets its own message. */
export function hasCells(wb: MemoryWorkbook): boolean {
  return wb.sheetNames().some((name) => wb.usedRange(name) !== null);
}
