/**
 * The sheets a sales admin really pastes in, walked in the browser preview as they would: repeated
 * customer IDs, a total row with =SUM under the data, an Excel Table with its totals row, an orders
 * export of 10,000 lines, numbers stored as text in both conventions, and #N/A from a lookup — in
 * English, Korean and Chinese. Each must end in a right answer or a question, never a silently
 * wrong class. Screenshots of the pane at 320 px go to docs/screenshots/messy-*.png.
 */
import type { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { formatDate } from "../../src/taskpane/format";
import { previewInBrowser, readGrid, useSampleTable, paneScreenshot } from "./previewPage";

const LANGUAGES: Language[] = ["en", "ko", "zh-CN"];

type Cell = string | number | { formula: string; value: string | number } | null;

/** Pastes a sheet into the workbook behind the page (as the user pastes an export), optionally as a Table, and points the pane at it. */
async function pasteSheet(page: Page, name: string, rows: Cell[][], table?: { totals: boolean }): Promise<void> {
  await page.evaluate(
    ({ name, rows, table }) => {
      const wb = (window as unknown as { previewWorkbook: { addSheet(n: string): void; setCell(s: string, r: number, c: number, v: unknown): void; addTable(s: string, t: unknown): void; select(s: string, r: number, c: number): void } }).previewWorkbook;
      wb.addSheet(name);
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && wb.setCell(name, r, c, v)));
      if (table) wb.addTable(name, { name: "Sales", range: { row: 0, col: 0, rows: rows.length, cols: rows[0].length }, hasHeader: true, hasTotals: table.totals });
      wb.select(name, 1, 0);
    },
    { name, rows, table },
  );
  await page.click(`[data-testid="sheet-${name}"]`);
  await page.click('[data-cell="A2"]');
  await page.click('[data-testid="locate"]');
  await page.waitForSelector(`[data-testid="source-description"]:has-text("${name}")`);
}

async function openIn(preview: ReturnType<typeof previewInBrowser>, language: Language): Promise<Page> {
  const page = await preview.open({ height: 1600, waitFor: '[data-testid="method-ABC"]' });
  if (language !== "en") {
    await page.selectOption('[data-testid="language"]', language);
    await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
  }
  return page;
}

/** The pane at 320 px, scrolled to `selector`, saved as docs/screenshots/messy-<name>.png. */
const shoot = (page: Page, name: string, selector: string): Promise<void> => paneScreenshot(page, `messy-${name}`, selector, 120);

/** Ten customers on 30 order lines (K0001 on three lines worth 5, 400 and 90,000 …). */
function repeatedRows(): Cell[][] {
  const rows: Cell[][] = [["Customer ID", "Customer", "Revenue"]];
  for (let k = 1; k <= 10; k++) for (let j = 0; j < 3; j++) rows.push([`K${String(k).padStart(4, "0")}`, `Customer ${k}`, ((k * 7919 + j * 104729) % 9973) * (k === 1 && j === 2 ? 40 : 1)]);
  return rows;
}

/** 40 customers, a subtotal in Korean after the first 20, and a =SUM total row. */
function totalRows(): Cell[][] {
  const rows: Cell[][] = [["고객번호", "고객명", "매출액"]];
  for (let i = 0; i < 40; i++) {
    rows.push([`C${100 + i}`, `고객 ${i + 1}`, Math.round(1000 * Math.pow(0.88, i)) + 10]);
    if (i === 19) rows.push([null, "소계", 9999]);
  }
  rows.push(["합계", null, { formula: "=SUM(C2:C42)", value: 99999 }]);
  return rows;
}

