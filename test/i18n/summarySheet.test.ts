/**
 * What the pane writes into the workbook, in Korean and in Chinese: the summary sheet, the class
 * column's header, the customer-type column and its drop-down. Built for the sample workbook
 * once in English and once in the language; every text cell that comes out the same in both must
 * be something that is rightly the same in every language: a class code, the user's own data
 * (column names, customer names, the sheet address), a number range like "5–10%", a time stamp,
 * or a cut written as a comparison of the symbols x and y ("x > 10200 · y ≤ 1128").
 */
import { Language } from "../../src/i18n/language";
import { summaryText } from "../../src/i18n/summaryText";
import { findMethod } from "../../src/workbook/methods/registry";
import { sheetMethodName } from "../../src/workbook/methods/types";
import { CellInput, isFormulaCell, SegmentPlan } from "../../src/workbook/plan";
import { applyToSample } from "../workbook/helpers/sampleFlow";

function texts(plan: SegmentPlan): string[] {
  const cells: CellInput[] = [
    ...plan.writes.flatMap((w) => w.cells.flat()),
    ...plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat())),
  ];
  const out = cells.map((c) => (c !== null && isFormulaCell(c) ? c.value : c)).filter((c): c is string => typeof c === "string");
  out.push(...plan.validations.flatMap((v) => v.items), ...plan.sheets.map((s) => s.name), ...plan.sheets.flatMap((s) => s.charts.map((c) => c.title ?? "")));
  return out;
}

describe.each([["ko"], ["zh-CN"]] as [Language][])("the workbook the pane writes in %s", (language) => {
  test.each([["ABC"], ["ABCD"], ["PARETO"], ["QUADRANT"]])("%s: every word is translated; codes and the user's data stay", async (methodId) => {
    const over = { methodId, tags: true, summary: true } as const;
    const english = await applyToSample({ ...over, language: "en" });
    const local = await applyToSample({ ...over, language });
    const mine = texts(local.plan);
    const englishTexts = new Set(texts(english.plan));
    const codes = new Set(local.prepared.run.codes);
    const userData = new Set<string>([...local.source.columnNames, ...Object.values(local.prepared.input.columns).flatMap((col) => (col ?? []).filter((v): v is string => typeof v === "string"))]);
    const same = mine.filter((t) => englishTexts.has(t) && t !== "");
    // Quadrant cuts name the measures by the user's own column headers, which stay as typed.
    const withoutColumnNames = (t: string): string => local.source.columnNames.reduce((rest, name) => (name ? rest.split(name).join("") : rest), t);
    const unexplained = same.filter(
      (t) =>
        !codes.has(t) &&
        !userData.has(t) &&
        !/^[\d.]+–[\d.]+%$/.test(t) && // curve slices "5–10%"
        !/^\d{4}-\d\d-\d\dT/.test(t) && // applied at (ISO time)
        !/^[^!]+![A-Z]+\d+:[A-Z]+\d+$/.test(t) && // the data's address
        !/^[<>≤\s\d.,·-]+$/.test(withoutColumnNames(t)), // a cut as a comparison: "< 0", "Revenue > 10,200 · Profit ≤ 1,128"
    );
    expect(unexplained).toEqual([]);
    expect(mine).toContain(summaryText("legend", language));
    expect(local.plan.sheets[0].name).toBe(summaryText("sheetName", language, { method: sheetMethodName(findMethod(methodId)!, language) }));
    expect(local.plan.validations[0].items.every((item) => (language === "ko" ? /[가-힣]/ : /[\u4e00-\u9fff]/).test(item))).toBe(true);
  });
});
