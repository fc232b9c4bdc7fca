/**
 * Tenure × size through the in-memory workbook, as the pane runs it (readInput → runOn →
 * buildPlan → apply): first order dates become years as a customer counted to the latest date in
 * the data (never today), longer tenure is OLD, and the summary names the measures in their units.
 */
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { Language } from "../../src/i18n/language";
import { TENURE_SIZE_METHOD } from "../../src/workbook/methods/tenureMethod";
import { RoleAssignment } from "../../src/workbook/plan";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, Choice, readInput, runOn } from "../../src/workbook/segmentation";
import { codesOf, workbook } from "./helpers/methodFlow";
import { Scalar } from "../../src/workbook/plan";
import { cellText } from "../../src/preview/cellText";

const serial = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const AS_OF = serial(2024, 12, 31); // the latest date in the data: B's last order

/**
 * Six customers. Years as a customer to 2024-12-31: A 5.84, B 0.67, C 6.96, D 0.33, E 3.50,
 * F 1.88 → median (685 + 1,280 days) / 2 / 365.25 = 2.69. Revenue median (9,000 + 12,300) / 2 = 10,650.
 */
const ROWS: Scalar[][] = [
  ["Customer ID", "Customer", "Revenue", "First order", "Last order"],
  ["A", "Since 2019, large", 50000, serial(2019, 3, 1), serial(2024, 10, 2)],
  ["B", "Since 2024, large", 60000, serial(2024, 5, 1), serial(2024, 12, 31)],
  ["C", "Since 2018, small", 2000, serial(2018, 1, 15), serial(2024, 6, 1)],
  ["D", "Since 2024, small", 1500, serial(2024, 9, 1), serial(2024, 9, 20)],
  ["E", "Since 2021", 12300, serial(2021, 6, 30), serial(2024, 11, 5)],
  ["F", "Since 2023", 9000, serial(2023, 2, 15), serial(2024, 7, 7)],
];
const EXPECTED = ["OLD-LARGE", "NEW-LARGE", "OLD-SMALL", "NEW-SMALL", "OLD-LARGE", "NEW-SMALL"];
/** Two years after the data's date: must change nothing. */
const LATER = new Date(Date.UTC(2026, 11, 7, 9));

async function run(rows: readonly (readonly Scalar[])[], language: Language = "en", params: Record<string, string> = {}, roles?: RoleAssignment) {
  const wb: MemoryWorkbook = workbook(rows);
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const chosen = roles ?? guessRoles(source.columnNames, source.sample).single;
  const choice: Choice = { methodId: TENURE_SIZE_METHOD.id, params, roles: chosen, output: "values", tones: {}, summary: true, tags: false, language, history: true };
  const input = await readInput(port, source.ref, choice);
  const prepared = runOn(input, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, { ...choice, roles: { ...chosen, id: 0 } }, prepared, "tenure-test", LATER);
  await port.apply(plan);
  const summary = plan.sheets[0].name;
  const rowsOf = (sheet: string): { text: unknown[]; formats: (string | null)[] }[] => {
    const used = wb.usedRange(sheet)!;
    return Array.from({ length: used.rows }, (_, r) => {
      const text = Array.from({ length: used.cols }, (_, c) => {
        const v = wb.getCell(sheet, r, c);
        return v !== null && typeof v === "object" && "formula" in v ? v.value : v;
      });
      return { text, formats: Array.from({ length: used.cols }, (_, c) => wb.getCellFormat(sheet, r, c)) };
    });
  };
  return { wb, port, prepared, plan, summary: rowsOf(summary), source };
}

