/**
 * The RFM methods of the pane (src/workbook/methods/rfmSegmentMethod.ts, rfm8Method.ts) applied to
 * the bundled sample through the in-memory adapter: the class column is the engine's answer
 * (rfmScores + the default rule table; classifyRfm8), recency works from last order dates and
 * from days, the header dictionary finds the three columns, and Remove restores the workbook.
 */
import { readNumberColumn } from "../../src/segment/cells";
import { rfmScores } from "../../src/segment/rfm";
import { classifyRfm8, RFM8_CODES } from "../../src/segment/rfm8";
import { DEFAULT_RFM_RULES, RFM_SEGMENT_CODES, segmentIndexOf } from "../../src/segment/rfmSegments";
import { Scalar } from "../../src/workbook/plan";
import { guessRoles } from "../../src/workbook/roles";
import { RFM_SEGMENT_METHOD } from "../../src/workbook/methods/rfmSegmentMethod";
import { RFM8_METHOD } from "../../src/workbook/methods/rfm8Method";
import { readRfmColumns } from "../../src/workbook/methods/rfmColumns";
import { applyMethod, classColumn, sampleCustomerRows, snapshot, workbook } from "./helpers/methodFlow";

const num = (v: Scalar): v is number => typeof v === "number";

/** Days since the last order, counted by the test itself: latest last order among the customers − last order. */
function sampleDays(): { rows: Scalar[][]; days: Scalar[] } {
  const rows = sampleCustomerRows();
  const customer = (r: Scalar[]) => num(r[3]) && num(r[6]) && num(r[7]);
  const asOf = Math.max(...rows.filter(customer).map((r) => r[6] as number));
  return { rows, days: rows.map((r) => (num(r[6]) ? asOf - r[6] : "")) };
}

function expectedSegments(days: readonly Scalar[], rows: readonly Scalar[][]): (string | null)[] {
  const scored = rfmScores(readNumberColumn(days), readNumberColumn(rows.map((r) => r[7])), readNumberColumn(rows.map((r) => r[3])));
  const [r, f, m] = scored.scores;
  return days.map((_, i) => (Number.isNaN(r[i]) ? null : RFM_SEGMENT_CODES[segmentIndexOf(DEFAULT_RFM_RULES, r[i], f[i], m[i])]));
}

function expectedRfm8(days: readonly Scalar[], rows: readonly Scalar[][], compare: "mean" | "median"): (string | null)[] {
  const result = classifyRfm8(readNumberColumn(days), readNumberColumn(rows.map((r) => r[7])), readNumberColumn(rows.map((r) => r[3])), compare);
  return Array.from(result.classIndex, (c) => (c >= 0 ? RFM8_CODES[c] : null));
}

/**
 * The sample's customers with recency as days since the last order instead of the date, on a
 * plain range (no Table), so without the sample's blank row (a current region ends there).
 */
function daysSample(): { rows: Scalar[][]; days: Scalar[] } {
  const { rows, days } = sampleDays();
  const keep = rows.map((r) => r.some((c) => c !== null && c !== ""));
  return { rows: rows.filter((_, i) => keep[i]), days: days.filter((_, i) => keep[i]) };
}

function daysWorkbook() {
  const { rows, days } = daysSample();
  return workbook([["Customer", "Days since last order", "Frequency", "Monetary"], ...rows.map((r, i) => [r[1], days[i], r[7], r[3]])]);
}

