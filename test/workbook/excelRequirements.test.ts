/**
 * Table.resize needs ExcelApi 1.13. The Office.js adapter asks Office.context.requirements
 * (here the fake's `isSetSupported`, answered both ways): on an older Excel an apply that could
 * make Excel widen a Table is refused before anything is written, with an error that says why
 * and what to do; an apply that writes nowhere near the Table still works, and its rollback after
 * a failure still takes everything back (a resize in the undo's request would make Excel refuse
 * the whole request, so the rollback would silently do nothing).
 */
import { mayWidenTable, TableResizeUnsupportedError } from "../../src/workbook/excelRequirements";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { buildPlan, prepare } from "../../src/workbook/segmentation";
import { ABC_CHOICE, bigWorkbook } from "./helpers/bigWorkbook";
import { FakeExcel } from "./helpers/fakeExcel";

async function planFor(excel: FakeExcel) {
  const port = createOfficeAdapter({ run: excel.run, isSetSupported: excel.isSetSupported });
  const source = (await port.locateSource())!;
  const prepared = await prepare(port, source.ref, ABC_CHOICE);
  const plan = await buildPlan(port, source.ref, source.columnNames, ABC_CHOICE, prepared, "abc-req", new Date(Date.UTC(2024, 11, 31)));
  return { port, plan };
}

describe("mayWidenTable: a write right of a Table or right below it", () => {
  const table = "Customers!A1:C101";
  const at = (row: number, col: number, rows = 1, cols = 1) => [{ sheet: "Customers", range: { row, col, rows, cols } }];
  test.each([
    ["the column right of it", at(0, 3, 101), true],
    ["a cell right of its last row", at(100, 3), true],
    ["the row right below it", at(101, 0, 1, 3), true],
    ["a block starting inside and reaching past its right edge", at(5, 2, 3, 2), true],
    ["a column with a gap", at(0, 4, 101), false],
    ["an empty range right of it", at(0, 3, 0), false],
    ["below the row under it", at(102, 0, 5, 3), false],
    ["the diagonal cell", at(101, 3), false],
  ])("%s", (_, writes, expected) => {
    expect(mayWidenTable(writes, "Customers", table)).toBe(expected);
  });
  test("other sheets never widen it; sheet names compare as Excel does", () => {
    expect(mayWidenTable([{ sheet: "Summary", range: { row: 0, col: 3, rows: 10, cols: 1 } }], "Customers", table)).toBe(false);
    expect(mayWidenTable([{ sheet: "customers", range: { row: 0, col: 3, rows: 10, cols: 1 } }], "Customers", table)).toBe(true);
  });
});

describe("an Excel without ExcelApi 1.13 (no Table.resize)", () => {
  test("the fake answers both ways", () => {
    const excel = new FakeExcel();
    expect(excel.isSetSupported("ExcelApi", "1.13")).toBe(true);
    excel.excelApi = "1.12";
    expect(excel.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(true);
    excel.excelApi = "2.0";
    expect(excel.isSetSupported("ExcelApi", "1.13")).toBe(true);
  });

  test("a class column right beside a Table is refused before anything is written, saying why", async () => {
    const excel = bigWorkbook(60);
    excel.autoExpandTables = true;
    excel.excelApi = "1.12";
    const { port, plan } = await planFor(excel);
    const before = excel.snapshot();
    excel.syncs.length = 0;
    const error = await port.apply(plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TableResizeUnsupportedError);
    expect((error as Error).message).toMatch(/ExcelApi 1\.13.*Nothing was written/);
    // Only the check request went out; the workbook is as it was, the Table its old size.
    expect(excel.syncs.map((s) => s.writtenRows)).toEqual([[]]);
    expect(excel.snapshot()).toEqual(before);
  });

  test("the same apply on an Excel with ExcelApi 1.13 goes through and puts the Table back", async () => {
    const excel = bigWorkbook(60);
    excel.autoExpandTables = true;
    excel.excelApi = "1.13";
    const { port, plan } = await planFor(excel);
    await port.apply(plan);
    expect(excel.tables[0].range).toEqual({ row: 0, col: 0, rows: 61, cols: 3 });
    expect(excel.sheet("Customers").cells.get("0,3")?.value).toBe("ABC class");
  });

  /** The Table A:C with the user's notes in D: the class column goes to E, not beside the Table. */
  function notesBesideTable(): FakeExcel {
    const excel = bigWorkbook(60);
    for (let r = 0; r <= 60; r++) excel.setValue("Customers", r, 3, `note ${r}`);
    excel.excelApi = "1.12";
    return excel;
  }

  test("a class column with a column between it and the Table applies and removes as usual", async () => {
    const excel = notesBesideTable();
    const { port, plan } = await planFor(excel);
    expect(plan.writes[0].range.col).toBe(4);
    const before = excel.snapshot();
    await port.apply(plan);
    expect(excel.sheet("Customers").cells.get("0,4")?.value).toBe("ABC class");
    await port.remove(plan.id);
    expect(excel.snapshot()).toEqual(before);
  });

  test("a failure half-way still takes back everything it wrote (no resize in the rollback's request)", async () => {
    const excel = notesBesideTable();
    const { port, plan } = await planFor(excel);
    const before = excel.snapshot();
    excel.syncs.length = 0;
    excel.failAfterSyncs = 2; // the check and the data block pass, formatting fails
    await expect(port.apply(plan)).rejects.toThrow("injected");
    excel.failAfterSyncs = null;
    expect(excel.snapshot()).toEqual(before);
  });
});
