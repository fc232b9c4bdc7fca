/**
 * Properties every tiering must have, on generated data (fast-check, ≥ 1,000 cases each).
 * Integer values keep sums exact, so a property can never fail through rounding alone.
 */
import fc from "fast-check";
import { readNumberColumn } from "../../src/segment/cells";
import { classifyRows } from "../../src/segment/classifyRows";
import { fitTierRequest, TierRequest } from "../../src/segment/abc";
import { BoundaryRule } from "../../src/segment/tiers";
import { Basis } from "../../src/segment/cuts";

const RUNS = { numRuns: 1000 };

function classIndexes(values: readonly unknown[], request: TierRequest, classCount: number): number[] {
  const column = readNumberColumn(values);
  return Array.from(classifyRows(column, fitTierRequest(column, request, classCount).classOf));
}

/** A cell of a customer sheet: mostly amounts (with returns and zeros), some blanks and text. */
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -500, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) }, // many ties
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "text", true) },
);

const cutsArb = fc
  .tuple(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 98 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [Math.min(a, b) / 100, Math.max(a, b) / 100]);

const requestArb: fc.Arbitrary<TierRequest> = fc.record({
  cuts: cutsArb,
  rule: fc.constantFrom<BoundaryRule>("reach", "byhand"),
  basis: fc.constantFrom<Basis>("value", "count"),
});

describe("tiering properties", () => {
  test("shuffling the rows never changes a customer's class", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 80 }), requestArb, fc.integer(), (values, request, seed) => {
        const order = values.map((_, i) => i);
        // Deterministic shuffle from the seed.
        let s = seed >>> 0;
        for (let i = order.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const before = classIndexes(values, request, 3);
        const after = classIndexes(order.map((i) => values[i]), request, 3);
        order.forEach((original, position) => expect(after[position]).toBe(before[original]));
      }),
      RUNS,
    );
  });

  test("a larger value never gets a lower class; tied values share a class", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 80 }), requestArb, (values, request) => {
        const classes = classIndexes(values, request, 3);
        const customers = values.map((v, i) => [v, classes[i]] as const).filter(([v]) => typeof v === "number") as [number, number][];
        for (const [v1, c1] of customers) {
          for (const [v2, c2] of customers) {
            if (v1 > v2) expect(c1).toBeLessThanOrEqual(c2);
            if (v1 === v2) expect(c1).toBe(c2);
          }
        }
      }),
      RUNS,
    );
  });

  test("multiplying every value by k > 0 changes nothing", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 80 }), requestArb, fc.integer({ min: 2, max: 1000 }), (values, request, k) => {
        const scaled = values.map((v) => (typeof v === "number" ? v * k : v));
        expect(classIndexes(scaled, request, 3)).toEqual(classIndexes(values, request, 3));
      }),
      RUNS,
    );
  });

  test("class counts add up to the number of customers", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 80 }), requestArb, (values, request) => {
        const classes = classIndexes(values, request, 3);
        const customers = values.filter((v) => typeof v === "number").length;
        expect(classes.filter((c) => c >= 0).length).toBe(customers);
        expect(classes.filter((c) => c === -1).length).toBe(values.length - customers);
      }),
      RUNS,
    );
  });

  test("default rule: class A reaches the cut, and without its smallest member it would not (distinct values)", () => {
    const distinctPositives = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(distinctPositives, cutsArb, (values, cuts) => {
        const classes = classIndexes(values, { cuts, rule: "reach", basis: "value" }, 3);
        const total = values.reduce((a, b) => a + b, 0);
        const a = values.filter((_, i) => classes[i] === 0);
        const aValue = a.reduce((x, y) => x + y, 0);
        expect(aValue / total).toBeGreaterThanOrEqual(cuts[0]);
        expect((aValue - Math.min(...a)) / total).toBeLessThan(cuts[0]);
      }),
      RUNS,
    );
  });
});
