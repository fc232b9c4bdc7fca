/**
 * Tenure × size in the browser preview, in English, Korean and Chinese: the pane asks for the
 * size and the customer-since column (guessed: Revenue, First order), the preview states the
 * splits in their units and the as-of date as a date, and Apply writes the classes the engine
 * gives in Node (a long-standing customer is OLD). Screenshots of the pane and the summary sheet
 * go to docs/screenshots.
 */
import * as fs from "fs";
import * as path from "path";
import { Language } from "../../src/i18n/language";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { formatDate, formatNumber } from "../../src/taskpane/format";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { TENURE_SIZE_METHOD } from "../../src/workbook/methods/tenureMethod";
import { sheetMethodName } from "../../src/workbook/methods/types";
import { guessRoles } from "../../src/workbook/roles";
import { prepare } from "../../src/workbook/segmentation";
import { previewInBrowser, readGrid, useSampleTable } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");
const DATA_ROWS = 241;

/** The run in Node, on the same sample and the pane's guessed roles. */
async function expected() {
  const port = createGridAdapter(memoryWorkbookFrom(sampleBook()));
  const source = (await port.locateSource())!;
  const roles = guessRoles(source.columnNames, source.sample).single;
  const prepared = await prepare(port, source.ref, { methodId: TENURE_SIZE_METHOD.id, params: {}, roles });
  return { run: prepared.run, codes: Array.from(prepared.run.classIndex, (c) => (c >= 0 ? prepared.run.codes[c] : "")) };
}

describe.each([["en"], ["ko"], ["zh-CN"]] as [Language][])("Tenure × size in the preview, %s", (language) => {
  const preview = previewInBrowser();
  const outside = preview.outside;

  test("the splits in years and the as-of date as a date; the classes as computed in Node", async () => {
    const { run, codes } = await expected();
    const page = await preview.open({ height: 2200 });
    if (language !== "en") await page.selectOption('[data-testid="language"]', language);
    await useSampleTable(page);
    await page.check(`[data-testid="method-${TENURE_SIZE_METHOD.id}"]`);
    await page.waitForSelector('[data-testid="quadrant-grid"]');
    const pane = (await page.textContent('[data-testid="preview"]')) ?? "";
    // "Years as a customer split (median): 2.x" and the date "December 28, 2024" (2024년 12월 28일 …).
    expect(pane).toContain(formatNumber(run.quadrant!.yThreshold, language, 1));
    expect(pane).toContain(formatDate(45654, language));
    expect(pane).not.toMatch(/45,?654/);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('[data-testid="taskpane"]').screenshot({ path: path.join(SCREENSHOTS, `tenure-pane-${language}.png`) });

    await page.click('[data-testid="apply"]');
    await page.waitForSelector(`[data-testid="applied-${TENURE_SIZE_METHOD.id}"]`);
    const grid = await readGrid(page);
    const written = Array.from({ length: DATA_ROWS }, (_, i) => grid[`I${i + 2}`].text);
    expect(written).toEqual(codes);
    expect(new Set(codes)).toEqual(new Set(["OLD-LARGE", "NEW-LARGE", "OLD-SMALL", "NEW-SMALL", ""]));

    const sheet = (await page.$$eval('[data-testid^="sheet-"]', (tabs) => tabs.map((t) => (t as HTMLElement).dataset.testid ?? ""))).find((id) => id.includes(sheetMethodName(TENURE_SIZE_METHOD, language)))!;
    await page.click(`[data-testid="${sheet}"]`);
    await page.waitForSelector('[data-cell="A1"]:has-text("×")');
    await page.screenshot({ path: path.join(SCREENSHOTS, `tenure-summary-${language}.png`) });
    await page.close();
    expect(outside).toEqual([]);
  });
});
