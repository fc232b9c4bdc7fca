/**
 * End to end, in Debian's Chromium: the preview page (built task pane + in-memory sample
 * workbook) served from 127.0.0.1 on a free port. It must load without any request leaving
 * localhost; applying ABC and then quadrants must write the classes and colour every row as the
 * rules say; Remove must give back the exact workbook; the whole flow must work from the
 * keyboard; and it must look right in the light and the dark theme (screenshots in docs/).
 */
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { findMethod } from "../../src/workbook/methods/registry";
import { defaultTones, TONES } from "../../src/workbook/palette";
import { prepare } from "../../src/workbook/segmentation";
import { GridCell, previewInBrowser, readGrid, rgb, tabTo, useSampleTable, workbookSnapshot } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");
const WHITE = "rgb(255, 255, 255)";
const DATA_ROWS = 241; // 240 customers and one blank row, sheet rows 2…242

/** The classes the engine gives the sample, computed here in Node, independently of the page. */
async function expectedClasses(methodId: string, roles: Record<string, number>): Promise<(string | null)[]> {
  const wb = memoryWorkbookFrom(sampleBook());
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const prepared = await prepare(port, source.ref, { methodId, params: {}, roles });
  return Array.from(prepared.run.classIndex, (c) => (c >= 0 ? prepared.run.codes[c] : null));
}

function toneOf(methodId: string, code: string | null): string {
  if (code === null) return WHITE;
  const codes = findMethod(methodId)!.codes({});
  return rgb(TONES[defaultTones(codes)[code]].fill);
}

/** Each data row's class cell text and the background of its first cell and of its class cell. */
function rowsOf(grid: Record<string, GridCell>, classColumn: string): { code: string; first: string; cls: string }[] {
  return Array.from({ length: DATA_ROWS }, (_, i) => ({
    code: grid[`${classColumn}${i + 2}`].text,
    first: grid[`A${i + 2}`].background,
    cls: grid[`${classColumn}${i + 2}`].background,
  }));
}

