/**
 * End to end, in Debian's Chromium: the pane's messages follow what the user does. A "Done" of
 * one method is cleared when another method is picked, a status in English is cleared when the
 * pane switches to Korean (it would stay English), and a table of headers only says so instead of
 * asking for a column no choice could fill.
 */
import { paneText } from "../../src/i18n/paneText";
import { previewInBrowser, useSampleTable } from "./previewPage";

describe("pane messages follow the user", () => {
  const preview = previewInBrowser();

  test("a status is cleared when the method or the language changes", async () => {
    const page = await preview.open({ height: 1400 });
    await useSampleTable(page);
    await page.check('[data-testid="method-PARETO"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="status"]:has-text("Done")');
    await page.check('[data-testid="method-ABC"]');
    await page.waitForFunction(() => (document.querySelector('[data-testid="status"]')?.textContent ?? "") === "");
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="status"]:has-text("Done")');
    await page.selectOption('[data-testid="language"]', "ko");
    await page.waitForSelector(`h1:has-text("${paneText("title", "ko")}")`);
    expect(await page.textContent('[data-testid="status"]')).toBe("");
    await page.close();
    expect(preview.outside).toEqual([]);
  });

  test("a table of headers only says it has no data rows", async () => {
    const page = await preview.open({ height: 1400 });
    await page.evaluate(() => {
      const wb = (window as unknown as { previewWorkbook: { addSheet(n: string): void; setCell(s: string, r: number, c: number, v: unknown): void; addTable(s: string, t: unknown): void; select(s: string, r: number, c: number): void } }).previewWorkbook;
      wb.addSheet("Empty");
      ["Customer ID", "Customer", "Revenue"].forEach((h, c) => wb.setCell("Empty", 0, c, h));
      wb.addTable("Empty", { name: "EmptyTable", range: { row: 0, col: 0, rows: 1, cols: 3 }, hasHeader: true });
      wb.select("Empty", 0, 0);
    });
    await page.click('[data-testid="sheet-Empty"]');
    await page.click('[data-cell="A1"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="preview-error"]');
    expect(await page.textContent('[data-testid="preview-error"]')).toContain(paneText("noDataRows", "en", { where: "Empty" }));
    await page.close();
  });
});
