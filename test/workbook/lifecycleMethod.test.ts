/**
 * Lifecycle stages in the pane (src/workbook/methods/lifecycleMethod.ts) applied to the bundled
 * sample through the in-memory adapter: the class column is classifyLifecycle's answer for the
 * chosen windows, the header dictionary finds the three columns, contradicting rows get no
 * stage and a note, and Remove restores the workbook.
 */
import { readNumberColumn } from "../../src/segment/cells";
import { classifyLifecycle, DEFAULT_LIFECYCLE, LIFECYCLE_CODES } from "../../src/segment/lifecycle";
import { LIFECYCLE_METHOD } from "../../src/workbook/methods/lifecycleMethod";
import { Scalar } from "../../src/workbook/plan";
import { guessRoles } from "../../src/workbook/roles";
import { applyMethod, classColumn, sampleCustomerRows, snapshot, workbook } from "./helpers/methodFlow";

function expectedStages(rows: readonly Scalar[][], windows: Partial<typeof DEFAULT_LIFECYCLE> = {}): (string | null)[] {
  const column = (c: number) => readNumberColumn(rows.map((r) => r[c]));
  const result = classifyLifecycle(column(5), column(6), column(7), null, { ...DEFAULT_LIFECYCLE, ...windows });
  return Array.from(result.stage, (s) => (s >= 0 ? LIFECYCLE_CODES[s] : null));
}

describe("lifecycle stages in the pane", () => {
  test("the header dictionary finds first order, last order and orders in English, Korean and Chinese", () => {
    const sample = [["A", 45000, 45100, 3]];
    expect(guessRoles(["Customer", "First order", "Last order", "Orders"], sample).single).toMatchObject({ firstDate: 1, lastDate: 2, orders: 3 });
    expect(guessRoles(["고객명", "첫 구매일", "최근 구매일", "구매 횟수"], sample).single).toMatchObject({ firstDate: 1, lastDate: 2, orders: 3 });
    expect(guessRoles(["客户名称", "首次购买", "最近购买日期", "购买次数"], sample).single).toMatchObject({ firstDate: 1, lastDate: 2, orders: 3 });
  });

  test.each([
    ["the default windows", {}, {}],
    ["new 30 days, churn 730 days, k = 1.5, loyal from 3 orders", { newDays: "30", churnDays: "730", k: "1.5", loyalOrders: "3" }, { newDays: 30, churnDays: 730, k: 1.5, loyalOrders: 3 }],
    ["active 30 days, churn 180 days", { activeDays: "30", churnDays: "180" }, { activeDays: 30, churnDays: 180 }],
  ])("applied to the sample with %s: the class column is classifyLifecycle's, and Remove restores the workbook", async (_name, params, windows) => {
    const wb = workbook();
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "LIFECYCLE", params);
    expect(applied.roles).toMatchObject({ firstDate: 5, lastDate: 6, orders: 7 });
    const expected = expectedStages(sampleCustomerRows(), windows);
    expect(classColumn(applied)).toEqual(expected);
    expect(expected.filter((s) => s !== null)).toHaveLength(240); // revenue is not needed: only the blank row is left out
    expect(new Set(expected.filter((s) => s !== null)).size).toBeGreaterThanOrEqual(4);
    expect(applied.plan.writes[0].cells[0]).toEqual(["Lifecycle stage"]);
    const rules = applied.plan.rules[0].rules;
    expect(rules.map((r) => r.code)).toEqual([...LIFECYCLE_CODES]);
    expect(new Set(rules.map((r) => r.tone.fill)).size).toBe(LIFECYCLE_CODES.length);
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("as-of = the latest order date; a row that contradicts itself gets no stage and a note", () => {
    const d = (day: number) => 45000 + day;
    const input = {
      rowCount: 5,
      columns: {
        firstDate: [d(0), d(0), d(100), d(300), ""],
        lastDate: [d(400), d(10), d(50), d(300), d(1)],
        orders: [12, 2, 3, 1, 1],
        value: [1000, 50, 70, 20, 5],
      },
    };
    const run = LIFECYCLE_METHOD.run(input, {});
    // As of day 400 (the latest date): 12 orders over 400 days, the last today → LOYAL; last order
    // 390 days ago > 365 → CHURNED; first order after the last → no stage (−2, like an error row);
    // a single order 100 days ago → SILENT; a blank first order → not a customer (−1).
    expect(Array.from(run.classIndex, (c) => (c >= 0 ? run.codes[c] : c))).toEqual(["LOYAL", "CHURNED", -2, "SILENT", -1]);
    expect(run.notes[0].value).toBe(d(400));
    // The as-of date is shown as a date (2024-04-18), never as the serial 45400.
    expect([run.notes[0].label.en, run.notes[0].format]).toEqual(["As-of date (the latest order date)", "date"]);
    expect(run.notes[1].value).toBe(1);
    // The summary's value is the value column when mapped (its SUMIF formulas read that column).
    expect(run.explanation.total.value).toBe(1070);
    expect(run.explanation.errors).toBe(1);
  });
});
