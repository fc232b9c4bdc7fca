/**
 * The Office.js adapter against a hand-written fake of Excel's object tree (helpers/fakeExcel.ts):
 * request counts and sizes on a 100,000-row table, one conditional format per class, overwrite
 * refusal, rollback, and Remove restoring the workbook exactly.
 */
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { OccupiedError } from "../../src/workbook/port";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { FakeExcel } from "./helpers/fakeExcel";
import { ABC_CHOICE, bigWorkbook } from "./helpers/bigWorkbook";

const FIVE_MB = 5 * 1024 * 1024;

const choice = (over: Partial<Choice> = {}): Choice => ({ ...ABC_CHOICE, ...over });

async function planFor(excel: FakeExcel, over: Partial<Choice> = {}) {
  const port = createOfficeAdapter({ run: excel.run });
  const source = await port.locateSource();
  if (!source) throw new Error("no source");
  const c = choice(over);
  const prepared = await prepare(port, source.ref, c);
  const plan = await buildPlan(port, source.ref, source.columnNames, c, prepared, "abc-test", new Date(Date.UTC(2024, 11, 31)));
  return { port, source, prepared, plan };
}

describe("Office.js adapter on a 100,000-row table", () => {
  const excel = bigWorkbook(100_000);
  let setup: Awaited<ReturnType<typeof planFor>>;

  beforeAll(async () => {
    setup = await planFor(excel);
  });

  test("finds the Table under the cursor, reads it in blocks under 5 MB", () => {
    expect(setup.source.found).toBe("table");
    expect(setup.source.ref).toEqual({ sheet: "Customers", sheetId: excel.sheet("Customers").id, range: { row: 0, col: 0, rows: 100_001, cols: 3 }, hasHeader: true, table: "Big" });
    // locate: 3 requests; read 3 columns × 100,000 rows: 5 blocks of 20,000; the value column's formulas
    // (a SUM total row has no label to find it by): 5 blocks; free column: 1; sheet names: 1.
    expect(excel.syncs.length).toBe(3 + 5 + 5 + 1 + 1);
    for (const s of excel.syncs) expect(s.receivedBytes).toBeLessThan(FIVE_MB);
    expect(setup.prepared.run.explanation.total.customers).toBe(100_000);
  });

  test("applies in 9 requests: check, 6 data blocks of ≤ 20,000 rows, formatting, summary + settings", async () => {
    excel.syncs.length = 0;
    await setup.port.apply(setup.plan);
    const syncs = excel.syncs;
    expect(syncs.length).toBe(9);
    // One sync per data block: the class column's header + 100,000 rows = 100,001 rows.
    const dataBlocks = syncs.slice(1, 7);
    expect(dataBlocks.map((s) => s.writtenRows)).toEqual([[20_000], [20_000], [20_000], [20_000], [20_000], [1]]);
    for (const s of syncs) expect(s.sentBytes).toBeLessThan(FIVE_MB);
    // Formatting after data: the conditional formats arrive in the request after the last block.
    const sheet = excel.sheet("Customers");
    expect(sheet.cfs).toHaveLength(3);
    expect(sheet.cfs.map((c) => c.formula)).toEqual(['=$D2="A"', '=$D2="B"', '=$D2="C"']);
    expect(sheet.cfs.map((c) => c.fill)).toEqual(["#C6EFCE", "#FFEB9C", "#B3C4C9"]);
    for (const cf of sheet.cfs) expect(cf.range).toEqual({ row: 1, col: 0, rows: 100_000, cols: 4 });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Customers", "Segments ABC"]);
    expect(excel.sheet("Segments ABC").charts).toEqual([{ type: "Pareto", data: "A19:B38", title: "Pareto: value by 5 % slices of customers" }]);
    expect([...excel.settings.keys()]).toEqual(["segment.abc-test"]);
    // Class codes are written as plain text: no quote prefix needed, none left behind by Remove.
    const classCells = [...sheet.cells.entries()].filter(([k]) => k.endsWith(",3"));
    expect(classCells).toHaveLength(100_001);
    expect(classCells.every(([, c]) => !c.quotePrefix)).toBe(true);
  });

  test("live formulas: 100,000 per-row formulas still go in blocks under 5 MB", async () => {
    const other = bigWorkbook(100_000);
    const { port, plan } = await planFor(other, { output: "formulas", summary: false });
    other.syncs.length = 0;
    await port.apply(plan);
    expect(other.syncs.length).toBe(1 + 6 + 1 + 1);
    for (const s of other.syncs) expect(s.sentBytes).toBeLessThan(FIVE_MB);
    expect(Math.max(...other.syncs.map((s) => s.sentBytes))).toBeGreaterThan(1_000_000);
    expect(other.sheet("Customers").cells.get("1,3")?.formula).toBe('=SEGMENT.ABCOF(C2,$C$2:$C$100001,"80/95","reach","value")');
  });

  test("Remove takes away exactly what was added", async () => {
    const fresh = bigWorkbook(2_000);
    const before = fresh.snapshot();
    const { port, plan } = await planFor(fresh, { tags: true });
    await port.apply(plan);
    expect(fresh.snapshot()).not.toEqual(before);
    await port.remove("abc-test");
    expect(fresh.snapshot()).toEqual(before);
  });
});