describe("messy exports in the preview", () => {
  const preview = previewInBrowser();

  test.each(LANGUAGES)("%s: repeated customer IDs are found, Apply waits, and adding them up gives one class per customer", async (language) => {
    const page = await openIn(preview, language);
    await pasteSheet(page, "Lines", repeatedRows());
    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="check-repeated"]');
    expect(await page.textContent('[data-testid="check-repeated"]')).toContain(paneText("repeatedIds", language, { customers: 10, rows: 30, examples: "K0001, K0002, K0003" }));
    expect(await page.isDisabled('[data-testid="apply"]')).toBe(true);
    expect(await page.textContent('[data-testid="apply-blocked"]')).toBe(paneText("needsAddUp", language));
    await shoot(page, `repeated-${language}`, '[data-testid="check-repeated"]');
    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await shoot(page, `repeated-${language}-dark`, '[data-testid="check-repeated"]');
    await page.click('[data-testid="add-up"]');
    await page.waitForSelector(`[data-testid="check-repeated"]:has-text("${paneText("addedUp", language, { customers: 10, rows: 30 })}")`);
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    const grid = await readGrid(page);
    for (let k = 0; k < 10; k++) {
      const classes = [0, 1, 2].map((j) => grid[`D${2 + 3 * k + j}`].text);
      expect(new Set(classes).size).toBe(1);
      expect(["A", "B", "C"]).toContain(classes[0]);
    }
    await page.close();
  });

  test.each(LANGUAGES)("%s: a subtotal and a =SUM total row are named and left out", async (language) => {
    const page = await openIn(preview, language);
    await pasteSheet(page, "Totals", totalRows());
    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="check-totals"]');
    const text = (await page.textContent('[data-testid="check-totals"]')) ?? "";
    expect(text).toContain(paneText("totalByLabel", language, { row: 22, label: "소계" }));
    expect(text).toContain(paneText("totalByFormula", language, { row: 43, formula: "SUM" }));
    expect(await page.textContent('[data-testid="preview-count-A"]')).not.toBeNull();
    await shoot(page, `totals-${language}`, '[data-testid="check-totals"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    const grid = await readGrid(page);
    expect([grid.D22.text, grid.D43.text]).toEqual(["", ""]);
    expect(grid.D2.text).toBe("A");
    await page.close();
  });

  test.each(LANGUAGES)("%s: an Excel Table's totals row is not a customer", async (language) => {
    const page = await openIn(preview, language);
    const rows: Cell[][] = [["Customer", "Sales"], ...Array.from({ length: 12 }, (_, i): Cell[] => [`Shop ${i + 1}`, 100 * (12 - i)]), ["Total", { formula: "=SUBTOTAL(109,[Sales])", value: 7800 }]];
    await pasteSheet(page, "Table", rows, { totals: true });
    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="check-totals"]');
    expect(await page.textContent('[data-testid="check-totals"]')).toContain(paneText("totalByTable", language, { row: 14 }));
    await page.close();
  });

  test.each(LANGUAGES)("%s: numbers stored as text are shown, the decimal mark asked, and Convert counts them", async (language) => {
    const page = await openIn(preview, language);
    const rows: Cell[][] = [["ID", "Revenue"], ["A1", "1,234"], ["A2", 800], ["A3", "2,500"], ["A4", 300], ["A5", { formula: "=VLOOKUP(A6,Prices!A:B,2,FALSE)", value: "#N/A" }], ["A6", 150]];
    await pasteSheet(page, "Text", rows);
    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="check-text-numbers"]');
    expect(await page.textContent('[data-testid="check-text-numbers"]')).toContain(paneText("textNumbers", language, { count: 2, rows: "2, 4" }));
    // #N/A from the lookup is an error, not text.
    expect(await page.textContent('[data-testid="preview"]')).toContain(paneText("errors", language, { count: 1 }));
    expect(await page.isDisabled('[data-testid="convert"]')).toBe(true); // "1,234" alone: which convention?
    await page.click('[data-testid="show-text-numbers"]');
    expect((await readGrid(page)).B2).toBeDefined();
    expect(await page.evaluate(() => (window as unknown as { previewWorkbook: { isSelected(s: string, r: number, c: number): boolean } }).previewWorkbook.isSelected("Text", 1, 1))).toBe(true);
    await shoot(page, `text-numbers-${language}`, '[data-testid="check-text-numbers"]');
    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await shoot(page, `text-numbers-${language}-dark`, '[data-testid="check-text-numbers"]');
    await page.check('[data-testid="decimal-mark"] input[value="."]');
    await page.click('[data-testid="convert"]');
    await page.waitForSelector(`[data-testid="status"]:has-text("${paneText("converted", language, { count: 2 })}")`);
    await page.waitForSelector('[data-testid="check-text-numbers"]', { state: "detached" });
    const grid = await readGrid(page);
    expect([grid.B2.text, grid.B4.text]).toEqual(["1234", "2500"]);
    await page.close();
  });

  test.each(LANGUAGES)("%s: a whole column of text: Apply is off and says why", async (language) => {
    const page = await openIn(preview, language);
    await pasteSheet(page, "AllText", [["ID", "Revenue"], ["A1", "1.234,5"], ["A2", "2.000,0"], ["A3", "12,5"]]);
    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="apply-blocked"]');
    expect(await page.textContent('[data-testid="apply-blocked"]')).toBe(paneText("noCustomers", language));
    expect(await page.isDisabled('[data-testid="apply"]')).toBe(true);
    // The column tells its convention ("12,5"): Convert needs no question.
    expect(await page.isDisabled('[data-testid="convert"]')).toBe(false);
    await shoot(page, `no-customers-${language}`, '[data-testid="check-text-numbers"]');
    await page.close();
  });

  test.each(LANGUAGES)("%s: an orders export of 10,000 lines becomes a customer sheet, and RFM runs on it", async (language) => {
    const page = await openIn(preview, language);
    await page.evaluate(() => {
      const wb = (window as unknown as { previewWorkbook: { addSheet(n: string): void; setCell(s: string, r: number, c: number, v: unknown): void } }).previewWorkbook;
      wb.addSheet("ERP");
      ["客户编号", "订单日期", "销售金额"].forEach((h, c) => wb.setCell("ERP", 0, c, h));
      let seed = 11;
      const rand = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
      for (let i = 1; i <= 10_000; i++) {
        wb.setCell("ERP", i, 0, `C${String(1 + Math.floor(rand() * rand() * 800)).padStart(4, "0")}`);
        wb.setCell("ERP", i, 1, 45292 + Math.floor(rand() * 366));
        wb.setCell("ERP", i, 2, Math.round(rand() * 5000) + 100);
      }
    });
    await page.click('[data-testid="sheet-ERP"]');
    await page.click('[data-cell="A2"]');
    await page.click('[data-testid="locate"]');
    await page.check('[data-testid="method-RFM_SEGMENTS"]');
    await page.waitForSelector('[data-testid="check-orders"]');
    await shoot(page, `orders-${language}`, '[data-testid="check-orders"]');
    await page.click('[data-testid="summarise-orders"]');
    const sheet = paneText("customerSheetName", language);
    await page.waitForSelector(`[data-testid="status"]:has-text("${sheet}")`);
    await page.waitForSelector('[data-testid="preview-row-CHAMPIONS"]');
    const status = (await page.textContent('[data-testid="status"]')) ?? "";
    expect(status).toMatch(/10,000|10000/);
    expect(await page.isDisabled('[data-testid="apply"]')).toBe(false);
    // No internal field name anywhere in the pane.
    const pane = (await page.textContent('[data-testid="taskpane"]')) ?? "";
    expect(pane).not.toMatch(/\b(lastDate|firstDate|orders,)\b/);
    await shoot(page, `orders-summarised-${language}`, '[data-testid="status"]');
    await page.close();
  });

  test.each(LANGUAGES)("%s: the snapshot date is the data's latest date, and the first snapshot marks nobody NEW", async (language) => {
    const page = await openIn(preview, language);
    await useSampleTable(page);
    await page.check('[data-testid="method-ABC"]');
    await page.check('[data-testid="history"]');
    // The sample's latest order date is 2024-12-28 (serial 45654), not today.
    await page.getByText(paneText("asOfDataDate", language, { date: formatDate(45654, language) })).waitFor();
    expect(await page.inputValue('[data-testid="as-of"]')).toBe("2024-12-28");
    await shoot(page, `snapshot-date-${language}`, '[data-testid="as-of-hint"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    const grid = await readGrid(page);
    // Class in I, previous class in J, change in K: blank on every data row of a first snapshot.
    const changes = Object.entries(grid).filter(([address]) => /^K\d+$/.test(address) && address !== "K1").map(([, cell]) => cell.text);
    expect(changes.length).toBeGreaterThan(200);
    expect(changes.filter((t) => t !== "")).toEqual([]);
    await page.close();
  });

  test("nothing was fetched from outside this machine", () => {
    expect(preview.outside).toEqual([]);
  });
});
