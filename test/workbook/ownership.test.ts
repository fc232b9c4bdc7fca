/** The ownership check's pure parts (src/workbook/ownership.ts), on hand-made blocks. */
import { contentKey, locateFootprint, Lookups, ownedName, RECORD_CELLS, recordWritten, retarget, runsOf, verifyBlock } from "../../src/workbook/ownership";
import { CellInput, Footprint } from "../../src/workbook/plan";

const column = (...cells: CellInput[]): CellInput[][] => cells.map((c) => [c]);
const range = (rows: number, cols = 1) => ({ row: 1, col: 6, rows, cols });

describe("what was written, and what is still ours", () => {
  const written = recordWritten(column("ABC class", "A", null, "B", "C"), 1);

  test("the record: distinct contents and one character per cell (empty = a cell we left alone)", () => {
    expect(written.values).toEqual(["", "s:ABC class", "s:A", "s:B", "s:C"]);
    expect(written.cells).toHaveLength(5);
    expect(contentKey({ formula: "=SEGMENT.ABCOF(D3,$D$2:$D$9)", value: "A" })).toBe(contentKey({ formula: "=segment.abcof(D2,$D$2:$D$9)", value: "B" }));
    expect(contentKey(7)).not.toBe(contentKey("7"));
  });

  test("untouched: every written cell is ours, nothing is kept", () => {
    const v = verifyBlock(written, range(5), column("ABC class", "A", null, "B", "C"));
    expect(v.ours.map((r) => r[0])).toEqual([true, true, false, true, true]);
    expect(v.kept).toEqual([]);
  });

  test("a value the user changed (even to another class) and a note where we wrote nothing stay theirs", () => {
    const v = verifyBlock(written, range(5), column("ABC class", "C", "call back", "B", "C"));
    expect(v.ours.map((r) => r[0])).toEqual([true, false, false, true, true]);
    expect(v.kept).toEqual([{ row: 1, col: 0 }]); // only the edit of ours is reported; the note was never ours
  });

  test("sorted with the data: our contents moved around, all still ours (also into a row we had left empty)", () => {
    const v = verifyBlock(written, range(5), column("ABC class", null, "C", "A", "B"));
    expect(v.ours.map((r) => r[0])).toEqual([true, false, true, true, true]);
    expect(v.kept).toEqual([]);
  });

  test("a row inserted inside the block: ours is what holds one of our contents", () => {
    const v = verifyBlock(written, range(5), column("ABC class", "A", null, "typed", "B", "C"));
    expect(v.ours.map((r) => r[0])).toEqual([true, true, false, false, true, true]);
    expect(v.kept).toEqual([{ row: 3, col: 0 }]);
  });

  test("a large block keeps only the contents written, so the setting stays small: ours is what holds one of them", () => {
    const big = Array.from({ length: RECORD_CELLS + 1 }, (_, i): CellInput[] => [i % 3 ? "A" : "B"]);
    const record = recordWritten(big, 1);
    expect(record).toEqual({ values: ["", "s:B", "s:A"], cells: "" });
    const v = verifyBlock(record, range(3), column("A", "note", null));
    expect(v.ours.map((r) => r[0])).toEqual([true, false, false]);
    expect(v.kept).toEqual([{ row: 1, col: 0 }]);
  });

  test("written before records existed: the old rule, everything non-empty", () => {
    expect(verifyBlock(undefined, range(2), column("x", null)).ours).toEqual([[true], [false]]);
  });
});

describe("clearing in runs", () => {
  test("a run goes on through empty cells and ends on ours, never over a cell of the user's", () => {
    const ours = [[true], [false], [true], [false], [true]];
    const empty = [[false], [true], [false], [false], [false]];
    expect(runsOf(range(5), ours, empty)).toEqual([
      { row: 1, col: 6, rows: 3, cols: 1 },
      { row: 5, col: 6, rows: 1, cols: 1 },
    ]);
    expect(runsOf(range(3), [[true], [false], [false]], [[false], [true], [true]])).toEqual([{ row: 1, col: 6, rows: 1, cols: 1 }]);
  });
});

describe("finding our pieces again", () => {
  const look = (names: Record<string, ReturnType<Lookups["name"]>>, sheets: Record<string, string>, empty: string[] = []): Lookups => ({
    name: (n) => names[n] ?? null,
    sheetById: (id) => sheets[id] ?? null,
    hasSheet: (n) => Object.values(sheets).includes(n),
    isEmptySheet: (n) => empty.includes(n),
  });
  const fp = (named: boolean): Footprint => ({
    cells: [{ sheet: "Customers", range: range(5), name: "_c0" }],
    rules: [],
    validations: [],
    sheets: ["Segments ABC"],
    sheetMarks: [{ name: "_s0", id: "3" }],
    named,
    restore: [],
  });
  const a1 = { row: 0, col: 0, rows: 1, cols: 1 };

  test("a renamed summary is still ours (its id and its marker agree)", () => {
    expect(locateFootprint(fp(true), look({ _s0: { sheet: "For the boss", range: a1 } }, { "1": "Customers", "3": "For the boss" })).sheets).toEqual(["For the boss"]);
  });

  test("a new sheet of that name is not ours, even with the deleted sheet's id given again by a file", () => {
    expect(locateFootprint(fp(true), look({}, { "1": "Customers", "3": "Segments ABC" })).sheets).toEqual([null]);
    expect(locateFootprint(fp(true), look({ _s0: "#REF!" }, { "3": "Segments ABC" })).sheets).toEqual([null]);
  });

  test("a finished step's missing name means its cells are gone; a step cut off falls back to the address", () => {
    const sheets = { "1": "Customers" };
    expect(locateFootprint(fp(true), look({}, sheets)).cells).toEqual([null]);
    expect(locateFootprint(fp(false), look({}, sheets)).cells).toEqual([{ sheet: "Customers", range: range(5) }]);
    expect(locateFootprint(fp(false), look({}, { "1": "Customers", "9": "Segments ABC" }, ["Segments ABC"])).sheets).toEqual(["Segments ABC"]);
  });

  test("names are valid Excel names, unique per run; rule formulas follow their key column", () => {
    const name = ownedName("abc-mxddea20-apjy", "2026-12-07T14:28:51.081Z", "c", 0);
    expect(name).toBe("_SEG_abc_mxddea20_apjy_20261207142851081_c0");
    expect(name).toMatch(/^[_A-Za-z][A-Za-z0-9_.]*$/);
    expect(retarget('=$I2="A"', { row: 2, col: 9 })).toBe('=$J3="A"');
    expect(retarget('=$I2="A"', null)).toBe('=#REF!="A"');
  });
});
