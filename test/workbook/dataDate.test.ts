/**
 * The dates the pane defaults are the data's: the snapshot of a history and the as-of date of a
 * refresh are the latest date in the data's date columns (serials or Date cells), today only
 * when the data has none; and the first snapshot of a series writes no NEW in every row.
 */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { dataDate, dateColumns } from "../../src/workbook/dataDate";
import { computeMovement } from "../../src/workbook/movement";
import { Scalar } from "../../src/workbook/plan";
import { WorkbookPort } from "../../src/workbook/port";
import { refreshSaved, snapshotConflicts } from "../../src/workbook/refresh";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { workbook } from "./helpers/methodFlow";

const serial = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
/** The day the pane runs: two years after the data. */
const TODAY = new Date(Date.UTC(2026, 11, 7, 9));
/** The sample's latest order date (its Last order column). */
const SAMPLE_DATE = serial(2024, 12, 28);

async function applyAbc(wb: MemoryWorkbook, over: Partial<Choice> = {}): Promise<{ port: WorkbookPort; id: string; asOf: number | undefined; change: unknown[] }> {
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const roles = { ...guessRoles(source.columnNames, source.sample).single, id: 0 };
  const choice: Choice = { methodId: "ABC", params: {}, roles, output: "values", tones: {}, summary: false, tags: false, language: "en", history: true, ...over };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-dates", TODAY);
  await port.apply(plan);
  const movement = plan.writes[1];
  return { port, id: plan.id, asOf: plan.saved.asOf, change: movement.cells.map((row) => row[1]) };
}

describe("the data's date", () => {
  test("the sample: First order and Last order are its date columns, the latest is 2024-12-28", async () => {
    const wb = memoryWorkbookFrom(sampleBook());
    const port = createGridAdapter(wb);
    const source = (await port.locateSource())!;
    const roles = guessRoles(source.columnNames, source.sample).single;
    expect(dateColumns(roles)).toEqual([5, 6]);
    expect(await dataDate(port, source.ref, roles)).toBe(SAMPLE_DATE);
    // The orders sheet (Chinese headers): 订单日期 is its date column, with the same latest date.
    wb.select("Orders", 5, 1);
    const orders = (await port.locateSource())!;
    expect(await dataDate(port, orders.ref, guessRoles(orders.columnNames, orders.sample).single)).toBe(SAMPLE_DATE);
  });

  test("Date cells count like serials, a time of day is dropped, days-since numbers and text are not dates", async () => {
    const rows: Scalar[][] = [
      ["Customer ID", "Revenue", "Last order", "Days since last order"],
      ["A", 100, serial(2024, 11, 30) + 0.75, 12],
      ["B", 200, "2025-03-01", 400],
      ["C", 300, serial(2024, 6, 1), 3000],
    ];
    const wb = workbook(rows);
    wb.setCell("Data", 3, 2, new Date(Date.UTC(2024, 11, 31, 18)) as unknown as Scalar);
    const port = createGridAdapter(wb);
    const source = (await port.locateSource())!;
    expect(await dataDate(port, source.ref, { lastDate: 2 })).toBe(serial(2024, 12, 31));
    expect(await dataDate(port, source.ref, { lastDate: 3 })).toBeNull();
    // Unmapped, a column of Date cells is still a date column.
    expect(dateColumns({}, [[1, new Date(0)], [2, null], [3, new Date(1)]])).toEqual([1]);
  });

  test("ABC uses no dates: its first snapshot is dated 2024-12-28 (the data), not 2026-12-07 (today), and writes no NEW", async () => {
    const { asOf, change } = await applyAbc(memoryWorkbookFrom(sampleBook()));
    expect(asOf).toBe(SAMPLE_DATE);
    expect(change[0]).toBe("Change");
    expect(change.slice(1).filter((c) => c !== null)).toEqual([]);
  });

  test("a date the user picks wins; data without any date is dated today", async () => {
    expect((await applyAbc(memoryWorkbookFrom(sampleBook()), { asOf: serial(2024, 12, 31) })).asOf).toBe(serial(2024, 12, 31));
    const noDates = workbook([
      ["Customer ID", "Revenue"],
      ["A", 500],
      ["B", 100],
      ["C", 50],
    ]);
    expect((await applyAbc(noDates)).asOf).toBe(serial(2026, 12, 7));
  });

  test("a refresh next month takes the new data's date; NEW is written only for the customer who really is new", async () => {
    const wb = memoryWorkbookFrom(sampleBook());
    const { port, id } = await applyAbc(wb);
    // The same data again: its date has a snapshot already (the pane asks before replacing it).
    const saved = (await port.listSaved()).find((s) => s.id === id)!;
    expect(await snapshotConflicts(port, [saved], "en", TODAY)).toEqual([{ id, methodId: "ABC", asOf: SAMPLE_DATE }]);
    // January's export: one more customer, and every last order moved on to 2025-01-31 at the latest.
    const table = wb.findTable("CustomerTable")!.table.range;
    const lastRow = table.row + table.rows;
    wb.setCell("Customers", table.row + 1, 6, serial(2025, 1, 31));
    ["C9999", "New Customer", "Seoul", 5000, 500, serial(2025, 1, 20), serial(2025, 1, 20), 1].forEach((v, c) => wb.setCell("Customers", lastRow, c, v as Scalar));
    wb.resizeTable("CustomerTable", { ...table, rows: table.rows + 1 });
    const result = await refreshSaved(port, (await port.listSaved()).find((s) => s.id === id)!, "en", TODAY);
    expect([result.asOf, result.previousAsOf]).toEqual([serial(2025, 1, 31), SAMPLE_DATE]);
    const news = result.movement!.direction.map((d, i) => (d === "NEW" ? i : -1)).filter((i) => i >= 0);
    expect(news).toEqual([table.rows - 1]); // the added row, nobody else
  });

  test("computeMovement: no previous snapshot → previous class and change blank, no movers", () => {
    const current = { ids: ["A", "B"], classes: ["A", "B"], values: [10, 5] };
    const first = computeMovement(null, current, ["A", "B", "C"]);
    expect([first.previous, first.direction, first.movers]).toEqual([[null, null], [null, null], []]);
    const next = computeMovement({ ids: ["A"], classes: ["B"], values: [8] }, current, ["A", "B", "C"]);
    expect([next.previous, next.direction]).toEqual([["B", null], ["UP", "NEW"]]);
  });
});
