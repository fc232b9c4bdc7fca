/** "Why this class" (src/segment/why.ts, methods.md §14): hand-worked thresholds, gaps and edges. */
import { readNumberColumn } from "../../src/segment/cells";
import { fitPareto } from "../../src/segment/pareto";
import { fitTierRequest } from "../../src/segment/abc";
import {
  classOfThresholds,
  classWhys,
  nextUp,
  paretoThresholds,
  sameValueIds,
  scoreEdges,
  thresholdsOfFit,
  tierThresholds,
  whyClassIndex,
  whyTiers,
} from "../../src/segment/why";
import { formatNumber } from "../../src/i18n/whyText";
import { why } from "../../src/functions/whyFunctions";
import { abcd } from "../../src/functions/tierFunctions";
import { setCurrentLanguage } from "../../src/i18n/language";

const col = (xs: readonly unknown[]) => readNumberColumn(xs);
const cells = (xs: readonly unknown[]) => xs.map((x) => [x]);

describe("the thresholds a tiering produced", () => {
  test("ABC 70/90: the lowest value still in each class; the ladder classifies as the fit", () => {
    const values = [27000, 24000, 18000, 16000, 6000, 5000, 4000];
    const reach = tierThresholds(col(values), { cuts: [0.7, 0.9], rule: "reach", basis: "value" }, 3);
    expect(reach).toEqual([
      { code: "A", limit: 16000 },
      { code: "B", limit: 6000 },
    ]);
    // The by-hand rule (SUMIF(v,">="&v)/SUM(v) <= cut): A A A B C C C.
    const byhand = tierThresholds(col(values), { cuts: [0.7, 0.9], rule: "byhand", basis: "value" }, 3);
    expect(byhand).toEqual([
      { code: "A", limit: 18000 },
      { code: "B", limit: 16000 },
    ]);
    expect(values.map((v) => classOfThresholds(byhand, v))).toEqual([0, 0, 0, 1, 2, 2, 2]);
  });

  test("by hand, a dominant customer can leave A empty: +Infinity, and WHY says no value reaches A", () => {
    // [90, 5, 3, 2] at 80/95 by hand: 90 % > 80 % → B; 95 % → B; 98 %, 100 % → C.
    const t = tierThresholds(col([90, 5, 3, 2]), { cuts: [0.8, 0.95], rule: "byhand", basis: "value" }, 3);
    expect(t).toEqual([
      { code: "A", limit: Infinity },
      { code: "B", limit: 5 },
    ]);
    const rows = why(cells([90, 5, 3, 2]), "ABC", undefined, "byhand");
    expect(rows[0]).toEqual(["B", "B: no value reaches A; 85 above the B cut of 5", 5, 85, "", "", ""]);
    expect(rows[2]).toEqual(["C", "C: 2 below the B cut of 5", "", "", 5, 2, ""]);
  });

  test("an empty class in between is skipped: the next cut up names the class it reaches", () => {
    // [50, 45, 5] at 80/95 (reach): 50 and 45 are A (shares above 0, .5), 5 is C (.95): B is empty.
    const w = whyTiers(col([50, 45, 5]), { cuts: [0.8, 0.95], rule: "reach", basis: "value" }, 3);
    expect(w.thresholds.map((t) => t.limit)).toEqual([45, 45]);
    expect(Array.from(whyClassIndex(col([50, 45, 5]), w))).toEqual([0, 0, 2]);
    expect(w.classes[2]).toEqual({ code: "C", own: NaN, up: 45, upCode: "A", belowCode: "", below: NaN });
    expect(w.classes[0]).toEqual({ code: "A", own: 45, up: NaN, upCode: "", belowCode: "C", below: NaN });
    expect(why(cells([50, 45, 5]))[2][1]).toBe("C: 40 below the A cut of 45");
  });

  test('computed cuts ("auto"): A is above the A/B limit, so its threshold is the next double; a B/C limit of 0 lets every value into B', () => {
    const values = [100, 50, 30, 20, 10, 5, 3, 2, 1, 1];
    const fitted = fitTierRequest(col(values), { cuts: "auto", rule: "reach", basis: "value" }, 3);
    const t = tierThresholds(col(values), { cuts: "auto", rule: "reach", basis: "value" }, 3);
    expect(t).toEqual([
      { code: "A", limit: nextUp(fitted.limits[0]) },
      { code: "B", limit: fitted.limits[1] },
    ]);
    // Public check (methods.md §1): A A B B C C C C C C — by the thresholds alone, and at the limit itself B.
    expect(values.map((v) => classOfThresholds(t, v))).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(classOfThresholds(t, fitted.limits[0])).toBe(fitted.classOf(fitted.limits[0]));
    // A B/C limit of 0 (the package's quirk: zeros and returns land in B) → −Infinity.
    expect(thresholdsOfFit({ ...fitted, limits: [5, 0] })[1]).toEqual({ code: "B", limit: -Infinity });
  });

  test("Pareto: VITAL from the vital-few threshold, REST from 0, LOSS below", () => {
    const model = fitPareto(col([500, 300, 100, 50, 0, -20]), 0.8);
    const t = paretoThresholds(model);
    expect(t).toEqual([
      { code: "VITAL", limit: 300 },
      { code: "REST", limit: 0 },
    ]);
    expect([500, 300, 100, 0, -0, -20].map((v) => classOfThresholds(t, v))).toEqual([0, 0, 1, 1, 1, 2]);
    const rows = why(cells([500, 300, 100, 50, 0, -20]), "PARETO");
    expect(rows[2]).toEqual(["REST", "REST: 200 below the VITAL cut of 300; 100 above the REST cut of 0", 0, 100, 300, 200, ""]);
    expect(rows[5]).toEqual(["LOSS", "LOSS: 20 below the REST cut of 0", "", "", 0, 20, ""]);
    expect(() => why(cells([1, 2]), "PARETO", undefined, "byhand")).toThrow(/PARETO has one cut/);
  });

  test("classWhys: own, next up and below per class, ABCD", () => {
    const ladder = [
      { code: "A", limit: 900 },
      { code: "B", limit: 400 },
      { code: "C", limit: 100 },
    ];
    const w = classWhys(ladder, ["A", "B", "C", "D"]);
    expect(w.map((c) => [c.own, c.up, c.upCode, c.below, c.belowCode])).toEqual([
      [900, NaN, "", 400, "B"],
      [400, 900, "A", 100, "C"],
      [100, 400, "B", NaN, "D"],
      [NaN, 100, "C", NaN, ""],
    ]);
  });
});

