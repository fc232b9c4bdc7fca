/**
 * The whole workflow on the in-memory workbook (the preview's model, through the same grid
 * adapter as ExcelJS): source detection, the plan's shape, apply, overwrite consent, rollback,
 * Remove and Refresh.
 */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { BLANK_ROW, CUSTOMER_COUNT, sampleBook } from "../../src/preview/sampleData";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { OccupiedError, WorkbookPort } from "../../src/workbook/port";
import { guessRoles } from "../../src/workbook/roles";
import { refreshSaved } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare, uniqueSheetName } from "../../src/workbook/segmentation";

/** A deep copy: the workbook mutates its arrays in place. */
function snapshot(wb: MemoryWorkbook): unknown {
  return structuredClone({
    sheets: wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(), styles: [...s.styles.entries()], rules: s.rules, validations: s.validations, tables: s.tables, charts: s.charts })),
    settings: [...wb.settings.entries()],
  });
}

async function setup(over: Partial<Choice> = {}): Promise<{ wb: MemoryWorkbook; port: WorkbookPort; choice: Choice }> {
  const wb = memoryWorkbookFrom(sampleBook());
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const choice: Choice = { methodId: "ABC", params: {}, roles: guessRoles(source.columnNames, source.sample).single, output: "values", tones: {}, summary: true, tags: false, language: "en", ...over };
  return { wb, port, choice };
}

async function plan(port: WorkbookPort, choice: Choice, id = "t-1") {
  const source = (await port.locateSource())!;
  const prepared = await prepare(port, source.ref, choice);
  return { source, prepared, plan: await buildPlan(port, source.ref, source.columnNames, choice, prepared, id, new Date(Date.UTC(2024, 11, 31))) };
}

describe("locating the data", () => {
  test("the Table under the cursor, with its header", async () => {
    const { port, wb } = await setup();
    const source = (await port.locateSource())!;
    expect(source.found).toBe("table");
    expect(source.ref).toEqual({ sheet: "Customers", sheetId: wb.sheetId("Customers"), range: { row: 0, col: 0, rows: CUSTOMER_COUNT + 2, cols: 8 }, hasHeader: true, table: "CustomerTable" });
  });

  test("outside a Table: the current region, or the selection when it is more than one cell", async () => {
    const { wb, port } = await setup();
    wb.select("Orders", 5, 1);
    const region = (await port.locateSource())!;
    expect([region.found, region.ref.range.cols, region.ref.hasHeader, region.columnNames]).toEqual(["region", 3, true, ["客户编号", "订单日期", "销售金额"]]);
    wb.select("Monthly", 1, 2, { row: 1, col: 2, rows: 10, cols: 12 });
    const selection = (await port.locateSource())!;
    expect([selection.found, selection.ref.hasHeader, selection.columnNames[0]]).toEqual(["selection", false, "Column C"]);
    wb.select("Orders", 5000, 40);
    expect(await port.locateSource()).toBeNull();
  });
});

describe("the plan", () => {
  test("class column beside the data, one rule per class on whole rows, settings with a footprint", async () => {
    const { port, choice } = await setup({ tags: true });
    const { plan: p, prepared } = await plan(port, choice);
    expect(p.writes.map((w) => [w.sheet, w.range])).toEqual([
      ["Customers", { row: 0, col: 8, rows: CUSTOMER_COUNT + 2, cols: 1 }],
      ["Customers", { row: 0, col: 9, rows: 1, cols: 1 }],
    ]);
    expect(p.writes[0].cells[0]).toEqual(["ABC class"]);
    // The blank row gets no class: its cell stays empty.
    expect(p.writes[0].cells[1 + BLANK_ROW]).toEqual([null]);
    expect(p.rules).toHaveLength(1);
    expect(p.rules[0].range).toEqual({ row: 1, col: 0, rows: CUSTOMER_COUNT + 1, cols: 10 });
    expect(p.rules[0].rules.map((r) => r.formula)).toEqual(['=$I2="A"', '=$I2="B"', '=$I2="C"']);
    expect(p.validations[0].items).toHaveLength(11);
    expect(p.sheets.map((s) => s.name)).toEqual(["Segments ABC"]);
    expect(p.sheets[0].charts).toHaveLength(1);
    expect(p.saved.footprint).toMatchObject({ sheets: ["Segments ABC"], restore: [] });
    expect(p.saved.footprint.cells).toHaveLength(2);
    expect(prepared.run.explanation.total.customers).toBe(CUSTOMER_COUNT - 1); // one revenue is text
  });

  test("live formulas: one per-row SEGMENT formula per data row, our class as its cached value", async () => {
    const { port, choice } = await setup({ output: "formulas", summary: false });
    const { plan: p, prepared } = await plan(port, choice);
    expect(p.writes[0].cells[1][0]).toEqual({ formula: '=SEGMENT.ABCOF(D2,$D$2:$D$242,"80/95","reach","value")', value: prepared.run.codes[prepared.run.classIndex[0]] });
    expect(p.saved.output).toBe("formulas");
    const pareto = await plan(port, { ...choice, methodId: "PARETO", params: { cut: "0.7" } }, "t-2");
    expect(pareto.plan.writes[0].cells[5][0]).toMatchObject({ formula: "=SEGMENT.PARETOOF(D6,$D$2:$D$242,0.7)" });
  });

  test("quadrants write live per-row SEGMENT.QUADRANTOF formulas, our class as the cached value", async () => {
    const { port, choice } = await setup({ methodId: "QUADRANT", output: "formulas", roles: { value: 3, second: 4, name: 1 } });
    const { plan: p, prepared } = await plan(port, choice);
    expect(p.saved.output).toBe("formulas");
    expect(p.writes[0].cells[0]).toEqual(["Quadrant"]);
    expect(p.writes[0].cells[1][0]).toEqual({
      formula: '=SEGMENT.QUADRANTOF(D2,E2,$D$2:$D$242,$E$2:$E$242,"median","median","existing")',
      value: prepared.run.codes[prepared.run.classIndex[0]],
    });
    expect(p.rules[0].rules.map((r) => r.code)).toEqual(["EI", "EII", "EIII", "EIV"]);
    // The summary has the 2×2 grids of counts and values, the axes named by the columns' headers.
    const cells = p.sheets[0].blocks.flatMap((b) => b.cells.map((row) => row[0]));
    expect(cells).toEqual(expect.arrayContaining(["Customers", "Value", "Revenue high", "Revenue low"]));
    expect(cells).not.toContain("x high");
  });

  test("contribution × stability from the twelve Korean month columns", async () => {
    const { wb, port } = await setup();
    wb.select("Monthly", 3, 3);
    const source = (await port.locateSource())!;
    const guess = guessRoles(source.columnNames, source.sample);
    const prepared = await prepare(port, source.ref, { methodId: "CONTRIBUTION_STABILITY", params: {}, roles: { ...guess.single, periods: guess.periods } });
    expect(prepared.run.codes).toEqual(["EI", "EII", "EIII", "EIV"]);
    expect(prepared.run.explanation.total.customers).toBe(CUSTOMER_COUNT);
  });

  test("summary sheet names never collide", () => {
    expect(uniqueSheetName("Segments ABC", ["Customers"])).toBe("Segments ABC");
    expect(uniqueSheetName("Segments ABC", ["segments abc", "Segments ABC (2)"])).toBe("Segments ABC (3)");
    expect(uniqueSheetName("A/B:C", [])).toBe("A B C");
  });
});

