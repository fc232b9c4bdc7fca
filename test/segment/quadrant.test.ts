/** Quadrants (methods.md §4): worked examples, argument errors and properties (fast-check). */
import fc from "fast-check";
import { ERROR_ROW, NOT_A_CUSTOMER } from "../../src/segment/classifyRows";
import { explainClasses } from "../../src/segment/explain";
import {
  classifyQuadrants,
  fitQuadrants,
  HIGH_HIGH,
  LABEL_SET_NAMES,
  labelSetCodes,
  mirrorQuadrant,
  parseLabelSet,
  QUADRANT_LABEL_SETS,
  readPairedColumns,
  Split,
  splitFromCell,
} from "../../src/segment/quadrant";
import { SegmentError } from "../../src/segment/segmentError";
import { formatMessage } from "../../src/i18n/messages";

const MEDIAN: Split = { kind: "median" };

function codesOf(x: unknown[], y: unknown[], xSplit: Split = MEDIAN, ySplit: Split = MEDIAN, set = "existing"): string[] {
  const pair = readPairedColumns(x, y);
  const index = classifyQuadrants(pair, fitQuadrants(pair, xSplit, ySplit));
  const codes = labelSetCodes(parseLabelSet(set));
  return Array.from(index, (c) => (c >= 0 ? codes[c] : c === NOT_A_CUSTOMER ? "" : "#ERR"));
}

/** The message a SegmentError would show, to check it names what is allowed. */
function messageOf(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    if (error instanceof SegmentError) return formatMessage(error.key, error.params);
    throw error;
  }
  throw new Error("expected a SegmentError");
}

describe("worked examples", () => {
  test("median splits; a value equal to the median is low (high = strictly above)", () => {
    // x = 10 20 30 40 50 → median 30; y = 5 1 4 2 3 → median 3.
    // 10/5: low x, high y → EIII; 20/1: low, low → EIV; 30/4: x = median → low, y high → EIII;
    // 40/2: high x, low y → EII; 50/3: high x, y = median → low → EII.
    expect(codesOf([10, 20, 30, 40, 50], [5, 1, 4, 2, 3])).toEqual(["EIII", "EIV", "EIII", "EII", "EII"]);
    expect(codesOf([10, 20, 30, 40, 50], [5, 1, 4, 2, 3], MEDIAN, MEDIAN, "plain")).toEqual(["LH", "LL", "LH", "HL", "HL"]);
    expect(codesOf([10, 20, 30, 40, 50], [5, 1, 4, 2, 3], MEDIAN, MEDIAN, "PROSPECTS")).toEqual(["PIII", "PIV", "PIII", "PII", "PII"]);
    // tenure: x = size, y = tenure: high x · low y = new & large, low x · high y = old & small …
    expect(codesOf([10, 20, 30, 40, 50], [5, 1, 4, 2, 3], MEDIAN, MEDIAN, "tenure")).toEqual([
      "OLD-SMALL",
      "NEW-SMALL",
      "OLD-SMALL",
      "NEW-LARGE",
      "NEW-LARGE",
    ]);
    // And high/high: 60/9 is above both medians (now 35 and 3.5) → EI.
    expect(codesOf([10, 20, 30, 40, 50, 60], [5, 1, 4, 2, 3, 9])[5]).toBe("EI");
  });

  test("blank or text in either measure is not a customer; an error in either is an error", () => {
    // Customers are rows 0, 1, 4, 5 (both numbers): x = 1 2 3 4 → median 2.5; y = 4 3 2 1 → 2.5.
    // Row 2 (text y) and row 3 (blank x) are left out of the medians: their 100s cannot move them.
    // Row 6: x holds #N/A → that error; row 7: x blank, y #DIV/0! → the error wins over the blank.
    const x = [1, 2, 100, "", 3, 4, { code: "#N/A" }, ""];
    const y = [4, 3, "n/a", 100, 2, 1, "", { code: "#DIV/0!" }];
    expect(codesOf(x, y, MEDIAN, MEDIAN, "plain")).toEqual(["LH", "LH", "", "", "HL", "HL", "#ERR", "#ERR"]);
    const pair = readPairedColumns(x, y);
    expect(pair.rows.customerCount).toBe(4);
    const index = classifyQuadrants(pair, fitQuadrants(pair, MEDIAN, MEDIAN));
    expect(index[6]).toBe(ERROR_ROW);
    expect(pair.rows.errors.get(6)?.code).toBe("#N/A");
    expect(pair.rows.errors.get(7)?.code).toBe("#DIV/0!");
  });

  test("mean, percentile and number splits", () => {
    // x = 1 2 3 10 → mean 4: only 10 is high. y = 10 20 30 40 → p75 at rank 3·0.75 = 2.25 → 30 + 0.25·10 = 32.5.
    expect(codesOf([1, 2, 3, 10], [10, 20, 30, 40], { kind: "mean" }, { kind: "percentile", p: 0.75 }, "plain")).toEqual([
      "LL",
      "LL",
      "LL",
      "HH",
    ]);
    // A number: x > 2 is high, y > 30 is high (2 and 30 themselves are low).
    expect(codesOf([1, 2, 3, 10], [10, 20, 30, 40], { kind: "value", value: 2 }, { kind: "value", value: 30 }, "plain")).toEqual([
      "LL",
      "LL",
      "HL",
      "HH",
    ]);
  });

  test("everyone equal on x: all low on x (equal to the median is low)", () => {
    // y = 1 2 3 → median 2: only 3 is high.
    expect(codesOf([5, 5, 5], [1, 2, 3], MEDIAN, MEDIAN, "plain")).toEqual(["LL", "LL", "LH"]);
  });

  test("why equal is low: one-period buyers (stability 0) are not called stable", () => {
    // Stability of 6 customers; 4 bought in one period only (0), so the median is 0. With "≥"
    // all four would be high stability; with ">" they are low, as they should be.
    // x = 1…6 → median 3.5: 1, 2, 3 low; 4, 5, 6 high.
    expect(codesOf([1, 2, 3, 4, 5, 6], [0, 0, 0, 0, 0.8, 0.9])).toEqual(["EIV", "EIV", "EIV", "EII", "EI", "EI"]);
  });

  test("the explain summary over the combined rows: counts and x totals per code", () => {
    const x = [10, 20, 30, 40, 50, ""];
    const y = [5, 1, 4, 2, 3, 7];
    const pair = readPairedColumns(x, y);
    const index = classifyQuadrants(pair, fitQuadrants(pair, MEDIAN, MEDIAN));
    const e = explainClasses(pair.rows, index, QUADRANT_LABEL_SETS.existing);
    // As in the first example: EI none; EII = 40 + 50 = 90 of 150; EIII = 10 + 30; EIV = 20.
    expect(e.classes.map((c) => [c.code, c.customers, c.value])).toEqual([
      ["EI", 0, 0],
      ["EII", 2, 90],
      ["EIII", 2, 40],
      ["EIV", 1, 20],
    ]);
    expect(e.classes[1].valueShare).toBeCloseTo(90 / 150, 12);
    expect(e.notCustomers).toBe(1);
  });
});