describe("WHY as a sheet shows it", () => {
  test("columns line up with the input; a row of customers spills one column per customer", () => {
    const rows = why([[27000, 24000, 18000, 16000, 6000, 5000, 4000]], "ABC", "70/90" as never);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(["A", "A", "A", "A", "B", "C", "C"]);
    expect(rows[2][4]).toBe(6000);
  });

  test("nearly all values distinct (amounts in cents): every customer its own row, the same classes and gaps", () => {
    const values = Array.from({ length: 100000 }, (_, i) => (i % 3 === 0 ? "" : Math.round(((i * 7919) % 100003) * 1.37) / 100));
    const rows = why(cells(values), "ABCD");
    const classes = abcd(cells(values));
    const w = whyTiers(col(values), { cuts: [0.5, 0.8, 0.95], rule: "reach", basis: "value" }, 4);
    rows.forEach((row, i) => {
      expect(row[0]).toBe(classes[i][0]);
      const v = values[i];
      if (typeof v === "number" && row[4] !== "") expect(row[5]).toBe((row[4] as number) - v);
      if (typeof v === "number") expect(classOfThresholds(w.thresholds, v)).toBe(w.codes.indexOf(row[0] as string));
    });
  });

  test("blank and text rows are blank; an error row carries its error in every cell", () => {
    const rows = why(cells([100, "", "n/a", { code: "#DIV/0!" }, 50]));
    expect(rows[1]).toEqual(["", "", "", "", "", "", ""]);
    expect(rows[2]).toEqual(["", "", "", "", "", "", ""]);
    expect(rows[3].map((c) => (c as { code: string }).code)).toEqual(new Array(7).fill("#DIV/0!"));
  });

  test("the sentence in Korean and Chinese", () => {
    try {
      setCurrentLanguage("ko");
      expect(why(cells([27000, 24000, 18000, 16000, 6000, 5000, 4000]), "ABC", "70/90" as never)[4][1]).toBe("B: A 기준 16,000까지 10,000 부족; B 기준 6,000에 정확히 도달");
      setCurrentLanguage("zh-CN");
      expect(why(cells([27000, 24000, 18000, 16000, 6000, 5000, 4000]), "ABC", "70/90" as never)[5][1]).toBe("C：距 B 分界 6,000 还差 1,000");
    } finally {
      setCurrentLanguage("en");
    }
  });
});

describe("helpers", () => {
  test("nextUp is the next double", () => {
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(500)).toBe(500 + 2 ** -44);
    expect(nextUp(2 ** 53)).toBe(2 ** 53 + 2);
  });

  test("sameValueIds numbers equal values alike (0 and −0 too), in order of first appearance", () => {
    const { ids, count } = sameValueIds(col([3, "x", 1.5, 3, 0, -0, 1.5, 7]))!;
    expect(Array.from(ids)).toEqual([0, -1, 1, 0, 2, 2, 1, 3]);
    expect(count).toBe(4);
    // Many distinct values: the table grows and keeps every one.
    const many = Array.from({ length: 20000 }, (_, i) => (i % 7000) * 0.1);
    const big = sameValueIds(col(many))!;
    // Giving up is for nearly all distinct values among the first 65,536: not these.
    expect(sameValueIds(col(many), true)).not.toBeNull();
    expect(sameValueIds(col(Array.from({ length: 70000 }, (_, i) => i + 0.5)), true)).toBeNull();
    expect(big.count).toBe(7000);
    expect(Array.from(big.ids).every((id, i) => id === i % 7000)).toBe(true);
  });

  test("scoreEdges: the bin around a score, recency reversed", () => {
    const breaks = Float64Array.of(30, 90, 180, 365);
    expect(scoreEdges(breaks, 5, true)).toEqual({ from: NaN, to: 30 });
    expect(scoreEdges(breaks, 3, true)).toEqual({ from: 90, to: 180 });
    expect(scoreEdges(breaks, 1, true)).toEqual({ from: 365, to: NaN });
    expect(scoreEdges(breaks, 1, false)).toEqual({ from: NaN, to: 30 });
    expect(scoreEdges(breaks, 4, false)).toEqual({ from: 180, to: 365 });
  });

  test("formatNumber: grouped, at most two decimals, small numbers to three digits, never a positive shown as 0", () => {
    expect(formatNumber(58900)).toBe("58,900");
    expect(formatNumber(-1234567)).toBe("-1,234,567");
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatNumber(2000.0000000000036)).toBe("2,000");
    expect(formatNumber(0.012345)).toBe("0.0123");
    expect(formatNumber(2 ** -40)).toBe("9.09e-13");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(0)).toBe("0");
  });
});
