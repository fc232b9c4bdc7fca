/**
 * SEGMENT.CONTRIBUTION, STABILITY, GROWTHSTREAK and ABCGROWTH as formulas in HyperFormula (built bundle).
 * Each takes a customers × periods block and spills one result per row of the block.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function column(hf: HyperFormula, col: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => hf.getCellValue(at(from + i, col)));
}

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

describe("SEGMENT.CONTRIBUTION and SEGMENT.STABILITY", () => {
  // A = customer, B:E = four quarters. Row 2 is a header inside the block on purpose, row 7 a
  // spacer: they are not customers and their results stay blank, so results line up with rows.
  const data = [
    ["customer", "Q1", "Q2", "Q3", "Q4"],
    ["north", "Q1", "Q2", "Q3", "Q4"],
    ["steady", 25, 25, 25, 25], // total 100; identical every quarter → stability 1
    ["once", 0, 0, 200, ""], // total 200; all in one quarter → 0 (blank Q4 = no sales)
    ["half", 0, 50, 50, 0], // total 100; CV = 1 (mean 25, sd 25) → 1 − 1/√3
    ["returns", -20, 0, 0, 0], // total −20: negative contribution; sales all ≤ 0 → stability 0
    ["", "", "", "", ""],
    ["broken", 10, "=NA()", 10, 10],
  ];
  const hf = hyperFormulaWithAddin({ Sheet1: data });
  hf.setCellContents(at(1, 5), [["=SEGMENT.CONTRIBUTION(B2:E8)"]]);
  hf.setCellContents(at(1, 6), [["=SEGMENT.STABILITY(B2:E8)"]]);

  test("contribution = net sales ÷ positive total (100 + 200 + 100 = 400), aligned with the rows", () => {
    const c = column(hf, 5, 1, 7);
    expect(c[0]).toBe("");
    expect(c[1]).toBeCloseTo(0.25, 9);
    expect(c[2]).toBeCloseTo(0.5, 9);
    expect(c[3]).toBeCloseTo(0.25, 9);
    expect(c[4]).toBeCloseTo(-0.05, 9);
    expect(c[5]).toBe("");
    expect(errorOf(c[6])?.type).toBe("NA");
    expect(hf.getCellValue(at(8, 5))).toBeNull();
  });

  test("stability: identical → 1, one period → 0, [0,50,50,0] → 1 − 1/√3, no sales → 0", () => {
    const s = column(hf, 6, 1, 7);
    expect(s[0]).toBe("");
    expect(s[1]).toBe(1);
    expect(s[2]).toBe(0);
    expect(s[3]).toBeCloseTo(1 - 1 / Math.sqrt(3), 9);
    expect(s[4]).toBe(0);
    expect(s[5]).toBe("");
    expect(errorOf(s[6])?.type).toBe("NA");
  });

  test("equals the by-hand formula 1 − (STDEV.P/AVERAGE)/√(P − 1) on 200 random customers × 12 months", () => {
    const random = seededRandom(23);
    const rows = Array.from({ length: 200 }, () => Array.from({ length: 12 }, () => Math.round(random() * 1000) + 1));
    const sheet = hyperFormulaWithAddin({ Sheet1: rows });
    sheet.setCellContents(at(0, 12), [["=SEGMENT.STABILITY(A1:L200)"]]);
    sheet.setCellContents(
      at(0, 13),
      rows.map((_, i) => [`=1-(STDEV.P(A${i + 1}:L${i + 1})/AVERAGE(A${i + 1}:L${i + 1}))/SQRT(COLUMNS(A${i + 1}:L${i + 1})-1)`]),
    );
    const ours = column(sheet, 12, 0, 200) as number[];
    const theirs = column(sheet, 13, 0, 200) as number[];
    ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], 9));
  });

  test("the EI–EIV quadrant straight from period sales", () => {
    // Customers: steady (c .25, s 1), once (c .5, s 0), half (c .25, s .42), returns (c −.05, s 0).
    // Medians: c = (0.25 + 0.25)/2 = 0.25; s = (0 + 0.42)/2 = 0.21.
    // steady: c = .25 is not above the median (low), s 1 → EIII; once: high c, low s → EII;
    // half: c = .25 (low), s .42 → EIII; returns: low, low → EIV.
    hf.setCellContents(at(1, 7), [["=SEGMENT.QUADRANT(SEGMENT.CONTRIBUTION(B2:E8),SEGMENT.STABILITY(B2:E8))"]]);
    const q = column(hf, 7, 1, 7);
    expect(q.slice(0, 6)).toEqual(["", "EIII", "EII", "EIII", "EIV", ""]);
    expect(errorOf(q[6])?.type).toBe("NA");
  });

  test("one period only: #VALUE! saying stability needs at least 2", () => {
    hf.setCellContents(at(20, 0), [["=SEGMENT.STABILITY(B3:B6)"]]);
    const e = errorOf(hf.getCellValue(at(20, 0)));
    expect(e?.type).toBe("VALUE");
    expect(e?.message).toContain("at least 2 period columns");
  });
});

describe("SEGMENT.GROWTHSTREAK and SEGMENT.ABCGROWTH", () => {
  // Seed 001: A = top 20 % by the latest year; B = rose in each of the last two years; C = rest.
  // Latest year (D): 100, 90, 3, 4, 80, 8, 7, 5, 6, 1 → top 2 of 10 customers: 100 and 90 are A.
  const years = [
    ["FY2022", "FY2023", "FY2024"], // (a bare "2022" would be entered as a number)
    [1, 2, 100], // streak 2, A
    [5, 5, 90], // streak 1, A
    [1, 2, 3], // streak 2, B
    [3, 2, 4], // streak 1, C
    [1, 5, 80], // streak 2, B (third largest, but not in the top 20 %)
    [10, 9, 8], // streak 0, C
    [0, "", 7], // blank 2023 = 0: streak 1, C
    [2, 3, 5], // streak 2, B
    [6, 6, 6], // flat: streak 0, C
    [1, 2, 1], // streak 0, C
  ];
  const hf = hyperFormulaWithAddin({ Sheet1: years });
  hf.setCellContents(at(0, 3), [["=SEGMENT.GROWTHSTREAK(A1:C11)"]]);
  hf.setCellContents(at(0, 4), [["=SEGMENT.ABCGROWTH(A1:C11)"]]);
  hf.setCellContents(at(0, 5), [["=SEGMENT.ABCGROWTH(A1:C11,0.3)"]]);

  test("growth streaks, aligned with the rows (the header row stays blank)", () => {
    expect(column(hf, 3, 0, 11)).toEqual(["", 2, 1, 2, 1, 2, 0, 1, 2, 0, 0]);
    expect(hf.getCellValue(at(11, 3))).toBeNull();
  });

  test("ABC by growth, default top 20 % and top 30 %", () => {
    expect(column(hf, 4, 0, 11)).toEqual(["", "A", "A", "B", "C", "B", "C", "C", "B", "C", "C"]);
    // top 0.3: 80 joins A.
    expect(column(hf, 5, 0, 11)).toEqual(["", "A", "A", "B", "C", "A", "C", "C", "B", "C", "C"]);
  });

  test("two year columns: ABCGROWTH says it needs 3; a bad top says what is allowed", () => {
    hf.setCellContents(at(20, 0), [["=SEGMENT.ABCGROWTH(B2:C11)"]]);
    expect(errorOf(hf.getCellValue(at(20, 0)))?.message).toContain("at least 3 year columns");
    hf.setCellContents(at(21, 0), [['=SEGMENT.ABCGROWTH(A2:C11,"top")']]);
    const e = errorOf(hf.getCellValue(at(21, 0)));
    expect(e?.type).toBe("VALUE");
    expect(e?.message).toContain("greater than 0 and less than 1");
    hf.setCellContents(at(22, 0), [["=SEGMENT.GROWTHSTREAK(C2:C11)"]]);
    expect(errorOf(hf.getCellValue(at(22, 0)))?.message).toContain("at least 2 year columns");
  });
});