describe("argument mistakes say what is allowed", () => {
  test("unknown label set lists the sets", () => {
    const message = messageOf(() => parseLabelSet("quadrants"));
    for (const set of LABEL_SET_NAMES) expect(message).toContain(`"${set}"`);
    expect(message).toContain("quadrants");
  });

  test("a split that is not a split lists the forms", () => {
    for (const bad of ["middle", "p101", "p-5", "1000", true, { code: "#N/A" }]) {
      const message = messageOf(() => splitFromCell(bad, "x_split"));
      for (const allowed of ['"median"', '"mean"', '"p75"', "a number"]) expect(message).toContain(allowed);
      expect(message).toContain("x_split");
    }
  });

  test("accepted split forms", () => {
    expect(splitFromCell(null, "x_split")).toEqual({ kind: "median" });
    expect(splitFromCell("", "x_split")).toEqual({ kind: "median" });
    expect(splitFromCell(" Median ", "x_split")).toEqual({ kind: "median" });
    expect(splitFromCell("AVERAGE", "x_split")).toEqual({ kind: "mean" });
    expect(splitFromCell("P75", "x_split")).toEqual({ kind: "percentile", p: 0.75 });
    expect(splitFromCell("p12.5", "x_split")).toEqual({ kind: "percentile", p: 0.125 });
    expect(splitFromCell(0, "x_split")).toEqual({ kind: "value", value: 0 });
    expect(splitFromCell(-3.5, "x_split")).toEqual({ kind: "value", value: -3.5 });
  });

  test("x and y of different lengths: the message gives both lengths", () => {
    const message = messageOf(() => readPairedColumns([1, 2, 3], [1, 2]));
    expect(message).toContain("3");
    expect(message).toContain("2");
  });
});

