/** Sheet ids in an ExcelJS workbook: a sheet the add-in adds never gets the id of a deleted sheet. */
import ExcelJS from "exceljs";
import { createExcelJsAdapter } from "../../src/workbook/exceljsAdapter";

test("a sheet added after another was deleted gets a new id, not the deleted one's", () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = 1;
  const { backend } = createExcelJsAdapter(wb, { sheet: "Data", row: 0, col: 0 });
  backend.addSheet("Summary 1");
  backend.addSheet("Notes");
  const first = backend.sheetId("Summary 1");
  backend.deleteSheet("Summary 1");
  backend.addSheet("Summary 2");
  expect(backend.sheetId("Summary 2")).not.toBe(first);
  expect(backend.sheetNameById(first!)).toBeNull();
  backend.setSetting("k", "v");
  expect(backend.sheetNameById(first!)).toBeNull();
  expect(new Set(wb.worksheets.map((w) => w.id)).size).toBe(wb.worksheets.length);
});

test("the ids survive a file round trip", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data");
  const { backend } = createExcelJsAdapter(wb, { sheet: "Data", row: 0, col: 0 });
  backend.addSheet("A");
  backend.addSheet("B");
  backend.deleteSheet("A");
  backend.addSheet("C");
  const before = wb.worksheets.map((w) => [w.name, w.id]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  expect(back.worksheets.map((w) => [w.name, w.id])).toEqual(before);
});
