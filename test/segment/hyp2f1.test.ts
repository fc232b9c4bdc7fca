import { hyp2f1, hyp2f1Minus1 } from "../../src/segment/hyp2f1";

/** |got − want| ≤ tol · max(1, |want|). */
function expectClose(got: number, want: number, tol: number): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
}

describe("hyp2f1: closed forms", () => {
  it.each([0.1, 0.5, 0.9, 0.99, -0.5, -3])("₂F₁(1,1;2;z) = −ln(1−z)/z at z = %p", (z) => {
    expectClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-14);
  });

  it.each([
    [0.243, 2.426, 0.47],
    [2.5, 0.7, 0.9],
    [-1.3, 4, 0.3],
    [3, 1.5, -2],
  ])("₂F₁(a,b;b;z) = (1−z)^(−a) for a = %p, b = %p, z = %p", (a, b, z) => {
    expectClose(hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-13);
  });

  it.each([0.2, 0.6, 0.95])("₂F₁(1/2,1;3/2;z²) = artanh(z)/z and ₂F₁(1/2,1/2;3/2;z²) = arcsin(z)/z at z = %p", (z) => {
    expectClose(hyp2f1(0.5, 1, 1.5, z * z), Math.atanh(z) / z, 1e-13);
    expectClose(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-13);
  });

  it("terminates to the exact polynomial when a is a negative integer", () => {
    const [b, c, z] = [2.5, 1.7, 0.8];
    const poly = 1 - (3 * b * z) / c + (3 * b * (b + 1) * z * z) / (c * (c + 1)) - (b * (b + 1) * (b + 2) * z ** 3) / (c * (c + 1) * (c + 2));
    expectClose(hyp2f1(-3, b, c, z), poly, 1e-14);
  });
});

describe("hyp2f1: published values and identities", () => {
  it("₂F₁(1/2,1/2;1;1/2) = (2/π)K(1/√2) = Γ(1/4)² / (2π^(3/2)) (Abramowitz & Stegun 17.3.9, 6.1.10)", () => {
    const gammaQuarter = 3.625609908221908; // Γ(1/4), A&S table 6.1
    const expected = (gammaQuarter * gammaQuarter) / (2 * Math.PI ** 1.5);
    expectClose(hyp2f1(0.5, 0.5, 1, 0.5), expected, 1e-14);
    expect(expected).toBeCloseTo(1.1803405990161, 12);
  });

  it("₂F₁(1,1;2;1/2) = 2 ln 2", () => {
    expectClose(hyp2f1(1, 1, 2, 0.5), 2 * Math.LN2, 1e-15);
  });

  it.each([
    // BG/NBD-shaped arguments: (r+x, b+x; a+b+x−1; t/(α+T+t)) with the CDNOW estimates.
    [2.243, 4.426, 4.219, 39 / (4.414 + 38.86 + 39)],
    [0.243, 2.426, 2.219, 78 / (4.414 + 78)],
    [12.243, 14.426, 14.219, 0.6],
  ])("satisfies Euler's transformation ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a,c−b;c;z) for (%p, %p, %p, %p)", (a, b, c, z) => {
    expectClose(hyp2f1(a, b, c, z), (1 - z) ** (c - a - b) * hyp2f1(c - a, c - b, c, z), 1e-13);
  });

  it("agrees on both sides of z = 0 with the Pfaff branch used for z < 0", () => {
    expectClose(hyp2f1(0.7, 1.9, 2.3, -1e-9), hyp2f1(0.7, 1.9, 2.3, 1e-9), 1e-8);
    // Pfaff itself, checked against the direct series where both converge (|z| < 1).
    const z = -0.4;
    expectClose(hyp2f1(0.7, 1.9, 2.3, z), (1 - z) ** -1.9 * hyp2f1(1.9, 2.3 - 0.7, 2.3, z / (z - 1)), 1e-13);
  });
});

describe("hyp2f1Minus1", () => {
  it("keeps full relative precision when the result is tiny", () => {
    // ₂F₁(1,ε;2;z) − 1 = ε Σ zⁿ/(n(n+1)) + O(ε²) = ε (1 − ln(1−z) + ln(1−z)/z) + O(ε²)
    const eps = 1e-12, z = 0.5;
    const leading = eps * (1 - Math.log1p(-z) + Math.log1p(-z) / z);
    expect(hyp2f1Minus1(1, eps, 2, z) / leading).toBeCloseTo(1, 10);
  });

  it("is exactly 0 at z = 0", () => {
    expect(hyp2f1Minus1(3, 4, 5, 0)).toBe(0);
  });
});

describe("hyp2f1: domain", () => {
  it("rejects z ≥ 1, non-positive integer c, and non-finite input", () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(NaN, 1, 2, 0.5)).toThrow(RangeError);
  });

  it("converges close to z = 1 and throws when the term cap is too small", () => {
    expectClose(hyp2f1(1, 1, 2, 0.999), -Math.log1p(-0.999) / 0.999, 1e-12);
    expect(() => hyp2f1(1, 1, 2, 0.999, { maxTerms: 50 })).toThrow(/did not converge/);
  });
});
