/** RFM quintile scores (methods.md §7): ties, skew, exact breaks, user edges, properties. */
import * as fc from "fast-check";
import { readNumberColumn } from "../../src/segment/cells";
import { quintileBreaks, quintileBreaksOf, rfmScores, scoreOf, scoresUsed, validateEdges, rfmCode } from "../../src/segment/rfm";
import { SegmentError } from "../../src/segment/segmentError";

function score(recency: unknown[], frequency: unknown[], monetary: unknown[], edges: (Float64Array | null)[] = [null, null, null]) {
  return rfmScores(readNumberColumn(recency), readNumberColumn(frequency), readNumberColumn(monetary), edges);
}

const asList = (a: Float64Array | Int32Array): number[] => Array.from(a);

describe("quintile breaks (PERCENTILE.INC at 20/40/60/80 %)", () => {
  test("values 0…10: index (n − 1)·k/5 = 2, 4, 6, 8 exactly", () => {
    // R's seq(0, 1, length.out = 6) gives 0.6000000000000001, which would make the 60 % break
    // 6.000000000000001 and put the customer with 6 below it. We use the exact fraction.
    const sorted = Float64Array.from({ length: 11 }, (_, i) => i);
    expect(asList(quintileBreaks(sorted))).toEqual([2, 4, 6, 8]);
    expect(scoreOf(quintileBreaks(sorted), 6, false)).toBe(4);
  });

  test("interpolates between neighbours: 1…5 → 1.8, 2.6, 3.4, 4.2", () => {
    const b = asList(quintileBreaks(Float64Array.of(1, 2, 3, 4, 5)));
    [1.8, 2.6, 3.4, 4.2].forEach((x, k) => expect(b[k]).toBeCloseTo(x, 12));
  });

  test("matches R's quantile(x, c(.2,.4,.6,.8), type = 7) (R 4.2.2, printed with %.17g)", () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const cases: [number[], number[]][] = [
      // k <- 1:57; (k*37) %% 101
      [range(57).map((k) => (k * 37) % 101), [20.400000000000002, 40.800000000000004, 59.600000000000001, 79.800000000000011]],
      // k <- 1:40; round(1000*exp(-0.05*k))
      [range(40).map((k) => Math.round(1000 * Math.exp(-0.05 * k))), [200, 295.39999999999998, 435.79999999999995, 644.40000000000009]],
      // k <- 1:23; (k*k) %% 17 + 0.5
      [range(23).map((k) => ((k * k) % 17) + 0.5), [2.5, 4.5, 9.5, 14.700000000000003]],
    ];
    for (const [data, expected] of cases) {
      const breaks = asList(quintileBreaks(Float64Array.from(data).sort()));
      expected.forEach((q, k) => expect(breaks[k]).toBeCloseTo(q, 9));
    }
  });

  test("no customers: no breaks", () => {
    expect(asList(quintileBreaks(new Float64Array(0)))).toEqual([NaN, NaN, NaN, NaN]);
  });
});

