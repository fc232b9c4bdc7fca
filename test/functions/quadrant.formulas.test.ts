/**
 * SEGMENT.QUADRANT and SEGMENT.QUADRANTEXPLAIN as formulas in HyperFormula, loaded from the built
 * bundle (npm run build first). Data goes in first, then the formulas that read it.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { sheetWithColumns } from "../harness/sheetWithColumns";
import { seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function column(hf: HyperFormula, col: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => hf.getCellValue(at(from + i, col)));
}

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

/** A sheet with a header row and columns A = customer, B = x, C = y. */
const sheet = (rows: [unknown, unknown][]): HyperFormula =>
  sheetWithColumns(["customer", "x", "y"], rows.map(([x, y], i) => [`C${i + 1}`, x, y]));

describe("SEGMENT.QUADRANT", () => {
  test("worked example: median splits, equal to the median is low, one code per input row", () => {
    // Customers (both numbers): x = 10 20 30 40 50 → median 30; y = 5 1 4 2 3 → median 3.
    // 10/5 → low x, high y = EIII; 20/1 → EIV; 30/4 → x equals the median: low, y high → EIII;
    // 40/2 → EII; 50/3 → y equals the median: low → EII. Row 6 has text y: not a customer (blank).
    // Row 7 holds #N/A in x: that row alone gets #N/A.
    const hf = sheet([
      [10, 5],
      [20, 1],
      [30, 4],
      [40, 2],
      [50, 3],
      [1000, "n/a"],
      ["=NA()", 9],
    ]);
    hf.setCellContents(at(1, 3), [["=SEGMENT.QUADRANT(B2:B8,C2:C8)"]]);
    const out = column(hf, 3, 1, 7);
    expect(out.slice(0, 6)).toEqual(["EIII", "EIV", "EIII", "EII", "EII", ""]);
    expect(errorOf(out[6])?.type).toBe("NA");
    expect(hf.getCellValue(at(8, 3))).toBeNull(); // nothing spills past the input
  });

  test("label sets, percentile, mean and number splits", () => {
    const hf = sheet([
      [1, 10],
      [2, 20],
      [3, 30],
      [10, 40],
    ]);
    // x mean = 4 → only 10 is high; y p75 = PERCENTILE.INC(10..40, 0.75) = 30 + 0.25·10 = 32.5.
    hf.setCellContents(at(1, 3), [['=SEGMENT.QUADRANT(B2:B5,C2:C5,"mean","p75","plain")']]);
    expect(column(hf, 3, 1, 4)).toEqual(["LL", "LL", "LL", "HH"]);
    // Numbers: x > 2 high, y > 30 high (2 and 30 themselves are low); prospects codes.
    hf.setCellContents(at(1, 4), [['=SEGMENT.QUADRANT(B2:B5,C2:C5,2,30,"prospects")']]);
    expect(column(hf, 4, 1, 4)).toEqual(["PIV", "PIV", "PII", "PI"]);
    // tenure: x = size, y = tenure; default median split x 2.5, y 25.
    hf.setCellContents(at(1, 5), [['=SEGMENT.QUADRANT(B2:B5,C2:C5,,,"tenure")']]);
    expect(column(hf, 5, 1, 4)).toEqual(["NEW-SMALL", "NEW-SMALL", "OLD-LARGE", "OLD-LARGE"]);
  });

  test("a row spills across", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [10, 20, 30, 40],
        [4, 3, 2, 1],
      ],
    });
    // x median 25, y median 2.5: 10/4 LH, 20/3 LH, 30/2 HL, 40/1 HL.
    hf.setCellContents(at(2, 0), [['=SEGMENT.QUADRANT(A1:D1,A2:D2,,,"plain")']]);
    expect(hf.getSheetValues(0)[2]).toEqual(["LH", "LH", "HL", "HL"]);
  });

  test("equals the by-hand sheet formula with MEDIAN, AVERAGE and PERCENTILE.INC on 300 random rows", () => {
    const random = seededRandom(17);
    const n = 300;
    const rows: [number, number][] = Array.from({ length: n }, () => [Math.round(random() * 50) * 10, Math.round(random() * 1e4) / 100]);
    const hf = sheet(rows);
    const xr = `B$2:B$${n + 1}`;
    const yr = `C$2:C$${n + 1}`;
    const byHand = (r: number, xs: string, ys: string) =>
      `=IF(B${r}>${xs},IF(C${r}>${ys},"EI","EII"),IF(C${r}>${ys},"EIII","EIV"))`;
    const cases: [string, string, string, string][] = [
      ["", "", `MEDIAN(${xr})`, `MEDIAN(${yr})`],
      ['"mean"', '"p75"', `AVERAGE(${xr})`, `PERCENTILE.INC(${yr},0.75)`],
      ['"p10"', "250", `PERCENTILE.INC(${xr},0.1)`, "250"],
    ];
    cases.forEach(([xs, ys, xFormula, yFormula], k) => {
      const ours = 3 + 2 * k;
      hf.setCellContents(at(1, ours), [[`=SEGMENT.QUADRANT(B2:B${n + 1},C2:C${n + 1},${xs},${ys})`]]);
      hf.setCellContents(
        at(1, ours + 1),
        rows.map((_, i) => [byHand(i + 2, xFormula, yFormula)]),
      );
      expect(column(hf, ours, 1, n)).toEqual(column(hf, ours + 1, 1, n));
    });
  });
});

