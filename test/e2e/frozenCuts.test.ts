/**
 * End to end, in Debian's Chromium: kept cut values in the monthly refresh (methods.md §14).
 * Apply ABC with a history for month 1 of the preview's sample; refresh month 2 re-fitted — the
 * pane shows the money that moved, why each mover moved, the cut values then and today, and the
 * class sizes per snapshot; tick "Keep the cuts" and refresh month 3 — the classes use the kept
 * values (month 2's), and today's fit is shown beside them. The classes written in month 3 are
 * checked against the test's own loop over the kept values. Screenshots at 320 px, light and
 * dark, English, Korean and Chinese.
 */
import { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { previewInBrowser, useSampleTable, paneScreenshot } from "./previewPage";

const DATES = ["2024-12-31", "2025-01-31", "2025-02-28"];

/** The pane at 320 px, scrolled to `selector`, saved as docs/screenshots/<name>.png. */
const shoot = (page: Page, name: string, selector: string): Promise<void> => paneScreenshot(page, `${name}`, selector, 40);

/** The cut values table the pane shows: [label, then/kept, today] as text. */
function cutRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="cut-row"]', (rows) => rows.map((r) => [...r.querySelectorAll("th,td")].map((c) => (c.textContent ?? "").trim())));
}

const number = (text: string): number => Number(text.replace(/[^\d.-]/g, ""));

describe("kept cut values in the browser preview", () => {
  const preview = previewInBrowser();

  test.each(["en", "ko", "zh-CN"] as Language[])("%s: month 2 re-fitted shows why customers moved; month 3 keeps month 2's cuts", async (language) => {
    const page = await preview.open({ height: 1600 });
    if (language !== "en") {
      await page.selectOption('[data-testid="language"]', language);
      await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
    }
    await useSampleTable(page);
    await page.check('[data-testid="method-ABC"]');
    await page.check('[data-testid="history"]');
    await page.fill('[data-testid="as-of"]', DATES[0]);
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    // Not kept by default; the box offers month 1's cuts.
    expect(await page.isChecked('[data-testid="keep-cuts-ABC"]')).toBe(false);

    // Month 2, re-fitted.
    await page.click('[data-testid="next-month"]');
    await page.fill('[data-testid="as-of"] >> nth=-1', DATES[1]);
    await page.click('[data-testid="refresh-all"]');
    await page.waitForSelector('[data-testid="cut-values"][data-kept="no"]');
    const refit = await cutRows(page);
    expect(refit.map((r) => r[0])).toEqual({ en: ["A cut", "B cut"], ko: ["A 기준값", "B 기준값"], "zh-CN": ["A 分界值", "B 分界值"] }[language]);
    await page.waitForSelector('[data-testid="stake-summary"]');
    // Every mover has a reason; at least one bought as before and moved because the cut did.
    const reasons = await page.$$eval('[data-testid="mover"]', (items) => items.map((li) => (li as HTMLElement).dataset.reason));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r === "cutMoved" || r === "valueRose" || r === "valueFell")).toBe(true);
    // Two snapshots: the class sizes chart has two bars' worth of rows.
    expect(await page.$$eval('[data-testid="class-sizes-table"] tbody tr', (rows) => rows.length)).toBe(2);
    await shoot(page, `refresh-cuts-${language}`, '[data-testid="cut-values"]');

    // Month 3, keeping month 2's cuts: the "today" column of month 2 is what is kept now.
    const month2Cuts = refit.map((r) => number(r[2]));
    await page.check('[data-testid="keep-cuts-ABC"]');
    await page.click('[data-testid="next-month"]');
    await page.fill('[data-testid="as-of"] >> nth=-1', DATES[2]);
    await page.click('[data-testid="refresh-all"]');
    await page.waitForSelector('[data-testid="cut-values"][data-kept="yes"]');
    const kept = await cutRows(page);
    expect(kept.map((r) => number(r[1]))).toEqual(month2Cuts);
    expect(await page.isChecked('[data-testid="keep-cuts-ABC"]')).toBe(true);
    expect(await page.$$eval('[data-testid="class-sizes-table"] tbody tr', (rows) => rows.length)).toBe(3);

    // The classes in month 3 follow the kept values: revenue ≥ A cut → A, ≥ B cut → B, else C (blank when not a number).
    // Read from the workbook behind the grid (the grid draws only the rows in view).
    const rows = await page.evaluate(() => {
      const wb = (window as unknown as { previewWorkbook: { getCell(s: string, r: number, c: number): unknown; findTable(n: string): { table: { range: { rows: number } } } | null } }).previewWorkbook;
      const n = wb.findTable("CustomerTable")!.table.range.rows;
      return Array.from({ length: n - 1 }, (_, i) => [wb.getCell("Customers", i + 1, 3), wb.getCell("Customers", i + 1, 8)]);
    });
    let checked = 0;
    rows.forEach(([revenue, cls], i) => {
      if (typeof revenue !== "number") return;
      expect([i, cls]).toEqual([i, revenue > 0 && revenue >= month2Cuts[0] ? "A" : revenue > 0 && revenue >= month2Cuts[1] ? "B" : "C"]);
      checked++;
    });
    expect(checked).toBeGreaterThan(200);

    await shoot(page, `refresh-kept-${language}`, '[data-testid="cut-values"]');
    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await shoot(page, `refresh-kept-${language}-dark`, '[data-testid="class-sizes"]');
    await page.close();
    expect(preview.outside).toEqual([]);
  });
});
