/**
 * The WHY sentences' number format (src/i18n/whyNumber.ts): the fast path written from tables
 * gives the very text of the general path, and both agree with Intl's grouping in the three
 * languages, on random values of every kind the sentences meet.
 */
import { formatNumber, formatNumberGeneral } from "../../src/i18n/whyNumber";
import { seededRandom } from "../../src/preview/sampleData";

const LOCALES = ["en-US", "ko-KR", "zh-CN"];

/** Values of every kind: amounts, amounts in cents, their gaps, halves of a cent, tiny, huge, whole, negative. */
function randomValues(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const kinds: (() => number)[] = [
    () => Math.round(random() * 10 ** Math.floor(random() * 13)), // whole, 0 … 1e12
    () => Math.round(random() * 1e9) / 100, // cents below ten million
    () => 58900.37 - Math.round(random() * 1e7) / 100, // a gap to a threshold in cents
    () => random() * 10 ** (Math.floor(random() * 24) - 12), // any double, 1e-12 … 1e12
    () => (Math.floor(random() * 1e6) + 0.5) / 100, // on or next to a half of a cent
    () => Math.floor(random() * 1e5) + [0.005, 0.015, 0.125, 0.375, 0.995, 0.9951, 0.0049][Math.floor(random() * 7)],
    () => 1e9 * (0.5 + random()), // around the fast path's reach
    () => random() * 1e25, // beyond it, past 1e21
    () => 2 ** -(1 + Math.floor(random() * 60)), // one rounding step
  ];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const x = kinds[i % kinds.length]();
    out.push(random() < 0.3 ? -x : x);
  }
  return out;
}

/** Whether x's shortest written form ends in a 5 just past the digits shown: a half only as written. */
function writtenHalf(x: number): boolean {
  const written = String(Math.abs(x));
  if (Math.abs(x) >= 1) return /\.\d\d5$/.test(written);
  const digits = written.replace(/^0\.0*/, "");
  return /^\d{3}5$/.test(digits);
}

describe("formatNumber, the WHY sentences' number format", () => {
  test("the fast path gives the general path's text on 300,000 random values and the edges", () => {
    const edges = [0, -0, 1, -1, 0.5, 0.995, 0.9951, 1.005, 1.125, 999.995, 999999.995, 999999999, 999999999.99, 999999999.996, -999999999.997, 1e9, -1e9, 1e21, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 2000.0000000000036, 58900 - 58899.99, Infinity, -Infinity, NaN];
    const mismatches = [...edges, ...randomValues(300_000, 17)].filter((x) => formatNumber(x) !== formatNumberGeneral(x));
    expect(mismatches).toEqual([]);
  });

  test("agrees with Intl's grouping in en-US, ko-KR and zh-CN: up to two decimals from 1, three significant digits below", () => {
    const all = randomValues(60_000, 29).filter((x) => Math.abs(x) < 1e21 && (Math.abs(x) >= 1e-6 || x === 0));
    // One known difference, left out here: Intl rounds the number's shortest written form, so
    // 3131.575 (stored as 3131.57499…) gives Intl "3,131.58"; the sentences keep toFixed's "3,131.57",
    // the rounding of the stored value, which the cells beside them hold exactly.
    // And −0, which Intl writes "-0" and the sentences "0" (no gap has a sign when it is none).
    const values = all.filter((x) => !writtenHalf(x) && !Object.is(x, -0));
    expect(all.length - values.length).toBeGreaterThan(100);
    // Enough of each side of 1 to mean something.
    expect(values.filter((x) => Math.abs(x) >= 1).length).toBeGreaterThan(30_000);
    expect(values.filter((x) => Math.abs(x) < 1 && x !== 0).length).toBeGreaterThan(3_000);
    for (const locale of LOCALES) {
      const large = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
      const differ = values.filter((x) => formatNumber(x) !== (Math.abs(x) >= 1 || Number.isInteger(x) ? large : small).format(x));
      expect({ locale, differ: differ.slice(0, 5) }).toEqual({ locale, differ: [] });
    }
  });

  test("hand-worked texts", () => {
    expect(formatNumber(4123.45)).toBe("4,123.45");
    expect(formatNumber(-1234567.1)).toBe("-1,234,567.1");
    expect(formatNumber(1000.05)).toBe("1,000.05");
    expect(formatNumber(999999.996)).toBe("1,000,000");
    expect(formatNumber(999999999.996)).toBe("1,000,000,000");
    expect(formatNumber(12.3456)).toBe("12.35");
    expect(formatNumber(1.005)).toBe("1"); // 1.005 is stored just below 1.005: toFixed(2) gives "1.00"
    expect(formatNumber(1.125)).toBe("1.13"); // an exact half goes up, as toFixed has it
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(123456789012)).toBe("123,456,789,012");
  });
});