describe("RFM segments in the pane", () => {
  test("the header dictionary finds recency, frequency and monetary in English, Korean and Chinese", () => {
    const sample = [["A", 120, 3, 1000]];
    expect(guessRoles(["Customer", "Recency", "Frequency", "Monetary"], sample).single).toMatchObject({ lastDate: 1, orders: 2, value: 3 });
    expect(guessRoles(["고객명", "최근 구매일", "구매 횟수", "구매 금액"], sample).single).toMatchObject({ lastDate: 1, orders: 2, value: 3 });
    expect(guessRoles(["客户名称", "最近购买", "购买次数", "消费金额"], sample).single).toMatchObject({ lastDate: 1, orders: 2, value: 3 });
  });

  test("applied to the sample (last order dates): the class column is the engine's, and Remove restores the workbook", async () => {
    const wb = workbook();
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "RFM_SEGMENTS");
    expect(applied.roles).toMatchObject({ value: 3, lastDate: 6, orders: 7 });
    const { rows, days } = sampleDays();
    const expected = expectedSegments(days, rows);
    expect(classColumn(applied)).toEqual(expected);
    expect(expected.filter((c) => c !== null)).toHaveLength(239); // the blank row and the revenue typed as text are not customers
    expect(applied.plan.writes[0].cells[0]).toEqual(["RFM segment"]);
    // One rule per segment, eleven distinct colours.
    const rules = applied.plan.rules[0].rules;
    expect(rules.map((r) => r.code)).toEqual(RFM_SEGMENT_CODES);
    expect(new Set(rules.map((r) => r.tone.fill)).size).toBe(RFM_SEGMENT_CODES.length);
    expect(applied.prepared.run.notes[0].label.en).toContain("last order dates");
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("recency given as days: detected, the same classes as from the dates", async () => {
    const wb = daysWorkbook();
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "RFM_SEGMENTS");
    expect(applied.roles).toMatchObject({ lastDate: 1, orders: 2, value: 3 });
    const { rows, days } = daysSample();
    expect(classColumn(applied)).toEqual(expectedSegments(days, rows));
    expect(applied.prepared.run.notes[0].label.en).toContain("days since the last order");
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("the recency form: auto reads dates and days, an explicit choice wins", () => {
    const input = (recency: unknown[]) => ({ rowCount: recency.length, columns: { lastDate: recency, orders: recency.map(() => 1), value: recency.map(() => 10) } });
    expect(readRfmColumns(input([45000, 45010, 44990]), "auto").readAs).toBe("date");
    expect(Array.from(readRfmColumns(input([45000, 45010.5, 44990]), "auto").recencyDays.values)).toEqual([10, 0, 20]);
    expect(readRfmColumns(input([new Date(Date.UTC(2024, 0, 1)), "", 5]), "auto").readAs).toBe("date");
    expect(readRfmColumns(input([0, 30, 4000]), "auto").readAs).toBe("days");
    expect(readRfmColumns(input([45000, 12]), "auto").readAs).toBe("days"); // mixed: not all dates
    expect(readRfmColumns(input([45000, 45010]), "days").readAs).toBe("days");
    expect(readRfmColumns(input([10, 20]), "date").asOf).toBe(20);
  });

  test("every choice gives the codes it announces, and the run explains itself", () => {
    const { rows, days } = sampleDays();
    const input = { rowCount: rows.length, columns: { lastDate: rows.map((r) => r[6]), orders: rows.map((r) => r[7]), value: rows.map((r) => r[3]) } };
    const run = RFM_SEGMENT_METHOD.run(input, { recency: "date" });
    expect(run.codes).toEqual(RFM_SEGMENT_CODES);
    expect(run.cuts[0].text).toBe("R 5–5 · F 5–5 · M 5–5");
    expect(run.explanation.total.customers).toBe(239);
    // Monetary is the value: the per-segment values add up to the customers' revenue.
    const revenue = rows.filter((r, i) => num(r[3]) && num(r[7]) && days[i] !== "").reduce((a, r) => a + (r[3] as number), 0);
    expect(run.explanation.total.value).toBeCloseTo(revenue, 6);
  });
});

describe("RFM 8 classes in the pane", () => {
  test.each(["mean", "median"] as const)("applied to the sample (%s): the class column is classifyRfm8's, and Remove restores the workbook", async (compare) => {
    const wb = workbook();
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "RFM8", { compare });
    const { rows, days } = sampleDays();
    expect(classColumn(applied)).toEqual(expectedRfm8(days, rows, compare));
    expect(new Set(classColumn(applied).filter((c) => c !== null)).size).toBeGreaterThan(4);
    const rules = applied.plan.rules[0].rules;
    expect(rules.map((r) => r.code)).toEqual([...RFM8_CODES]);
    expect(new Set(rules.map((r) => r.tone.fill)).size).toBe(8);
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("recency as days gives the same classes as the dates (thresholds move with the as-of date)", async () => {
    const applied = await applyMethod(daysWorkbook(), "RFM8", { compare: "median" });
    const { rows, days } = daysSample();
    expect(classColumn(applied)).toEqual(expectedRfm8(days, rows, "median"));
  });

  test("the notes give the three thresholds", () => {
    const input = { rowCount: 4, columns: { lastDate: [10, 20, 30, 40], orders: [1, 2, 3, 4], value: [100, 200, 300, 400] } };
    const run = RFM8_METHOD.run(input, { compare: "mean", recency: "days" });
    expect(run.notes.slice(1).map((n) => n.value)).toEqual([25, 2.5, 250]);
    // 10 days, 1 order, 100: recent (10 < 25), not frequent, low amount → GENERAL-DEVELOP.
    expect(run.codes[run.classIndex[0]]).toBe("GENERAL-DEVELOP");
    expect(run.codes[run.classIndex[3]]).toBe("IMPORTANT-RETAIN");
  });
});
