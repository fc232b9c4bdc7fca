import { parseRange, rangeA1 } from "../../src/workbook/address";
import {
  CutPaste,
  deleteSheetInFormula,
  formulaRefs,
  moveCellBlock,
  moveFormula,
  moveRange,
  offsetFormula,
  renameSheetInFormula,
  shiftCellMap,
  shiftFormula,
  shiftRange,
  shiftRule,
  sortCellMap,
  sortOrder,
  StructuralEdit,
} from "../../src/workbook/model/structuralEdit";

// Edits are 0-based like RangeRef: column B is 1, sheet row 5 is 4.
const insertCols = (at: number, count = 1, sheet = "Data"): StructuralEdit => ({ kind: "insertColumns", sheet, at, count });
const deleteCols = (at: number, count = 1, sheet = "Data"): StructuralEdit => ({ kind: "deleteColumns", sheet, at, count });
const insertRows = (at: number, count = 1, sheet = "Data"): StructuralEdit => ({ kind: "insertRows", sheet, at, count });
const deleteRows = (at: number, count = 1, sheet = "Data"): StructuralEdit => ({ kind: "deleteRows", sheet, at, count });
const shifted = (a1: string, edit: StructuralEdit): string | null => {
  const r = shiftRange(parseRange(a1), edit);
  return r && rangeA1(r);
};

describe("shiftRange: a reference or defined name on the edited sheet", () => {
  test("insertion at or before the first row/column shifts it", () => {
    expect(shifted("I2:I11", insertCols(1))).toBe("J2:J11"); // a column inserted at B
    expect(shifted("I2:I11", insertCols(8))).toBe("J2:J11"); // at I itself: the range moves right
    expect(shifted("I2:I11", insertRows(0, 3))).toBe("I5:I14");
    expect(shifted("I2:I11", insertRows(1))).toBe("I3:I12"); // at its first row
  });

  test("insertion strictly inside grows it; after it changes nothing", () => {
    expect(shifted("I2:I11", insertRows(4, 2))).toBe("I2:I13"); // 2 rows at row 5
    expect(shifted("I2:I11", insertRows(10))).toBe("I2:I12"); // at its last row: still inside
    expect(shifted("I2:I11", insertRows(11))).toBe("I2:I11"); // right under it: not part of it
    expect(shifted("A2:I11", insertCols(1))).toBe("A2:J11");
    expect(shifted("A2:I11", insertCols(9))).toBe("A2:I11");
  });

  test("deletion shifts, shrinks, or leaves nothing (#REF!)", () => {
    expect(shifted("I2:I11", deleteCols(1))).toBe("H2:H11");
    expect(shifted("I2:I11", deleteCols(8))).toBeNull(); // column I
    expect(shifted("I2:I11", deleteRows(0))).toBe("I1:I10");
    expect(shifted("I2:I11", deleteRows(3, 2))).toBe("I2:I9"); // rows 4-5
    expect(shifted("I2:I11", deleteRows(0, 5))).toBe("I1:I6"); // rows 1-5: the part left starts where the deletion did
    expect(shifted("I2:I11", deleteRows(8, 10))).toBe("I2:I8"); // rows 9-18: the tail
    expect(shifted("I2:I11", deleteRows(1, 10))).toBeNull(); // rows 2-11: all of it
    expect(shifted("A2:I11", deleteCols(2, 3))).toBe("A2:F11");
  });
});

