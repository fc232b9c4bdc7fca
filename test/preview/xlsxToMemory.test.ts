/**
 * An .xlsx written by ExcelJS and read back into the preview's workbook: every sheet, numbers,
 * numbers typed as text, formula-looking text, dates (as serials with their format), formulas
 * with their cached result, errors, widths and the Table.
 */
import ExcelJS from "exceljs";
import { dateToSerial } from "../../src/segment/dates";
import { looksLikeXlsx, openXlsx } from "../../src/preview/openXlsx";
import { memoryWorkbookFromExcelJs } from "../../src/preview/xlsxToMemory";

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

test("cells, formats, widths, tables and every sheet come through as stored", async () => {
  const when = new Date(Date.UTC(2026, 2, 14));
  const book = await roundTrip((wb) => {
    const ws = wb.addWorksheet("고객");
    ws.addTable({
      name: "Customers",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "고객ID" }, { name: "매출액" }, { name: "최근구매일" }, { name: "메모" }],
      rows: [
        ["C001", 1500, when, "=1+1"],
        ["C002", "1,234", when, "@SUM(A1)"],
      ],
    });
    ws.getColumn(2).width = 14;
    ws.getCell("C2").numFmt = "yyyy-mm-dd";
    ws.getCell("E2").value = { formula: "B2*2", result: 3000 };
    ws.getCell("F2").value = { error: "#N/A" };
    wb.addWorksheet("Empty");
    wb.addWorksheet("Orders").getCell("B3").value = 7;
  });
  const wb = memoryWorkbookFromExcelJs(book);
  expect(wb.sheetNames()).toEqual(["고객", "Empty", "Orders"]);
  expect(wb.getCell("고객", 0, 0)).toBe("고객ID");
  expect(wb.getCell("고객", 1, 1)).toBe(1500);
  expect(wb.getCell("고객", 2, 1)).toBe("1,234");
  expect(wb.getCell("고객", 1, 2)).toBe(dateToSerial(when));
  expect(wb.getCellFormat("고객", 1, 2)).toBe("yyyy-mm-dd");
  expect(wb.getCell("고객", 1, 3)).toBe("=1+1");
  expect(wb.getCell("고객", 2, 3)).toBe("@SUM(A1)");
  expect(wb.getCell("고객", 1, 4)).toEqual({ formula: "=B2*2", value: 3000 });
  expect(wb.getCell("고객", 1, 5)).toBe("#N/A");
  expect(wb.sheet("고객").widths.get(1)).toBe(14);
  expect(wb.findTable("Customers")).toEqual({ sheet: "고객", table: { name: "Customers", range: { row: 0, col: 0, rows: 3, cols: 4 }, hasHeader: true, hasTotals: false } });
  expect(wb.getCell("Orders", 2, 1)).toBe(7);
  expect(wb.activeCell()).toEqual({ sheet: "고객", row: 0, col: 0 });
});

test("not a zip, a damaged zip and an empty workbook each get their message, in the language asked", async () => {
  const csv = new TextEncoder().encode("id,value\n1,2\n").buffer;
  expect(looksLikeXlsx(new Uint8Array(csv))).toBe(false);
  const notXlsx = await openXlsx("data.csv", csv, "ko");
  expect(notXlsx).toEqual({ ok: false, message: expect.stringContaining("data.csv") });
  expect(notXlsx.message).toMatch(/\.xlsx/);
  expect(notXlsx.message).toMatch(/[\uac00-\ud7a3]/);

  const good = await new ExcelJS.Workbook().xlsx.writeBuffer();
  const damaged = new Uint8Array(good as ArrayBuffer).slice(0, 60);
  const unreadable = await openXlsx("broken.xlsx", damaged.buffer, "zh-CN");
  expect(unreadable.ok).toBe(false);
  expect(unreadable.message).toMatch(/^无法读取 broken\.xlsx/);

  const emptyBook = new ExcelJS.Workbook();
  emptyBook.addWorksheet("Sheet1");
  const empty = await openXlsx("empty.xlsx", (await emptyBook.xlsx.writeBuffer()) as ArrayBuffer, "en");
  expect(empty).toEqual({ ok: false, message: "empty.xlsx has no sheets with cells." });
});
