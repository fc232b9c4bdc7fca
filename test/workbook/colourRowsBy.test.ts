/**
 * Two segmentations on the same rows: the one applied last colours them, the pane says which,
 * and "Colour the rows by this one" puts the other's rules on top (memory model, through the grid
 * adapter ExcelJS uses too) — nothing else changes, and Remove still takes everything away.
 */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { colouringIds } from "../../src/workbook/colouring";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { resolveTones } from "../../src/workbook/palette";
import { WorkbookPort } from "../../src/workbook/port";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";

function snapshot(wb: MemoryWorkbook): unknown {
  return structuredClone(wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(), styles: [...s.styles.entries()], rules: s.rules, validations: s.validations })));
}

async function apply(port: WorkbookPort, methodId: string, id: string, day: number): Promise<string[]> {
  const source = (await port.locateSource())!;
  const choice: Choice = { methodId, params: {}, roles: guessRoles(source.columnNames, source.sample).single, output: "values", tones: {}, summary: false, tags: false, language: "en" };
  const prepared = await prepare(port, source.ref, choice);
  await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, id, new Date(Date.UTC(2024, 11, day))));
  return [...prepared.run.codes];
}

describe("which segmentation colours the rows", () => {
  test("the last applied colours them; choosing the other puts its colours on top, and says so", async () => {
    const wb = memoryWorkbookFrom(sampleBook());
    const before = snapshot(wb);
    const port = createGridAdapter(wb);
    const abcCodes = await apply(port, "ABC", "abc-1", 1);
    const rfmCodes = await apply(port, "RFM_SEGMENTS", "rfm-1", 2);
    const abcTone = (row: number) => resolveTones(abcCodes)[String(wb.getCell("Customers", row, 8))];
    const rfmTone = (row: number) => resolveTones(rfmCodes)[String(wb.getCell("Customers", row, 9))];
    // Rows whose two classes have different colours tell which rules are on top.
    const rows = Array.from({ length: 40 }, (_, i) => i + 1).filter((r) => abcTone(r) && rfmTone(r) && abcTone(r).fill !== rfmTone(r).fill);
    expect(rows.length).toBeGreaterThan(5);

    expect([...colouringIds(await port.listSaved())]).toEqual(["rfm-1"]);
    for (const r of rows) expect(wb.ruleToneAt("Customers", r, 0)).toEqual(rfmTone(r));

    const cells = structuredClone([...wb.sheet("Customers").cells.entries()]);
    await port.colourRowsBy("abc-1", new Date(Date.UTC(2024, 11, 3)).toISOString());
    for (const r of rows) expect(wb.ruleToneAt("Customers", r, 0)).toEqual(abcTone(r));
    expect([...colouringIds(await port.listSaved())]).toEqual(["abc-1"]);
    expect([...wb.sheet("Customers").cells.entries()]).toEqual(cells); // only the order of the rules changed
    expect(wb.sheet("Customers").rules).toHaveLength(2);

    await port.remove("abc-1");
    for (const r of rows) expect(wb.ruleToneAt("Customers", r, 0)).toEqual(rfmTone(r));
    await port.remove("rfm-1");
    expect(snapshot(wb)).toEqual(before);
  });
});
