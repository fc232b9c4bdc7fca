/**
 * ABC–XYZ in the pane (src/workbook/methods/abcXyzMethod.ts) through the in-memory adapter: the
 * class column is abcXyz's answer on the period block, the summary sheet draws the 3×3 grid of
 * counts and totals (formulas on the class table) in the nine class colours, and Remove restores
 * the workbook.
 */
import { sampleBook } from "../../src/preview/sampleData";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { ABC_XYZ_CODES, abcXyz, DEFAULT_ABC_REQUEST } from "../../src/segment/xyz";
import { ABC_XYZ_METHOD } from "../../src/workbook/methods/abcXyzMethod";
import { resolveTones } from "../../src/workbook/palette";
import { Scalar } from "../../src/workbook/plan";
import { applyMethod, classColumn, codesOf, snapshot, workbook } from "./helpers/methodFlow";

/** Six customers × four months, worked by hand (xyz.test.ts has the arithmetic of each CV). */
const ROWS: Scalar[][] = [
  ["Steady big", 100, 100, 100, 100], // total 400, CV 0 → A X
  ["Burst big", 300, 0, 0, 0], // total 300, CV √3 → A Z
  ["Rising", 10, 20, 30, 40], // total 100, CV 0.447 → B X
  ["Small swing", 0, 2, 0, 2], // total 4, CV 1 → C Y
  ["Small odd", null, 6, "n/a", 2], // total 8, CV 1.22 → C Z
  ["Nothing", 0, 0, 0, 0], // no sales: no class
];

describe("ABC–XYZ in the pane", () => {
  test("month columns: the class column, the cut texts and the notes", async () => {
    const wb = workbook([["Customer", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"], ...ROWS]);
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "ABC_XYZ");
    expect(applied.roles.periods).toEqual([1, 2, 3, 4]);
    // Totals 400, 300, 100, 4, 8 (positive total 812): above 400 nothing → A; above 300: 400/812 =
    // 0.49 → A; above 100: 700/812 = 0.86 → B; above 8: 800/812 = 0.985 → C; 4 → C.
    expect(classColumn(applied)).toEqual(["AX", "AZ", "BX", "CY", "CZ", null]);
    const run = applied.prepared.run;
    expect(run.codes).toEqual([...ABC_XYZ_CODES]);
    expect(run.cuts.map((c) => (typeof c.text === "string" ? c.text : c.text?.en))).toEqual([
      "total ≥ 300 · CV ≤ 0.5",
      "total ≥ 300 · 0.5 < CV ≤ 1",
      "total ≥ 300 · CV > 1",
      "total ≥ 100 · CV ≤ 0.5",
      "total ≥ 100 · 0.5 < CV ≤ 1",
      "total ≥ 100 · CV > 1",
      "total < 100 · CV ≤ 0.5",
      "total < 100 · 0.5 < CV ≤ 1",
      "total < 100 · CV > 1",
    ]);
    expect(run.notes.map((n) => [n.label.en, n.value])).toEqual([
      ["Period columns read", 4],
      ["Customers without sales in any period (no class)", 1],
      ["X: coefficient of variation up to", 0.5],
      ["Y: coefficient of variation up to", 1],
    ]);
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("the summary sheet: a 3×3 grid of counts and of totals, formulas on the class table, in the nine colours", async () => {
    const wb = workbook([["Customer", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"], ...ROWS]);
    const applied = await applyMethod(wb, "ABC_XYZ");
    const sheet = applied.plan.sheets.find((s) => s.name !== applied.source.ref.sheet)!;
    const cells = new Map<string, unknown>();
    for (const block of sheet.blocks) block.cells.forEach((row, r) => row.forEach((cell, c) => cells.set(`${block.range.row + r},${block.range.col + c}`, cell)));
    const rowOf = (text: string): number => Number([...cells.entries()].find(([, v]) => v === text)![0].split(",")[0]);
    // The class table's rows: "AX" … "CZ" in column A, counts in B, values in D.
    const classRow = rowOf("AX");
    const captionRow = rowOf("ABC by total sales (rows) × XYZ by how regularly they buy (columns)");
    const countHeader = captionRow + 1;
    expect([0, 1, 2, 3].map((c) => cells.get(`${countHeader},${c}`))).toEqual(["Customers", "X", "Y", "Z"]);
    const value = (cell: unknown): unknown => (typeof cell === "object" && cell !== null && "value" in cell ? (cell as { value: unknown }).value : cell);
    const grid = (header: number): unknown[][] => [1, 2, 3].map((r) => [0, 1, 2, 3].map((c) => value(cells.get(`${header + r},${c}`))));
    expect(grid(countHeader)).toEqual([
      ["A", 1, 0, 1],
      ["B", 1, 0, 0],
      ["C", 0, 1, 1],
    ]);
    // Each count is a formula on the class table's count column: =B<row of that class>.
    expect(cells.get(`${countHeader + 1},1`)).toEqual({ formula: `=B${classRow + 1}`, value: 1 });
    expect(cells.get(`${countHeader + 3},3`)).toEqual({ formula: `=B${classRow + 9}`, value: 1 });
    const valueHeader = rowOf("Sales over the periods");
    expect(grid(valueHeader)).toEqual([
      ["A", 400, 0, 300],
      ["B", 100, 0, 0],
      ["C", 0, 4, 8],
    ]);
    // The nine count cells carry the nine class colours.
    const tones = resolveTones(ABC_XYZ_CODES);
    ABC_XYZ_CODES.forEach((code, i) => {
      const at = { row: countHeader + 1 + Math.floor(i / 3), col: 1 + (i % 3) };
      const fill = sheet.fills?.find((f) => f.range.row === at.row && f.range.col === at.col);
      expect([code, fill?.tone]).toEqual([code, tones[code]]);
    });
  });

  test("other cuts: ABC 50/80 and XYZ 0.25/0.5, as SEGMENT.ABCXYZ would give them", async () => {
    const wb = workbook([["Customer", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"], ...ROWS]);
    const applied = await applyMethod(wb, "ABC_XYZ", { abcCuts: "50/80", xyzCuts: "0.25/0.5" });
    const matrix = readPeriodMatrix(ROWS.map((r) => r.slice(1)));
    const expected = codesOf(abcXyz(matrix, { ...DEFAULT_ABC_REQUEST, cuts: [0.5, 0.8] }, [0.25, 0.5]).classIndex, ABC_XYZ_CODES);
    expect(classColumn(applied)).toEqual(expected);
    expect(expected).toEqual(["AX", "AZ", "CY", "CZ", "CZ", null]);
  });

  test("on the sample's twelve month columns: the same classes as abcXyz on the block, and every cell of the grid in use", async () => {
    const wb = workbook();
    wb.select("Monthly", 3, 3);
    const applied = await applyMethod(wb, "ABC_XYZ");
    const monthly = sampleBook().sheets.find((s) => s.name === "Monthly")!;
    const rows = monthly.rows.slice(1).map((r) => r.slice(2));
    const expected = codesOf(abcXyz(readPeriodMatrix(rows)).classIndex, ABC_XYZ_CODES);
    expect(classColumn(applied)).toEqual(expected);
    expect(ABC_XYZ_METHOD.summary).toBe("grid");
    expect(applied.prepared.run.grid?.rows).toEqual(["A", "B", "C"]);
  });
});
