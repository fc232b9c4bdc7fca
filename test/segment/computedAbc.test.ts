import { classifyByLimits, computedAbcLimits, type ComputedAbcLimits } from "../../src/segment/computedAbc";

/*
 * Reference: R 4.2.2 (Debian r-base-core) running a throwaway reconstruction of the
 * ABCanalysis 1.2.1 package (CRAN; R/ABCcleanData.R, R/ABCcurve.R, R/ABCanalysis.R,
 * transcribed, not installed: the package is not available here). Per data set it
 * printed the grid effort of A's and C's points (sprintf "%.17g"), the package's
 * ABLimit / BCLimit (sort(Data, decreasing = TRUE)[round(x * length(Data))]), and
 * the A/B/C classes of Data > ABLimit, BCLimit <= Data <= ABLimit, Data < BCLimit.
 * Data were passed through ABCcleanData first (non-finite and negative → 0), as the
 * package's documentation calls it. The data sets are built below with integer
 * arithmetic that is exact in both R and JavaScript; the R expression is in each comment.
 */
interface Fixture {
  name: string;
  data: number[];
  aEffort: number;
  cEffort: number;
  abLimit: number;
  bcLimit: number;
  counts: [number, number, number];
  classes?: string;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const rep = (v: number, times: number): number[] => Array<number>(times).fill(v);

const FIXTURES: Fixture[] = [
  {
    name: "public check",
    data: [100, 50, 30, 20, 10, 5, 3, 2, 1, 1],
    aEffort: 0.27000000000000002,
    cEffort: 0.39000000000000001,
    abLimit: 30,
    bcLimit: 20,
    counts: [2, 2, 6],
    classes: "AABBCCCCCC",
  },
  {
    // k <- 1:50; round(1000 * exp(-0.09*k) * (1 + ((k*37) %% 11)/10)), as printed by R
    name: "skewed, 50 values",
    data: [
      1280, 1503, 840, 1047, 1211, 699, 852, 974, 578, 691, 372, 475, 559, 312, 389, 450, 260, 317, 362, 215, 257, 138, 177,
      208, 116, 144, 167, 97, 118, 134, 80, 95, 51, 66, 77, 43, 54, 62, 36, 44, 50, 30, 35, 19, 24, 29, 16, 20, 23, 13,
    ],
    aEffort: 0.29999999999999999,
    cEffort: 0.41000000000000003,
    abLimit: 372,
    bcLimit: 257,
    counts: [14, 6, 30],
    classes: "AAAAAAAAAABAABAABBBCBCCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
  },
  {
    // c(rep(80,3), rep(40,5), rep(10,10), rep(5,12), rep(1,20)): ties straddle the cut ranks
    name: "ties",
    data: [...rep(80, 3), ...rep(40, 5), ...rep(10, 10), ...rep(5, 12), ...rep(1, 20)],
    aEffort: 0.17000000000000001,
    cEffort: 0.32000000000000001,
    abLimit: 40,
    bcLimit: 10,
    counts: [3, 15, 32],
    classes: "AAABBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
  },
  {
    // c(NA, 120, -5, 0, 60, Inf, 30, -Inf, 15, 0, 8, NaN, 4, 2, 1, -1)
    name: "zeros, negatives and non-finite",
    data: [Number.NaN, 120, -5, 0, 60, Infinity, 30, -Infinity, 15, 0, 8, Number.NaN, 4, 2, 1, -1],
    aEffort: 0.17999999999999999,
    cEffort: 0.25,
    abLimit: 30,
    bcLimit: 15,
    counts: [2, 2, 12],
    classes: "CACCACBCBCCCCCCC",
  },
  {
    // 1:50 — nearly uniform; break-even lies right of Pareto (not exchanged)
    name: "linear 1..50",
    data: range(1, 50),
    aEffort: 0.41000000000000003,
    cEffort: 0.62,
    abLimit: 31,
    bcLimit: 20,
    counts: [19, 12, 19],
    classes: "CCCCCCCCCCCCCCCCCCCBBBBBBBBBBBBAAAAAAAAAAAAAAAAAAA",
  },
  { name: "two values", data: [5, 1], aEffort: 0.39000000000000001, cEffort: 0.57999999999999996, abLimit: 5, bcLimit: 5, counts: [0, 1, 1], classes: "BC" },
  { name: "two values, one zero", data: [1, 0], aEffort: 0.34000000000000002, cEffort: 0.48999999999999999, abLimit: 1, bcLimit: 1, counts: [0, 1, 1], classes: "BC" },
  { name: "three values", data: [3, 2, 1], aEffort: 0.42999999999999999, cEffort: 0.64000000000000001, abLimit: 3, bcLimit: 2, counts: [0, 2, 1], classes: "BBC" },
  {
    // k <- 1:100; floor(1e4 / (1 + ((k*37) %% 100))) — last size on the 0.01 grid; break-even left of Pareto
    name: "n = 100 (0.01 grid)",
    data: range(1, 100).map((k) => Math.floor(1e4 / (1 + ((k * 37) % 100)))),
    aEffort: 0.17999999999999999,
    cEffort: 0.34000000000000002,
    abLimit: 555,
    bcLimit: 294,
    counts: [17, 17, 66],
  },
  {
    // k <- 1:101; floor(1e4 / (1 + ((k*37) %% 101))) — first size on the 0.001 grid
    name: "n = 101 (0.001 grid)",
    data: range(1, 101).map((k) => Math.floor(1e4 / (1 + ((k * 37) % 101)))),
    aEffort: 0.187,
    cEffort: 0.34200000000000003,
    abLimit: 526,
    bcLimit: 285,
    counts: [18, 17, 66],
  },
  {
    // k <- 1:500; floor(1e6 / (1 + ((k*7919) %% 500)))
    name: "n = 500, Zipf-like, shuffled",
    data: range(1, 500).map((k) => Math.floor(1e6 / (1 + ((k * 7919) % 500)))),
    aEffort: 0.14499999999999999,
    cEffort: 0.28400000000000003,
    abLimit: 13888,
    bcLimit: 7042,
    counts: [71, 71, 358],
  },
  {
    // c(1e6, rep(1, 200)): one giant; A's rank round(0.005 * 201) = 1 is the giant itself, so A is empty
    name: "one giant and 200 ones",
    data: [1e6, ...rep(1, 200)],
    aEffort: 0.0050000000000000001,
    cEffort: 0.0080000000000000002,
    abLimit: 1e6,
    bcLimit: 1,
    counts: [0, 201, 0],
  },
  {
    // c(1, rep(0, 999)): BC limit is 0, so the zeros land in B (as the package does)
    name: "one non-zero among 1000",
    data: [1, ...rep(0, 999)],
    aEffort: 0.001,
    cEffort: 0.0040000000000000001,
    abLimit: 1,
    bcLimit: 0,
    counts: [0, 1000, 0],
  },
];

function letters(classes: Uint8Array): string {
  return Array.from(classes, (c) => "ABC"[c]).join("");
}

function counts(classes: Uint8Array): [number, number, number] {
  const c: [number, number, number] = [0, 0, 0];
  for (const k of classes) c[k]++;
  return c;
}

describe("computedAbcLimits matches R's ABCanalysis 1.2.1", () => {
  test.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const limits = computedAbcLimits(f.data);
    expect(limits).not.toBeNull();
    const l = limits as ComputedAbcLimits;
    expect(l.aEffort).toBe(f.aEffort);
    expect(l.cEffort).toBe(f.cEffort);
    expect(l.abLimit).toBe(f.abLimit);
    expect(l.bcLimit).toBe(f.bcLimit);
    const classes = classifyByLimits(f.data, l);
    expect(counts(classes)).toEqual(f.counts);
    if (f.classes !== undefined) expect(letters(classes)).toBe(f.classes);
  });

