/** Growth streaks and ABC by growth (methods.md §3, seed 001). */
import fc from "fast-check";
import { NOT_A_CUSTOMER, ERROR_ROW } from "../../src/segment/classifyRows";
import { abcGrowth, ABC_GROWTH_CODES, growthStreaks } from "../../src/segment/growth";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { SegmentError } from "../../src/segment/segmentError";
import { formatMessage } from "../../src/i18n/messages";

function messageOf(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    if (error instanceof SegmentError) return formatMessage(error.key, error.params);
    throw error;
  }
  throw new Error("expected a SegmentError");
}

const classes = (rows: unknown[][], top?: number): string[] =>
  Array.from(abcGrowth(readPeriodMatrix(rows), top).classIndex, (c) =>
    c >= 0 ? ABC_GROWTH_CODES[c] : c === NOT_A_CUSTOMER ? "" : c === ERROR_ROW ? "#ERR" : "?",
  );

describe("GROWTHSTREAK: consecutive years of strict growth up to the latest", () => {
  test("worked examples", () => {
    const streaks = Array.from(
      growthStreaks(
        readPeriodMatrix([
          [1, 2, 3, 4], // rose three years running → 3
          [1, 2, 2, 3], // rose last year only; flat before is not growth → 1
          [4, 3, 2, 1], // fell → 0
          [1, "", 5, 6], // blank = 0: 0 → 5 → 6 rose twice; 1 → 0 fell → 2
          [9, 1, 2, 3], // 1 → 2 → 3, then 9 → 1 fell → 2
          ["", "", "", ""], // not a customer
        ]),
      ),
    );
    expect(streaks.slice(0, 5)).toEqual([3, 1, 0, 2, 2]);
    expect(Number.isNaN(streaks[5])).toBe(true);
  });

  test("one year column: #VALUE! saying at least 2 are needed", () => {
    expect(messageOf(() => growthStreaks(readPeriodMatrix([[1], [2]])))).toContain("at least 2");
  });

  test("the streak never exceeds years − 1 and matches a direct count (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 10 }), (row) => {
        const [streak] = growthStreaks(readPeriodMatrix([row]));
        let expected = 0;
        for (let y = row.length - 1; y > 0 && row[y] > row[y - 1]; y--) expected++;
        expect(streak).toBe(expected);
        expect(streak).toBeLessThanOrEqual(row.length - 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("ABCGROWTH", () => {
  test("worked example, 10 customers × 3 years", () => {
    // Latest year: 100, 90, 3, 4, 80, 8, 7, 5, 6, 1. Top 20 % of 10 customers = 2 → A = 100, 90.
    // B = not A and rose in each of the last two years: rows 3 (1<2<3), 5 (1<5<80), 8 (2<3<5).
    // Row 5 is the third-largest (80) but not in the top 20 %: it is B by growth, not A.
    const rows = [
      [1, 2, 100], // A
      [5, 5, 90], // A (latest year decides, growth does not matter)
      [1, 2, 3], // B
      [3, 2, 4], // C: rose only last year
      [1, 5, 80], // B
      [10, 9, 8], // C: falling
      [0, "", 7], // C: blank = 0, 0 → 0 is flat, then rose once
      [2, 3, 5], // B
      [6, 6, 6], // C: flat is not growth
      [1, 2, 1], // C
    ];
    expect(classes(rows)).toEqual(["A", "A", "B", "C", "B", "C", "C", "B", "C", "C"]);
    // top = 0.3: the top 3 (100, 90, 80) are A, so row 5 moves from B to A.
    expect(classes(rows, 0.3)).toEqual(["A", "A", "B", "C", "A", "C", "C", "B", "C", "C"]);
  });

  test("ties share a class; header, blank and error rows keep their place", () => {
    // 5 customers, top 20 % = 1 customer; two tie at the top (50) → both A (share strictly above = 0).
    const rows: unknown[][] = [
      ["2022", "2023", "2024"],
      [1, 2, 50],
      [3, 4, 50],
      [1, 2, 3],
      [{ code: "#N/A" }, 1, 2],
      [9, 8, 7],
      ["", "", ""],
      [0, 0, 0],
    ];
    expect(classes(rows)).toEqual(["", "A", "A", "B", "#ERR", "C", "", "C"]);
  });

  test("a latest year ≤ 0 is never A", () => {
    expect(classes([[1, 2, 0], [0, 0, -5], [-9, -5, -1]], 0.5)).toEqual(["C", "C", "B"]);
  });

  test("fewer than 3 year columns, or a top outside (0, 1): #VALUE! saying what is allowed", () => {
    const years = messageOf(() => abcGrowth(readPeriodMatrix([[1, 2]])));
    expect(years).toContain("at least 3");
    expect(years).toContain("has 2");
    const top = messageOf(() => abcGrowth(readPeriodMatrix([[1, 2, 3]]), 1.5));
    expect(top).toContain("greater than 0 and less than 1");
    expect(top).toContain("0.2");
  });

  test("shuffling customers changes no class (1,000 runs)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -2, max: 8 }), { minLength: 3, maxLength: 4 }).map((r) => r.slice(0, 3)), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer(),
        (rows, seed) => {
          const order = rows.map((_, i) => i);
          let s = seed >>> 0;
          for (let i = order.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            const j = s % (i + 1);
            [order[i], order[j]] = [order[j], order[i]];
          }
          const before = classes(rows);
          const after = classes(order.map((i) => rows[i]));
          order.forEach((original, k) => expect(after[k]).toBe(before[original]));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
