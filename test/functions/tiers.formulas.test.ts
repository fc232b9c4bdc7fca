/**
 * SEGMENT.ABC & co. as formulas in a real formula engine (HyperFormula), loaded from the built
 * bundle exactly as Excel would load it. Data goes in first, then the formulas that read it.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { revenueValues, seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function column(hf: HyperFormula, col: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => hf.getCellValue(at(from + i, col)));
}

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

/** The by-hand sheet formula for row r (1-based), over B2:B(n+1), as users type it. */
function byHandFormula(r: number, n: number, cuts: [number, number]): string {
  const range = `B$2:B$${n + 1}`;
  const share = `SUMIF(${range},">="&B${r})/SUM(${range})`;
  return `=IF(ISNUMBER(B${r}),IF(${share}<=${cuts[0]},"A",IF(${share}<=${cuts[1]},"B","C")),"")`;
}

/**
 * The same by-hand formula made safe for returns: shares of the *positive* total and values ≤ 0
 * straight to C. (With negatives the literal SUM formula breaks: [10,-5] gives the 10 a share
 * of 200 %.) This is the definition in methods.md, written as a sheet formula.
 */
function byHandPositiveFormula(r: number, n: number, cuts: [number, number]): string {
  const range = `B$2:B$${n + 1}`;
  const share = `SUMIF(${range},">="&B${r})/SUMIF(${range},">0")`;
  return `=IF(ISNUMBER(B${r}),IF(B${r}<=0,"C",IF(${share}<=${cuts[0]},"A",IF(${share}<=${cuts[1]},"B","C"))),"")`;
}

function sheetWithValues(values: unknown[]): HyperFormula {
  return hyperFormulaWithAddin({ Sheet1: [["customer", "revenue"], ...values.map((v, i) => [`C${i + 1}`, v])] });
}

describe("SEGMENT.ABC spills one class per row", () => {
  const n = 1000;
  const values = revenueValues(n, 11).map((v) => Math.abs(v));
  const hf = sheetWithValues(values);
  hf.setCellContents(at(1, 2), [[`=SEGMENT.ABC(B2:B${n + 1})`]]);

  test("1,000 classes aligned with the input rows", () => {
    const classes = column(hf, 2, 1, n);
    expect(classes.every((c) => c === "A" || c === "B" || c === "C")).toBe(true);
    expect(hf.getCellValue(at(n + 1, 2))).toBeNull(); // nothing spills past the last row
    // Alignment: the largest value's row is A, the smallest value's row is C.
    const max = values.indexOf(Math.max(...values));
    const min = values.indexOf(Math.min(...values));
    expect(classes[max]).toBe("A");
    expect(classes[min]).toBe("C");
  });

  test("editing one value recalculates the spill", () => {
    const smallest = values.indexOf(Math.min(...values));
    expect(hf.getCellValue(at(1 + smallest, 2))).toBe("C");
    hf.setCellContents(at(1 + smallest, 1), [[1e12]]);
    expect(hf.getCellValue(at(1 + smallest, 2))).toBe("A");
    hf.setCellContents(at(1 + smallest, 1), [[values[smallest]]]);
    expect(hf.getCellValue(at(1 + smallest, 2))).toBe("C");
  });

  test("an occupied cell in the spill area gives #SPILL!", () => {
    const blocked = sheetWithValues([90, 5, 3, 2]);
    blocked.setCellContents(at(3, 2), [["typed by the user"]]);
    blocked.setCellContents(at(1, 2), [["=SEGMENT.ABC(B2:B5)"]]);
    expect(errorOf(blocked.getCellValue(at(1, 2)))?.type).toBe("SPILL");
    expect(blocked.getCellValue(at(3, 2))).toBe("typed by the user");
  });

  test("a row spills across", () => {
    const hfRow = hyperFormulaWithAddin({ Sheet1: [[90, 5, 3, 2]] });
    hfRow.setCellContents(at(1, 0), [["=SEGMENT.ABC(A1:D1)"]]);
    expect(hfRow.getSheetValues(0)[1]).toEqual(["A", "B", "C", "C"]);
  });
});

describe("the by-hand rule equals the by-hand SUMIF formula, computed by the same engine", () => {
  function compare(values: unknown[], cuts: [number, number], formula: typeof byHandFormula): void {
    const n = values.length;
    const hf = sheetWithValues(values);
    hf.setCellContents(at(1, 2), [[`=SEGMENT.ABC(B2:B${n + 1},{${cuts[0]},${cuts[1]}},"byhand")`]]);
    hf.setCellContents(
      at(1, 3),
      values.map((_, i) => [formula(i + 2, n, cuts)]),
    );
    const ours = column(hf, 2, 1, n);
    const theirs = column(hf, 3, 1, n);
    expect(ours).toEqual(theirs);
  }

  test("1,000 random positive values", () => {
    const random = seededRandom(3);
    compare(Array.from({ length: 1000 }, () => Math.round(random() * 1e6) / 100), [0.8, 0.95], byHandFormula);
  });

  test("1,000 values with ties, zeros, blanks and text (70/90)", () => {
    const random = seededRandom(5);
    const values = Array.from({ length: 1000 }, () => {
      const u = random();
      if (u < 0.05) return "";
      if (u < 0.08) return "n/a";
      if (u < 0.15) return 0;
      return Math.round(random() * 40) * 25; // few distinct values: many ties
    });
    compare(values, [0.7, 0.9], byHandFormula);
  });

  test("1,000 values with returns (negatives), against the positive-total sheet formula", () => {
    const values = revenueValues(1000, 9); // about 2 % negative
    expect(values.some((v) => v < 0)).toBe(true);
    compare(values, [0.8, 0.95], byHandPositiveFormula);
  });
});

