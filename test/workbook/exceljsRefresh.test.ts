/**
 * The monthly refresh through the ExcelJS adapter, with a save to an .xlsx buffer and a reopen
 * between every step: apply ABC with history for month 1, save, reopen, paste month 2's export,
 * refresh, save, reopen, month 3, refresh, save, reopen. The settings and the history survive
 * each round trip (three snapshots), the downgrade flag is a real conditional format, and Remove
 * takes away the columns, rules and sheets it added but keeps the history sheet until the user
 * asks for "Delete history" (methods.md: history is never deleted by a refresh or a Remove).
 */
import ExcelJS from "exceljs";
import { sampleBook } from "../../src/preview/sampleData";
import { applyMonthExport, MONTH_AS_OF, sampleMonths } from "../../src/preview/sampleMonths";
import { createExcelJsAdapter, SETTINGS_SHEET } from "../../src/workbook/exceljsAdapter";
import { deleteHistory, listSnapshots, refreshAll } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { simpleAbc, simpleMatrix, snapshotOf, Snapshot } from "./helpers/independent";
import { loadXlsx, SAMPLE_XLSX, sheetValues } from "./helpers/sampleFlow";

const NOW = new Date(Date.UTC(2025, 2, 3, 9));

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

interface CfModel {
  ref: string;
  rules: { formulae: string[]; style: { font?: { bold?: boolean }; fill?: unknown; border?: { top?: { style: string; color: { argb: string } } } } }[];
}
const cfs = (ws: ExcelJS.Worksheet): CfModel[] => (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings ?? [];

function tableSnapshot(ws: ExcelJS.Worksheet, rows: number): Snapshot {
  const ids: unknown[] = [];
  const values: unknown[] = [];
  for (let r = 2; r <= rows; r++) {
    ids.push(ws.getCell(r, 1).value);
    values.push(ws.getCell(r, 4).value);
  }
  return snapshotOf(ids, simpleAbc(values), values);
}

test("apply, save, reopen, refresh, save, reopen, refresh: settings and three snapshots intact; Remove keeps history", async () => {
  const original = sheetValues(await loadXlsx(SAMPLE_XLSX));
  let wb = await loadXlsx(SAMPLE_XLSX);
  let { port, backend } = createExcelJsAdapter(wb, { sheet: "Customers", row: 2, col: 1 });
  const source = (await port.locateSource())!;
  const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 3 }, output: "values", tones: {}, summary: true, tags: true, language: "en", history: true, asOf: MONTH_AS_OF[0] };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-xlsx", NOW);
  await port.apply(plan);
  let previous = tableSnapshot(wb.getWorksheet("Customers")!, 242);

  for (const month of sampleMonths(sampleBook())) {
    wb = await roundTrip(wb);
    ({ port, backend } = createExcelJsAdapter(wb, { sheet: "Customers", row: 2, col: 1 }));
    // Still there after the reopen: the segmentation's settings and the history so far.
    expect((await port.listSaved()).map((s) => [s.id, s.history, s.asOf])).toEqual([["abc-xlsx", true, MONTH_AS_OF[month.month - 2]]]);
    expect((await listSnapshots(port)).length).toBe(month.month - 1);
    applyMonthExport(backend, month);
    const [result] = await refreshAll(port, "en", NOW, { asOf: month.asOf });
    expect(result.previousAsOf).toBe(MONTH_AS_OF[month.month - 2]);
    const ws = wb.getWorksheet("Customers")!;
    const current = tableSnapshot(ws, result.source.range.rows);
    // The transitions sheet's customer matrix, against independent arithmetic.
    const sheet = wb.getWorksheet("Transitions ABC")!;
    let top = 0;
    sheet.eachRow((row, n) => {
      if (!top && row.getCell(1).value === "Customers") top = n + 2;
    });
    const matrix = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => sheet.getCell(top + r, c + 2).value ?? null));
    expect(matrix).toEqual(simpleMatrix(previous, current, "customers"));
    previous = current;
  }

  wb = await roundTrip(wb);
  ({ port, backend } = createExcelJsAdapter(wb, { sheet: "Customers", row: 2, col: 1 }));
  const snapshots = await listSnapshots(port);
  expect(snapshots.map((s) => [s.segmentation, s.asOf])).toEqual(MONTH_AS_OF.map((d) => ["abc-xlsx", d]));
  // The history sheet's dates read back as the same days.
  const history = wb.getWorksheet("Segment history")!;
  expect(history.getRow(1).values).toEqual([undefined, "As of", "Customer ID", "Method", "Segmentation", "Class", "Value"]);
  expect(history.getCell(2, 1).numFmt).toBe("yyyy-mm-dd");
  expect(history.rowCount).toBe(1 + snapshots.reduce((a, s) => a + s.blocks[0].rows, 0));

  // Class column I, tag column J, previous class K, direction L; the flag is a CF rule: bold and lines, no fill.
  const ws = wb.getWorksheet("Customers")!;
  expect([ws.getCell("I1").value, ws.getCell("J1").value, ws.getCell("K1").value, ws.getCell("L1").value]).toEqual(["ABC class", "Customer type", "Previous ABC class", "Change"]);
  const flag = cfs(ws).find((cf) => cf.rules.some((r) => r.formulae[0] === '$L2="DOWN"'))!;
  expect(flag.rules[0].style.font).toEqual({ bold: true });
  expect(flag.rules[0].style.fill ?? null).toBeNull();
  expect(flag.rules[0].style.border?.top).toEqual({ style: "medium", color: { argb: "FFC00000" } });
  expect(cfs(ws).find((cf) => cf.rules.some((r) => r.formulae[0] === '$I2="A"'))!.ref).toBe(flag.ref);

  // Remove: columns, rules, summary and transitions sheets go; the history sheet and its index stay.
  await port.remove("abc-xlsx");
  wb = await roundTrip(wb);
  ({ port } = createExcelJsAdapter(wb, { sheet: "Customers", row: 2, col: 1 }));
  // (The very hidden settings sheet comes first: the apply lists itself there before its first write.)
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Customers", "Orders", "Monthly", "Purchases", SETTINGS_SHEET, "Segment history"]);
  expect(cfs(wb.getWorksheet("Customers")!)).toHaveLength(0);
  const after = sheetValues(wb).Customers;
  expect(after.every((row) => row.length <= 8)).toBe(true);
  expect(await port.listSaved()).toEqual([]);
  expect((await listSnapshots(port)).length).toBe(3);

  // Only an explicit "Delete history" deletes it; then the file has the user's sheets only.
  await deleteHistory(port);
  wb = await roundTrip(wb);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Customers", "Orders", "Monthly", "Purchases"]);
  // The user's other sheets are as they were (Orders grew by the months' order lines only).
  expect(sheetValues(wb).Monthly).toEqual(original.Monthly);
  expect(sheetValues(wb).Orders.slice(0, original.Orders.length)).toEqual(original.Orders);
});