/** A cell of a measure: mostly numbers (with ties and negatives), sometimes blank, text or an error. */
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -100, max: 1000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((v) => v + 0) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "text", true, { code: "#N/A" }) },
);
const rowsArb = fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 120 });
const splitArb: fc.Arbitrary<Split> = fc.oneof(
  fc.constant<Split>({ kind: "median" }),
  fc.constant<Split>({ kind: "mean" }),
  fc.integer({ min: 0, max: 100 }).map((p): Split => ({ kind: "percentile", p: p / 100 })),
  fc.integer({ min: -100, max: 1000 }).map((v): Split => ({ kind: "value", value: v })),
);

function indexes(rows: [unknown, unknown][], xSplit: Split, ySplit: Split): number[] {
  const pair = readPairedColumns(
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
  );
  return Array.from(classifyQuadrants(pair, fitQuadrants(pair, xSplit, ySplit)));
}

function shuffled<T>(items: T[], seed: number): { items: T[]; order: number[] } {
  const order = items.map((_, i) => i);
  let s = seed >>> 0;
  for (let i = order.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return { items: order.map((i) => items[i]), order };
}

describe("quadrant properties (1,000 runs each)", () => {
  const RUNS = { numRuns: 1000 };

  test("shuffling the rows changes no customer's label", () => {
    fc.assert(
      fc.property(rowsArb, splitArb, splitArb, fc.integer(), (rows, xs, ys, seed) => {
        const before = indexes(rows, xs, ys);
        const { items, order } = shuffled(rows, seed);
        const after = indexes(items, xs, ys);
        order.forEach((original, k) => expect(after[k]).toBe(before[original]));
      }),
      RUNS,
    );
  });

  test("swapping x and y maps every label to its mirror (EII ↔ EIII, HL ↔ LH …)", () => {
    fc.assert(
      fc.property(rowsArb, splitArb, splitArb, fc.constantFrom(...LABEL_SET_NAMES), (rows, xs, ys, set) => {
        const codes = labelSetCodes(set);
        const straight = indexes(rows, xs, ys);
        const swapped = indexes(
          rows.map(([a, b]) => [b, a]),
          ys,
          xs,
        );
        straight.forEach((c, i) => {
          if (c < 0) expect(swapped[i]).toBe(c);
          else expect(codes[swapped[i]]).toBe(codes[mirrorQuadrant(c)]);
        });
      }),
      RUNS,
    );
    // The mirror pairs spelled out, per label set.
    const mirrorCode = (set: keyof typeof QUADRANT_LABEL_SETS, code: string) =>
      labelSetCodes(set)[mirrorQuadrant(labelSetCodes(set).indexOf(code))];
    expect(mirrorCode("existing", "EII")).toBe("EIII");
    expect(mirrorCode("existing", "EIII")).toBe("EII");
    expect(mirrorCode("existing", "EI")).toBe("EI");
    expect(mirrorCode("prospects", "PII")).toBe("PIII");
    expect(mirrorCode("plain", "HL")).toBe("LH");
    expect(mirrorCode("plain", "LL")).toBe("LL");
  });

  test("a customer strictly above both medians is always high/high", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const pair = readPairedColumns(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
        );
        const model = fitQuadrants(pair, MEDIAN, MEDIAN);
        const index = classifyQuadrants(pair, model);
        for (let i = 0; i < rows.length; i++) {
          if (pair.rows.kinds[i] !== 0) continue;
          if (pair.x.values[i] > model.xThreshold && pair.y.values[i] > model.yThreshold) expect(index[i]).toBe(HIGH_HIGH);
        }
      }),
      RUNS,
    );
  });

  test("agrees with the by-hand rule: x > MEDIAN(customers' x) is high, same for y", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const customers = rows.filter(([a, b]) => typeof a === "number" && typeof b === "number") as [number, number][];
        const med = (v: number[]) => {
          const s = Float64Array.from(v).sort();
          const m = s.length >> 1;
          return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
        };
        const mx = med(customers.map((c) => c[0]));
        const my = med(customers.map((c) => c[1]));
        const got = indexes(rows, MEDIAN, MEDIAN);
        rows.forEach(([a, b], i) => {
          if (typeof a === "number" && typeof b === "number") expect(got[i]).toBe((a > mx ? 0 : 2) + (b > my ? 0 : 1));
        });
      }),
      RUNS,
    );
  });
});
