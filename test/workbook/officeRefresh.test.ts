/**
 * The monthly refresh through the Office.js adapter (the hand-written fake of Excel's object
 * tree, helpers/fakeExcel.ts) on 100,000 customers: the history rows go in blocks of at most
 * 20,000 rows, one request each and each under 5 MB; a refresh appends below the previous
 * snapshot and never writes, clears or moves a row of it; the downgrade flag is a custom
 * conditional format with bold text and lines, without fill or font colour.
 */
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { listSnapshots, refreshSaved } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { bigWorkbook } from "./helpers/bigWorkbook";

const FIVE_MB = 5 * 1024 * 1024;
const N = 100_000;
const HISTORY = "Segment history";


describe("Office.js adapter: monthly refresh of 100,000 customers", () => {
  const excel = bigWorkbook(N);
  const port = createOfficeAdapter({ run: excel.run });
  const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 2 }, output: "values", tones: {}, summary: false, tags: false, language: "en", history: true, asOf: 45657 };

  test("apply with history: 100,000 history rows in 5 requests of 20,000 rows, each under 5 MB", async () => {
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-big", new Date(Date.UTC(2025, 0, 1)));
    expect(plan.history?.append?.range).toEqual({ row: 1, col: 0, rows: N, cols: 6 });
    excel.syncs.length = 0;
    await port.apply(plan);
    // check, class column (6 blocks), movement columns (6 blocks), formatting + new history sheet,
    // history rows (5 blocks), settings.
    expect(excel.syncs.length).toBe(1 + 6 + 6 + 1 + 5 + 1);
    const historyBlocks = excel.syncs.flatMap((s) => s.writes.filter((w) => w.sheet === HISTORY && w.range.row > 0));
    expect(historyBlocks.map((w) => [w.range.row, w.range.rows])).toEqual([0, 1, 2, 3, 4].map((k) => [1 + 20_000 * k, 20_000]));
    for (const s of excel.syncs) expect(s.sentBytes).toBeLessThan(FIVE_MB);
    const history = excel.sheet(HISTORY);
    expect(history.cells.get("0,0")?.value).toBe("As of");
    expect(history.cells.get("1,1")?.value).toBe("C000001");
    expect(history.cells.get(`${N},3`)?.value).toBe("abc-big");
    // What Remove needs to recognise its 300,000 cells stays small (a large block keeps the set of contents, not a record per cell).
    expect(String(excel.settings.get("segment.abc-big")).length).toBeLessThan(12_000);
    // The downgrade flag: bold and lines above and below, no fill and no font colour.
    const flag = excel.sheet("Customers").cfs.find((c) => c.formula === '=$F2="DOWN"')!;
    expect(flag).toMatchObject({ bold: true, fill: "", font: "", borders: { EdgeTop: { style: "Continuous", color: "#C00000" }, EdgeBottom: { style: "Continuous", color: "#C00000" } } });
    expect(flag.range).toEqual({ row: 1, col: 0, rows: N, cols: 6 });
  });

  test("refresh appends below in blocks and never touches the previous snapshot's rows", async () => {
    const first = new Map([...excel.sheet(HISTORY).cells.entries()].map(([k, v]) => [k, { ...v }]));
    // Next month: the biggest customers fall, a small one grows.
    for (let i = 1; i <= 2_000; i++) excel.setValue("Customers", i, 2, i % 2 ? 1 : 5_000_000);
    const saved = (await port.listSaved())[0];
    excel.syncs.length = 0;
    const result = await refreshSaved(port, saved, "en", new Date(Date.UTC(2025, 1, 1)), { asOf: 45688 });
    expect(result.previousAsOf).toBe(45657);
    for (const s of excel.syncs) {
      expect(s.sentBytes).toBeLessThan(FIVE_MB);
      expect(s.receivedBytes).toBeLessThan(FIVE_MB);
    }
    const historyWrites = excel.syncs.flatMap((s) => s.writes.filter((w) => w.sheet === HISTORY));
    // Only the new snapshot's rows, 100,001 … 200,000, in five blocks; nothing cleared, nothing above.
    expect(historyWrites.map((w) => [w.kind, w.range.row, w.range.rows])).toEqual([0, 1, 2, 3, 4].map((k) => ["formulas", N + 1 + 20_000 * k, 20_000]));
    const now = excel.sheet(HISTORY).cells;
    const changed = [...first].filter(([k, v]) => JSON.stringify(now.get(k)) !== JSON.stringify(v)).map(([k]) => k);
    expect(changed).toEqual([]);
    // The apply part of the refresh: check, class column 6, movement 6, formatting, history 5, transitions sheet + settings.
    const applyStart = excel.syncs.findIndex((s) => s.writes.some((w) => w.sheet === "Customers" && w.kind === "formulas"));
    expect(excel.syncs.length - applyStart).toBe(6 + 6 + 1 + 5 + 1);
    // Before the apply: listing (2 requests to find the output by its names), the run's reads, the history
    // reads, and the ownership check of the earlier output (2 + its 100,000 cells read back in blocks).
    expect(excel.syncs.length).toBeLessThan(70);
    const snapshots = await listSnapshots(port);
    expect(snapshots.map((s) => [s.asOf, s.blocks])).toEqual([
      [45657, [{ sheet: HISTORY, row: 1, rows: N }]],
      [45688, [{ sheet: HISTORY, row: N + 1, rows: N }]],
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Customers", HISTORY, "Transitions ABC"]);
    const downs = [...excel.sheet("Customers").cells.entries()].filter(([k, c]) => k.endsWith(",5") && c.value === "DOWN");
    expect(downs.length).toBe(result.movement!.movers.filter((m) => m.direction === "DOWN").length);
  });
});

describe("Office.js adapter: a failed apply with history takes its history back too", () => {
  test("the last request fails: no history sheet, no rows, no settings are left", async () => {
    const excel = bigWorkbook(50);
    const port = createOfficeAdapter({ run: excel.run });
    const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 2 }, output: "values", tones: {}, summary: false, tags: false, language: "en", history: true, asOf: 45657 };
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-fail", new Date(Date.UTC(2025, 0, 1)));
    const before = excel.snapshot();
    excel.syncs.length = 0;
    // check, class column, movement columns, formatting + history sheet, history rows: the sixth (settings) fails.
    excel.failAfterSyncs = 5;
    await expect(port.apply(plan)).rejects.toThrow("injected");
    excel.failAfterSyncs = null;
    expect(excel.snapshot()).toEqual(before);
  });
});