describe("apply and remove", () => {
  test("apply colours rows by class; Remove restores the workbook exactly", async () => {
    const { wb, port, choice } = await setup({ tags: true });
    const before = snapshot(wb);
    const { plan: p, prepared } = await plan(port, choice);
    await port.apply(p);
    const first = prepared.run.codes[prepared.run.classIndex[0]];
    expect(wb.getCell("Customers", 1, 8)).toBe(first);
    expect(wb.ruleToneAt("Customers", 1, 0)).toEqual(p.rules[0].rules.find((r) => r.code === first)?.tone);
    expect(wb.ruleToneAt("Customers", 1 + BLANK_ROW, 0)).toBeNull();
    expect(await port.listSaved()).toHaveLength(1);
    await port.remove(p.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("never writes over a non-empty cell without consent; with consent, Remove puts it back", async () => {
    const { wb, port, choice } = await setup();
    const { plan: p } = await plan(port, choice);
    wb.setCell("Customers", 7, 8, "note");
    const before = snapshot(wb);
    await expect(port.apply(p)).rejects.toBeInstanceOf(OccupiedError);
    expect(snapshot(wb)).toEqual(before);
    const report = await port.findOccupied(p, 10);
    expect(report.cells).toEqual([{ sheet: "Customers", row: 7, col: 8, content: "note" }]);
    await port.apply(p, { overwrite: report.cells });
    expect(wb.getCell("Customers", 7, 8)).not.toBe("note");
    await port.remove(p.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("a new plan picks the next empty column, so nothing needs overwriting", async () => {
    const { wb, port, choice } = await setup();
    wb.setCell("Customers", 100, 8, "someone's note");
    const { plan: p } = await plan(port, choice);
    expect(p.writes[0].range.col).toBe(9);
  });

  test("a failure half-way takes back what was done", async () => {
    const { wb, port, choice } = await setup();
    const { plan: p } = await plan(port, choice);
    const before = snapshot(wb);
    const original = wb.addChart.bind(wb);
    wb.addChart = () => {
      throw new Error("disk full");
    };
    await expect(port.apply(p)).rejects.toThrow("disk full");
    wb.addChart = original;
    expect(snapshot(wb)).toEqual(before);
  });

  test("Refresh re-runs the saved settings on the current data", async () => {
    const { wb, port, choice } = await setup();
    const { plan: p } = await plan(port, choice);
    const saved = await port.apply(p);
    // The smallest customer becomes the biggest.
    wb.setCell("Customers", 3, 3, 5_000_000, "#,##0");
    await refreshSaved(port, saved, "en", new Date(Date.UTC(2025, 0, 31)));
    expect(wb.getCell("Customers", 3, 8)).toBe("A");
    const list = await port.listSaved();
    expect(list.map((s) => [s.id, s.appliedAt])).toEqual([[saved.id, "2025-01-31T00:00:00.000Z"]]);
    // Applied without a monthly history: the refresh starts none (no history sheet, no movement columns).
    expect(wb.sheetNames()).toEqual(["Customers", "Orders", "Monthly", "Purchases", "Segments ABC"]);
    expect([wb.getCell("Customers", 0, 9), wb.getCell("Customers", 0, 10)]).toEqual([null, null]);
  });
});
