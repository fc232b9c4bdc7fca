/**
 * The monthly refresh on the in-memory workbook (the preview's model, through the same grid
 * adapter as ExcelJS): month 1 applied with history, months 2 and 3 refreshed from the sample's
 * next exports. Checked against independent arithmetic (helpers/independent.ts): the history
 * only grows, the movement columns and the transitions sheet say who moved, every cell the user
 * typed stays, the same date twice asks and then replaces only that snapshot, a refresh follows
 * a table that grew or shrank, Remove keeps the history and only "Delete history" deletes it.
 */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { applyMonthExport, MONTH_AS_OF, sampleMonths } from "../../src/preview/sampleMonths";
import { HISTORY_INDEX_KEY } from "../../src/workbook/history";
import { asOfFromData } from "../../src/workbook/historyStore";
import { ABC_METHOD } from "../../src/workbook/methods/abcMethods";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { WorkbookPort } from "../../src/workbook/port";
import { compareHistory, deleteHistory, listSnapshots, RefreshOccupiedError, refreshAll, refreshSaved, SnapshotExistsError, writeComparison } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare, RepeatedIdsError } from "../../src/workbook/segmentation";
import { expectedMoneyOrder, expectedMoverOrder, simpleAbc, simpleDirections, simpleMatrix, Snapshot, snapshotOf } from "./helpers/independent";

const NOW = new Date(Date.UTC(2025, 2, 3, 9));
const HISTORY = "Segment history";

/** Every cell of a sheet as "row,col" → content, deep-copied. */
function cellsOf(wb: MemoryWorkbook, sheet: string): Map<string, unknown> {
  return new Map([...wb.sheet(sheet).cells.entries()].map(([k, v]) => [k, structuredClone(v.content)]));
}

function grid(wb: MemoryWorkbook, sheet: string, rows: number, cols: number, top = 0): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => wb.getCell(sheet, top + r, c)));
}

/** The customer table as the independent code sees it: IDs and revenues of the data rows. */
function tableSnapshot(wb: MemoryWorkbook): { ids: unknown[]; values: unknown[]; snapshot: Snapshot } {
  const table = wb.findTable("CustomerTable")!.table.range;
  const ids: unknown[] = [];
  const values: unknown[] = [];
  for (let r = table.row + 1; r < table.row + table.rows; r++) {
    ids.push(wb.getCell("Customers", r, 0));
    values.push(wb.getCell("Customers", r, 3));
  }
  return { ids, values, snapshot: snapshotOf(ids, simpleAbc(values), values) };
}

async function monthOne(over: Partial<Choice> = {}): Promise<{ wb: MemoryWorkbook; port: WorkbookPort; id: string }> {
  const wb = memoryWorkbookFrom(sampleBook());
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const choice: Choice = {
    methodId: "ABC",
    params: {},
    roles: { id: 0, name: 1, value: 3 },
    output: "values",
    tones: {},
    summary: true,
    tags: false,
    language: "en",
    history: true,
    asOf: MONTH_AS_OF[0],
    ...over,
  };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-monthly", NOW);
  await port.apply(plan);
  return { wb, port, id: plan.id };
}

