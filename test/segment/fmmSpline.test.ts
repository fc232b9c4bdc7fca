import { evaluateFmmSpline, fmmSpline, fmmSplineSlope, fmmSplineValue } from "../../src/segment/fmmSpline";

/*
 * Fixtures produced with R 4.2.2 (Debian r-base-core), printed with sprintf("%.17g"):
 *   x <- c(0, 0.1, 0.35, 0.5, 0.9, 1.3); y <- c(0, 2, 1.5, 3, -1, 0.5)
 *   f <- splinefun(x, y, method = "fmm"); z <- environment(f)$z      # z$b, z$c, z$d
 *   xo <- c(-0.2, 0, 0.05, 0.1, 0.2, 0.35, 0.42, 0.5, 0.77, 0.9, 1.1, 1.3, 1.5)
 *   spline(x, y, xout = xo, method = "fmm")$y;  f(xo, 1)
 *   x3 <- c(0, 1, 3); y3 <- c(1, 4, 2); splinefun(x3, y3, method = "fmm")  (3 knots)
 *   splinefun(c(1, 3), c(2, 8), method = "fmm")                            (2 knots)
 *   d <- c(100,50,30,20,10,5,3,2,1,1)
 *   spline((0:10)/10, c(0, cumsum(d)/sum(d)), xout = seq(0, 1, by = 0.01))$y  (ABC curve)
 * The port follows R's order of operations, so the numbers are expected bit for bit.
 */
const X = [0, 0.1, 0.35, 0.5, 0.9, 1.3];
const Y = [0, 2, 1.5, 3, -1, 0.5];
const R_B = [34.131327270465007, 7.7258155866778448, 4.5909727170925372, 7.0733979532971674, -14.114178903092675, 30.633317659073541];
const R_C = [-159.88470127607866, -104.17041556179292, 91.63104408345167, -75.08154250875414, 22.112600367779535, 89.756141037635985];
const R_D = [185.71428571428575, 261.0686128603262, -370.47241464934621, 80.995119063778063, 56.369617224880372, 56.369617224880372];
const XO = [-0.2, 0, 0.05, 0.1, 0.2, 0.35, 0.42, 0.5, 0.77, 0.9, 1.1, 1.3, 1.5];
const R_VALUES = [
  -14.707367790850435, 0, 1.3300688960473395, 2, 1.9919460159101816, 1.5, 2.143288167980665, 3, 1.0305999270344017, -1,
  -2.4873748281083108, 0.5, 10.667866111119189,
];
const R_SLOPES = [
  120.37092206661076, 34.131327270465007, 19.535714285714285, 7.7258155866778466, -5.2762091398709519, 4.590972717092539,
  11.973374393430383, 7.0733979532971674, -15.757002462181809, -14.114178903092675, 1.4952153110047899, 30.633317659073537,
  73.300128141113561,
];

describe("fmmSpline (R's spline/splinefun, method = 'fmm')", () => {
  const s = fmmSpline(X, Y);

  test("coefficients b, c, d equal R's SplineCoef for six uneven knots", () => {
    expect(Array.from(s.b)).toEqual(R_B);
    expect(Array.from(s.c)).toEqual(R_C);
    expect(Array.from(s.d)).toEqual(R_D);
  });

  test("values along a sorted xout equal R's spline(x, y, xout) incl. extrapolation", () => {
    expect(Array.from(evaluateFmmSpline(s, XO))).toEqual(R_VALUES);
  });

  test("first derivative along xout equals R's splinefun(x, y)(xout, deriv = 1)", () => {
    // Note 7.7258155866778466 at u = 0.1 differs from b[1] = 7.7258155866778448: walking
    // upwards, R evaluates a knot hit from the left on the left piece (dx = 0.1).
    expect(Array.from(evaluateFmmSpline(s, XO, 1))).toEqual(R_SLOPES);
  });

  test("the spline interpolates its knots", () => {
    for (let i = 0; i < X.length; i++) expect(fmmSplineValue(s, X[i])).toBeCloseTo(Y[i], 12);
  });

  test("single-point helpers agree with R for points inside pieces", () => {
    expect(fmmSplineValue(s, 0.42)).toBe(2.143288167980665);
    expect(fmmSplineSlope(s, 0.77)).toBe(-15.757002462181809);
    expect(fmmSplineSlope(s, -0.2)).toBe(120.37092206661076);
  });

  test("three knots: FMM end conditions degrade to a parabola (R values)", () => {
    const s3 = fmmSpline([0, 1, 3], [1, 4, 2]);
    expect(Array.from(s3.b)).toEqual([4.3333333333333339, 1.666666666666667, -3.666666666666667]);
    expect(Array.from(s3.c)).toEqual([-1.3333333333333335, -1.3333333333333335, -1.3333333333333335]);
    expect(Array.from(s3.d)).toEqual([0, 0, 0]);
    expect(Array.from(evaluateFmmSpline(s3, [0.5, 2, 3]))).toEqual([2.8333333333333335, 4.3333333333333339, 2]);
    expect(Array.from(evaluateFmmSpline(s3, [0.5, 2, 3], 1))).toEqual([3.0000000000000004, -1, -3.666666666666667]);
  });

  test("two knots: the straight line, extrapolated (R values)", () => {
    const s2 = fmmSpline([1, 3], [2, 8]);
    expect(Array.from(evaluateFmmSpline(s2, [0, 2, 4]))).toEqual([-1, 5, 11]);
    expect(Array.from(evaluateFmmSpline(s2, [0, 2, 4], 1))).toEqual([3, 3, 3]);
  });

  test("ABC curve of the public check on the 0.01 grid equals R's spline()", () => {
    const d = [100, 50, 30, 20, 10, 5, 3, 2, 1, 1];
    const total = d.reduce((a, v) => a + v, 0);
    const kx = [0];
    const ky = [0];
    let cum = 0;
    d.forEach((v, i) => {
      cum += v;
      kx.push((i + 1) / 10);
      ky.push(cum / total);
    });
    const grid = Array.from({ length: 101 }, (_, i) => Math.min(i * 0.01, 1));
    const curve = evaluateFmmSpline(fmmSpline(kx, ky), grid);
    expect([0, 5, 10, 27, 50, 99, 100].map((i) => curve[i])).toEqual([
      0, 0.26236415614652764, 0.45045045045045051, 0.77558893427278564, 0.94594594594594594, 0.99940745351344684, 1,
    ]);
  });

  test("rejects knots it cannot fit", () => {
    expect(() => fmmSpline([0], [1])).toThrow(RangeError);
    expect(() => fmmSpline([0, 1], [1])).toThrow(RangeError);
    expect(() => fmmSpline([0, 1, 1], [1, 2, 3])).toThrow(RangeError);
    expect(() => fmmSpline([0, Number.NaN], [1, 2])).toThrow(RangeError);
  });
});