describe("RFM scores", () => {
  test("heavy ties: a tie group never splits, bins come out uneven", () => {
    // Frequency [1,1,1,1,1,1,2,2,3,8], n = 10, index 9k/5 = 1.8, 3.6, 5.4, 7.2 (0-based):
    //   20 %: x1 = x2 = 1 → 1;  40 %: x3 = x4 = 1 → 1;  60 %: x5 = 1, x6 = 2 → 1.4;
    //   80 %: x7 = 2, x8 = 3 → 2.2.  Breaks [1, 1, 1.4, 2.2].
    //   F = 1 + (breaks ≤ value): 1 → 3 (two breaks equal 1, closed on the left), 2 → 4, 3 → 5, 8 → 5.
    // Recency days [0,0,0,10,10,20,30,30,30,100]: breaks 0, 10, 20 + 0.4·10 = 24, 30.
    //   R = 5 − (breaks ≤ days): 0 → 4, 10 → 3, 20 → 3, 30 → 1, 100 → 1. Nobody gets 5: the most
    //   recent tie group sits on the first break, and closed-on-the-left puts it above.
    // Monetary 10…100 (all different): breaks 28, 46, 64, 82 → 1 1 2 2 3 3 4 4 5 5.
    const recency = [0, 0, 0, 10, 10, 20, 30, 30, 30, 100];
    const frequency = [1, 1, 1, 1, 1, 1, 2, 2, 3, 8];
    const monetary = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const s = score(recency, frequency, monetary);
    expect(asList(s.breaks[0])).toEqual([0, 10, 24, 30]);
    expect(asList(s.breaks[1]).map((x) => Math.round(x * 1e12) / 1e12)).toEqual([1, 1, 1.4, 2.2]);
    expect(asList(s.scores[0])).toEqual([4, 4, 4, 3, 3, 3, 1, 1, 1, 1]);
    expect(asList(s.scores[1])).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 5, 5]);
    expect(asList(s.scores[2])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(asList(s.counts[0])).toEqual([4, 0, 3, 3, 0]);
    expect(scoresUsed(s.counts[0])).toEqual([1, 3, 4]);
    expect(scoresUsed(s.counts[1])).toEqual([3, 4, 5]);
    expect(scoresUsed(s.counts[2])).toEqual([1, 2, 3, 4, 5]);
  });

  test("skew: one big spender among equals collapses M to two scores (and says so via counts)", () => {
    // Monetary [10 ×8, 500, 10000]: breaks 10, 10, 10, 10 + 0.2·490 = 108.
    //   10 → 1 + 3 = 4; 500 → 5; 10000 → 5. Only scores 4 and 5 are used.
    const m = [10, 10, 10, 10, 10, 10, 10, 10, 500, 10000];
    const s = score(m.map(() => 1), m.map(() => 1), m);
    expect(asList(s.breaks[2])).toEqual([10, 10, 10, 108]);
    expect(asList(s.scores[2])).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 5, 5]);
    expect(scoresUsed(s.counts[2])).toEqual([4, 5]);
    // All customers equal: every break is that value, everyone scores 5 (R: 1).
    expect(asList(s.scores[1])).toEqual(m.map(() => 5));
    expect(asList(s.scores[0])).toEqual(m.map(() => 1));
  });

  test("skew: 90 % zeros → every break 0, zeros and the one buyer all score 5", () => {
    const m = [0, 0, 0, 0, 0, 0, 0, 0, 0, 100];
    const s = score(m, m, m);
    expect(asList(s.breaks[2])).toEqual([0, 0, 0, 0]);
    expect(scoresUsed(s.counts[2])).toEqual([5]);
  });

  test("rows that are not customers: blank/text anywhere → no score, errors kept, excluded from the quantiles", () => {
    const NA = { code: "#N/A" };
    const s = score([1, 2, "", 4, 5, NA], [1, 2, 3, "x", 5, 6], [1, 2, 3, 4, 5, 6]);
    expect(s.column.customerCount).toBe(3);
    expect(s.column.errors.get(5)).toEqual(NA);
    expect(asList(s.scores[2])).toEqual([1, 3, NaN, NaN, 5, NaN]); // breaks over 1, 2, 5 only
  });

  test("user-given edges replace the quantiles, closed on the left; recency reversed", () => {
    const edges = [validateEdges([30, 60, 90, 180], "R"), null, validateEdges([100, 200, 300, 400], "M")];
    const days = [0, 29, 30, 59, 60, 89, 90, 179, 180, 1000];
    const s = score(days, days.map(() => 1), [99, 100, 199, 200, 299, 300, 399, 400, 401, 0], edges);
    expect(asList(s.scores[0])).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(asList(s.scores[2])).toEqual([1, 2, 2, 3, 3, 4, 4, 5, 5, 1]);
    expect(s.userEdges).toEqual([true, false, true]);
  });

  test("user edges must be 4 strictly increasing numbers", () => {
    expect(() => validateEdges([1, 2, 3], "F")).toThrow(SegmentError);
    expect(() => validateEdges([1, 2, 2, 3], "F")).toThrow(expect.objectContaining({ key: "rfm.bins.order" }));
    expect(() => validateEdges([1, 2, NaN, 3], "F")).toThrow(expect.objectContaining({ key: "rfm.bins.count" }));
  });

  test("text code R·F·M", () => {
    expect(rfmCode(5, 4, 5)).toBe("545");
  });

  test("property: equal values always share a score, and shuffling rows changes no customer's score", () => {
    const values = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: -5, max: 20 })), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(values, (rows) => {
        const s = score(rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]));
        for (let d = 0; d < 3; d++) {
          const byValue = new Map<number, number>();
          rows.forEach((r, i) => {
            const seen = byValue.get(r[d]);
            if (seen !== undefined) expect(s.scores[d][i]).toBe(seen);
            byValue.set(r[d], s.scores[d][i]);
          });
        }
        const reversed = [...rows].reverse();
        const t = score(reversed.map((r) => r[0]), reversed.map((r) => r[1]), reversed.map((r) => r[2]));
        for (let d = 0; d < 3; d++) expect(asList(t.scores[d]).reverse()).toEqual(asList(s.scores[d]));
      }),
    );
  });

  test("property: scores are monotone (more frequent never scores lower; more recent never lower R)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 2, maxLength: 50 }), (v) => {
        const s = score(v, v, v);
        for (let i = 0; i < v.length; i++) {
          for (let j = 0; j < v.length; j++) {
            if (v[i] < v[j]) {
              expect(s.scores[1][i]).toBeLessThanOrEqual(s.scores[1][j]);
              expect(s.scores[0][i]).toBeGreaterThanOrEqual(s.scores[0][j]);
            }
          }
        }
      }),
    );
  });
});

describe("quintile breaks by one radix sort equal those from a full comparison sort", () => {
  test("on random data with ties and negatives, every size from 0 to 60 and a large one", () => {
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const n of [...Array.from({ length: 61 }, (_, i) => i), 100_003]) {
      const values = Float64Array.from({ length: n }, () => (random() < 0.3 ? Math.floor(random() * 5) : (random() - 0.2) * 1000));
      const expected = quintileBreaks(Float64Array.from(values).sort());
      expect(Array.from(quintileBreaksOf(Float64Array.from(values)))).toEqual(Array.from(expected));
    }
  });
});

describe("quintile breaks of any finite values: the radix path against a comparison sort", () => {
  // Above sortNonNegative's threshold (4,096) the radix sort runs; the data is padded to reach it.
  const cell = fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constantFrom(0, -0, -1, 1, Number.MIN_VALUE, -Number.MIN_VALUE, 1e300, -1e300),
  );
  test("negatives, -0, ties across the sign and mixed magnitudes give the same breaks", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 40 }), fc.integer({ min: 0, max: 6000 }), fc.integer({ min: -3, max: 3 }), (head, pad, fill) => {
        const values = Float64Array.from([...head, ...new Array<number>(pad).fill(fill)]);
        const reference = quintileBreaks(Float64Array.from(values).sort());
        const before = Float64Array.from(values);
        const breaks = quintileBreaksOf(values);
        expect(Array.from(values)).toEqual(Array.from(before)); // the input is not reordered
        // Compared as numbers (0 and -0 are the same break: scores use >=).
        expect(Array.from(breaks, (b) => b + 0)).toEqual(Array.from(reference, (b) => b + 0));
      }),
      { numRuns: 150 },
    );
  });
});