describe("Office.js adapter and Excel Tables", () => {
  test("if Excel widens the Table when the class column is written beside it, the Table is put back", async () => {
    const excel = bigWorkbook(100);
    excel.autoExpandTables = true;
    const { port, plan } = await planFor(excel);
    await port.apply(plan);
    expect(excel.tables[0].range).toEqual({ row: 0, col: 0, rows: 101, cols: 3 });
    expect(excel.sheet("Customers").cells.get("0,3")?.value).toBe("ABC class");
  });
});

describe("Office.js adapter never writes over data without consent", () => {
  test("refuses when a target cell holds data, and writes nothing", async () => {
    const excel = bigWorkbook(50);
    const { port, plan } = await planFor(excel);
    excel.setValue("Customers", 10, 3, "a note someone typed");
    const before = excel.snapshot();
    await expect(port.apply(plan)).rejects.toBeInstanceOf(OccupiedError);
    expect(excel.snapshot()).toEqual(before);
    const report = await port.findOccupied(plan, 10);
    expect(report.total).toBe(1);
    expect(report.cells[0]).toMatchObject({ sheet: "Customers", row: 10, col: 3, content: "a note someone typed" });
  });

  test("with consent it overwrites, and Remove puts the old content back", async () => {
    const excel = bigWorkbook(50);
    const { port, plan } = await planFor(excel);
    excel.setValue("Customers", 10, 3, "=1+1 typed as text");
    const before = excel.snapshot();
    const report = await port.findOccupied(plan, 10);
    await port.apply(plan, { overwrite: report.cells });
    expect(excel.sheet("Customers").cells.get("10,3")?.value).not.toBe("=1+1 typed as text");
    await port.remove(plan.id);
    expect(excel.sheet("Customers").cells.get("10,3")).toEqual({ formula: "=1+1 typed as text", value: "=1+1 typed as text", quotePrefix: true });
    const after = excel.snapshot() as { sheets: { cells: [string, unknown][] }[] };
    // Same cells, except that the restored text now carries Excel's quote prefix (it stays text).
    expect(after.sheets[0].cells.length).toBe((before as typeof after).sheets[0].cells.length);
  });

  test("a failure half-way takes back what was written", async () => {
    const excel = bigWorkbook(50);
    const { port, plan } = await planFor(excel);
    const before = excel.snapshot();
    excel.syncs.length = 0;
    excel.failAfterSyncs = 2; // the check and the data block pass, formatting fails
    await expect(port.apply(plan)).rejects.toThrow("injected");
    excel.failAfterSyncs = null;
    expect(excel.snapshot()).toEqual(before);
  });
});
