/**
 * ABC by growth in the pane (src/workbook/methods/growthMethod.ts) through the in-memory adapter:
 * year columns are found from their headers, the class column is abcGrowth's answer, and Remove
 * restores the workbook.
 */
import { seededRandom } from "../../bench/harness";
import { ABC_GROWTH_CODES, abcGrowth } from "../../src/segment/growth";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { sampleBook } from "../../src/preview/sampleData";
import { ABC_GROWTH_METHOD } from "../../src/workbook/methods/growthMethod";
import { Scalar } from "../../src/workbook/plan";
import { guessRoles, isPeriodHeader } from "../../src/workbook/roles";
import { applyMethod, classColumn, codesOf, snapshot, workbook } from "./helpers/methodFlow";

/** 60 customers × 4 years, with a blank year, a year typed as text and a row without any sales. */
function yearRows(): Scalar[][] {
  const random = seededRandom(8);
  return Array.from({ length: 60 }, (_, i) => {
    const base = Math.round(random() * 1000);
    const years: Scalar[] = [0, 1, 2, 3].map(() => Math.max(0, Math.round(base * (0.6 + random() * 0.9))));
    if (i === 7) years[1] = null; // no sales that year
    if (i === 11) years[2] = "n/a"; // text: a year without sales
    if (i === 13) return [`Customer ${i + 1}`, null, null, null, null];
    return [`Customer ${i + 1}`, ...years];
  });
}

function expected(rows: readonly Scalar[][], top: number): (string | null)[] {
  return codesOf(abcGrowth(readPeriodMatrix(rows.map((r) => r.slice(1))), top).classIndex, ABC_GROWTH_CODES);
}

describe("ABC by growth in the pane", () => {
  test("year headers are period columns: FY2023, 2023년, 2023年度 (a bare 2024 stays ambiguous)", () => {
    for (const h of ["FY2023", "FY23", "2023년", "2023년도", "2023年", "2023年度"]) expect([h, isPeriodHeader(h)]).toEqual([h, true]);
    for (const h of ["2024", "FY202", "Revenue 2024"]) expect([h, isPeriodHeader(h)]).toEqual([h, false]);
    const guess = guessRoles(["고객명", "2021년", "2022년", "2023년", "2024년"], [["A", 1, 2, 3, 4]]);
    expect(guess.periods).toEqual([1, 2, 3, 4]);
  });

  test.each([
    ["2021년 … 2024년", ["고객명", "2021년", "2022년", "2023년", "2024년"], {}, 0.2],
    ["FY2021 … FY2024, top 10 %", ["Customer", "FY2021", "FY2022", "FY2023", "FY2024"], { top: "0.1" }, 0.1],
    ["2021年 … 2024年, top 30 %", ["客户名称", "2021年", "2022年", "2023年", "2024年"], { top: "0.3" }, 0.3],
  ])("year columns %s: the class column is abcGrowth's, and Remove restores the workbook", async (_name, header, params, top) => {
    const rows = yearRows();
    const wb = workbook([header, ...rows]);
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "ABC_GROWTH", params);
    expect(applied.roles.periods).toEqual([1, 2, 3, 4]);
    const classes = classColumn(applied);
    expect(classes).toEqual(expected(rows, top));
    expect(new Set(classes)).toEqual(new Set(["A", "B", "C", null]));
    expect(classes[13]).toBeNull(); // no sales at all: not a customer
    expect(applied.prepared.run.cuts.map((c) => c.code)).toEqual(["A", "B", "C"]);
    expect(applied.plan.rules[0].rules.map((r) => r.tone.fill)).toEqual(["#C6EFCE", "#FFEB9C", "#B3C4C9"]); // A green, B amber, C blue-grey
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("on the sample's twelve month columns: the same classes as abcGrowth on the block", async () => {
    const wb = workbook();
    wb.select("Monthly", 3, 3);
    const before = snapshot(wb);
    const applied = await applyMethod(wb, "ABC_GROWTH");
    const monthly = sampleBook().sheets.find((s) => s.name === "Monthly")!;
    const rows = monthly.rows.slice(1).map((r) => r.slice(2));
    expect(rows[0]).toHaveLength(12);
    expect(classColumn(applied)).toEqual(codesOf(abcGrowth(readPeriodMatrix(rows), 0.2).classIndex, ABC_GROWTH_CODES));
    await applied.port.remove(applied.plan.id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("the A cut is the latest year's threshold; the summary value is the latest year", () => {
    const periods = [
      [100, 200, 300], // A (top of 5 by the latest year: 20 % → 1 customer)
      [10, 20, 30], // rose twice → B
      [30, 20, 40], // rose once → C
      [50, 50, 50], // flat → C
      [5, 6, 7], // rose twice → B
    ];
    const run = ABC_GROWTH_METHOD.run({ rowCount: 5, columns: {}, periods }, { top: "0.2" });
    expect(Array.from(run.classIndex, (c) => run.codes[c])).toEqual(["A", "B", "C", "C", "B"]);
    expect(run.cuts[0].limit).toBe(300);
    expect(run.explanation.classes.map((c) => c.value)).toEqual([300, 37, 90]);
    expect(run.notes[0].value).toBe(3);
  });
});
