import { deltaE2000, hexToLab, Lab } from "../../src/workbook/colourDifference";

/**
 * The 34 pairs of Sharma, Wu and Dalal (2005), Table 1: L*a*b* of each sample and the published
 * ΔE00. They exercise the corners a plain reading of the formula gets wrong: the hue mean across
 * 0°/360°, neutral samples (C′ = 0), the blue region's rotation term, and the G factor.
 */
const SHARMA: readonly [Lab, Lab, number][] = (
  [
    [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
    [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
    [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
    [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
    [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
    [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
    [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
    [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
    [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
    [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
    [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
    [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
    [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
    [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
    [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
    [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
    [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
    [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ] as const
).map(([L1, a1, b1, L2, a2, b2, d]) => [{ L: L1, a: a1, b: b1 }, { L: L2, a: a2, b: b2 }, d]);

describe("CIEDE2000 (Sharma et al. 2005 test data)", () => {
  test.each(SHARMA.map((p, i) => [i + 1, ...p] as const))("pair %i", (_, x, y, expected) => {
    expect(deltaE2000(x, y)).toBeCloseTo(expected, 4);
    // The formula is symmetric in its two samples.
    expect(deltaE2000(y, x)).toBeCloseTo(expected, 4);
  });

  test("identical colours differ by 0", () => {
    expect(deltaE2000({ L: 62, a: 10, b: -20 }, { L: 62, a: 10, b: -20 })).toBe(0);
  });
});

describe("sRGB to CIELAB (D65)", () => {
  test("white, black, mid grey and the primaries land where the CIE formulas put them", () => {
    const round = (lab: Lab): number[] => [lab.L, lab.a, lab.b].map((v) => Math.round(v * 100) / 100 + 0); // + 0 turns −0 into 0
    expect(round(hexToLab("#FFFFFF"))).toEqual([100, 0, 0]);
    expect(round(hexToLab("#000000"))).toEqual([0, 0, 0]);
    expect(round(hexToLab("#777777"))).toEqual([50.03, 0, 0]);
    // Published sRGB primaries in L*a*b* (D65): red 53.24/80.09/67.20, green 87.73/−86.18/83.18, blue 32.30/79.19/−107.86.
    expect(round(hexToLab("#FF0000")).map(Math.round)).toEqual([53, 80, 67]);
    expect(round(hexToLab("#00FF00")).map(Math.round)).toEqual([88, -86, 83]);
    expect(round(hexToLab("#0000FF")).map(Math.round)).toEqual([32, 79, -108]);
  });
});