describe("Tenure × size", () => {
  test("the roles guessed on a customer table: Revenue is the size, First order the customer-since column", async () => {
    const { source } = await run(ROWS);
    const guess = guessRoles(source.columnNames, source.sample).single;
    expect([guess.value, guess.firstDate, guess.lastDate]).toEqual([2, 3, 4]);
  });

  test("first order dates: a customer since 2019 is OLD, one since 2024 NEW, counted to the data's date (not today)", async () => {
    const { prepared } = await run(ROWS);
    expect(codesOf(prepared.run.classIndex, prepared.run.codes)).toEqual(EXPECTED);
    expect(prepared.run.quadrant?.xThreshold).toBe(10650);
    const years = [serial(2023, 2, 15), serial(2021, 6, 30)].map((first) => (AS_OF - first) / 365.25);
    expect(prepared.run.quadrant?.yThreshold).toBeCloseTo((years[0] + years[1]) / 2, 12);
    expect(prepared.run.quadrant?.yThreshold).toBeCloseTo(2.6899, 4);
    expect(prepared.run.notes.map((n) => [n.label.en, n.value, n.format, n.digits])).toEqual([
      ["Revenue split (median)", 10650, "number", 0],
      ["Years as a customer split (median)", prepared.run.quadrant?.yThreshold, "number", 1],
      ["Years as a customer counted to the latest date in the data", AS_OF, "date", undefined],
    ]);
  });

  test("the same customers as Date cells, or as years in a column, give the same classes", async () => {
    const asDates = ROWS.map((row, r) => (r === 0 ? row : row.map((v, c) => (c >= 3 ? new Date(Date.UTC(1899, 11, 30) + (v as number) * 86_400_000) : v))));
    expect(codesOf((await run(asDates as unknown as Scalar[][])).prepared.run.classIndex, TENURE_SIZE_METHOD.codes({}))).toEqual(EXPECTED);
    const years = [["Customer ID", "Customer", "Revenue", "Tenure (years)"], ...ROWS.slice(1).map((row) => [row[0], row[1], row[2], Math.round(((AS_OF - (row[3] as number)) / 365.25) * 10) / 10])];
    const byYears = await run(years, "en", {}, { id: 0, name: 1, value: 2, firstDate: 3 });
    expect(codesOf(byYears.prepared.run.classIndex, byYears.prepared.run.codes)).toEqual(EXPECTED);
    expect(byYears.prepared.run.notes[2]).toEqual({ label: expect.objectContaining({ en: "Customer since read as years as a customer; customers" }), value: 6, format: "number" });
    // The pane's guess: a "Tenure" header is the customer-since column.
    expect(guessRoles(byYears.source.columnNames, byYears.source.sample).single.firstDate).toBe(3);
  });

  test("the summary sheet names the measures with their units: Revenue > 10,650, more than 2.7 years, the as-of date as a date", async () => {
    const { summary } = await run(ROWS);
    const find = (label: string) => summary.find((r) => r.text[0] === label)!;
    expect(find("OLD-LARGE").text[8]).toBe("Revenue > 10,650 · customer for more than 2.7 years");
    expect(find("NEW-LARGE").text[8]).toBe("Revenue > 10,650 · customer for 2.7 years or less");
    expect(find("OLD-SMALL").text[8]).toBe("Revenue ≤ 10,650 · customer for more than 2.7 years");
    expect(find("NEW-SMALL").text[8]).toBe("Revenue ≤ 10,650 · customer for 2.7 years or less");
    expect([find("Revenue split (median)").text[1], find("Revenue split (median)").formats[1]]).toEqual([10650, "#,##0"]);
    const years = find("Years as a customer split (median)");
    expect(years.formats[1]).toBe("#,##0.0");
    expect(years.text[1]).toBeCloseTo(2.6899, 4);
    // The preview's grid shows it as Excel would: 2.7, not 2.689938…
    expect(cellText(years.text[1] as number, years.formats[1])).toBe("2.7");
    const asOf = find("Years as a customer counted to the latest date in the data");
    expect([asOf.text[1], asOf.formats[1]]).toEqual([AS_OF, "yyyy-mm-dd"]);
    // The 2×2 grid is labelled by the measures, not x and y.
    const grid = summary.findIndex((r) => r.text[0] === "Customers" && r.text[1] === "Years as a customer high");
    expect(summary.slice(grid, grid + 3).map((r) => r.text.slice(0, 3))).toEqual([
      ["Customers", "Years as a customer high", "Years as a customer low"],
      ["Revenue high", 2, 1],
      ["Revenue low", 1, 2],
    ]);
  });

  test("Korean and Chinese: the same splits in their words", async () => {
    const ko = await run(ROWS, "ko");
    expect(ko.summary.find((r) => r.text[0] === "OLD-LARGE")!.text[8]).toBe("Revenue > 10,650 · 거래 2.7년 초과");
    expect(ko.summary.some((r) => r.text[0] === "거래 연수 기준값 (중앙값)")).toBe(true);
    const zh = await run(ROWS, "zh-CN");
    expect(zh.summary.find((r) => r.text[0] === "NEW-SMALL")!.text[8]).toBe("Revenue ≤ 10,650 · 合作不超过 2.7 年");
    expect(zh.summary.some((r) => r.text[0] === "合作年数阈值（中位数）")).toBe(true);
  });

  test("the snapshot of its history is dated by the data (2024-12-31), not by the day it was applied (2026-12-07)", async () => {
    const { plan } = await run(ROWS);
    expect(plan.saved.asOf).toBe(AS_OF);
  });
});

describe("Quadrants: two measures, with a date as a measure", () => {
  test("the split of a date column is shown as a date in the language's order (4/23/2022), never as the serial 44,674.5", async () => {
    const { prepared, summary } = await (async () => {
      const wb = workbook(ROWS);
      const port = createGridAdapter(wb);
      const source = (await port.locateSource())!;
      const choice: Choice = { methodId: "QUADRANT", params: { labels: "plain" }, roles: { id: 0, name: 1, value: 2, second: 3 }, output: "values", tones: {}, summary: true, tags: false, language: "en" };
      const prep = runOn(await readInput(port, source.ref, choice), choice);
      const plan = await buildPlan(port, source.ref, source.columnNames, choice, prep, "q-test", LATER);
      await port.apply(plan);
      const sheet = plan.sheets[0].name;
      const used = wb.usedRange(sheet)!;
      const rows = Array.from({ length: used.rows }, (_, r) => [wb.getCell(sheet, r, 0), wb.getCell(sheet, r, 1), wb.getCellFormat(sheet, r, 1)]);
      return { prepared: prep, summary: rows };
    })();
    expect(prepared.run.quadrant?.yThreshold).toBe((serial(2021, 6, 30) + serial(2023, 2, 15)) / 2);
    expect(prepared.run.notes[1]).toMatchObject({ value: 44674.5, format: "date" });
    // The measures are named by their columns' headers, not "x" and "y"; numbers and dates formatted per language.
    expect(prepared.run.cuts[0].text).toMatchObject({ en: "Revenue > 10,650 · First order > 4/23/2022", ko: "Revenue > 10,650 · First order > 2022. 4. 23." });
    expect(summary.find((r) => r[0] === "First order split (median)")).toEqual(["First order split (median)", 44674.5, "yyyy-mm-dd"]);
  });
});
