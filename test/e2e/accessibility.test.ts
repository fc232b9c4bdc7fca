/**
 * End to end, in Debian's Chromium: axe-core finds no serious or critical issue in the pane after
 * each method is applied, in the light and the dark theme, in English, Korean and Chinese, at
 * Excel's narrow 320 px and a wide 480 px.
 *
 * Run time: one page for the whole file and axe injected into it once. Each method is applied
 * once (in English: an apply is the slow part) and its pane is then scanned in every language,
 * theme and width; a language switch re-renders every label, heading and table of the pane in
 * that language, and only the last status line is cleared by it (the pane's own rule).
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { paneText } from "../../src/i18n/paneText";
import { METHODS } from "../../src/workbook/methods/registry";
import { paneScreenshot, previewInBrowser, useSampleTable } from "./previewPage";

const LANGUAGES: readonly Language[] = ["en", "ko", "zh-CN"];
const THEMES = ["light", "dark"] as const;
const WIDTHS = [320, 480] as const;
/** Methods whose coloured preview is saved as a picture (docs/screenshots/palette-*.png). */
const SHOTS: readonly string[] = ["RFM_SEGMENTS", "ABC_XYZ", "LIFECYCLE"];

/** Where each method finds its data in the sample workbook. */
type Source = "customers" | "periods" | "orders";
const SOURCE: Readonly<Record<string, Source>> = {
  CONTRIBUTION_STABILITY: "periods",
  ABC_GROWTH: "periods",
  ABC_XYZ: "periods",
  CLV: "orders",
};

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: string[];
}

/** axe-core over the pane only (the preview's fake workbook is not the product): its serious and critical findings. */
async function scan(page: Page): Promise<Finding[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('[data-testid="taskpane"]') as Element, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? "", nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").split("\n").slice(0, 2).join(" ")}`) }));
  });
}

async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.selectOption('[data-testid="language"]', language);
  await page.waitForSelector(`h1:has-text("${paneText("title", language)}")`);
}

async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  if (await page.evaluate((t) => document.documentElement.dataset.theme === t, theme)) return;
  await page.click('[data-testid="theme-toggle"]');
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  await page.waitForTimeout(400); // Fluent's colour transitions: scan the settled colours, not a blend
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = `${w}px`), width);
  await page.waitForTimeout(100);
}

async function useSource(page: Page, source: Source): Promise<void> {
  if (source === "customers") {
    await page.click('[data-testid="sheet-Customers"]');
    await useSampleTable(page);
  } else if (source === "periods") {
    await page.click('[data-testid="sheet-Monthly"]');
    await page.click('[data-cell="D4"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="source-description"]:has-text("Monthly")');
  } else {
    await page.click('[data-testid="sheet-Purchases"]');
    await page.click('[data-cell="A2"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="source-description"]:has-text("Purchases")');
  }
}

describe("accessibility: axe-core on the pane after each method, light and dark, en/ko/zh-CN, 320 and 480 px", () => {
  const preview = previewInBrowser();
  let page: Page;
  /** method → "language theme width" → serious/critical findings, for the summary at the end. */
  const matrix: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    page = await preview.open({ height: 1400 });
    // Evaluated through the devtools protocol: the page's CSP (script-src 'self') refuses a script tag.
    await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    expect(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)).toBe("object");
  });
  afterAll(async () => {
    await page?.close();
    const rows = Object.entries(matrix).map(([method, cells]) => `${method.padEnd(24)} ${Object.values(cells).join(" ")}`);
    // One line per method: serious + critical findings in each of the 12 combinations (0 = clean).
    process.stdout.write(`\naxe-core, serious+critical per ${LANGUAGES.flatMap((l) => THEMES.flatMap((t) => WIDTHS.map((w) => `${l}/${t}/${w}`))).join(" ")}\n${rows.join("\n")}\n`);
    if (process.env.AXE_MATRIX) fs.writeFileSync(process.env.AXE_MATRIX, JSON.stringify(matrix, null, 1));
  });

  test("the scan sees what it should: pale grey text planted in the preview section is a serious contrast issue", async () => {
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "planted";
      p.textContent = "pale text";
      // Through the CSSOM: the page's CSP refuses a style attribute.
      p.style.color = "#C8C8C8";
      p.style.background = "#FFFFFF";
      document.querySelector('[data-testid="preview"]')?.prepend(p);
    });
    const findings = await scan(page);
    await page.evaluate(() => document.getElementById("planted")?.remove());
    expect(findings.filter((f) => f.id === "color-contrast" && f.nodes.some((n) => n.startsWith("#planted")))).toHaveLength(1);
  });

  test.each(METHODS.map((m) => [m.id] as const))(
    "%s: applied, then 0 serious or critical issues in every language, theme and width",
    async (methodId) => {
      await setLanguage(page, "en");
      await setTheme(page, "light");
      await setWidth(page, 480);
      const source = SOURCE[methodId] ?? "customers";
      await useSource(page, source);
      await page.check(`[data-testid="method-${methodId}"]`);
      if (source === "orders") {
        // Order lines become one row per customer first (the pane offers it), then the method runs on those.
        await page.click('[data-testid="summarise-orders"]');
      }
      await page.waitForSelector('[data-testid^="preview-row-"]');
      await page.click('[data-testid="apply"]');
      await page.waitForSelector(`[data-testid="applied-${methodId}"]`);
      await page.waitForSelector('[data-testid="status"]:has-text("Done")');

      if (SHOTS.includes(methodId)) {
        // The class colours as the user meets them, at 320 px: the preview's chips and grid, light and dark.
        await paneScreenshot(page, `palette-${methodId.toLowerCase()}-light`, '[data-testid="preview"]', 8);
        await setTheme(page, "dark");
        await paneScreenshot(page, `palette-${methodId.toLowerCase()}-dark`, '[data-testid="preview"]', 8);
        await setTheme(page, "light");
      }

      const found: Record<string, Finding[]> = {};
      matrix[methodId] = {};
      for (const language of LANGUAGES) {
        await setLanguage(page, language);
        for (const theme of THEMES) {
          await setTheme(page, theme);
          for (const width of WIDTHS) {
            await setWidth(page, width);
            const key = `${language}/${theme}/${width}`;
            found[key] = await scan(page);
            matrix[methodId][key] = found[key].length;
          }
        }
      }
      const failing = Object.fromEntries(Object.entries(found).filter(([, f]) => f.length > 0));
      expect(failing).toEqual({});
      expect(preview.outside).toEqual([]);
    },
    900_000,
  );
});
