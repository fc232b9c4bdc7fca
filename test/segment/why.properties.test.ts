/**
 * WHY agrees with the class on every row (methods.md §14, issue acceptance): 100,000 random
 * customers per method and option — ABC and ABCD with both boundary rules and both bases, computed
 * cuts, Pareto at two cuts, RFM with quantile bins, the "rfm-package" preset and user edges, and
 * quadrants with every kind of split — with ties, negatives, zeros, blanks, text, numbers stored
 * as text, booleans and error values. Every row's numbers must also say what its class says: the
 * value lies between its own threshold and the next one up, the gaps are the differences, and the
 * thresholds alone classify the value as the method did. Then the gaps at the boundaries: a value
 * exactly at a threshold is 0 above it; one step below (the previous double) is exactly one step
 * short of it. Seeded (mulberry32), so a failure repeats.
 */
import { seededRandom } from "../../src/preview/sampleData";
import { readNumberColumn } from "../../src/segment/cells";
import { TierRequest } from "../../src/segment/abc";
import { classOfThresholds, gapDown, gapUp, nextUp, TierWhy, whyPareto, whyTiers } from "../../src/segment/why";
import { abc, abcd } from "../../src/functions/tierFunctions";
import { readCuts } from "../../src/functions/cutsArgument";
import { pareto } from "../../src/functions/paretoFunctions";
import { quadrant } from "../../src/functions/quadrantFunctions";
import { rfm, rfmSegment } from "../../src/functions/rfmFunctions";
import { quadrantWhy, rfmWhy, why } from "../../src/functions/whyFunctions";
import { formatNumber } from "../../src/i18n/whyText";

const N = 100_000;
type Random = () => number;

/** A messy customer cell: mostly amounts, with heavy ties, returns, zeros and the usual junk. */
function cell(random: Random, scale: number): unknown {
  const u = random();
  if (u < 0.03) return "";
  if (u < 0.04) return null;
  if (u < 0.05) return "n/a";
  if (u < 0.055) return "1,234"; // a number stored as text: not a customer
  if (u < 0.06) return true;
  if (u < 0.065) return { code: "#N/A" };
  if (u < 0.1) return 0;
  if (u < 0.16) return -Math.round(random() * scale * 0.1); // returns
  if (u < 0.45) return Math.floor(random() * 20) * 10; // many ties
  if (u < 0.55) return Math.round(random() * scale * 100) / 100; // cents
  return Math.round(Math.exp(Math.log(scale) + 1.5 * (random() + random() + random() - 1.5)));
}

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

function data(seed: number, scale = 5000): unknown[] {
  const random = seededRandom(seed);
  return Array.from({ length: N }, () => cell(random, scale));
}

/** The same cell as Excel shows it: a code, a blank, or an error's code. */
const shown = (c: unknown): unknown => (typeof c === "object" && c !== null && "code" in c ? (c as { code: string }).code : c);

interface TierCase {
  readonly name: string;
  readonly method: "ABC" | "ABCD" | "PARETO";
  readonly cuts?: unknown;
  readonly rule?: string;
  readonly basis?: string;
}

const TIER_CASES: TierCase[] = [
  { name: "ABC 80/95 reach value", method: "ABC" },
  { name: "ABC 80/95 byhand value", method: "ABC", rule: "byhand" },
  { name: "ABC 70/90 reach count", method: "ABC", cuts: "70/90", basis: "count" },
  { name: "ABC 70/20/10 byhand count", method: "ABC", cuts: "70/20/10", rule: "byhand", basis: "count" },
  { name: "ABC computed cuts (auto)", method: "ABC", cuts: "auto" },
  { name: "ABCD 50/80/95 reach value", method: "ABCD" },
  { name: "ABCD 50/80/95 byhand value", method: "ABCD", rule: "byhand" },
  { name: "ABCD byhand count", method: "ABCD", rule: "byhand", basis: "count" },
  { name: "PARETO 0.8", method: "PARETO" },
  { name: "PARETO 0.5", method: "PARETO", cuts: 0.5 },
];

