/**
 * Generated test data for the SQL parity tests: seeded, so a failure can be replayed, and built
 * to hit what goes wrong — many ties, negatives, zeros, non-customers, exact boundaries.
 *
 * Every value is an integer or a multiple of 1/4 well below 2^53: every sum the engine and the
 * databases form is then exact whatever the summation order, so any difference in a class is a
 * difference in the rule, not a rounding of a different order of additions.
 */

/** mulberry32: a small seeded generator, enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value column: ties, negatives, zeros, quarters and NULLs (not customers). */
export function valueColumn(n: number, seed: number): (number | null)[] {
  const random = seeded(seed);
  const out: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < 0.08) out[i] = null;
    else if (u < 0.14) out[i] = -Math.floor(random() * 500) - 1;
    else if (u < 0.18) out[i] = 0;
    else if (u < 0.5) out[i] = 1 + Math.floor(random() * 20); // heavy ties
    else if (u < 0.6) out[i] = Math.floor(random() * 4000) / 4; // quarters
    else out[i] = Math.floor(random() ** 3 * 1_000_000); // skewed, a long tail of large customers
  }
  return out;
}

/**
 * How a SQL NULL looked in the sheet, for the engine's side: a blank, text, a number stored as
 * text, or an error value — all four are not customers.
 */
export function asSheetCell(value: number | null, i: number): unknown {
  if (value !== null) return value;
  switch (i % 4) {
    case 0:
      return "";
    case 1:
      return "n/a";
    case 2:
      return "1,234";
    default:
      return { code: "#N/A" };
  }
}

export function ids(n: number, prefix = "c"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(7, "0")}`);
}