describe("every kind of input cell, through the formula", () => {
  function classesOf(cells: unknown[], formula = (n: number) => `=SEGMENT.ABC(B2:B${n + 1})`): unknown[] {
    const hf = sheetWithValues(cells);
    hf.setCellContents(at(1, 2), [[formula(cells.length)]]);
    return column(hf, 2, 1, cells.length).map((v) => errorOf(v)?.type ?? v);
  }

  test("blank, text, boolean and numbers stored as text are not customers", () => {
    // 90, 5, 3, 2 are the customers, as in [90,5,3,2] → A B C C.
    expect(classesOf([90, null, "abc", true, "1,234", 5, 3, 2])).toEqual(["A", "", "", "", "", "B", "C", "C"]);
  });

  test("an error cell (#N/A from a broken lookup) gives that row the same error, others unaffected", () => {
    const hf = sheetWithValues([90, 5, 3, 2]);
    hf.setCellContents(at(2, 1), [["=NA()"]]);
    hf.setCellContents(at(1, 2), [["=SEGMENT.ABC(B2:B5)"]]);
    const out = column(hf, 2, 1, 4).map((v) => errorOf(v)?.type ?? v);
    // Customers 90, 3, 2: 90 alone reaches 80 % of 95 (94.7 %) and 95 % → A; 3 → above .947 <.95 → B; 2 → C.
    expect(out).toEqual(["A", "NA", "B", "C"]);
  });

  test("negative and zero: lowest class; all zero: all lowest; one value: A", () => {
    expect(classesOf([90, -50, 5, 0, 3, 2])).toEqual(["A", "C", "B", "C", "C", "C"]);
    expect(classesOf([0, 0, 0])).toEqual(["C", "C", "C"]);
    expect(classesOf([42])).toEqual(["A"]);
  });

  test("a two-dimensional block is refused with a message", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: [[1, 2], [3, 4]] });
    hf.setCellContents(at(3, 0), [["=SEGMENT.ABC(A1:B2)"]]);
    const error = errorOf(hf.getCellValue(at(3, 0)));
    expect(error?.type).toBe("VALUE");
    expect(error?.message).toBe("values must be a single column or a single row; it has 2 rows and 2 columns.");
  });
});

describe("bad parameters give #VALUE! with a message naming what is allowed", () => {
  const hf = sheetWithValues([90, 5, 3, 2]);
  const cases: [string, string][] = [
    ['=SEGMENT.ABC(B2:B5,"85/80")', "Presets"],
    ['=SEGMENT.ABC(B2:B5,{0.8,1.2})', "greater than 0 and less than 1"],
    ['=SEGMENT.ABC(B2:B5,{0.9,0.8})', "increase"],
    ['=SEGMENT.ABC(B2:B5,"gold")', "80/95, 70/90, 50/80, 55/85"],
    ['=SEGMENT.ABC(B2:B5,0.8)', "Give 2 cuts for 3 classes"],
    ['=SEGMENT.ABC(B2:B5,,"up")', '"reach"'],
    ['=SEGMENT.ABC(B2:B5,,,"weight")', '"count"'],
    ['=SEGMENT.ABCD(B2:B5,"80/95")', "50/80/95"],
    ["=SEGMENT.PARETO(B2:B5,80)", "greater than 0 and less than 1"],
    ['=SEGMENT.EXPLAIN(B2:B5,"XYZ")', "ABC, ABCD, PARETO"],
  ];
  test.each(cases)("%s", (formula, fragment) => {
    hf.setCellContents(at(0, 5), [[formula]]);
    const error = errorOf(hf.getCellValue(at(0, 5)));
    expect(error?.type).toBe("VALUE");
    expect(error?.message).toContain(fragment);
  });
});