function classes(c: TierCase, values: unknown[][]): unknown[][] {
  if (c.method === "PARETO") return pareto(values, c.cuts);
  const f = c.method === "ABC" ? abc : abcd;
  return f(values, c.cuts as never, c.rule, c.basis);
}

function engineWhy(c: TierCase, values: readonly unknown[]): TierWhy {
  const col = readNumberColumn(values);
  if (c.method === "PARETO") return whyPareto(col, (c.cuts as number | undefined) ?? 0.8);
  const classCount = c.method === "ABC" ? 3 : 4;
  const basis = (c.basis ?? "value") as TierRequest["basis"];
  const choice = readCuts(c.cuts ?? null, classCount, basis);
  const request: TierRequest = { cuts: choice.kind === "auto" ? "auto" : choice.cuts, rule: (c.rule ?? "reach") as TierRequest["rule"], basis };
  return whyTiers(col, request, classCount);
}

/** The largest double below x (x > 0, or 0 → −5e-324). */
function previousDouble(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const low = view.getUint32(4);
  if (low === 0) {
    view.setUint32(4, 0xffffffff);
    view.setUint32(0, view.getUint32(0) - 1);
  } else view.setUint32(4, low - 1);
  return view.getFloat64(0);
}

describe("SEGMENT.WHY agrees with SEGMENT.ABC / ABCD / PARETO on every row of 100,000 customers", () => {
  test.each(TIER_CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const values = data(1000 + i, i % 2 ? 90 : 5000);
    const input = column(values);
    const rows = why(input, c.method, c.cuts as never, c.rule, c.basis) as unknown[][];
    const expected = classes(c, input);
    const fit = engineWhy(c, values);
    expect(rows).toHaveLength(N);
    let checked = 0;
    let atThreshold = 0;
    for (let r = 0; r < N; r++) {
      const row = rows[r];
      if (shown(row[0]) !== shown(expected[r][0])) throw new Error(`row ${r}: WHY ${String(shown(row[0]))}, class ${String(shown(expected[r][0]))}`);
      const v = values[r];
      if (typeof v !== "number") {
        // Not a customer (blank row) or an error (the same error in every cell).
        if (!row.every((x) => shown(x) === shown(expected[r][0]))) throw new Error(`row ${r}: not a customer, yet ${JSON.stringify(row)}`);
        continue;
      }
      const k = fit.codes.indexOf(String(row[0]));
      // The thresholds alone give the class the method gave.
      if (classOfThresholds(fit.thresholds, v) !== k) throw new Error(`row ${r}: ladder class ${classOfThresholds(fit.thresholds, v)} ≠ ${k}`);
      const [, sentence, own, down, up, gapToUp, below] = row as [string, string, number | "", number | "", number | "", number | "", number | ""];
      if (!sentence.startsWith(`${String(row[0])}: `)) throw new Error(`row ${r}: sentence "${sentence}"`);
      if (own !== "") {
        if (!(v >= own) || down !== v - own) throw new Error(`row ${r}: own ${own}, value ${v}, gap down ${down}`);
        if (down === 0) atThreshold++;
      } else if (down !== "") throw new Error(`row ${r}: gap down without a threshold`);
      if (up !== "") {
        if (!(v < up) || gapToUp !== up - v || !(gapToUp > 0)) throw new Error(`row ${r}: up ${up}, value ${v}, gap up ${gapToUp}`);
        // Reaching the next threshold moves the customer up, to the class the sentence names.
        if (!(classOfThresholds(fit.thresholds, up) < k)) throw new Error(`row ${r}: reaching ${up} does not move up`);
      } else if (gapToUp !== "") throw new Error(`row ${r}: gap up without a threshold`);
      if (below !== "" && own !== "" && !(below < own)) throw new Error(`row ${r}: cut below ${below} ≥ own ${own}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(N * 0.9);
    // Thresholds are data values (computed cuts: the next double above one), so customers sit on them.
    if (c.cuts !== "auto") expect(atThreshold).toBeGreaterThan(0);
  });
});

describe("the gap to the next class is exact at the boundaries", () => {
  test.each(TIER_CASES.map((c, i) => [c.name, c, i] as const))("%s: at a threshold 0 above it; one double below, exactly one step short", (_name, c, i) => {
    const values = data(2000 + i, i % 2 ? 90 : 5000);
    const fit = engineWhy(c, values);
    let probed = 0;
    for (const { limit } of fit.thresholds) {
      if (!Number.isFinite(limit)) continue;
      const k = fit.classOf(limit);
      expect(classOfThresholds(fit.thresholds, limit)).toBe(k);
      expect(gapDown(fit.classes[k], limit)).toBe(0);
      const below = previousDouble(limit);
      const kb = fit.classOf(below);
      expect(kb).toBeGreaterThan(k);
      expect(fit.classes[kb].up).toBe(limit);
      const gap = gapUp(fit.classes[kb], below);
      expect(gap).toBe(limit - below);
      expect(below + gap).toBe(limit);
      if (limit > 0) expect(nextUp(below)).toBe(limit); // one step: nothing lies between
      probed++;
    }
    expect(probed).toBeGreaterThan(0);
  });

  test("the function shows a customer exactly at a cut as 0 above it, and one a double below as exactly that step short", () => {
    // At 70/90 ("reach"): shares above 27,000 … 4,000 are 0, .27, .51, .69, .85, .91, .96 of 100,000:
    // A A A A B C C; the A cut is 16,000 and the B cut 6,000, both customers' own values.
    const values = [27000, 24000, 18000, 16000, 6000, 5000, 4000];
    const rows = why(column(values), "ABC", "70/90" as never) as unknown[][];
    expect(rows.map((r) => r[0])).toEqual(["A", "A", "A", "A", "B", "C", "C"]);
    expect(rows[3]).toEqual(["A", "A: exactly at the A cut of 16,000", 16000, 0, "", "", 6000]);
    expect(rows[4]).toEqual(["B", "B: 10,000 below the A cut of 16,000; exactly at the B cut of 6,000", 6000, 0, 16000, 10000, ""]);
    expect(rows[5]).toEqual(["C", "C: 1,000 below the B cut of 6,000", "", "", 6000, 1000, ""]);
    // 5,000 replaced by the double just below 6,000: the shares barely move, the customer stays C,
    // exactly one step (2^-40 ≈ 9.09e-13) short of the B cut.
    const below = previousDouble(6000);
    const step = why(column([27000, 24000, 18000, 16000, 6000, below, 4000]), "ABC", "70/90" as never) as unknown[][];
    expect(step[5]).toEqual(["C", "C: 9.09e-13 below the B cut of 6,000", "", "", 6000, 2 ** -40, ""]);
    expect(below + (step[5][5] as number)).toBe(6000);
  });
});

describe("SEGMENT.RFMWHY agrees with SEGMENT.RFM and SEGMENT.RFMSEGMENT on every row of 100,000 customers", () => {
  const BINS: [string, unknown][] = [
    ["quantile bins", undefined],
    ['"rfm-package"', "rfm-package"],
    ["user edges (R, F) and quantiles (M)", [[30, 90, 180, 365], [2, 3, 5, 8], ["", "", "", ""]]],
  ];
  test.each(BINS.map(([name, bins], i) => [name, bins, i] as const))("%s", (_name, bins, i) => {
    const random = seededRandom(3000 + i);
    const days = Array.from({ length: N }, () => (random() < 0.02 ? "" : random() < 0.01 ? { code: "#N/A" } : Math.floor(random() * 700)));
    const orders = Array.from({ length: N }, () => (random() < 0.01 ? "text" : random() < 0.55 ? 1 : 1 + Math.floor(-Math.log(random()) * 3)));
    const amounts = Array.from({ length: N }, () => (random() < 0.05 ? -Math.round(random() * 100) : Math.round(random() * 2000)));
    const [d, o, a] = [column(days), column(orders), column(amounts)];
    const rows = rfmWhy(d, o, a, bins as never) as unknown[][];
    const scores = rfm(d, o, a, bins as never) as unknown[][];
    const segments = rfmSegment(
      scores.map((s) => [s[0]]),
      scores.map((s) => [s[1]]),
      scores.map((s) => [s[2]]),
    ) as unknown[][];
    const raw = [days, orders, amounts];
    for (let r = 0; r < N; r++) {
      const row = rows[r];
      if (shown(row[0]) !== shown(segments[r][0])) throw new Error(`row ${r}: RFMWHY ${String(shown(row[0]))}, RFMSEGMENT ${String(shown(segments[r][0]))}`);
      for (let dim = 0; dim < 3; dim++) {
        if (shown(row[2 + 3 * dim]) !== shown(scores[r][dim])) throw new Error(`row ${r}: score ${dim}`);
        const v = raw[dim][r];
        if (typeof row[0] !== "string" || row[0] === "" || typeof v !== "number") continue;
        const from = row[3 + 3 * dim];
        const to = row[4 + 3 * dim];
        if (!((from === "" || v >= (from as number)) && (to === "" || v < (to as number)))) throw new Error(`row ${r}: ${v} outside [${String(from)}, ${String(to)})`);
      }
    }
  });
});

describe("SEGMENT.QUADRANTWHY agrees with SEGMENT.QUADRANT on every row of 100,000 customers", () => {
  const SPLITS: [unknown, unknown, string][] = [
    [undefined, undefined, "existing"],
    ["mean", "p75", "prospects"],
    ["p10", "median", "tenure"],
    [1000, 0, "plain"],
  ];
  test.each(SPLITS.map((s, i) => [`x ${String(s[0] ?? "median")}, y ${String(s[1] ?? "median")}, ${s[2]}`, s, i] as const))("%s", (_name, [xs, ys, set], i) => {
    const x = column(data(4000 + i));
    const y = column(data(5000 + i, 10));
    const rows = quadrantWhy(x, y, xs, ys, set) as unknown[][];
    const expected = quadrant(x, y, xs, ys, set) as unknown[][];
    const codes = { existing: ["EI", "EII", "EIII", "EIV"], prospects: ["PI", "PII", "PIII", "PIV"], tenure: ["OLD-LARGE", "NEW-LARGE", "OLD-SMALL", "NEW-SMALL"], plain: ["HH", "HL", "LH", "LL"] }[set]!;
    for (let r = 0; r < N; r++) {
      const row = rows[r];
      if (shown(row[0]) !== shown(expected[r][0])) throw new Error(`row ${r}: QUADRANTWHY ${String(shown(row[0]))}, QUADRANT ${String(shown(expected[r][0]))}`);
      const k = codes.indexOf(row[0] as string);
      if (k < 0) continue;
      // Which side each measure fell: high x ⟺ x − split > 0 (classes 0, 1); high y ⟺ y − split > 0 (classes 0, 2).
      const highX = (row[3] as number) > 0;
      const highY = (row[5] as number) > 0;
      if (highX !== (k < 2) || highY !== (k % 2 === 0)) throw new Error(`row ${r}: sides ${highX}/${highY} for ${String(row[0])}`);
      if ((row[3] as number) !== (x[r][0] as number) - (row[2] as number)) throw new Error(`row ${r}: x gap`);
      // The sentence names both distances (each half written once per distinct value and reused).
      const sentence = row[1] as string;
      const [xGap, yGap] = [row[3] as number, row[5] as number];
      const xText = `x ${xGap === 0 ? "equal to" : formatNumber(Math.abs(xGap))}`;
      const yText = `y ${yGap === 0 ? "equal to" : formatNumber(Math.abs(yGap))}`;
      if (!sentence.startsWith(`${String(row[0])}: ${xText}`) || !sentence.includes(`; ${yText}`)) throw new Error(`row ${r}: "${sentence}"`);
    }
  });
});