  test("public check: [100,50,30,20,10,5,3,2,1,1] → A A B B C C C C C C", () => {
    const data = [100, 50, 30, 20, 10, 5, 3, 2, 1, 1];
    const l = computedAbcLimits(data);
    expect(l).toEqual({ abLimit: 30, bcLimit: 20, aEffort: 0.27, cEffort: 0.39 });
    expect(Array.from(classifyByLimits(data, l as ComputedAbcLimits))).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
  });

  test("accepts typed arrays and leaves the input untouched", () => {
    const data = Float64Array.from([1, 2, 3, 5, 10, 20, 30, 50, 100, 1]);
    const before = Array.from(data);
    expect(computedAbcLimits(data)).toEqual({ abLimit: 30, bcLimit: 20, aEffort: 0.27, cEffort: 0.39 });
    expect(Array.from(data)).toEqual(before);
  });

  test("1,048,576 values: R's limits (speed is measured by npm run bench, not here)", () => {
    // k <- 0:(2^20-1); h <- (k * 2654435761) %% 2^32; floor(1e9 / (1 + h %% 1000003))
    // (k·2654435761 < 2^53, so the products are exact in both languages)
    const n = 1048576;
    const data = new Float64Array(n);
    for (let k = 0; k < n; k++) data[k] = Math.floor(1e9 / (1 + (((k * 2654435761) % 4294967296) % 1000003)));
    expect(data.reduce((a, v) => a + v, 0)).toBe(17693948169); // same data as R: sum(vb)
    const l = computedAbcLimits(data);
    const classes = classifyByLimits(data, l as ComputedAbcLimits);
    expect(l).toEqual({ abLimit: 17241, bcLimit: 7092, aEffort: 0.058000000000000003, cEffort: 0.14100000000000001 });
    expect(counts(classes)).toEqual([60813, 87046, 900717]);
  });
});

describe("computedAbcLimits: no class can be computed", () => {
  test("fewer than two customers", () => {
    expect(computedAbcLimits([])).toBeNull();
    expect(computedAbcLimits([42])).toBeNull();
  });

  test("all values equal after cleaning", () => {
    expect(computedAbcLimits([7, 7, 7, 7])).toBeNull();
    expect(computedAbcLimits([0, 0, 0])).toBeNull();
    expect(computedAbcLimits([-1, Number.NaN, 0, -Infinity])).toBeNull();
  });
});

describe("classifyByLimits", () => {
  test("applies A = value > AB, B = BC ≤ value ≤ AB, C = value < BC; bad values count as 0", () => {
    const limits: ComputedAbcLimits = { abLimit: 30, bcLimit: 20, aEffort: 0.27, cEffort: 0.39 };
    const data = [31, 30, 20, 19.999, 0, -4, Number.NaN, Infinity, 1e9];
    expect(letters(classifyByLimits(data, limits))).toBe("ABBCCCCCA");
  });

  test("a zero BC limit puts zeros and bad values in B", () => {
    const limits: ComputedAbcLimits = { abLimit: 5, bcLimit: 0, aEffort: 0.3, cEffort: 0.9 };
    expect(letters(classifyByLimits([6, 5, 0, -1, Number.NaN], limits))).toBe("ABBBB");
  });
});
