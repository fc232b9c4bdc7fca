/**
 * The browser preview in English, Korean and Chinese:
 * - on the sample's Orders sheet (order lines), "Show retention by cohort" draws the heat map
 *   whose every cell is the engine's cohort table computed in Node (month, customers), and the
 *   quarter / revenue choices redraw it;
 * - on the Monthly sheet, ABC–XYZ shows the 3×3 grid in the nine class colours, with the counts
 *   the engine gives.
 * Screenshots go to docs/screenshots.
 */
import * as fs from "fs";
import * as path from "path";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { sampleBook } from "../../src/preview/sampleData";
import { cellColumn, cohortTable, cohortValue, periodLabel } from "../../src/segment/cohort";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { ABC_XYZ_CODES, abcXyz } from "../../src/segment/xyz";
import { resolveTones } from "../../src/workbook/palette";
import { previewInBrowser } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

function sampleSheet(name: string): unknown[][] {
  return sampleBook().sheets.find((s) => s.name === name)!.rows.slice(1) as unknown[][];
}

/** What the pane should show in each cell: "100%", "" … in the page's language. */
function expectedTable(language: Language, period: "month" | "quarter", measure: "customers" | "revenue"): string[][] {
  const orders = sampleSheet("Orders");
  const table = cohortTable(cellColumn(orders.map((r) => r[0])), cellColumn(orders.map((r) => r[1])), cellColumn(orders.map((r) => r[2])), period);
  const pct = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });
  return Array.from({ length: table.cohorts }, (_, r) => [
    periodLabel(table.first + r, period),
    new Intl.NumberFormat(language).format(table.sizes[r]),
    ...Array.from({ length: table.width }, (_, k) => {
      const v = cohortValue(table, r, k, measure);
      return v.kind === "value" ? pct.format(v.value) : v.kind === "noBase" ? "—" : "";
    }),
  ]);
}

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe.each([["en"], ["ko"], ["zh-CN"]] as [Language][])("cohorts and ABC–XYZ in the preview, %s", (language) => {
  const preview = previewInBrowser();

  test("the cohort heat map of the sample's orders equals the engine's table, by month and by quarter, customers and revenue", async () => {
    const page = await preview.open({ height: 2400, waitFor: '[data-testid="method-ABC"]' });
    if (language !== "en") {
      await page.selectOption('[data-testid="language"]', language);
      await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
    }
    await page.click('[data-testid="sheet-Orders"]');
    await page.click('[data-cell="A2"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="cohort-show"]');
    const read = (): Promise<string[][]> =>
      page.$$eval('[data-testid="cohort-table"] tbody tr', (rows) => rows.map((tr) => Array.from(tr.children, (c) => (c.textContent ?? "").trim())));
    await page.click('[data-testid="cohort-show"]');
    await page.waitForSelector('[data-testid="cohort-table"]');
    expect(await read()).toEqual(expectedTable(language, "month", "customers"));
    // Cell k = 0 of the first cohort: 100 % in the deepest blue of the scale, dark text.
    const first = await page.$eval('[data-testid="cohort-table"] tbody tr td:nth-of-type(2)', (td) => [getComputedStyle(td).backgroundColor, getComputedStyle(td).color]);
    expect(first).toEqual([rgb("#4F8FCF"), rgb("#1F1F1F")]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.evaluate(() => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "360px"));
    await page.locator('[data-testid="cohort"]').screenshot({ path: path.join(SCREENSHOTS, `cohort-pane-${language}.png`) });

    await page.click('[data-testid="cohort-quarter"]');
    await page.click('[data-testid="cohort-revenue"]');
    await page.click('[data-testid="cohort-show"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="cohort-table"] tbody tr').length === n, expectedTable(language, "quarter", "revenue").length);
    expect(await read()).toEqual(expectedTable(language, "quarter", "revenue"));
    await page.close();
  });

  test("ABC–XYZ on the Monthly sheet: the 3×3 grid in the nine colours, counts as computed in Node", async () => {
    const page = await preview.open({ height: 2400, waitFor: '[data-testid="method-ABC"]' });
    if (language !== "en") await page.selectOption('[data-testid="language"]', language);
    await page.click('[data-testid="sheet-Monthly"]');
    await page.click('[data-cell="D4"]');
    await page.click('[data-testid="locate"]');
    await page.check('[data-testid="method-ABC_XYZ"]');
    await page.waitForSelector('[data-testid="class-grid"]');
    const matrix = readPeriodMatrix(sampleSheet("Monthly").map((r) => r.slice(2)));
    const counts = new Array<number>(9).fill(0);
    for (const c of abcXyz(matrix).classIndex) if (c >= 0) counts[c]++;
    const tones = resolveTones(ABC_XYZ_CODES);
    for (const [i, code] of ABC_XYZ_CODES.entries()) {
      const [text, background, color] = await page.$eval(`[data-testid="class-grid-${code}"]`, (td) => [td.textContent ?? "", getComputedStyle(td).backgroundColor, getComputedStyle(td).color]);
      expect([code, text]).toEqual([code, `${code}${new Intl.NumberFormat(language).format(counts[i])}`]);
      expect([code, background, color]).toEqual([code, rgb(tones[code].fill), rgb(tones[code].font)]);
    }
    await page.evaluate(() => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "360px"));
    await page.locator('[data-testid="preview"]').screenshot({ path: path.join(SCREENSHOTS, `abcxyz-grid-${language}.png`) });
    await page.close();
  });
});
