/**
 * In the browser preview: ABC applied, then the user types over one class (as they would in Excel),
 * then Remove. The pane says which cell it kept, in the user's language, and the grid shows it:
 * the typed value stays, every other class is gone. Screenshots of the pane at 320 px (light
 * English, dark English, Korean, Chinese) go to docs/screenshots/remove-kept-*.png.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { previewInBrowser, readGrid, useSampleTable } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/** The user's edit, made to the workbook behind the page as typing into cell I3 would. */
function typeIntoI3(page: Page, text: string): Promise<void> {
  return page.evaluate((value) => {
    (window as unknown as { previewWorkbook: { setCell(sheet: string, row: number, col: number, v: string): void } }).previewWorkbook.setCell("Customers", 2, 8, value);
  }, text);
}

describe("Remove after the user typed over a class, in the preview", () => {
  const preview = previewInBrowser();
  const outside = preview.outside;

  test.each([
    ["en", "light"],
    ["en", "dark"],
    ["ko", "light"],
    ["zh-CN", "dark"],
  ] as [Language, "light" | "dark"][])("%s, %s theme: the typed cell stays and is named", async (language, theme) => {
    const page = await preview.open({ height: 1600, waitFor: '[data-testid="method-ABC"]' });
    if (language !== "en") {
      await page.selectOption('[data-testid="language"]', language);
      await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
    }
    if (theme === "dark") {
      await page.click('[data-testid="theme-toggle"]');
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    }
    await useSampleTable(page);
    await page.check('[data-testid="method-ABC"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');

    await typeIntoI3(page, "VIP");
    await page.click('[data-testid="remove-ABC"]');
    await page.click('[data-testid="remove-dialog-confirm"]');
    await page.waitForSelector('[data-testid="status"]:has-text("Customers!I3")');
    const status = (await page.textContent('[data-testid="status"]')) ?? "";
    expect(status).toContain(paneText("removedKept", language, { count: 1, cells: "Customers!I3" }));
    // Not "the workbook is as it was": a cell of the user's now stands where a class was.
    expect(status).not.toContain(paneText("removed", language));

    const grid = await readGrid(page);
    expect(grid.I3.text).toBe("VIP");
    expect([grid.I1.text, grid.I2.text, grid.I4.text]).toEqual(["", "", ""]);

    // The pane as Excel shows it at its narrowest usual width.
    await page.evaluate(() => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "320px"));
    await page.waitForTimeout(400); // Fluent's colour transitions and the narrower layout
    await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="taskpane"]');
      const status = document.querySelector('[data-testid="status"]');
      if (pane && status) pane.scrollTo(0, Math.max(0, (status as HTMLElement).offsetTop - 200));
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('[data-testid="taskpane"]').screenshot({ path: path.join(SCREENSHOTS, `remove-kept-${language}-${theme}.png`) });
    await page.close();
    expect(outside).toEqual([]);
  });
});
