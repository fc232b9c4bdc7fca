import { Choice } from "../../../src/workbook/segmentation";
import { FakeExcel } from "./fakeExcel";

/** ABC on bigWorkbook's columns (ID, name, revenue), classes as values: shared so the bench times what the tests check. */
export const ABC_CHOICE: Choice = {
  methodId: "ABC",
  params: {},
  roles: { id: 0, name: 1, value: 2 },
  output: "values",
  tones: {},
  summary: true,
  tags: false,
  language: "en",
};

/** A fake Excel workbook with one Table of `rows` customers (ID, name, a skewed revenue), the cursor in it. */
export function bigWorkbook(rows: number, tableName = "Big"): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers");
  ["Customer ID", "Customer", "Revenue"].forEach((h, c) => excel.setValue("Customers", 0, c, h));
  for (let i = 1; i <= rows; i++) {
    excel.setValue("Customers", i, 0, `C${String(i).padStart(6, "0")}`);
    excel.setValue("Customers", i, 1, `Customer ${i}`);
    // A skewed, deterministic spread of revenues.
    excel.setValue("Customers", i, 2, ((i * 7919) % 100_000) ** 2 / 1e5 + 1);
  }
  excel.tables.push({ name: tableName, sheet: "Customers", range: { row: 0, col: 0, rows: rows + 1, cols: 3 }, showHeaders: true });
  excel.active = { sheet: "Customers", row: 1, col: 1 };
  return excel;
}
