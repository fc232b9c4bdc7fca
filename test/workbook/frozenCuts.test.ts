/**
 * Frozen thresholds (methods.md §14) through the whole monthly workflow on the in-memory
 * workbook: apply in month 1, refresh in months 2 and 3. One customer (C07) buys exactly the
 * same every month while the others grow. Re-fitted, its class falls and the transitions sheet
 * says "cut moved"; with the cuts kept from month 1, its class never changes and the sheet shows
 * the kept value beside what this month's data alone would give. Hand-worked numbers throughout.
 */
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { WorkbookPort } from "../../src/workbook/port";
import { refreshSaved } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { dateToSerial } from "../../src/segment/dates";

const NOW = new Date(Date.UTC(2025, 0, 5));
const MONTHS = [dateToSerial(new Date(Date.UTC(2024, 9, 31))), dateToSerial(new Date(Date.UTC(2024, 10, 30))), dateToSerial(new Date(Date.UTC(2024, 11, 31)))];

/**
 * Ten customers. Month 1 (total 1,000): C01 400, C02 200, C03 150, C04 80, C05 50, C06 40,
 * C07 30, C08 20, C09 20, C10 10. ABC 80/95 "reach": shares strictly above C04 are 75 % → C04 is
 * A (75 % < 80 %); above C05: 83 % → B; above C06: 88 %, C07: 92 % → B; above C08: 95 % → C.
 * So A = C01–C04 (cut 80), B = C05–C07 (cut 30), C = C08–C10.
 * Months 2 and 3: everyone but C07 doubles, then triples (C07 stays at 30). Re-fitted in month 2
 * (total 1,970): above C04 (160) 76 % → A; above C08/C09 (40) 93 % → B; above C07 (30) 97.5 % → C.
 * The cuts become A 160, B 40 (month 3: A 240, B 60): C07 falls to C — it bought as before, the
 * cut moved. Kept at month 1's values (A 80, B 30), C07 stays B.
 */
const BASE: [string, number][] = [
  ["C01", 400],
  ["C02", 200],
  ["C03", 150],
  ["C04", 80],
  ["C05", 50],
  ["C06", 40],
  ["C07", 30],
  ["C08", 20],
  ["C09", 20],
  ["C10", 10],
];
const factor = [1, 2, 3];

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Customers");
  wb.setCell("Customers", 0, 0, "Customer ID");
  wb.setCell("Customers", 0, 1, "Revenue");
  BASE.forEach(([id, v], i) => {
    wb.setCell("Customers", i + 1, 0, id);
    wb.setCell("Customers", i + 1, 1, v);
  });
  wb.select("Customers", 1, 0);
  return wb;
}

function setMonth(wb: MemoryWorkbook, month: number): void {
  BASE.forEach(([id, v], i) => wb.setCell("Customers", i + 1, 1, id === "C07" ? v : v * factor[month]));
}

const classOf = (wb: MemoryWorkbook, id: string): unknown => {
  const row = BASE.findIndex(([x]) => x === id) + 1;
  return wb.getCell("Customers", row, 2);
};

async function apply(wb: MemoryWorkbook, port: WorkbookPort): Promise<void> {
  const source = (await port.locateSource())!;
  const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, value: 1 }, output: "values", tones: {}, summary: false, tags: false, language: "en", history: true, asOf: MONTHS[0] };
  const prepared = await prepare(port, source.ref, choice);
  await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-frozen", NOW));
}

/** The rows of the transitions sheet under a title in column A, as far as the first empty row. */
function blockUnder(wb: MemoryWorkbook, sheet: string, title: string, cols: number): unknown[][] {
  let r = 0;
  while (r < 500 && wb.getCell(sheet, r, 0) !== title) r++;
  if (r === 500) throw new Error(`no "${title}" on ${sheet}`);
  const out: unknown[][] = [];
  for (r++; wb.getCell(sheet, r, 0) !== null; r++) out.push(Array.from({ length: cols }, (_, c) => wb.getCell(sheet, r, c)));
  return out;
}