describe("argument mistakes give #VALUE! with a message naming what is allowed", () => {
  const hf = sheet([
    [1, 4],
    [2, 3],
    [3, 2],
  ]);
  hf.setCellContents(at(0, 5), [[1, 2, 3]]); // a row of three, F1:H1

  function errorFrom(formula: string): { type: string; message: string } {
    hf.setCellContents(at(10, 0), [[formula]]);
    const e = errorOf(hf.getCellValue(at(10, 0)));
    if (!e) throw new Error(`no error from ${formula}`);
    return e;
  }

  test("x and y of different lengths", () => {
    const e = errorFrom("=SEGMENT.QUADRANT(B2:B4,C2:C3)");
    expect(e.type).toBe("VALUE");
    expect(e.message).toContain("as many rows as x (3)");
    expect(e.message).toContain("it has 2");
  });

  test("x a column and y a row of the same length", () => {
    const e = errorFrom("=SEGMENT.QUADRANT(B2:B4,F1:H1)");
    expect(e.type).toBe("VALUE");
    expect(e.message).toContain("both be columns or both be rows");
  });

  test("a split that is not a split", () => {
    const e = errorFrom('=SEGMENT.QUADRANT(B2:B4,C2:C4,"middle")');
    expect(e.type).toBe("VALUE");
    for (const allowed of ['"median"', '"mean"', '"p75"', "a number"]) expect(e.message).toContain(allowed);
    const t = errorFrom("=SEGMENT.QUADRANT(B2:B4,C2:C4,,TRUE())");
    expect(t.message).toContain("y_split");
  });

  test("an unknown label set", () => {
    const e = errorFrom('=SEGMENT.QUADRANT(B2:B4,C2:C4,,,"vip")');
    expect(e.type).toBe("VALUE");
    for (const set of ['"existing"', '"prospects"', '"tenure"', '"plain"']) expect(e.message).toContain(set);
  });
});

describe("SEGMENT.QUADRANTEXPLAIN", () => {
  test("per code: customers, shares, x totals; then the splits used", () => {
    // Same worked example as above plus a blank row: EI none; EII = x 40 + 50 = 90 of 150 (two of
    // five customers); EIII = 10 + 30; EIV = 20. Splits: x median 30, y median 3.
    const hf = sheet([
      [10, 5],
      [20, 1],
      [30, 4],
      [40, 2],
      [50, 3],
      ["", ""],
    ]);
    hf.setCellContents(at(0, 4), [["=SEGMENT.QUADRANTEXPLAIN(B2:B7,C2:C7)"]]);
    const table = hf.getSheetValues(0).map((row) => row.slice(4, 9));
    expect(table[0]).toEqual(["code", "customers", "% of customers", "x total", "% of x"]);
    expect(table.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ["EI", 0],
      ["EII", 2],
      ["EIII", 2],
      ["EIV", 1],
    ]);
    expect(table[2][2]).toBeCloseTo(0.4, 9);
    expect(table[2][3]).toBe(90);
    expect(table[2][4]).toBeCloseTo(90 / 150, 9); // HyperFormula rounds to ~10 digits
    expect(table[5].slice(0, 4)).toEqual(["Total", 5, 1, 150]);
    expect(table[6].slice(0, 2)).toEqual(["Blank or text rows (not customers)", 1]);
    expect(table[7].slice(0, 2)).toEqual(["x split (median; x > split is high)", 30]);
    expect(table[8].slice(0, 2)).toEqual(["y split (median; y > split is high)", 3]);
  });

  test("with a percentile and a number", () => {
    const hf = sheet([
      [1, 10],
      [2, 20],
      [3, 30],
      [10, 40],
    ]);
    hf.setCellContents(at(0, 4), [['=SEGMENT.QUADRANTEXPLAIN(B2:B5,C2:C5,"p75",25,"plain")']]);
    const table = hf.getSheetValues(0).map((row) => row.slice(4, 9));
    // x p75 = PERCENTILE.INC(1,2,3,10; 0.75) = 3 + 0.25·7 = 4.75: only 10 is high; y > 25: 30, 40.
    // HH = x 10; HL = none; LH = x 3; LL = x 1 + 2.
    expect(table.slice(1, 5).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["HH", 1, 10],
      ["HL", 0, 0],
      ["LH", 1, 3],
      ["LL", 2, 3],
    ]);
    expect(table[6].slice(0, 2)).toEqual(["x split (p75; x > split is high)", 4.75]);
    expect(table[7].slice(0, 2)).toEqual(["y split (25; y > split is high)", 25]);
  });
});