describe("monthly refresh on the sample: months 1 → 2 → 3", () => {
  const months = sampleMonths(sampleBook());

  test("the sample steps through three months: the table grows, customers move, two leave in month 3", () => {
    expect(MONTH_AS_OF).toHaveLength(3);
    expect(months.map((m) => [m.month, m.newCustomers.length, [...m.updates.values()].filter((v) => v === null).length])).toEqual([
      [2, 5, 0],
      [3, 3, 2],
    ]);
    // Same seed, same months.
    expect(sampleMonths(sampleBook())).toEqual(months);
  });

  test("history only grows, movement and transitions match independent arithmetic, user cells stay", async () => {
    const { wb, port, id } = await monthOne();
    // Cells the user typed: notes beside the table and on the orders sheet.
    wb.setCell("Customers", 1, 12, "call in March");
    wb.setCell("Customers", 5, 12, "=not a formula");
    wb.setCell("Orders", 3, 5, "checked");
    const userBefore = { customers: cellsOf(wb, "Customers"), orders: cellsOf(wb, "Orders"), monthly: cellsOf(wb, "Monthly") };
    const history1 = grid(wb, HISTORY, 240, 6);
    expect(history1[0]).toEqual(["As of", "Customer ID", "Method", "Segmentation", "Class", "Value"]);

    let previous = tableSnapshot(wb).snapshot;
    // Month 1 is the first snapshot: nothing to compare with, so the change column stays blank (no NEW on every row).
    expect([wb.getCell("Customers", 0, 10), wb.getCell("Customers", 1, 9), wb.getCell("Customers", 1, 10)]).toEqual(["Change", null, null]);
    for (const month of months) {
      applyMonthExport(wb, month);
      const now = tableSnapshot(wb);
      const [result] = await refreshAll(port, "en", NOW, { asOf: month.asOf });
      expect([result.asOf, result.previousAsOf]).toEqual([month.asOf, MONTH_AS_OF[month.month - 2]]);
      // The table grew: every row of it has its class, previous class and direction.
      const rows = now.ids.length;
      expect(result.source.range.rows).toBe(rows + 1);
      const expected = simpleDirections(previous, now.snapshot);
      for (let i = 0; i < rows; i++) {
        const idCell = now.ids[i];
        const got = [wb.getCell("Customers", i + 1, 8), wb.getCell("Customers", i + 1, 9), wb.getCell("Customers", i + 1, 10)];
        if (typeof idCell !== "string") {
          expect(got).toEqual([null, null, null]);
          continue;
        }
        const cls = now.snapshot[idCell]?.cls ?? null;
        // A customer that lost its class (no longer in the export) but still has a row: GONE beside it.
        const want = cls ? [cls, ...expected[idCell]] : [null, previous[idCell]?.cls ?? null, previous[idCell] ? "GONE" : null];
        expect([idCell, ...got]).toEqual([idCell, ...want]);
      }
      // The transitions sheet: the matrix in customers and in value.
      const sheet = wb.sheetNames().find((n) => n.startsWith("Transitions"))!;
      const at = (label: string): number => {
        for (let r = 0; r < 120; r++) if (wb.getCell(sheet, r, 0) === label) return r;
        throw new Error(`no ${label}`);
      };
      const customersTop = at("Customers") + 2;
      expect(grid(wb, sheet, 5, 6, customersTop).map((r) => r.slice(1))).toEqual(simpleMatrix(previous, now.snapshot, "customers"));
      const valueTop = at("Value (current; GONE: previous)") + 2;
      expect(grid(wb, sheet, 5, 6, valueTop).map((r) => r.slice(1))).toEqual(simpleMatrix(previous, now.snapshot, "value"));
      // The engine's movers, largest downgrades first; the sheet lists them in money order.
      expect(result.movement!.movers.map((m) => m.id)).toEqual(expectedMoverOrder(previous, now.snapshot));
      const moversTop = at("Movers, most value at stake first (downgrades, then upgrades)") + 2;
      const listed = grid(wb, sheet, result.movement!.movers.length, 1, moversTop).map((r) => r[0]);
      expect(listed).toEqual(expectedMoneyOrder(previous, now.snapshot));
      expect(result.movement!.movers[0]).toMatchObject({ direction: "DOWN", steps: 2, previousClass: "A", currentClass: "C" });
      previous = now.snapshot;
    }

    // Three snapshots of this segmentation, rows in date order, the first one untouched.
    const snapshots = await listSnapshots(port);
    expect(snapshots.map((s) => [s.segmentation, s.method, s.asOf])).toEqual(MONTH_AS_OF.map((d) => [id, "ABC", d]));
    expect(grid(wb, HISTORY, 240, 6)).toEqual(history1);
    const counts = snapshots.map((s) => s.blocks.reduce((a, b) => a + b.rows, 0));
    expect(wb.usedRange(HISTORY)!.rows).toBe(1 + counts.reduce((a, b) => a + b, 0));

    // Downgraded rows carry the flag rule; the class colours are still there.
    const customers = wb.sheet("Customers");
    expect(customers.marks).toHaveLength(1);
    expect(customers.marks[0].formula).toBe('=$K2="DOWN"');
    const down = Array.from({ length: 260 }, (_, r) => r).find((r) => wb.getCell("Customers", r, 10) === "DOWN")!;
    expect(wb.markAt("Customers", down, 0)).not.toBeNull();
    expect(wb.ruleToneAt("Customers", down, 0)).not.toBeNull();

    // Every cell the user typed is unchanged: only the export's columns (D, E, G, H) and the add-in's (I–K) differ.
    const changedBy = (col: number): string => ([3, 4, 6, 7].includes(col) ? "export" : col >= 8 && col <= 10 ? "add-in" : "user");
    for (const [k, v] of userBefore.customers) {
      const [r, c] = k.split(",").map(Number);
      if (changedBy(c) === "user") expect([k, wb.getCell("Customers", r, c)]).toEqual([k, v]);
    }
    const ordersAfter = cellsOf(wb, "Orders");
    for (const [k, v] of userBefore.orders) expect([k, ordersAfter.get(k)]).toEqual([k, v]);
    expect(cellsOf(wb, "Monthly")).toEqual(userBefore.monthly);
  });

  test("the same date twice asks first, then replaces that snapshot only", async () => {
    const { wb, port } = await monthOne();
    for (const month of months) {
      applyMonthExport(wb, month);
      await refreshAll(port, "en", NOW, { asOf: month.asOf });
    }
    const before = grid(wb, HISTORY, wb.usedRange(HISTORY)!.rows, 6);
    const [first, second, third] = await listSnapshots(port);
    await expect(refreshAll(port, "en", NOW, { asOf: MONTH_AS_OF[2] })).rejects.toBeInstanceOf(SnapshotExistsError);
    expect(grid(wb, HISTORY, before.length, 6)).toEqual(before);

    // The last snapshot again: same rows, same place (it was the last block).
    wb.setCell("Customers", 2, 3, 9_999_999, "#,##0");
    await refreshAll(port, "en", NOW, { asOf: MONTH_AS_OF[2], replace: true });
    const after = await listSnapshots(port);
    expect(after.map((s) => s.asOf)).toEqual(MONTH_AS_OF);
    expect(after[2].blocks).toEqual(third.blocks);
    const firstTwo = first.blocks[0].rows + second.blocks[0].rows + 1;
    expect(grid(wb, HISTORY, firstTwo, 6)).toEqual(before.slice(0, firstTwo));
    const row = after[2].blocks[0].row + 1; // C0002 is the second customer
    expect(grid(wb, HISTORY, 1, 6, row)[0]).toEqual([MONTH_AS_OF[2], "C0002", "ABC", first.segmentation, "A", 9_999_999]);

    // A snapshot in the middle: its rows are cleared and the new ones go below; the others stay.
    const saved = (await port.listSaved())[0];
    const beforeMiddle = grid(wb, HISTORY, before.length, 6);
    await expect(refreshSaved(port, saved, "en", NOW, { asOf: MONTH_AS_OF[1] })).rejects.toBeInstanceOf(SnapshotExistsError);
    const result = await refreshSaved(port, saved, "en", NOW, { asOf: MONTH_AS_OF[1], replace: true });
    expect(result.previousAsOf).toBe(MONTH_AS_OF[0]);
    const replaced = await listSnapshots(port);
    expect(replaced.map((s) => s.asOf)).toEqual(MONTH_AS_OF);
    const middle = replaced.find((s) => s.asOf === MONTH_AS_OF[1])!;
    expect(middle.blocks[0].row).toBe(before.length + 0 /* below the old bottom */);
    expect(grid(wb, HISTORY, first.blocks[0].rows + 1, 6)).toEqual(before.slice(0, first.blocks[0].rows + 1));
    const thirdTop = third.blocks[0].row;
    expect(grid(wb, HISTORY, third.blocks[0].rows, 6, thirdTop)).toEqual(beforeMiddle.slice(thirdTop, thirdTop + third.blocks[0].rows));
    expect(grid(wb, HISTORY, second.blocks[0].rows, 6, second.blocks[0].row).every((r) => r.every((c) => c === null))).toBe(true);

    // Any two snapshots can be compared, in either order.
    const comparison = await compareHistory(port, replaced[0], replaced[2]);
    expect(comparison.movement.transitions.order).toEqual(["A", "B", "C"]);
  });

  test("any two snapshots: compared and written as the transitions sheet (which Remove takes away)", async () => {
    const { wb, port, id } = await monthOne({ summary: false });
    const tables = [tableSnapshot(wb).snapshot];
    for (const month of months) {
      applyMonthExport(wb, month);
      tables.push(tableSnapshot(wb).snapshot);
      await refreshAll(port, "en", NOW, { asOf: month.asOf });
    }
    const [first, , third] = await listSnapshots(port);
    const comparison = await compareHistory(port, first, third);
    const saved = (await port.listSaved())[0];
    const sheet = await writeComparison(port, saved, comparison, "en");
    expect(sheet).toBe("Transitions ABC");
    let top = 0;
    while (wb.getCell(sheet, top, 0) !== "Customers") top++;
    expect(grid(wb, sheet, 5, 6, top + 2).map((r) => r.slice(1))).toEqual(simpleMatrix(tables[0], tables[2], "customers"));
    expect(grid(wb, sheet, 2, 2, 1)).toEqual([
      ["From (as of)", MONTH_AS_OF[0]],
      ["To (as of)", MONTH_AS_OF[2]],
    ]);
    await port.remove(id);
    expect(wb.sheetNames()).toEqual(["Customers", "Orders", "Monthly", "Purchases", HISTORY]);
  });

  test("applied without history, a refresh starts none: no movement columns, no history sheet, no index", async () => {
    const { wb, port, id } = await monthOne({ history: false, summary: false });
    wb.setCell("Customers", 4, 9, "typed note");
    const before = wb.sheetNames();
    const saved = (await port.listSaved())[0];
    const done = await refreshSaved(port, saved, "en", NOW, { asOf: MONTH_AS_OF[1] });
    expect(done.asOf).toBeNull();
    expect(wb.sheetNames()).toEqual(before);
    expect([wb.getCell("Customers", 0, 8), wb.getCell("Customers", 0, 9), wb.getCell("Customers", 4, 9)]).toEqual(["ABC class", null, "typed note"]);
    expect(wb.getSetting(HISTORY_INDEX_KEY)).toBeNull();
    await port.remove(id);
    expect(wb.getCell("Customers", 0, 8)).toBeNull();
    expect(wb.settingKeys()).toEqual([]);
  });

  test("cells typed where the movement columns go: the refresh asks (next empty columns or replace)", async () => {
    // Applied with history: the first refresh adds the two movement columns beside the class.
    const { wb, port } = await monthOne({ summary: false });
    wb.setCell("Customers", 4, 9, "typed note");
    const saved = (await port.listSaved())[0];
    await expect(refreshSaved(port, saved, "en", NOW, { asOf: MONTH_AS_OF[1] })).rejects.toBeInstanceOf(RefreshOccupiedError);
    expect(wb.getCell("Customers", 4, 9)).toBe("typed note");
    const moved = await refreshSaved(port, saved, "en", NOW, { asOf: MONTH_AS_OF[1], relocate: true });
    expect(moved.saved.classColumn).toBe(10);
    expect([wb.getCell("Customers", 4, 9), wb.getCell("Customers", 0, 10), wb.getCell("Customers", 0, 12)]).toEqual(["typed note", "ABC class", "Change"]);
    expect(wb.getCell("Customers", 1, 8)).toBeNull();
  });

  test("Remove keeps the history; only Delete history deletes it", async () => {
    const { wb, port, id } = await monthOne({ tags: true });
    const beforeSheets = wb.sheetNames();
    applyMonthExport(wb, months[0]);
    await refreshAll(port, "en", NOW, { asOf: months[0].asOf });
    expect(wb.sheetNames()).toEqual([...beforeSheets, "Transitions ABC"]);
    await port.remove(id);
    expect(wb.sheetNames()).toEqual(["Customers", "Orders", "Monthly", "Purchases", HISTORY]);
    const customers = wb.sheet("Customers");
    expect([customers.rules, customers.marks, customers.validations]).toEqual([[], [], []]);
    for (let r = 0; r < 260; r++) for (const c of [8, 9, 10, 11]) expect(wb.getCell("Customers", r, c)).toBeNull();
    expect(wb.getSetting(HISTORY_INDEX_KEY)).not.toBeNull();
    expect((await listSnapshots(port)).length).toBe(2);
    await deleteHistory(port);
    expect(wb.sheetNames()).toEqual(["Customers", "Orders", "Monthly", "Purchases"]);
    expect(wb.settingKeys()).toEqual([]);
  });
});

