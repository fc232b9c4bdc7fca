/**
 * "Future value (CLV)" walked in the browser preview as a user with an orders sheet would, in
 * English, Korean and Chinese: on the sample's Purchases (order lines) the pane says to summarise
 * them first and already tests the purchase model on them — chart, sentence, grade — then
 * "Summarise orders per customer" makes the customer sheet, CLV tiers appear with the test kept
 * beside them, Apply writes the tiers computed in Node, and the prospect quadrants show their
 * grid. Screenshots of the pane at 320 px, light and dark, go to docs/screenshots/clv-*.png.
 */
import type { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { backtestSentence } from "../../src/taskpane/BacktestSection";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { CLV_METHOD } from "../../src/workbook/methods/clvMethod";
import { localize } from "../../src/workbook/methods/types";
import { ordersOf, readOrderLines, runBacktest, splitOf } from "../../src/workbook/ordersBacktest";
import { guessRoles } from "../../src/workbook/roles";
import { prepare, uniqueSheetName } from "../../src/workbook/segmentation";
import { clvSample } from "../workbook/helpers/clvSample";
import { previewInBrowser, readGrid, paneScreenshot } from "./previewPage";


/** In Node, on the same sample: the backtest sentence at the default split, and the tiers per customer row. */
async function expected(language: Language) {
  const wb = memoryWorkbookFrom(sampleBook());
  wb.select("Purchases", 5, 1);
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const lines = await readOrderLines(port, ordersOf(source, guessRoles(source.columnNames, source.sample).single)!);
  const split = splitOf(lines, "weeks");
  const sentence = backtestSentence(runBacktest(lines, split, "weeks"), split, language);
  const clv = await clvSample(language);
  const prepared = await prepare(clv.port, clv.source.ref, { methodId: CLV_METHOD.id, params: {}, roles: clv.roles });
  const title = paneText("backtestChartTitle", language, { split: new Date(Date.UTC(1899, 11, 30) + split * 86_400_000).toISOString().slice(0, 10) });
  return { sentence, title, tiers: Array.from(prepared.run.classIndex, (c) => (c >= 0 ? prepared.run.codes[c] : "")) };
}

/** The pane at 320 px, scrolled to `selector`, saved as docs/screenshots/clv-<name>.png. */
const shoot = (page: Page, name: string, selector: string): Promise<void> => paneScreenshot(page, `clv-${name}`, selector, 12);

async function dark(page: Page, on: boolean): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.dataset.theme === "dark")) === on) return;
  await page.click('[data-testid="theme-toggle"]');
  await page.waitForFunction((want) => (document.documentElement.dataset.theme === "dark") === want, on);
}

describe.each([["en"], ["ko"], ["zh-CN"]] as [Language][])("Future value (CLV) in the preview, %s", (language) => {
  const preview = previewInBrowser();

  test("from the orders: summarise, CLV tiers, the backtest's chart and sentence; Apply writes the tiers computed in Node", async () => {
    const want = await expected(language);
    const page = await preview.open({ height: 1100, waitFor: '[data-testid="method-ABC"]' });
    if (language !== "en") {
      await page.selectOption('[data-testid="language"]', language);
      await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
    }
    // The orders sheet: the pane says how to get to CLV, and tests the model on the orders already.
    await page.click('[data-testid="sheet-Purchases"]');
    await page.click('[data-cell="A2"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="source-description"]:has-text("Purchases")');
    await page.check(`[data-testid="method-${CLV_METHOD.id}"]`);
    await page.waitForSelector('[data-testid="check-orders"]');
    const summariseFirst = paneText("summariseFirst", language, { method: localize(CLV_METHOD.label, language) });
    await page.waitForSelector(`[data-testid="preview-error"]:has-text("${summariseFirst.slice(0, 20)}")`);
    expect(await page.textContent('[data-testid="preview-error"]')).toBe(summariseFirst);
    await page.waitForSelector('[data-testid="backtest-sentence"]');
    expect(await page.textContent('[data-testid="backtest-sentence"]')).toBe(want.sentence);
    // The chart: an image with a title, and the same numbers as a table.
    const title = await page.getAttribute('[data-testid="backtest-chart"] svg', "aria-labelledby");
    expect(await page.textContent(`[id="${title}"]`)).toBe(want.title);
    expect(await page.locator('[data-testid="backtest-table"] tbody tr').count()).toBe(8);
    expect(await page.textContent('[data-testid="backtest-grade"]')).toMatch(/\d+ %/);
    await shoot(page, `orders-${language}`, '[data-testid="preview"]');

    // Summarise: the customer sheet becomes the data, CLV runs on it, the test stays.
    await page.click('[data-testid="summarise-orders"]');
    await page.waitForSelector('[data-testid="preview-row-A"]');
    expect(await page.textContent('[data-testid="backtest-sentence"]')).toBe(want.sentence);
    const pane = (await page.textContent('[data-testid="taskpane"]')) ?? "";
    expect(pane).not.toMatch(/\b(lastDate|firstDate|futureValue|clvSplit)\b/);
    await shoot(page, `tiers-${language}`, '[data-testid="preview"]');
    await shoot(page, `backtest-${language}`, '[data-testid="backtest"]');
    await dark(page, true);
    await shoot(page, `tiers-${language}-dark`, '[data-testid="preview"]');
    await shoot(page, `backtest-${language}-dark`, '[data-testid="backtest"]');
    await dark(page, false);

    await page.click('[data-testid="apply"]');
    await page.waitForSelector(`[data-testid="applied-${CLV_METHOD.id}"]`);
    // The new sheet ("Customers" is the sample's own, so the English one is "Customers (2)").
    const sheet = uniqueSheetName(paneText("customerSheetName", language), ["Customers", "Orders", "Monthly", "Purchases"]);
    await page.click(`[data-testid="sheet-${sheet}"]`);
    await page.waitForSelector('[data-cell="I1"]');
    const grid = await readGrid(page);
    const written = want.tiers.map((_, i) => grid[`I${i + 2}`]?.text ?? "");
    expect(written).toEqual(want.tiers);
    expect(new Set(written)).toEqual(new Set(["A", "B", "C"]));

    // The prospect quadrants: CLV × P(alive).
    await page.selectOption('[data-testid="param-view"]', "prospects");
    await page.waitForSelector('[data-testid="quadrant-grid"]');
    await shoot(page, `prospects-${language}`, '[data-testid="preview"]');
    await page.close();
    expect(preview.outside).toEqual([]);
  });
});
