/** XYZ and ABC–XYZ from a customers × periods block (methods.md §14), on hand-worked numbers. */
import fc from "fast-check";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { SegmentError } from "../../src/segment/segmentError";
import { stabilityOf } from "../../src/segment/stability";
import { ERROR_ROW, NOT_A_CUSTOMER } from "../../src/segment/classifyRows";
import { ABC_XYZ_CODES, abcXyz, cvOf, validateXyzCuts, variations, xyz, XYZ_CODES } from "../../src/segment/xyz";

/**
 * Twelve rows over four periods, each CV worked out by hand (population SD ÷ mean, blanks and
 * text as 0, a negative period as 0):
 */
const ROWS: unknown[][] = [
  [100, 100, 100, 100], //  0: mean 100, SD 0 → CV 0 → X
  [1, 3, 1, 3], //          1: mean 2, deviations ±1, SD 1 → CV 0.5 exactly → X (the cut itself)
  [0, 2, 0, 2], //          2: mean 1, SD 1 → CV 1 exactly → Y (the cut itself)
  [0, 0, 0, 4], //          3: mean 1, variance (1+1+1+9)/4 = 3 → CV √3 = 1.7320… → Z
  [10, 20, 30, 40], //      4: mean 25, squares 225+25+25+225 = 500, variance 125 → CV √125/25 = 0.4472… → X
  ["", 6, "n/a", 2], //     5: read as 0, 6, 0, 2: mean 2, squares 4+16+4+0 = 24, variance 6 → CV √6/2 = 1.2247… → Z
  [5, -3, 5, 5], //         6: read as 5, 0, 5, 5: mean 3.75, squares 3×1.5625+14.0625 = 18.75, variance 4.6875 → CV 0.5773… → Y
  [0, 0, 0, 0], //          7: no sales: mean 0 → not classified
  ["", "", "", ""], //      8: no number: not a customer
  [{ code: "#N/A" }, 1, 2, 3], // 9: the row's error
  [3, 1, 2, 2], //         10: mean 2, squares 1+1+0+0 = 2, variance 0.5 → CV √0.5/2 = 0.3535… → X
  [200, 0, 100, 0], //     11: mean 75, squares 15625+5625+625+5625 = 27500, variance 6875 → CV 1.1055… → Z
];

const CV = [0, 0.5, 1, Math.sqrt(3), Math.sqrt(125) / 25, Math.sqrt(6) / 2, Math.sqrt(4.6875) / 3.75, NaN, NaN, NaN, Math.sqrt(0.5) / 2, Math.sqrt(6875) / 75];

