import { indexWithout, pendingRuns, restoredCells, subtractRanges, unionFootprint } from "../../src/workbook/footprint";
import { Footprint, SavedSegmentation, SegmentPlan } from "../../src/workbook/plan";

const col = (c: number, row = 1, rows = 10) => ({ row, col: c, rows, cols: 1 });

describe("the marking's footprint: both outputs of a refresh", () => {
  const earlier: Footprint = {
    cells: [{ sheet: "S", range: col(8) }],
    rules: [{ sheet: "S", range: { row: 1, col: 0, rows: 10, cols: 9 }, formulas: ['=$I2="A"', '=$I2="B"'] }],
    validations: [],
    sheets: ["ABC summary"],
    restore: [{ sheet: "S", row: 3, col: 8, content: "the user's note" }],
  };
  const next: Footprint = {
    cells: [{ sheet: "S", range: col(8, 1, 12) }],
    rules: [
      { sheet: "S", range: { row: 1, col: 0, rows: 10, cols: 9 }, formulas: ['=$I2="A"', '=$I2="C"'] },
      { sheet: "S", range: { row: 1, col: 0, rows: 12, cols: 9 }, formulas: ['=$I2="A"'] },
    ],
    validations: [{ sheet: "S", range: col(9) }],
    sheets: ["abc SUMMARY", "Transitions ABC"],
    restore: [{ sheet: "S", row: 3, col: 8, content: "A" }],
  };

  test("owns every cell, rule, validation and sheet of either, side by side; the user's own text wins for cells put back", () => {
    const u = unionFootprint(earlier, next);
    expect(u.cells.map((c) => c.range.rows)).toEqual([10, 12]);
    // Each entry keeps its own formulas (and name, and record of what it wrote): the ownership check needs them apart.
    expect(u.rules).toEqual([earlier.rules[0], ...next.rules]);
    expect(unionFootprint(earlier, earlier).rules).toEqual(earlier.rules);
    expect(u.validations).toHaveLength(1);
    expect(u.sheets).toEqual(["ABC summary", "Transitions ABC"]); // sheet names are case-insensitive
    expect(u.restore).toEqual([{ sheet: "S", row: 3, col: 8, content: "the user's note" }]);
  });
});

describe("the unfinished snapshot's rows", () => {
  const range = { row: 10, col: 0, rows: 5, cols: 6 };
  test("only rows with its segmentation id and date, in runs", () => {
    const rows = [
      [45351, "C1", "ABC", "abc-1", "A", 10],
      [45351.5, "C2", "ABC", "abc-1", "B", 5], // same day
      [45351, "C3", "ABC", "abc-2", "A", 7], // another segmentation's row
      [45322, "C4", "ABC", "abc-1", "C", 1], // an earlier snapshot of the same one
      [45351, "C5", "ABC", "abc-1", "C", 1],
    ];
    expect(pendingRuns(rows, range, "abc-1", 45351)).toEqual([
      { row: 10, col: 0, rows: 2, cols: 6 },
      { row: 14, col: 0, rows: 1, cols: 6 },
    ]);
    expect(pendingRuns([[null, null, null, null], ["text"]], range, "abc-1", 45351)).toEqual([]);
  });

  test("the index without it; deleted when nothing is left; left alone when unreadable", () => {
    const index = {
      version: 1,
      sheets: ["Segment history"],
      snapshots: [
        { segmentation: "abc-1", method: "ABC", asOf: 45322, blocks: [{ sheet: "Segment history", row: 1, rows: 4 }] },
        { segmentation: "abc-1", method: "ABC", asOf: 45351, blocks: [{ sheet: "Segment history", row: 5, rows: 4 }] },
      ],
    };
    expect(JSON.parse(indexWithout(JSON.stringify(index), "abc-1", 45351, []) as string)).toEqual({ ...index, snapshots: [index.snapshots[0]] });
    expect(indexWithout(JSON.stringify({ ...index, snapshots: [index.snapshots[1]] }), "abc-1", 45351, ["Segment history"])).toBeNull();
    expect(indexWithout(null, "abc-1", 45351, [])).toBeUndefined();
    expect(indexWithout("not json", "abc-1", 45351, [])).toBeUndefined();
  });
});

describe("a refresh's check against its earlier output", () => {
  test("a range minus the earlier output, as one-column strips", () => {
    expect(subtractRanges({ row: 1, col: 8, rows: 12, cols: 2 }, [col(8), { row: 5, col: 9, rows: 2, cols: 1 }])).toEqual([
      { row: 11, col: 8, rows: 2, cols: 1 },
      { row: 1, col: 9, rows: 4, cols: 1 },
      { row: 7, col: 9, rows: 6, cols: 1 },
    ]);
    expect(subtractRanges(col(8), [col(8, 0, 20)])).toEqual([]);
  });

  test("cells put back for the user: those found now, and the earlier ones the plan writes over again", () => {
    const plan = { writes: [{ sheet: "S", range: col(8), cells: [] }] } as unknown as SegmentPlan;
    const replaces = {
      footprint: {
        restore: [
          { sheet: "S", row: 3, col: 8, content: "note" },
          { sheet: "S", row: 3, col: 12, content: "elsewhere" },
        ],
      },
    } as unknown as SavedSegmentation;
    const found = [{ sheet: "S", row: 20, col: 8, content: 5 }];
    expect(restoredCells(plan, found, replaces)).toEqual([
      { sheet: "S", row: 20, col: 8, content: 5 },
      { sheet: "S", row: 3, col: 8, content: "note" },
    ]);
    expect(restoredCells(plan, found)).toEqual(found);
  });
});