describe("a failed apply with history", () => {
  test("takes back the history sheet and rows it had written", async () => {
    const wb = memoryWorkbookFrom(sampleBook());
    const port = createGridAdapter(wb);
    const source = (await port.locateSource())!;
    const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 3 }, output: "values", tones: {}, summary: true, tags: false, language: "en", history: true, asOf: MONTH_AS_OF[0] };
    const prepared = await prepare(port, source.ref, choice);
    const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-fail", NOW);
    const before = structuredClone({ sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()] })), settings: [...wb.settings.entries()] });
    // The summary's chart comes after the history rows: make it fail.
    wb.addChart = () => {
      throw new Error("disk full");
    };
    await expect(port.apply(plan)).rejects.toThrow("disk full");
    expect(structuredClone({ sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()] })), settings: [...wb.settings.entries()] })).toEqual(before);
  });
});

describe("refresh follows the data", () => {
  function regionBook(rows: number): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheet("Data");
    ["ID", "Customer", "Revenue"].forEach((h, c) => wb.setCell("Data", 0, c, h));
    for (let i = 1; i <= rows; i++) {
      wb.setCell("Data", i, 0, `K${i}`);
      wb.setCell("Data", i, 1, `Customer ${i}`);
      wb.setCell("Data", i, 2, 1000 * (rows - i + 1) ** 2);
    }
    wb.select("Data", 1, 1);
    return wb;
  }

  async function applyHistory(wb: MemoryWorkbook, asOf: number): Promise<WorkbookPort> {
    const port = createGridAdapter(wb);
    const source = (await port.locateSource())!;
    const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 2 }, output: "values", tones: {}, summary: false, tags: false, language: "en", history: true, asOf };
    const prepared = await prepare(port, source.ref, choice);
    await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-region", NOW));
    return port;
  }

  test("a region that shrank: the rows below are no longer customers (GONE on the transitions sheet)", async () => {
    const wb = regionBook(30);
    const port = await applyHistory(wb, 45000);
    // The new export is three customers shorter: the user cleared the last rows.
    for (let r = 28; r <= 30; r++) for (let c = 0; c < 3; c++) wb.setCell("Data", r, c, null);
    const [result] = await refreshAll(port, "en", NOW, { asOf: 45031 });
    expect(result.source.range).toEqual({ row: 0, col: 0, rows: 28, cols: 3 });
    // The add-in's cells of the removed rows are gone too; the class column ends with the data.
    for (let r = 28; r <= 30; r++) expect([wb.getCell("Data", r, 3), wb.getCell("Data", r, 5)]).toEqual([null, null]);
    const gone = result.movement!.transitions.customers;
    const k = result.movement!.transitions.order.length;
    let goneCount = 0;
    for (let p = 0; p <= k; p++) goneCount += gone[p * (k + 1) + k];
    expect(goneCount).toBe(3);
  });

  test("a region that grew: new rows are classified and NEW", async () => {
    const wb = regionBook(20);
    const port = await applyHistory(wb, 45000);
    // Rows typed under the data and beside it (where the class columns are) all join the region.
    for (let i = 21; i <= 23; i++) {
      wb.setCell("Data", i, 0, `K${i}`);
      wb.setCell("Data", i, 2, 5);
    }
    const [result] = await refreshAll(port, "en", NOW, { asOf: 45031 });
    expect(result.source.range.rows).toBe(24);
    expect([wb.getCell("Data", 23, 3), wb.getCell("Data", 23, 5)]).toEqual(["C", "NEW"]);
  });

  test("a Table that shrank is followed by its current range", async () => {
    const { wb, port } = await monthOne({ summary: false });
    const table = wb.findTable("CustomerTable")!.table;
    wb.resizeTable(table.name, { ...table.range, rows: table.range.rows - 10 });
    for (let r = table.range.rows - 10; r < table.range.rows; r++) for (let c = 0; c < 8; c++) wb.setCell("Customers", r, c, null);
    const [result] = await refreshAll(port, "en", NOW, { asOf: MONTH_AS_OF[1] });
    expect(result.source.range.rows).toBe(table.range.rows - 10);
    expect(wb.getCell("Customers", table.range.rows - 5, 8)).toBeNull();
  });

  test("a history sheet sorted by the user is re-read from its rows", async () => {
    const { wb, port } = await monthOne();
    // Sort the history by class (Z→A): the snapshot's rows are no longer where the index says.
    const rows = grid(wb, HISTORY, 240, 6).slice(1).sort((a, b) => String(b[4]).localeCompare(String(a[4])) || String(a[1]).localeCompare(String(b[1])));
    rows.forEach((row, r) => row.forEach((v, c) => wb.setCell(HISTORY, r + 1, c, v as string | number | null)));
    applyMonthExport(wb, sampleMonths(sampleBook())[0]);
    const [result] = await refreshAll(port, "en", NOW, { asOf: MONTH_AS_OF[1] });
    expect(result.previousAsOf).toBe(MONTH_AS_OF[0]);
    expect(result.movement!.movers.length).toBeGreaterThan(0);
    expect((await listSnapshots(port)).map((s) => s.asOf)).toEqual([MONTH_AS_OF[0], MONTH_AS_OF[1]]);
  });

  test("a repeated customer ID refuses history (it could not be told apart next month)", async () => {
    const wb = regionBook(10);
    wb.setCell("Data", 5, 0, "K2");
    // Refused before the history is even read: the pane offers to add the rows up per customer (dataChecks.ts).
    await expect(applyHistory(wb, 45000)).rejects.toBeInstanceOf(RepeatedIdsError);
  });

  test("methods that use dates take the latest date in the data as their as-of date", () => {
    const dated = { ...ABC_METHOD, asOfRoles: ["lastDate"] as const };
    expect(asOfFromData(dated, { rowCount: 3, columns: { lastDate: [45000.5, null, new Date(Date.UTC(2025, 0, 31))] } })).toBe(45688);
    expect(asOfFromData(ABC_METHOD, { rowCount: 1, columns: { lastDate: [45000] } })).toBeNull();
    // Without asOfRoles, a method's own date roles count; days-since-last-order numbers are not dates.
    const recency = { ...ABC_METHOD, roles: ["lastDate", "value"] as const };
    expect(asOfFromData(recency, { rowCount: 2, columns: { lastDate: [45600, 45657] } })).toBe(45657);
    expect(asOfFromData(recency, { rowCount: 2, columns: { lastDate: [12, 400] } })).toBeNull();
  });
});