describe("XYZ by the coefficient of variation", () => {
  const matrix = readPeriodMatrix(ROWS);

  test("the CVs worked out by hand", () => {
    const cv = Array.from(variations(matrix));
    CV.forEach((expected, r) => {
      if (Number.isNaN(expected)) expect([r, cv[r]]).toEqual([r, NaN]);
      else expect([r, cv[r]]).toEqual([r, expect.closeTo(expected, 14)]);
    });
    // The two cuts themselves come out exactly, so the boundary rule is tested, not rounding.
    expect(cv[1]).toBe(0.5);
    expect(cv[2]).toBe(1);
  });

  test("default cuts: X ≤ 0.5 < Y ≤ 1.0 < Z; no sales → blank; no number → blank; an error → its row", () => {
    const result = xyz(matrix);
    const codes = Array.from(result.classIndex, (c) => (c >= 0 ? XYZ_CODES[c] : c === ERROR_ROW ? "#ERR" : ""));
    expect(codes).toEqual(["X", "X", "Y", "Z", "X", "Z", "Y", "", "", "#ERR", "X", "Z"]);
    expect(result.noSales).toBe(1);
    expect(result.classIndex[7]).toBe(NOT_A_CUSTOMER);
  });

  test("other cuts: {0.25, 0.5} moves the 0.4472 and 0.3536 customers to Y and the CV-1 customer to Z", () => {
    const codes = Array.from(xyz(matrix, [0.25, 0.5]).classIndex, (c) => (c >= 0 ? XYZ_CODES[c] : ""));
    expect(codes).toEqual(["X", "Y", "Z", "Z", "Y", "Z", "Z", "", "", "", "Y", "Z"]);
  });

  test("cuts must be two, 0 or more, increasing; at least two periods", () => {
    expect(() => validateXyzCuts([0.5])).toThrow(SegmentError);
    expect(() => validateXyzCuts([1, 0.5])).toThrow(SegmentError);
    expect(() => validateXyzCuts([-0.1, 0.5])).toThrow(SegmentError);
    expect(() => validateXyzCuts([0.5, Infinity])).toThrow(SegmentError);
    expect(validateXyzCuts([0, 2])).toEqual([0, 2]);
    expect(() => xyz(readPeriodMatrix([[1], [2]]))).toThrow(expect.objectContaining({ key: "xyz.periods" }));
  });

  test("CV does not depend on the scale, from 5e-324 to 1e308 (no 0 ÷ 0, no overflow)", () => {
    const row = [1, 3, 1, 3];
    for (const scale of [5e-324, 1e-200, 1e-5, 1, 1e5, 1e200, 1e307]) {
      const cv = cvOf(Float64Array.from(row, (v) => v * scale), 0, 4);
      // 5e-324 × 3 rounds to 1.5e-323 (3 × the smallest step): the CV stays 0.5 exactly.
      expect([scale, cv]).toEqual([scale, expect.closeTo(0.5, 12)]);
    }
    expect(cvOf(Float64Array.from([1e308, 1e308, 0]), 0, 3)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  test("agrees with STABILITY: CV = √(P − 1) × (1 − stability) (1,000 random rows)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 1000 }), { minLength: 2, maxLength: 24 }), (row) => {
        const sales = Float64Array.from(row);
        const cv = cvOf(sales, 0, row.length);
        fc.pre(!Number.isNaN(cv));
        expect(cv).toBeCloseTo(Math.sqrt(row.length - 1) * (1 - stabilityOf(sales, 0, row.length)), 9);
      }),
      { numRuns: 1000 },
    );
  });

  test("rows are classified on their own: shuffling the rows moves the codes with them", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 30 }), fc.integer(), (rows, seed) => {
        const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
        const a = xyz(readPeriodMatrix(rows)).classIndex;
        const b = xyz(readPeriodMatrix(order.map((i) => rows[i]))).classIndex;
        order.forEach((i, j) => expect(b[j]).toBe(a[i]));
      }),
      { numRuns: 300 },
    );
  });
});

describe("ABC–XYZ: the ABC of the period totals, then the XYZ letter", () => {
  test("worked example with ABC's default 80/95 and the reach rule", () => {
    // Net totals: 400, 8, 4, 4, 100, 8, 12 (5 − 3 + 5 + 5), 0, —, #N/A, 8, 300.
    // Positive total 844. From the top, the share strictly above each customer:
    //   400: 0 → A;  300: 400/844 = 0.474 → A;  100: 700/844 = 0.829 → B (≥ 0.8);
    //   12: 800/844 = 0.948 → B;  8 (×3): 812/844 = 0.962 → C;  4 (×2): 836/844 → C;  0 → C.
    const result = abcXyz(readPeriodMatrix(ROWS));
    const codes = Array.from(result.classIndex, (c) => (c >= 0 ? ABC_XYZ_CODES[c] : c === ERROR_ROW ? "#ERR" : ""));
    expect(codes).toEqual(["AX", "CX", "CY", "CZ", "BX", "CZ", "BY", "", "", "#ERR", "CX", "AZ"]);
    expect(Array.from(result.abcIndex.subarray(0, 8))).toEqual([0, 2, 2, 2, 1, 2, 1, 2]);
    expect(result.abc.limits).toEqual([300, 12]);
  });

  test("other ABC cuts (50/80) and XYZ cuts ({0.4, 1.5})", () => {
    // Share above: 400 → 0 A; 300 → 0.474 A; 100 → 0.829 C (≥ 0.8); everyone below C.
    const result = abcXyz(readPeriodMatrix(ROWS), { cuts: [0.5, 0.8], rule: "reach", basis: "value" }, [0.4, 1.5]);
    const codes = Array.from(result.classIndex, (c) => (c >= 0 ? ABC_XYZ_CODES[c] : ""));
    expect(codes).toEqual(["AX", "CY", "CY", "CZ", "CY", "CY", "CY", "", "", "", "CX", "AY"]);
  });

  test("the class index is 3 × ABC + XYZ for every customer (300 random blocks)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -10, max: 500 }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 40 }), (rows) => {
        const m = readPeriodMatrix(rows);
        const both = abcXyz(m);
        const letters = xyz(m).classIndex;
        for (let r = 0; r < rows.length; r++) {
          if (letters[r] < 0) expect(both.classIndex[r]).toBe(letters[r]);
          else expect(both.classIndex[r]).toBe(3 * both.abcIndex[r] + letters[r]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
