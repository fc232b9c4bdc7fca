/** The sample book as an ExcelJS workbook: the same cells, formats and widths, the customer sheet as a Table. */
import ExcelJS from "exceljs";
import { SampleBook } from "../src/preview/sampleData";

export function sampleWorkbook(book: SampleBook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Customer segments sample generator";
  // Fixed dates so the file is byte-for-byte reproducible apart from the zip timestamps.
  wb.created = new Date(Date.UTC(2024, 11, 31));
  wb.modified = wb.created;
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    if (sheet.table) {
      ws.addTable({
        name: sheet.table,
        ref: "A1",
        headerRow: true,
        style: { theme: "TableStyleLight1", showRowStripes: false },
        columns: sheet.rows[0].map((name) => ({ name: String(name), filterButton: true })),
        rows: sheet.rows.slice(1).map((row) => [...row]),
      });
    } else {
      sheet.rows.forEach((row, r) => (ws.getRow(r + 1).values = [...row] as ExcelJS.CellValue[]));
    }
    sheet.formats.forEach((format, c) => {
      if (!format) return;
      for (let r = 2; r <= sheet.rows.length; r++) ws.getCell(r, c + 1).numFmt = format;
    });
  }
  return wb;
}