describe("shiftFormula: A1 references as Excel rewrites them", () => {
  test("the class rule keyed on its column", () => {
    expect(shiftFormula('=$I2="A"', insertCols(1), true)).toBe('=$J2="A"');
    expect(shiftFormula('=$I2="A"', insertRows(0), true)).toBe('=$I3="A"');
    expect(shiftFormula('=$I2="A"', deleteCols(8), true)).toBe('=#REF!="A"');
    expect(shiftFormula('=$I2="A"', insertCols(20), true)).toBe('=$I2="A"');
  });

  test("a live per-row formula: the row reference and the absolute range both adjust; quoted text does not", () => {
    const f = '=SEGMENT.ABCOF(D2,$D$2:$D$242,"80/95","reach","value")';
    expect(shiftFormula(f, insertRows(4, 2), true)).toBe('=SEGMENT.ABCOF(D2,$D$2:$D$244,"80/95","reach","value")');
    expect(shiftFormula(f, insertCols(0), true)).toBe('=SEGMENT.ABCOF(E2,$E$2:$E$242,"80/95","reach","value")');
    expect(shiftFormula(f, deleteCols(3), true)).toBe('=SEGMENT.ABCOF(#REF!,#REF!,"80/95","reach","value")');
    // Text that looks like references is text.
    expect(shiftFormula('=IF(A1="B2:C3","D4",A1)', insertCols(0), true)).toBe('=IF(B1="B2:C3","D4",B1)');
    expect(shiftFormula('="say ""A1"""&A1', insertRows(0), true)).toBe('="say ""A1"""&A2');
  });

  test("references naming another sheet are left alone; those naming the edited sheet move, from any sheet", () => {
    const summary = '=COUNTIF(Data!$I$2:$I$11,"A")+COUNTIF($B$2:$B$9,"A")';
    expect(shiftFormula(summary, insertCols(1), false)).toBe('=COUNTIF(Data!$J$2:$J$11,"A")+COUNTIF($B$2:$B$9,"A")');
    expect(shiftFormula(summary, insertCols(1, 1, "Other"), false)).toBe(summary);
    expect(shiftFormula("='My data'!A1+A1", insertRows(0, 1, "my DATA"), false)).toBe("='My data'!A2+A1");
    expect(shiftFormula("=Data!I2", deleteCols(8), false)).toBe("=Data!#REF!");
  });

  test("whole columns move with columns only; whole rows with rows only", () => {
    expect(shiftFormula("=SUM($D:$D)+SUM(2:3)", insertRows(0), true)).toBe("=SUM($D:$D)+SUM(3:4)");
    expect(shiftFormula("=SUM($D:$D)+SUM(2:3)", insertCols(0), true)).toBe("=SUM($E:$E)+SUM(2:3)");
    expect(shiftFormula("=SUM(D:F)", deleteCols(4), true)).toBe("=SUM(D:E)");
  });

  test("function names, defined names and numbers are not references", () => {
    expect(formulaRefs('=LOG10(A1)+SEGMENT.ABCOF(B2,$C$3:$C$9,"80/95")+Sales2024+1.5')).toHaveLength(3);
    expect(shiftFormula("=LOG10(A1)+ATAN2(B1,C1)", insertCols(0), true)).toBe("=LOG10(B1)+ATAN2(C1,D1)");
  });

  test("a range that shrinks to one cell stays a range (Excel keeps the area reference)", () => {
    expect(shiftFormula("=SUM(A1:A2)", deleteRows(1), true)).toBe("=SUM(A1:A1)");
    expect(shiftFormula("=SUM(A1:B1)", deleteCols(1), true)).toBe("=SUM(A1:A1)");
  });
});

describe("shiftRule: a conditional format's range and formula", () => {
  test("a column inserted inside the rows widens the range and follows the class column", () => {
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', insertCols(1))).toEqual({ range: parseRange("A2:J11"), formula: '=$J2="A"' });
  });

  test("the formula stays relative to the range's top-left cell, also when that row is deleted", () => {
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', insertRows(0, 2))).toEqual({ range: parseRange("A4:I13"), formula: '=$I4="A"' });
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', deleteRows(1))).toEqual({ range: parseRange("A2:I10"), formula: '=$I2="A"' });
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', deleteRows(0, 3))).toEqual({ range: parseRange("A1:I8"), formula: '=$I1="A"' });
  });

  test("gone with its rows; #REF! when its key column goes", () => {
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', deleteRows(1, 10))).toBeNull();
    expect(shiftRule(parseRange("A2:I11"), '=$I2="A"', deleteCols(8))).toEqual({ range: parseRange("A2:H11"), formula: '=#REF!="A"' });
  });
});

