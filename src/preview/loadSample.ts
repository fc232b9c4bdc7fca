/** Puts the sample book into an in-memory workbook: cells, number formats, widths and the Table. */
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { SampleBook } from "./sampleData";

export function memoryWorkbookFrom(book: SampleBook): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  for (const sheet of book.sheets) {
    wb.addSheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") wb.setCell(sheet.name, r, c, value, r === 0 ? null : sheet.formats[c] ?? null);
      }),
    );
    sheet.widths.forEach((w, c) => wb.setColumnWidth(sheet.name, c, w));
    if (sheet.table) {
      wb.addTable(sheet.name, { name: sheet.table, range: { row: 0, col: 0, rows: sheet.rows.length, cols: sheet.rows[0].length }, hasHeader: true });
    }
  }
  // Start inside the customer table, as a user about to classify would be.
  wb.select(book.sheets[0].name, 2, 1);
  return wb;
}
