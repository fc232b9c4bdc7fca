import { digamma, lgamma } from "../../src/segment/lgamma";

const EULER_GAMMA = 0.5772156649015329;

describe("lgamma", () => {
  it.each([
    [0.5, 0.5 * Math.log(Math.PI)], // Γ(1/2) = √π
    [1, 0],
    [2, 0],
    [3, Math.log(2)],
    [10, Math.log(362880)], // 9!
    [0.1, 2.252712651734206],
    [1e-5, 11.512919692895828], // −ln x − γx + O(x²)
    [100, 359.1342053695754], // ln 99!
    [1000, 5905.220423209181],
    [-0.5, Math.log(2 * Math.sqrt(Math.PI))], // Γ(−1/2) = −2√π, reflection branch
  ])("lgamma(%p) matches the known value", (x, expected) => {
    expect(Math.abs(lgamma(x) - expected)).toBeLessThanOrEqual(2e-14 * Math.max(1, Math.abs(expected)));
  });

  it("satisfies ln Γ(x+1) − ln Γ(x) = ln x across six decades", () => {
    for (let x = 1e-3; x < 1e3; x *= 1.37) {
      expect(lgamma(x + 1) - lgamma(x)).toBeCloseTo(Math.log(x), 11);
    }
  });

  it("is +Infinity at the poles and NaN for NaN", () => {
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
    expect(lgamma(NaN)).toBeNaN();
  });
});

describe("digamma", () => {
  it.each([
    [1, -EULER_GAMMA],
    [0.5, -EULER_GAMMA - 2 * Math.LN2],
    [10, 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9 - EULER_GAMMA], // H₉ − γ
    [-0.5, 0.03648997397857652], // ψ(−1/2) = 2 − γ − 2 ln 2
  ])("digamma(%p) matches the known value", (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 13);
  });

  it("is the derivative of lgamma (central difference)", () => {
    for (const x of [0.03, 0.243, 0.793, 2.426, 7.5, 31, 250]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 6);
    }
  });
});