describe("cut and paste", () => {
  const cut: CutPaste = { sheet: "Data", from: parseRange("I1:I11"), toSheet: "Data", toRow: 0, toCol: 12 }; // I1:I11 → M1:M11

  test("a range wholly inside the cut block moves with it; one only partly inside stays; one pasted over is #REF!", () => {
    expect(moveRange("Data", parseRange("I2:I11"), cut)).toEqual({ sheet: "Data", range: parseRange("M2:M11") });
    expect(moveRange("Data", parseRange("H2:I11"), cut)).toEqual({ sheet: "Data", range: parseRange("H2:I11") });
    expect(moveRange("Other", parseRange("I2:I11"), cut)).toEqual({ sheet: "Other", range: parseRange("I2:I11") });
    expect(moveRange("Data", parseRange("M3"), cut)).toBeNull();
    const toOther: CutPaste = { ...cut, toSheet: "Archive", toCol: 0 };
    expect(moveRange("data", parseRange("I2:I11"), toOther)).toEqual({ sheet: "Archive", range: parseRange("A2:A11") });
  });

  test("formulas follow the moved cells; a moved formula's own references do not change", () => {
    expect(moveFormula('=$I2="A"', cut, "Data")).toBe('=$M2="A"');
    expect(moveFormula("=SUM(H2:I11)", cut, "Data")).toBe("=SUM(H2:I11)");
    expect(moveFormula("=M5", cut, "Data")).toBe("=#REF!");
    expect(moveFormula('=COUNTIF(Data!$I$2:$I$11,"A")', cut, "Summary")).toBe('=COUNTIF(Data!$M$2:$M$11,"A")');
    const toOther: CutPaste = { ...cut, toSheet: "Archive", toCol: 0 };
    expect(moveFormula("=I2+H2", toOther, "Data")).toBe("=Archive!A2+H2");
    // The formula itself moved to Archive: its reference to H2 now names the sheet it left.
    expect(moveFormula("=I2+H2", toOther, "Data", "Archive")).toBe("=A2+Data!H2");
  });

  test("cells leave the block and land at the destination, emptying it first", () => {
    const cells = new Map([
      ["1,8", "A"],
      ["2,8", "B"],
      ["1,12", "old"],
      ["5,12", "kept"],
    ]);
    moveCellBlock(cells, cells, { sheet: "Data", from: parseRange("I2:I3"), toSheet: "Data", toRow: 1, toCol: 12 });
    expect([...cells].sort()).toEqual([
      ["1,12", "A"],
      ["2,12", "B"],
      ["5,12", "kept"],
    ]);
  });
});

describe("cells, sort, renamed and deleted sheets", () => {
  test("a sheet's cells move with the inserted and deleted rows and columns", () => {
    const cells = new Map([
      ["0,0", "h"],
      ["3,2", "x"],
      ["4,2", "y"],
    ]);
    expect([...shiftCellMap(cells, insertRows(3, 2))]).toEqual([
      ["0,0", "h"],
      ["5,2", "x"],
      ["6,2", "y"],
    ]);
    expect([...shiftCellMap(cells, deleteRows(3))]).toEqual([
      ["0,0", "h"],
      ["3,2", "y"],
    ]);
    expect([...shiftCellMap(cells, deleteCols(2))]).toEqual([["0,0", "h"]]);
  });

  test("sort moves the rows' cells inside the range, blanks last; per-row formulas keep reading their own row", () => {
    const range = parseRange("A2:B5");
    const cells = new Map<string, string | number>([
      ["1,0", 30],
      ["1,1", "=A2*2"],
      ["2,0", "b"],
      ["3,0", 10],
      ["3,1", "=A4*2"],
      ["9,0", "outside"],
    ]);
    const order = sortOrder(range, 0, (r, c) => (cells.get(`${r},${c}`) as string | number | undefined) ?? null);
    expect(order).toEqual([3, 1, 2, 4]); // 10, 30, "b", blank
    sortCellMap(cells, range, order, (v, d) => (typeof v === "string" && v.startsWith("=") ? offsetFormula(v, d, 0) : v));
    expect(cells.get("1,0")).toBe(10);
    expect(cells.get("1,1")).toBe("=A2*2");
    expect(cells.get("2,0")).toBe(30);
    expect(cells.get("2,1")).toBe("=A3*2");
    expect(cells.get("3,0")).toBe("b");
    expect(cells.get("9,0")).toBe("outside");
    expect(sortOrder(range, 0, (r, c) => (cells.get(`${r},${c}`) as string | number | undefined) ?? null, true)).toEqual([3, 2, 1, 4]);
    expect(offsetFormula('=SEGMENT.ABCOF(D2,$D$2:$D$242,"80/95")', 3, 0)).toBe('=SEGMENT.ABCOF(D5,$D$2:$D$242,"80/95")');
  });

  test("a renamed sheet is renamed in formulas (quoted when needed); a deleted one leaves #REF!", () => {
    expect(renameSheetInFormula('=COUNTIF(Data!$I$2:$I$11,"A")+Other!A1', "data", "Sales 2024")).toBe("=COUNTIF('Sales 2024'!$I$2:$I$11,\"A\")+Other!A1");
    expect(renameSheetInFormula("='Sales 2024'!A1", "Sales 2024", "Data")).toBe("=Data!A1");
    expect(deleteSheetInFormula("=Data!A1+B1", "Data")).toBe("=#REF!A1+B1");
  });
});
