import fc from "fast-check";
import { sortNonNegative } from "../../src/segment/sortNonNegative";
import { seededRandom } from "../../bench/harness";

const reference = (xs: Float64Array): Float64Array => new Float64Array(xs).sort();

describe("radix sort of non-negative doubles", () => {
  test("equals the built-in sort on large mixed inputs (integers, fractions, tiny, huge, ties, zero)", () => {
    const random = seededRandom(42);
    const n = 200_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = random();
      xs[i] =
        u < 0.2 ? Math.round(random() * 1e6) : // whole amounts: low mantissa bits all zero
        u < 0.4 ? random() * 1e-300 : // tiny, some subnormal
        u < 0.5 ? 0 :
        u < 0.6 ? 1e300 * random() :
        u < 0.7 ? 5 : // many ties
        Math.exp(20 * random());
    }
    xs[7] = Number.MIN_VALUE;
    xs[8] = Number.MAX_VALUE;
    expect(sortNonNegative(new Float64Array(xs))).toEqual(reference(xs));
  });

  test("property: any array of non-negative doubles, small or above the radix threshold", () => {
    const value = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6000 }), (arr) => {
        const xs = Float64Array.from(arr);
        expect(sortNonNegative(new Float64Array(xs))).toEqual(reference(xs));
      }),
      { numRuns: 200 },
    );
  });

  test("sorts a subarray view in place without touching its neighbours", () => {
    const buffer = new Float64Array(10_002).fill(-1);
    const view = buffer.subarray(1, 10_001);
    for (let i = 0; i < view.length; i++) view[i] = (i * 7919) % 10_000;
    sortNonNegative(view);
    expect(buffer[0]).toBe(-1);
    expect(buffer[10_001]).toBe(-1);
    for (let i = 1; i < view.length; i++) expect(view[i]).toBeGreaterThanOrEqual(view[i - 1]);
  });
});
