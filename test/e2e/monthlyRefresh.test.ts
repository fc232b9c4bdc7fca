/**
 * End to end, in Debian's Chromium: the monthly refresh in the browser preview. Apply ABC with a
 * history for month 1, paste months 2 and 3 (the preview's "Next month's export") and press
 * Refresh all after each. Then: the history holds exactly three snapshots; the transition matrix
 * the pane shows equals numbers computed here from the sample data with simple loops (not the
 * engine); the movers are listed largest downgrade first; downgraded rows carry the flag over
 * their class colour; every cell the user typed is unchanged; refreshing the same date again asks
 * first and still leaves three snapshots; and no request leaves localhost.
 */
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { applyMonthExport, sampleMonths } from "../../src/preview/sampleMonths";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { TONES } from "../../src/workbook/palette";
import { expectedMoneyOrder, simpleAbc, simpleMatrix, Snapshot, snapshotOf } from "../workbook/helpers/independent";
import { previewInBrowser, readGrid, rgb, useSampleTable } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");
const DATES = ["2024-12-31", "2025-01-31", "2025-02-28"];

/** Month k's customer table, from the sample generator's data, classified by the test's own ABC. */
function independentMonths(): Snapshot[] {
  const book = sampleBook();
  const wb: MemoryWorkbook = memoryWorkbookFrom(book);
  const read = (): Snapshot => {
    const range = wb.findTable("CustomerTable")!.table.range;
    const ids: unknown[] = [];
    const values: unknown[] = [];
    for (let r = 1; r < range.rows; r++) {
      ids.push(wb.getCell("Customers", r, 0));
      values.push(wb.getCell("Customers", r, 3));
    }
    return snapshotOf(ids, simpleAbc(values), values);
  };
  const out = [read()];
  for (const month of sampleMonths(book)) {
    applyMonthExport(wb, month);
    out.push(read());
  }
  return out;
}

/**
 * A checksum of every cell the user typed: all cells of the sheets the user had, except the
 * columns a monthly export replaces (Revenue D, Profit E, Last order G, Orders H of the
 * customer table) — taken over the cells that existed before, compared after.
 */
function userCells(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wb = (window as unknown as { previewWorkbook: { sheet(n: string): { cells: Map<string, { content: unknown }> } } }).previewWorkbook;
    const w = window as unknown as { userCellKeys?: Record<string, string[]> };
    const exportCols = new Set([3, 4, 6, 7]);
    if (!w.userCellKeys) {
      w.userCellKeys = {};
      for (const name of ["Customers", "Orders", "Monthly", "Purchases"]) {
        w.userCellKeys[name] = [...wb.sheet(name).cells.keys()].filter((k) => name !== "Customers" || !exportCols.has(Number(k.split(",")[1])));
      }
    }
    let hash = 2166136261;
    let count = 0;
    for (const [name, keys] of Object.entries(w.userCellKeys)) {
      for (const k of keys) {
        const text = `${name}!${k}=${JSON.stringify(wb.sheet(name).cells.get(k)?.content ?? null)}`;
        for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
        count++;
      }
    }
    return `${count}:${hash.toString(16)}`;
  });
}

/** The status writes a date as English writes it ("January 31, 2025"), never the ISO form typed in the field. */
const spokenDate = (iso: string): string =>
  new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

