/**
 * End to end, in Debian's Chromium: the preview's table of classes, the quadrant and class grids
 * and the colour list never print text over text, nor past the pane, at 300, 320, 400 and 500 px —
 * for every method, RFM segments and lifecycle included, and the Chinese 8-class RFM in Chinese
 * (which shows 重要价值客户, not IMPORTANT-VALUE). Measured by the text's own boxes
 * (Range.getClientRects per text node), not by the cells' boxes: a code printed over a count is
 * two text boxes that intersect even when the cells do not. At 320 px the preview table of the
 * RFM segments and of the lifecycle stages are saved as pictures in docs/screenshots/.
 */
import { Page } from "playwright-core";
import { CLASS_NAME_TABLES } from "../../src/i18n/classNames";
import { Language } from "../../src/i18n/language";
import { METHODS } from "../../src/workbook/methods/registry";
import { paneScreenshot, previewInBrowser, useSampleTable } from "./previewPage";

const WIDTHS = [300, 320, 400, 500] as const;

/** Methods whose columns are on the Monthly sheet (one column per month); CLV runs on the orders summarised; the rest on the Customers table. */
const ON_MONTHLY = new Set(["CONTRIBUTION_STABILITY", "ABC_XYZ", "ABC_GROWTH"]);

interface Layout {
  /** Pairs of text boxes that intersect, as "text A | text B". */
  readonly overlaps: string[];
  /** Text boxes that reach past the pane's content box. */
  readonly outside: string[];
  /** The pane scrolls sideways. */
  readonly scrollsSideways: boolean;
  readonly boxes: number;
}

/** The text boxes of the preview's tables and grids and of the colour list, checked for overlap and overflow. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    const limit = pane.getBoundingClientRect();
    const roots = [...document.querySelectorAll('[data-testid="class-table"], [data-testid="quadrant-grid"], [data-testid="class-grid"], [data-testid="colour-list"]')];
    const boxes: { text: string; l: number; r: number; t: number; b: number }[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").trim();
        if (!text) continue;
        // <option> text is in a closed drop-down: not drawn.
        if (node.parentElement?.closest("option")) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push({ text, l: r.left, r: r.right, t: r.top, b: r.bottom });
      }
    }
    const overlaps: string[] = [];
    // A glyph box is taller than its line (CJK fonts most): lines that touch share up to ~3 px; text over text shares far more.
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
        const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
        if (w > 1 && h > 3) overlaps.push(`${a.text} | ${b.text}`);
      }
    }
    const outside = boxes.filter((x) => x.l < limit.left - 0.5 || x.r > limit.right + 0.5).map((x) => x.text);
    return { overlaps, outside, scrollsSideways: pane.scrollWidth > pane.clientWidth + 1, boxes: boxes.length };
  });
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = `${w}px`), width);
  await page.waitForTimeout(150);
}

/** Opens the preview in `language`, points it at the method's data and picks the method. */
async function showMethod(page: Page, methodId: string): Promise<void> {
  if (ON_MONTHLY.has(methodId)) {
    await page.click('[data-testid="sheet-Monthly"]');
    await page.click('[data-cell="D4"]');
    await page.click('[data-testid="locate"]');
  } else if (methodId === "CLV") {
    await page.click('[data-testid="sheet-Purchases"]');
    await page.click('[data-cell="A2"]');
    await page.click('[data-testid="locate"]');
    await page.check(`[data-testid="method-${methodId}"]`);
    await page.click('[data-testid="summarise-orders"]');
  } else {
    await useSampleTable(page);
  }
  await page.check(`[data-testid="method-${methodId}"]`);
  await page.waitForSelector('[data-testid="class-table"]', { timeout: 60_000 });
}

const CASES: readonly [string, Language][] = [...METHODS.map((m) => [m.id, "en"] as [string, Language]), ["RFM8", "zh-CN"], ["RFM_SEGMENTS", "ko"], ["LIFECYCLE", "zh-CN"]];

describe("the preview table at 300–500 px", () => {
  const preview = previewInBrowser();

  test.each(CASES)("%s in %s: no text over text, nothing past the pane", async (methodId, language) => {
    const page = await preview.open({ height: 2600, waitFor: '[data-testid="method-ABC"]' });
    if (language !== "en") await page.selectOption('[data-testid="language"]', language);
    await showMethod(page, methodId);
    for (const width of WIDTHS) {
      await setWidth(page, width);
      const layout = await measure(page);
      expect(layout.boxes).toBeGreaterThan(10);
      expect([methodId, language, width, layout.overlaps]).toEqual([methodId, language, width, []]);
      expect([methodId, language, width, layout.outside, layout.scrollsSideways]).toEqual([methodId, language, width, [], false]);
    }
    if (methodId === "RFM8" && language === "zh-CN") {
      const table = (await page.textContent('[data-testid="class-table"]')) ?? "";
      expect(table).toContain(CLASS_NAME_TABLES["zh-CN"]["IMPORTANT-VALUE"]);
      expect(await page.textContent('[data-testid="class-name-IMPORTANT-VALUE"]')).toBe("重要价值客户");
    }
    if (language === "en" && (methodId === "RFM_SEGMENTS" || methodId === "LIFECYCLE")) {
      // A pane as tall as Excel's, the table near its top.
      await page.setViewportSize({ width: 1400, height: 900 });
      await paneScreenshot(page, `preview-table-${methodId === "LIFECYCLE" ? "lifecycle" : "rfm-segments"}`, '[data-testid="class-table"]', 40);
    }
    await page.close();
    expect(preview.outside).toEqual([]);
  });
});
