/** The cohort heat map of the pane (src/workbook/cohortHeat.ts, src/taskpane/CohortSection.tsx): colours, text contrast, and what is drawn. */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { sampleBook } from "../../src/preview/sampleData";
import { cellColumn, cohortTable } from "../../src/segment/cohort";
import { CohortView } from "../../src/taskpane/CohortSection";
import { paneText } from "../../src/i18n/paneText";
import { heatColour, heatRows } from "../../src/workbook/cohortHeat";
import { contrastRatio } from "../../src/workbook/palette";

describe("the cohort heat map", () => {
  test("every fill of the scale keeps its text at WCAG contrast ≥ 4.5:1; pale for 0, deepest for 1 and above", () => {
    for (let i = 0; i <= 200; i++) {
      const { fill, font } = heatColour(i / 200);
      expect([i, contrastRatio(fill, font) >= 4.5]).toEqual([i, true]);
    }
    expect(heatColour(0)).toEqual({ fill: "#F2F7FC", font: "#1F1F1F" });
    expect(heatColour(1)).toEqual({ fill: "#4F8FCF", font: "#1F1F1F" });
    expect(heatColour(2.5)).toEqual(heatColour(1));
    expect(heatColour(-1)).toEqual(heatColour(0));
  });

  test("the sample's orders: one row per month, blanks after the last month, values from cohortTable", () => {
    const orders = sampleBook().sheets.find((s) => s.name === "Orders")!.rows.slice(1);
    const table = cohortTable(cellColumn(orders.map((r) => r[0])), cellColumn(orders.map((r) => r[1])), cellColumn(orders.map((r) => r[2])), "month");
    const rows = heatRows(table, "customers");
    expect(rows).toHaveLength(table.cohorts);
    expect(rows[0].cells[0]).toEqual({ value: 1, ...heatColour(1) });
    // Blank exactly where the period comes after the data's last month, and in a month without first orders.
    rows.forEach((row, r) => row.cells.forEach((c, k) => expect([r, k, c.value === null]).toEqual([r, k, table.first + r + k > table.last || table.sizes[r] === 0])));
    rows.forEach((row, r) => expect(row.size).toBe(table.sizes[r]));

    for (const language of ["en", "ko", "zh-CN"] as const) {
      const html = renderToString(createElement(CohortView, { rows, measure: "customers", language }));
      expect(html).toContain(paneText("cohortCaptionCustomers", language));
      expect(html).toContain(`data-testid="cohort-row-${rows[0].label}"`);
      expect(html).toContain("100%");
    }
  });
});
