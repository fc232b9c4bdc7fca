/**
 * SEGMENT.LIFECYCLE and LIFECYCLEEXPLAIN as formulas in HyperFormula (built bundle: run npm run
 * build first), fed by SEGMENT.SUMMARY the way a user chains them.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

function block(hf: HyperFormula, row: number, col: number, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => hf.getCellValue(at(row + r, col + c))));
}

describe("SEGMENT.LIFECYCLE", () => {
  test("from orders through SUMMARY; as_of defaults to the latest order date (45400)", () => {
    // Orders (ID, date, amount). As of 45400 (latest date in the data):
    //   N: one order 45350 → tenure 50 ≤ 90 → NEW
    //   A: orders 45000, 45200, 45380 → d 20, tenure 400, 3 orders → ACTIVE (gap 190)
    //   L: 6 orders, every 80 days from 45000 to 45400 → d 0, tenure 400, 6 orders → LOYAL
    //   S: 45100, 45250 → d 150 (> 90), gap 150, 150 ≤ 300 → SILENT
    //   R: weekly 45200 … 45270 (11 orders), then nothing → d 130, gap 7 → AT-RISK
    //   X: one order 45000 → d 400 > 365 → CHURNED
    const orders: [string, number][] = [
      ["N", 45350],
      ["A", 45000],
      ["A", 45200],
      ["A", 45380],
      ...[45000, 45080, 45160, 45240, 45320, 45400].map((d): [string, number] => ["L", d]),
      ["S", 45100],
      ["S", 45250],
      ...Array.from({ length: 11 }, (_, k): [string, number] => ["R", 45200 + 7 * k]),
      ["X", 45000],
    ];
    const n = orders.length;
    const hf = hyperFormulaWithAddin({ Sheet1: orders.map(([id, d]) => [id, d, 10]) });
    hf.setCellContents(at(0, 4), [[`=SEGMENT.SUMMARY(A1:A${n},B1:B${n},C1:C${n})`]]); // E1:L7 (header + 6)
    // The summary's own header row is text: not a customer, blank stage; so the stages line up.
    hf.setCellContents(at(0, 13), [["=SEGMENT.LIFECYCLE(F1:F7,G1:G7,H1:H7)"]]);
    expect(block(hf, 0, 13, 7, 1).flat()).toEqual(["", "NEW", "ACTIVE", "LOYAL", "SILENT", "AT-RISK", "CHURNED"]);
    hf.setCellContents(at(10, 13), [["=SEGMENT.LIFECYCLEEXPLAIN(F1:F7,G1:G7,H1:H7)"]]);
    const explain = block(hf, 10, 13, 18, 3);
    expect(explain.slice(0, 8).map((r) => r.slice(0, 2))).toEqual([
      ["stage", "customers"],
      ["CHURNED", 1],
      ["DISSATISFIED", 0],
      ["AT-RISK", 1],
      ["NEW", 1],
      ["LOYAL", 1],
      ["ACTIVE", 1],
      ["SILENT", 1],
    ]);
    expect(explain[9].slice(0, 2)).toEqual(["As-of date used", 45400]);
    expect(explain.slice(10, 17).map((r) => r[1])).toEqual([90, 90, 365, 2, 5, 365, 2]); // the windows used
    expect(explain[17].slice(0, 2)).toEqual(["Rows without three numbers (not customers)", 1]); // the header row
  });

  test("every window at window − 1, window, window + 1, with optional arguments skipped", () => {
    // As of 45000. Columns: first, last, orders. Defaults: new 90, active 90, churn 365, k 2.
    const rows: [number, number, number][] = [
      [45000 - 89, 44999, 2], // NEW
      [45000 - 90, 44999, 2], // NEW
      [45000 - 91, 44999, 2], // ACTIVE
      [44700, 45000 - 89, 2], // ACTIVE
      [44700, 45000 - 90, 2], // ACTIVE
      [44700, 45000 - 91, 2], // SILENT
      [45000 - 364, 45000 - 364, 1], // SILENT
      [45000 - 365, 45000 - 365, 1], // SILENT
      [45000 - 366, 45000 - 366, 1], // CHURNED
      [45000 - 119, 45000 - 19, 11], // gap 10: d 19 → ACTIVE
      [45000 - 120, 45000 - 20, 11], // d 20 → ACTIVE
      [45000 - 121, 45000 - 21, 11], // d 21 → AT-RISK
    ];
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    hf.setCellContents(at(0, 4), [["=SEGMENT.LIFECYCLE(A1:A12,B1:B12,C1:C12,45000)"]]);
    expect(block(hf, 0, 4, 12, 1).flat()).toEqual([
      "NEW",
      "NEW",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "SILENT",
      "SILENT",
      "SILENT",
      "CHURNED",
      "ACTIVE",
      "ACTIVE",
      "AT-RISK",
    ]);
    // Skipped arguments keep their defaults; k = 3 moves AT-RISK to d > 30.
    hf.setCellContents(at(0, 5), [["=SEGMENT.LIFECYCLE(A1:A12,B1:B12,C1:C12,45000,,,,3)"]]);
    expect(block(hf, 9, 5, 3, 1).flat()).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    // Satisfaction in the ninth argument: 2 → DISSATISFIED (but a churned customer stays CHURNED).
    hf.setCellContents(at(0, 7), Array.from({ length: 12 }, () => [2]));
    hf.setCellContents(at(0, 6), [["=SEGMENT.LIFECYCLE(A1:A12,B1:B12,C1:C12,45000,,,,,H1:H12)"]]);
    const withScores = block(hf, 0, 6, 12, 1).flat();
    expect(withScores[8]).toBe("CHURNED");
    expect(withScores.filter((s) => s === "DISSATISFIED").length).toBe(11);
  });

  test("bad input: a row after the as-of date, a text as_of, mismatched satisfaction, out-of-scale satisfaction", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [44900, 44950, 2, 3],
        [44900, 45100, 2, 9],
      ],
    });
    hf.setCellContents(at(5, 0), [["=SEGMENT.LIFECYCLE(A1:A2,B1:B2,C1:C2,45000)"]]);
    expect(hf.getCellValue(at(5, 0))).toBe("ACTIVE");
    expect(errorOf(hf.getCellValue(at(6, 0)))?.message).toMatch(/^The last order is after the as-of date/);
    hf.setCellContents(at(8, 0), [['=SEGMENT.LIFECYCLE(A1:A2,B1:B2,C1:C2,"last month")']]);
    expect(errorOf(hf.getCellValue(at(8, 0)))?.message).toMatch(/^as_of must be a date/);
    hf.setCellContents(at(9, 0), [["=SEGMENT.LIFECYCLE(A1:A2,B1:B2,C1:C2,,,,,,D1)"]]);
    expect(errorOf(hf.getCellValue(at(9, 0)))?.message).toBe("satisfaction must have as many rows as first_order (2); it has 1.");
    hf.setCellContents(at(10, 0), [["=SEGMENT.LIFECYCLE(A1:A2,B1:B2,C1:C2,,,,,,D1:D2)"]]);
    expect(errorOf(hf.getCellValue(at(10, 0)))?.message).toMatch(/^Satisfaction must be on a 1–5 scale.*row 2 holds 9/);
    hf.setCellContents(at(11, 0), [["=SEGMENT.LIFECYCLE(A1:A2,B1:B2,C1:C2,,,400)"]]);
    expect(errorOf(hf.getCellValue(at(11, 0)))?.message).toBe("The active window (400 days) must not be longer than the churn window (365 days).");
  });
});
