/**
 * Nothing of the user's is lost, whatever they do to the sheet between Apply and Remove
 * (src/workbook/ownership.ts): every scenario of helpers/ownershipScenarios.ts on twin workbooks,
 * one with the add-in and one without, the user's edits made to both. After Remove they are alike
 * and nothing of ours is left.
 */
import { exceljsTwin } from "./helpers/exceljsTwin";
import { memoryTwin } from "./helpers/memoryTwin";
import { officeTwin } from "./helpers/officeTwin";
import { applyAbc, CLASS_COL, CUSTOMERS, DATA_SHEET, NEIGHBOUR, NOTE, removeAll, SCENARIOS, SUMMARY, Twin } from "./helpers/ownershipScenarios";

interface Backend {
  readonly name: string;
  readonly twin: () => Promise<Twin>;
}

const BACKENDS: readonly Backend[] = [
  { name: "in memory (the preview)", twin: async () => memoryTwin() },
  { name: "ExcelJS (.xlsx files)", twin: exceljsTwin },
  { name: "Office.js (the fake Excel)", twin: async () => officeTwin() },
];

describe.each(BACKENDS)("ownership: $name", ({ twin }) => {
  test("the class column goes past the user's note and second table, and the colours cover only the data and our column", async () => {
    const t = await twin();
    const saved = await applyAbc(t);
    expect(saved.classColumn).toBe(CLASS_COL);
    expect(t.cell(DATA_SHEET, 0, CLASS_COL)).toBe("ABC class");
    // Our rows are painted, the user's second table and note beside them are not.
    const painted = (row: number, col: number): boolean => t.painted(DATA_SHEET, row, col);
    expect(painted(1, 0) && painted(1, 2) && painted(1, CLASS_COL)).toBe(true);
    for (let r = NEIGHBOUR.row + 1; r < NEIGHBOUR.row + NEIGHBOUR.rows; r++) for (let c = NEIGHBOUR.col; c < NEIGHBOUR.col + NEIGHBOUR.cols; c++) expect(painted(r, c)).toBe(false);
    expect(painted(NOTE.row, NOTE.col)).toBe(false);
    await removeAll(t);
    const { now, pristine } = await t.compare();
    expect(now).toEqual(pristine);
    expect(await t.leftovers()).toEqual([]);
  });

  test.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const t = await twin();
    const saved = await applyAbc(t, scenario.choice);
    expect(t.cell(SUMMARY, 0, 0)).not.toBeNull();
    await scenario.act(t, saved);
    const reports = await removeAll(t);
    expect(reports).toHaveLength(1);
    const { now, pristine } = await t.compare();
    expect(now).toEqual(pristine);
    expect(await t.leftovers()).toEqual([]);
    scenario.check?.(t, reports[0]);
  });

  test("Remove after every scenario twice over is a no-op (nothing listed any more)", async () => {
    const t = await twin();
    await applyAbc(t);
    await removeAll(t);
    expect(await t.port.listSaved()).toEqual([]);
    expect(CUSTOMERS).toBeGreaterThan(0);
  });
});