describe("presets, options and the other functions", () => {
  const sheet = [27000, 24000, 18000, 16000, 6000, 5000, 4000];

  test('"70/20/10" and {0.7,0.9} are the same cuts; byhand reproduces A A A B C C C', () => {
    const hf = sheetWithValues(sheet);
    hf.setCellContents(at(1, 2), [['=SEGMENT.ABC(B2:B8,"70/20/10","byhand")']]);
    hf.setCellContents(at(1, 3), [['=SEGMENT.ABC(B2:B8,{0.7,0.9},"byhand")']]);
    expect(column(hf, 2, 1, 7)).toEqual(["A", "A", "A", "B", "C", "C", "C"]);
    expect(column(hf, 3, 1, 7)).toEqual(column(hf, 2, 1, 7));
  });

  test("ABCD, count basis, PARETO and SHARE", () => {
    const hf = sheetWithValues(sheet);
    hf.setCellContents(at(1, 2), [["=SEGMENT.ABCD(B2:B8)"]]);
    hf.setCellContents(at(1, 3), [['=SEGMENT.ABC(B2:B8,,,"count")']]);
    hf.setCellContents(at(1, 4), [["=SEGMENT.PARETO(B2:B8)"]]);
    hf.setCellContents(at(1, 5), [["=SEGMENT.SHARE(B2:B8)"]]);
    // Above each: 0 .27 .51 .69 .85 .91 .96 → ABCD 50/80/95: A A B B C C D.
    expect(column(hf, 2, 1, 7)).toEqual(["A", "A", "B", "B", "C", "C", "D"]);
    // Count basis, 7 customers: 2 A (top 20 % rounded up), 1 B, 4 C.
    expect(column(hf, 3, 1, 7)).toEqual(["A", "A", "B", "C", "C", "C", "C"]);
    // 80 % reached with 16000 (above it .69) → 4 vital.
    expect(column(hf, 4, 1, 7)).toEqual(["VITAL", "VITAL", "VITAL", "VITAL", "REST", "REST", "REST"]);
    const shares = column(hf, 5, 1, 7) as number[];
    [0.27, 0.51, 0.69, 0.85, 0.91, 0.96, 1].forEach((s, i) => expect(shares[i]).toBeCloseTo(s, 10));
  });

  test("the Excel Table form gives the same class as the spilled form, row by row", () => {
    const random = seededRandom(21);
    const values = Array.from({ length: 200 }, () => Math.round(random() * 100));
    const hf = sheetWithValues(values);
    hf.setCellContents(at(1, 2), [["=SEGMENT.ABC(B2:B201)"]]);
    hf.setCellContents(at(1, 3), values.map((_, i) => [`=SEGMENT.ABCOF(B${i + 2},B$2:B$201)`]));
    hf.setCellContents(at(1, 4), [["=SEGMENT.PARETO(B2:B201)"]]);
    hf.setCellContents(at(1, 5), values.map((_, i) => [`=SEGMENT.PARETOOF(B${i + 2},B$2:B$201)`]));
    hf.setCellContents(at(1, 6), [['=SEGMENT.ABCD(B2:B201,,"byhand")']]);
    hf.setCellContents(at(1, 7), values.map((_, i) => [`=SEGMENT.ABCDOF(B${i + 2},B$2:B$201,,"byhand")`]));
    expect(column(hf, 3, 1, 200)).toEqual(column(hf, 2, 1, 200));
    expect(column(hf, 5, 1, 200)).toEqual(column(hf, 4, 1, 200));
    expect(column(hf, 7, 1, 200)).toEqual(column(hf, 6, 1, 200));
  });

  test("SEGMENT.EXPLAIN: header, per class, total, and the cut that closes each class", () => {
    const hf = sheetWithValues([...sheet, "", "1,5"]);
    hf.setCellContents(at(1, 3), [['=SEGMENT.EXPLAIN(B2:B10,,"70/90","byhand")']]);
    const table = hf.getSheetValues(0).slice(1, 8).map((row) => row.slice(3, 10));
    expect(table[0]).toEqual(["class", "customers", "% of customers", "value", "% of value", "lowest value", "cut"]);
    expect(table[1]).toEqual(["A", 3, expect.closeTo(3 / 7, 10), 69000, 0.69, 18000, 0.7]);
    expect(table[2]).toEqual(["B", 1, expect.closeTo(1 / 7, 10), 16000, 0.16, 16000, 0.9]);
    expect(table[3]).toEqual(["C", 3, expect.closeTo(3 / 7, 10), 15000, 0.15, 4000, ""]);
    expect(table[4]).toEqual(["Total", 7, 1, 100000, 1, 4000, ""]);
    expect(table[5]).toEqual(["Blank or text rows (not customers)", 2, "", "", "", "", ""]);
    expect(table[6][0]).toContain("numbers stored as text");
    expect(table[6][1]).toBe(1);
  });

  test("SEGMENT.EXPLAIN for PARETO adds the Pareto ratio and the Gini coefficient", () => {
    const hf = sheetWithValues([100, 60, 20, 10, 10, 0, -15]);
    hf.setCellContents(at(1, 3), [['=SEGMENT.EXPLAIN(B2:B8,"PARETO")']]);
    const rows = hf.getSheetValues(0).slice(1, 8).map((row) => row.slice(3, 10));
    expect(rows[1].slice(0, 5)).toEqual(["VITAL", 2, expect.closeTo(2 / 7, 10), 160, 0.8]);
    expect(rows[3].slice(0, 5)).toEqual(["LOSS", 1, expect.closeTo(1 / 7, 10), -15, 0]);
    expect(rows[5][0]).toContain("Pareto ratio");
    expect(rows[5][2]).toBeCloseTo(2 / 7, 10);
    expect(rows[6][0]).toBe("Gini coefficient");
    expect(rows[6][4]).toBeCloseTo(860 / 1400, 10);
  });
});