describe("frozen thresholds over three months", () => {
  test("month 1 gives the hand-worked classes and saves the cut values A 80, B 30", async () => {
    const wb = workbook();
    const port = createGridAdapter(wb);
    await apply(wb, port);
    expect(BASE.map(([id]) => classOf(wb, id))).toEqual(["A", "A", "A", "A", "B", "B", "B", "C", "C", "C"]);
    const [saved] = await port.listSaved();
    expect(saved.cuts).toEqual([{ asOf: MONTHS[0], values: [80, 30] }]);
    expect(saved.frozen).toBeUndefined();
  });

  test("re-fitted: C07 buys the same and falls from B to C; the sheet says the cut moved", async () => {
    const wb = workbook();
    const port = createGridAdapter(wb);
    await apply(wb, port);
    const seen: unknown[] = [classOf(wb, "C07")];
    for (const month of [1, 2]) {
      setMonth(wb, month);
      const [saved] = await port.listSaved();
      const result = await refreshSaved(port, saved, "en", NOW, { asOf: MONTHS[month] });
      seen.push(classOf(wb, "C07"));
      if (month === 1) {
        // The B cut moved from 30 to C08's 40 (doubled 20); A's from 80 to C04's 160.
        expect(result.cuts).toMatchObject({ kept: false, since: MONTHS[0], changes: [{ before: 80, now: 160 }, { before: 30, now: 40 }] });
        const movers = result.movement!.movers;
        // C08 and C09 doubled (20 → 40) past C07: they rose by their own value, C07 fell by the cut's.
        expect(movers.map((m, i) => [m.id, m.previousClass, m.currentClass, result.reasons[i]])).toEqual([
          ["C07", "B", "C", "cutMoved"],
          ["C08", "C", "B", "valueRose"],
          ["C09", "C", "B", "valueRose"],
        ]);
        const sheet = result.saved.transitionsSheet!;
        const moverRows = blockUnder(wb, sheet, "Movers, most value at stake first (downgrades, then upgrades)", 9);
        expect(moverRows).toEqual([
          ["Customer ID", "Customer", "Class then", "Class now", "Direction", "Classes moved", "Value then", "Value now", "Why"],
          ["C07", null, "B", "C", "DOWN", 1, 30, 30, "cut moved"],
          ["C08", null, "C", "B", "UP", 1, 20, 40, "value rose"],
          ["C09", null, "C", "B", "UP", 1, 20, 40, "value rose"],
        ]);
        expect(blockUnder(wb, sheet, "Cut values", 3).slice(1)).toEqual([
          ["Cut", "Then", "Today"],
          ["A cut", 80, 160],
          ["B cut", 30, 40],
        ]);
      }
    }
    expect(seen).toEqual(["B", "C", "C"]);
  });

  test("kept from month 1: C07 stays B in months 2 and 3, and the sheet shows kept vs today", async () => {
    const wb = workbook();
    const port = createGridAdapter(wb);
    await apply(wb, port);
    const seen: unknown[] = [classOf(wb, "C07")];
    for (const month of [1, 2]) {
      setMonth(wb, month);
      const [saved] = await port.listSaved();
      // Month 2: the user ticks "keep the cuts"; month 3 keeps them because they are saved.
      const result = await refreshSaved(port, saved, "en", NOW, { asOf: MONTHS[month], ...(month === 1 ? { keepCuts: true } : {}) });
      seen.push(classOf(wb, "C07"));
      expect(result.saved.frozen).toEqual({ asOf: MONTHS[0], values: [80, 30] });
      // Today's fit (see above): A cut 160 / 240, B cut 40 / 60.
      expect(result.cuts).toMatchObject({ kept: true, since: MONTHS[0], changes: [{ before: 80, now: 80 * factor[month] }, { before: 30, now: 20 * factor[month] }] });
      // Under the kept cuts everyone else stays or rises: values ≥ 80 are A, so C05 (100) and C06 (80) go up in month 2.
      const sheet = result.saved.transitionsSheet!;
      expect(blockUnder(wb, sheet, "Cut values", 3).slice(1)).toEqual([
        ["Cut", "Kept", "Today"],
        ["A cut", 80, 80 * factor[month]],
        ["B cut", 30, 20 * factor[month]],
      ]);
    }
    expect(seen).toEqual(["B", "B", "B"]);
    // Month 3 under A ≥ 80, B ≥ 30: 1,200 … 120 are A; C07 30, C08 60, C09 60, C10 30 are B.
    expect(BASE.map(([id]) => classOf(wb, id))).toEqual(["A", "A", "A", "A", "A", "A", "B", "B", "B", "B"]);
  });

  test("a movers' reason is the value when the cuts are kept; keepCuts false re-fits and forgets them", async () => {
    const wb = workbook();
    const port = createGridAdapter(wb);
    await apply(wb, port);
    setMonth(wb, 1);
    let [saved] = await port.listSaved();
    const kept = await refreshSaved(port, saved, "en", NOW, { asOf: MONTHS[1], keepCuts: true });
    // Kept cuts: C05 50 → 100 and C06 40 → 80 reach the A cut 80; C08, C09 (20 → 40) reach B's 30.
    expect(kept.movement!.movers.map((m, i) => [m.id, m.previousClass, m.currentClass, kept.reasons[i]])).toEqual([
      ["C05", "B", "A", "valueRose"],
      ["C06", "B", "A", "valueRose"],
      ["C08", "C", "B", "valueRose"],
      ["C09", "C", "B", "valueRose"],
    ]);
    setMonth(wb, 2);
    [saved] = await port.listSaved();
    const refit = await refreshSaved(port, saved, "en", NOW, { asOf: MONTHS[2], keepCuts: false });
    expect(refit.saved.frozen).toBeUndefined();
    // Month 3 re-fitted: A cut 240 (C04), B cut 60 (C08, C09): C07 (30) is C again.
    // Every run's cut values are kept, one per date (the comparison of a later refresh reads them).
    expect(refit.saved.cuts).toEqual([
      { asOf: MONTHS[0], values: [80, 30] },
      { asOf: MONTHS[1], values: [80, 30] },
      { asOf: MONTHS[2], values: [240, 60] },
    ]);
    expect(classOf(wb, "C07")).toBe("C");
  });

  test("the transitions sheet leads with the money that moved, weighs the moves and charts the class sizes per snapshot", async () => {
    const wb = workbook();
    const port = createGridAdapter(wb);
    await apply(wb, port);
    setMonth(wb, 1);
    const [saved] = await port.listSaved();
    const result = await refreshSaved(port, saved, "en", NOW, { asOf: MONTHS[1] });
    const sheet = result.saved.transitionsSheet!;
    // Right under the dates: C07 down (30 then, 30 now); C08 and C09 up, 40 each now.
    expect(wb.getCell(sheet, 3, 0)).toBe("Moved down: 1, worth 30 then (30 now) · moved up: 2, worth 80 now.");
    expect(blockUnder(wb, sheet, "Money at stake: moves by class, largest first", 7)).toEqual([
      ["From", "To", "Direction", "Customers", "Value then", "Value now", "Change"],
      ["B", "C", "DOWN", 1, 30, 30, 0],
      ["C", "B", "UP", 2, 40, 80, 40],
    ]);
    // Month 1: A C01–C04 (830), B C05–C07 (120), C C08–C10 (50); month 2: A 4 (1,660), B 4 (100 + 80 + 40 + 40), C 2 (30 + 20).
    expect(blockUnder(wb, sheet, "Class sizes by snapshot", 4)).toEqual([
      ["As of", "A", "B", "C"],
      ["10/31/2024", 4, 3, 3],
      ["11/30/2024", 4, 4, 2],
    ]);
    expect(blockUnder(wb, sheet, "Value by class and snapshot", 4)).toEqual([
      ["As of", "A", "B", "C"],
      ["10/31/2024", 830, 120, 50],
      ["11/30/2024", 1660, 260, 50],
    ]);
    const charts = wb.sheet(sheet).charts;
    expect(charts.map((c) => [c.kind, c.title, c.data.rows, c.data.cols])).toEqual([
      ["sizes", "Class sizes by snapshot", 3, 4],
      ["sizes", "Value by class and snapshot", 3, 4],
    ]);
    // Each chart covers its table, header row and date column included (series names, categories).
    for (const c of charts) expect(wb.getCell(sheet, c.data.row, c.data.col)).toBe("As of");
    expect(result.sizes?.snapshots.map((s) => s.customers)).toEqual([
      [4, 3, 3],
      [4, 4, 2],
    ]);
  });
});
