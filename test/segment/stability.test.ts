/** Contribution and stability from a customers × periods block (methods.md §5). */
import fc from "fast-check";
import { KIND_BLANK, KIND_ERROR, KIND_NUMBER } from "../../src/segment/cells";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { SegmentError } from "../../src/segment/segmentError";
import { contributions, stabilities, stabilityOf } from "../../src/segment/stability";
import { formatMessage } from "../../src/i18n/messages";

const stabilityOfRow = (row: number[]): number => stabilityOf(Float64Array.from(row), 0, row.length);

describe("reading the block", () => {
  test("a row with a number is a customer; blanks inside it are 0; a row of text is not; an error spoils its row", () => {
    const m = readPeriodMatrix([
      ["Jan", "Feb", "Mar"], // header: no number → not a customer
      [10, "", 5], // blank February = no sales
      ["", "", ""], // spacer
      [1, { code: "#N/A" }, { code: "#REF!" }], // first error in the row
      [0, 0, 0], // a customer with no sales
    ]);
    expect(Array.from(m.rows.kinds)).toEqual([KIND_BLANK, KIND_NUMBER, KIND_BLANK, KIND_ERROR, KIND_NUMBER]);
    expect(Array.from(m.sales.subarray(3, 6))).toEqual([10, 0, 5]);
    expect(m.rows.values[1]).toBe(15);
    expect(m.rows.errors.get(3)?.code).toBe("#N/A");
    expect(m.rows.customerCount).toBe(2);
  });
});

describe("contribution", () => {
  test("worked example: net sales ÷ positive total; a net return is negative", () => {
    // Row totals: 30, 70, −5 (returns), none (blank row), 0. Positive total = 30 + 70 = 100.
    const m = readPeriodMatrix([
      [10, 20],
      [30, 40],
      [-5, 0],
      ["", ""],
      [0, ""],
    ]);
    const c = Array.from(contributions(m));
    expect(c[0]).toBeCloseTo(0.3, 15);
    expect(c[1]).toBeCloseTo(0.7, 15);
    expect(c[2]).toBeCloseTo(-0.05, 15);
    expect(Number.isNaN(c[3])).toBe(true);
    expect(c[4]).toBe(0);
  });

  test("positive contributions add up to 1 (1,000 runs)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -50, max: 1000 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        (rows) => {
          fc.pre(rows.some((r) => r[0] + r[1] + r[2] > 0));
          const c = contributions(readPeriodMatrix(rows));
          let sum = 0;
          for (const v of c) if (v > 0) sum += v;
          expect(sum).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("no positive total: #VALUE! with a message", () => {
    expect(() => contributions(readPeriodMatrix([[0, -1]]))).toThrow(SegmentError);
  });
});

describe("stability = 1 − CV ÷ √(P − 1)", () => {
  test("worked examples", () => {
    // Two periods: CV = |a − b| ÷ (a + b), √(P − 1) = 1. [10, 30] → 1 − 20/40 = 0.5; [10, 20] → 1 − 1/3.
    expect(stabilityOfRow([10, 30])).toBeCloseTo(0.5, 15);
    // Found by the property below: the smallest doubles once underflowed to 0 ÷ 0. The scale does not matter.
    expect(stabilityOfRow([5e-324, 5e-324, 0, 0])).toBeCloseTo(stabilityOfRow([1, 1, 0, 0]), 15);
    expect(stabilityOfRow([1e300, 3e300])).toBeCloseTo(0.5, 15);
    expect(stabilityOfRow([10, 20])).toBeCloseTo(2 / 3, 15);
    // [0, 10, 10]: mean 20/3, population sd = √200 / 3, CV = 1/√2; 1 − (1/√2)/√2 = 0.5.
    expect(stabilityOfRow([0, 10, 10])).toBeCloseTo(0.5, 15);
    // A return counts as a period without sales: [−4, 10, 10] is [0, 10, 10].
    expect(stabilityOfRow([-4, 10, 10])).toBeCloseTo(0.5, 15);
  });

  test("identical sales every period → exactly 1 (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 60 }), (v, periods) => {
        expect(stabilityOfRow(Array(periods).fill(v))).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  test("sales in one period only → exactly 0 (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 60 }), fc.nat(), (v, periods, at) => {
        const row = Array(periods).fill(0);
        row[at % periods] = v;
        expect(stabilityOfRow(row)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  test("all-zero row (no purchases) → 0, the documented answer; all returns too", () => {
    expect(stabilityOfRow([0, 0, 0, 0])).toBe(0);
    expect(stabilityOfRow([-3, 0, -1])).toBe(0);
    const m = readPeriodMatrix([
      [0, 0, 0],
      ["", 0, ""],
    ]);
    expect(Array.from(stabilities(m))).toEqual([0, 0]);
  });

  test("always within [0, 1] (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { minLength: 2, maxLength: 48 }), (row) => {
        const s = stabilityOfRow(row);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  test("one period only → #VALUE! that says at least 2 periods are needed", () => {
    let message = "";
    try {
      stabilities(readPeriodMatrix([[5], [7]]));
    } catch (error) {
      message = formatMessage((error as SegmentError).key, (error as SegmentError).params);
    }
    expect(message).toContain("at least 2");
    expect(message).toContain("has 1");
  });
});