describe("the task pane in the browser preview", () => {
  const preview = previewInBrowser();
  const outside = preview.outside;
  const open = (query = ""): Promise<Page> => preview.open({ query });

  test("ABC, then quadrants: classes and row colours; Remove restores the workbook cell by cell", async () => {
    const page = await open();
    const before = await workbookSnapshot(page);
    const gridBefore = await readGrid(page);

    // Select the sample table: a cell inside it, then "Use the table at the cursor".
    await useSampleTable(page);

    await page.check('[data-testid="method-ABC"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="status"]:has-text("Done")');
    const abc = await expectedClasses("ABC", { value: 3 });
    let rows = rowsOf(await readGrid(page), "I");
    rows.forEach((row, i) => {
      expect([i, row.code]).toEqual([i, abc[i] ?? ""]);
      expect([i, row.first, row.cls]).toEqual([i, toneOf("ABC", abc[i]), toneOf("ABC", abc[i])]);
    });
    expect(new Set(abc)).toEqual(new Set(["A", "B", "C", null]));

    // Quadrants by revenue × profit: the newer rules colour the rows now.
    await page.check('[data-testid="method-QUADRANT"]');
    await page.waitForSelector('[data-testid="quadrant-grid"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-QUADRANT"]');
    const quadrant = await expectedClasses("QUADRANT", { value: 3, second: 4 });
    const grid = await readGrid(page);
    rows = rowsOf(grid, "J");
    rows.forEach((row, i) => {
      expect([i, row.code]).toEqual([i, quadrant[i] ?? ""]);
      // A row without a quadrant (blank or text revenue) still shows its ABC colour.
      const expected = quadrant[i] !== null ? toneOf("QUADRANT", quadrant[i]) : toneOf("ABC", abc[i]);
      expect([i, row.first]).toEqual([i, expected]);
    });
    expect(new Set(quadrant)).toEqual(new Set(["EI", "EII", "EIII", "EIV", null]));
    // Class text stays readable on its colour: the cell's own dark text, not the theme's.
    expect(grid.J2.color).toBe(rgb(TONES[defaultTones(["EI", "EII", "EIII", "EIV"])[quadrant[0] as string]].font));

    // Remove both: the workbook and the grid are exactly as before.
    // Remove asks first; Cancel leaves everything in place.
    await page.click('[data-testid="remove-QUADRANT"]');
    await page.waitForSelector('[data-testid="remove-dialog"]');
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="remove-dialog"]', { state: "detached" });
    expect(await page.isVisible('[data-testid="applied-QUADRANT"]')).toBe(true);
    await page.click('[data-testid="remove-QUADRANT"]');
    await page.click('[data-testid="remove-dialog-confirm"]');
    await page.waitForSelector('[data-testid="applied-QUADRANT"]', { state: "detached" });
    await page.click('[data-testid="remove-ABC"]');
    await page.click('[data-testid="remove-dialog-confirm"]');
    await page.waitForSelector('[data-testid="applied-ABC"]', { state: "detached" });
    await page.click('[data-testid="sheet-Customers"]');
    expect(await workbookSnapshot(page)).toEqual(before);
    const gridAfter = await readGrid(page);
    expect(gridAfter).toEqual(gridBefore);
    await page.close();
    expect(outside).toEqual([]);
  });

  test("works from the keyboard alone (Tab, arrows, Space, Enter)", async () => {
    const page = await open();
    const before = await workbookSnapshot(page);
    // Into the grid, and move the active cell with the arrow keys.
    await tabTo(page, '[data-testid="grid"]');
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    // B3 (where the page starts) + down, down, right = C5; the grid re-renders right after the keys.
    await page.waitForSelector('[data-testid="grid"][aria-activedescendant="cell-C5"]', { timeout: 5000 });
    await tabTo(page, '[data-testid="locate"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="source-description"]:has-text("CustomerTable")');
    // Methods are a radio group: arrows move the choice (ABC → ABCD → Pareto).
    await tabTo(page, '[data-testid^="method-"]');
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.isChecked('[data-testid="method-PARETO"]')).toBe(true);
    await page.waitForSelector('[data-testid="preview-row-VITAL"]');
    // Space toggles a checkbox: no summary sheet this time.
    await tabTo(page, '[data-testid="summary"]');
    await page.keyboard.press("Space");
    expect(await page.isChecked('[data-testid="summary"]')).toBe(false);
    await tabTo(page, '[data-testid="apply"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="applied-PARETO"]');
    const pareto = await expectedClasses("PARETO", { value: 3 });
    rowsOf(await readGrid(page), "I").forEach((row, i) => {
      expect([i, row.code, row.first]).toEqual([i, pareto[i] ?? "", toneOf("PARETO", pareto[i])]);
    });
    const snapshot = (await workbookSnapshot(page)) as { sheets: { name: string }[] };
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Customers", "Orders", "Monthly", "Purchases"]);
    await tabTo(page, '[data-testid="remove-PARETO"]');
    await page.keyboard.press("Space");
    // The dialog takes the focus; Enter on its first button confirms.
    await page.waitForSelector('[data-testid="remove-dialog"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="applied-PARETO"]', { state: "detached" });
    expect(await workbookSnapshot(page)).toEqual(before);
    await page.close();
    expect(outside).toEqual([]);
  });

  test("light and dark theme screenshots", async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await open();
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    await page.evaluate(() => document.querySelector('[data-testid="taskpane"]')?.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-light.png") });
    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await page.waitForTimeout(400); // let Fluent's colour transitions finish before the picture
    await page.evaluate(() => document.querySelector('[data-testid="taskpane"]')?.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-dark.png") });
    // In the dark theme the pane really is dark, and coloured rows keep their own readable pair.
    const paneBackground = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="taskpane"] .fui-FluentProvider') as Element).backgroundColor);
    expect(paneBackground).not.toBe(WHITE);
    const grid = await readGrid(page);
    expect([grid.I2.background, grid.I2.color]).toEqual([rgb(TONES.blueGrey.fill), rgb(TONES.blueGrey.font)]);

    // The pane further down (preview table, Pareto curve, colours) and the summary sheet, in the dark theme.
    await page.evaluate(() => document.querySelector('[data-testid="preview"]')?.scrollIntoView());
    await page.click('[data-testid="sheet-Segments ABC"]');
    await page.waitForSelector('[data-cell="A7"]:has-text("Class")');
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-dark-summary.png") });
    await page.close();
    expect(outside).toEqual([]);
  });
});