/** The history sheet's snapshots as the workbook holds them: (as-of, segmentation) → rows. */
function historySnapshots(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const wb = (window as unknown as { previewWorkbook: { getCell(s: string, r: number, c: number): unknown; usedRange(s: string): { rows: number } | null } }).previewWorkbook;
    const out: Record<string, number> = {};
    const used = wb.usedRange("Segment history");
    for (let r = 1; r < (used?.rows ?? 0); r++) {
      const key = `${String(wb.getCell("Segment history", r, 0))}|${String(wb.getCell("Segment history", r, 3))}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  });
}

/** The matrix the pane shows, numbers only (null for the NEW → GONE cell). */
function paneMatrix(page: Page): Promise<(number | null)[][]> {
  return page.evaluate(() =>
    ["A", "B", "C", "NEW", "Total"].map((label) =>
      [...document.querySelectorAll(`[data-testid="matrix-row-${label}"] td`)].map((td) => {
        const v = (td as HTMLElement).dataset.value ?? "";
        return v === "" ? null : Number(v);
      }),
    ),
  );
}

describe("monthly refresh in the browser preview", () => {
  const preview = previewInBrowser();
  const outside = preview.outside;

  test("ABC for month 1, refresh for months 2 and 3: three snapshots, the matrix, the movers, user cells intact", async () => {
    const page = await preview.open();
    // Cells a user typed: notes beside the table and on the orders sheet.
    await page.evaluate(() => {
      const wb = (window as unknown as { previewWorkbook: { setCell(s: string, r: number, c: number, v: unknown): void } }).previewWorkbook;
      wb.setCell("Customers", 1, 12, "call in January");
      wb.setCell("Customers", 40, 12, "=looks like a formula");
      wb.setCell("Orders", 2, 5, "checked");
    });
    const before = await userCells(page);

    await useSampleTable(page);
    await page.check('[data-testid="method-ABC"]');
    await page.check('[data-testid="history"]');
    // ABC uses no dates: the pane says the date is only the snapshot's label.
    await page.waitForSelector('[data-testid="as-of-hint"]:has-text("only labels the snapshot")');
    await page.fill('[data-testid="as-of"]', DATES[0]);
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="status"]:has-text("Done")');
    await page.waitForSelector('[data-testid="sample-month"]:has-text("month 1 of 3")');

    for (const [k, date] of DATES.slice(1).entries()) {
      await page.click('[data-testid="next-month"]');
      await page.waitForSelector(`[data-testid="sample-month"]:has-text("month ${k + 2} of 3")`);
      // Both date fields (Apply's and Refresh's) show the same snapshot date.
      await page.fill('[data-testid="as-of"] >> nth=-1', date);
      await page.click('[data-testid="refresh-all"]');
      await page.waitForSelector(`[data-testid="status"]:has-text("as of ${spokenDate(date)}")`);
    }

    // Exactly three snapshots, in the pane and in the history sheet.
    await page.waitForSelector('[data-testid="snapshot-count"]:has-text("3 snapshots")');
    const history = await historySnapshots(page);
    expect(Object.keys(history)).toHaveLength(3);

    // The matrix shown (months 2 → 3), against the test's own arithmetic on the sample data.
    const months = independentMonths();
    await page.waitForSelector('[data-testid="transition-matrix"]');
    expect(await paneMatrix(page)).toEqual(simpleMatrix(months[1], months[2], "customers"));
    await page.check('[data-testid="measure-value"]');
    await page.waitForSelector('[data-testid="transition-matrix"][data-measure="value"]');
    expect(await paneMatrix(page)).toEqual(simpleMatrix(months[1], months[2], "value"));
    await page.check('[data-testid="measure-customers"]');

    // The movers in money order: the most valuable downgrade first, then upgrades by value now.
    const movers = await page.$$eval('[data-testid="mover"]', (items) => items.map((li) => [(li as HTMLElement).dataset.id, (li as HTMLElement).dataset.direction, Number((li as HTMLElement).dataset.steps)]));
    expect(movers.map((m) => m[0])).toEqual(expectedMoneyOrder(months[1], months[2]));
    expect(movers[0]).toEqual([expect.any(String), "DOWN", expect.any(Number)]);

    // Downgraded rows carry the flag (bold, red-ish line) and keep their class colour.
    await page.click('[data-testid="sheet-Customers"]');
    const grid = await readGrid(page);
    const marks = await page.$$eval('[data-cell^="A"][data-mark="DOWN"]', (tds) => tds.map((td) => (td as HTMLElement).dataset.cell));
    const downRows = Object.entries(grid)
      .filter(([address, cell]) => /^K\d+$/.test(address) && cell.text === "DOWN")
      .map(([address]) => `A${address.slice(1)}`);
    expect(marks.sort()).toEqual(downRows.sort());
    expect(downRows.length).toBe(movers.filter((m) => m[1] === "DOWN").length);
    const row = downRows[0].slice(1);
    expect(grid[`A${row}`].background).toBe(rgb(TONES[grid[`I${row}`].text === "B" ? "amber" : "blueGrey"].fill));
    const border = await page.$eval(`[data-cell="A${row}"]`, (td) => getComputedStyle(td).borderTopColor);
    expect(border).toBe(rgb("#C00000"));

    // A screenshot of the movers list (docs/screenshots).
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // The grid scrolled to the largest downgrade's row (with a few rows under it), the pane to the movers.
    const first = Number(Object.entries(grid).find(([address, cell]) => /^A\d+$/.test(address) && cell.text === movers[0][0])![0].slice(1));
    const select = (r: number): Promise<void> =>
      page.evaluate((at) => (window as unknown as { previewWorkbook: { select(s: string, r: number, c: number): void } }).previewWorkbook.select("Customers", at - 1, 10), r);
    await select(first + 12);
    await page.waitForSelector(`[data-testid="grid"][aria-activedescendant="cell-K${first + 12}"]`);
    await select(first);
    await page.waitForSelector(`[data-testid="grid"][aria-activedescendant="cell-K${first}"]`);
    await page.evaluate(() => document.querySelector('[data-testid="movement"]')?.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-movers.png") });

    // Every cell the user typed is as it was.
    expect(await userCells(page)).toBe(before);

    // The same date again: the pane asks; replacing keeps three snapshots.
    await page.click('[data-testid="refresh-all"]');
    await page.waitForSelector('[data-testid="replace-dialog"]');
    await page.click('[data-testid="replace-dialog-confirm"]');
    await page.waitForSelector('[data-testid="replace-dialog"]', { state: "detached" });
    await page.waitForSelector(`[data-testid="status"]:has-text("as of ${spokenDate(DATES[2])}")`);
    expect(await historySnapshots(page)).toEqual(history);
    expect(await userCells(page)).toBe(before);

    await page.close();
    expect(outside).toEqual([]);
  });
});