describe("Remove of a segmentation whose last step never finished (its setting still names a snapshot)", () => {
  test("takes only rows carrying its id and that date; a history sheet with other rows stays", async () => {
    const { wb, port, id } = await monthOne();
    const used = wb.usedRange(HISTORY)!;
    const rowsBefore = grid(wb, HISTORY, used.rows + 10, 6);
    const snapshotRows = rowsBefore.filter((r, i) => i > 0 && r[3] === id).length;
    expect(snapshotRows).toBe(used.rows - 1);
    expect(snapshotRows).toBeGreaterThan(10);
    // As a step cut off for good would have left it: the setting names a snapshot of another date
    // over the rows of the finished one, and claims to have started the history sheet.
    const saved = (await port.listSaved())[0];
    const pending = { asOf: MONTH_AS_OF[1], rows: { sheet: HISTORY, range: { row: 1, col: 0, rows: snapshotRows + 5, cols: 6 } }, createdSheets: [HISTORY] };
    wb.setSetting(`segment.${id}`, JSON.stringify({ ...saved, pendingHistory: pending }));
    await port.remove(id);
    expect(grid(wb, HISTORY, used.rows + 10, 6)).toEqual(rowsBefore);
    expect(wb.getSetting(HISTORY_INDEX_KEY)).not.toBeNull();

    // The same with the date of the rows that are there: those rows go, and with nothing but the
    // header left, the sheet the step started goes too, and the index with it.
    const again = await monthOne();
    const savedAgain = (await again.port.listSaved())[0];
    again.wb.setSetting(`segment.${again.id}`, JSON.stringify({ ...savedAgain, pendingHistory: { ...pending, asOf: MONTH_AS_OF[0] } }));
    await again.port.remove(again.id);
    expect(again.wb.hasSheet(HISTORY)).toBe(false);
    expect(again.wb.getSetting(HISTORY_INDEX_KEY)).toBeNull();
  });
});
