/**
 * The pane and the summary sheet in Korean and in Chinese, in Debian's Chromium on the browser
 * preview: the language is picked in the pane (and remembered across a reload), every word the
 * pane shows and the summary sheet holds comes from the Korean or Chinese tables, every
 * character on the page is covered by an installed font (no tofu boxes: fonts-noto-cjk), the
 * pane never needs a horizontal scrollbar and no button clips its label. Screenshots go to
 * docs/screenshots/ (pane-ko.png, summary-ko.png, pane-zh-CN.png, summary-zh-CN.png).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { Language } from "../../src/i18n/language";
import { LANGUAGE_STORAGE_KEY } from "../../src/i18n/languagePreference";
import { paneText } from "../../src/i18n/paneText";
import { strategyFor } from "../../src/i18n/playbook";
import { summaryText } from "../../src/i18n/summaryText";
import { previewInBrowser, readGrid, useSampleTable } from "./previewPage";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/** Every code point some installed font has a glyph for (fontconfig, as Chromium on Linux uses it). */
function coveredCodePoints(): (cp: number) => boolean {
  const ranges: [number, number][] = [];
  const out = execFileSync("fc-list", ["--format", "%{charset}\n"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  for (const token of out.split(/\s+/)) {
    const m = /^([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(token);
    if (m) ranges.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
  }
  return (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
}

describe.each([["ko"], ["zh-CN"]] as [Exclude<Language, "en">][])("the preview in %s", (language) => {
  const preview = previewInBrowser();
  const outside = preview.outside;
  let page: Page;
  const t = (key: Parameters<typeof paneText>[0], params?: Record<string, string | number>): string => paneText(key, language, params);

  beforeAll(async () => {
    // Tall enough for the whole pane in one picture.
    page = await preview.open({ height: 2600, waitFor: '[data-testid="method-ABC"]' });
  });

  test("picking the language in the pane switches every word, and the pick is remembered", async () => {
    expect(await page.textContent("h1")).toBe(paneText("title", "en"));
    await page.selectOption('[data-testid="language"]', language);
    await page.waitForSelector(`h1:has-text("${t("title")}")`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_STORAGE_KEY)).toBe(language);
    await page.reload();
    await page.waitForSelector(`h1:has-text("${t("title")}")`);
    expect(await page.inputValue('[data-testid="language"]')).toBe(language);
  });

  test("applying ABC: the pane and the summary sheet speak the language; class codes stay codes", async () => {
    await useSampleTable(page);
    const pane = (await page.textContent('[data-testid="taskpane"]')) ?? "";
    for (const key of ["dataHeading", "methodHeading", "previewHeading", "outputHeading", "summarySheet", "apply", "previewClass", "curveTitle"] as const) {
      expect([key, pane.includes(t(key))]).toEqual([key, true]);
    }
    // (The sheet "Customers" and the table "CustomerTable" are the user's names: they stay.)
    for (const english of ["Use the table", "Preview", "Apply", "% of customers", "Default:", "Cuts", "Green"]) {
      expect([english, pane.includes(english)]).toEqual([english, false]);
    }

    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    const status = (await page.textContent('[data-testid="status"]')) ?? "";
    const sheet = summaryText("sheetName", language, { method: "ABC" });
    expect(status).toContain(sheet);
    const grid = await readGrid(page);
    expect(grid.I1.text).toBe(language === "ko" ? "ABC 등급" : "ABC 等级");
    expect(["A", "B", "C"]).toContain(grid.I2.text);

    await page.evaluate(() => document.querySelector('[data-testid="taskpane"]')?.scrollTo(0, 0));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('[data-testid="taskpane"]').screenshot({ path: path.join(SCREENSHOTS, `pane-${language}.png`) });

    await page.click(`[data-testid="sheet-${sheet}"]`);
    await page.waitForSelector(`[data-cell="A7"]:has-text("${summaryText("colClass", language)}")`);
    const summary = await readGrid(page);
    const texts = Object.values(summary).map((c) => c.text);
    expect(summary.A1.text).toBe(summaryText("title", language, { method: language === "ko" ? "ABC (3등급)" : "ABC（3 级）" }));
    for (const key of ["colCustomers", "colValueShare", "total", "legend", "approach", "topCustomers", "curveSlices"] as const) {
      expect([key, texts.includes(summaryText(key, language))]).toEqual([key, true]);
    }
    expect(texts).toContain(strategyFor("A", language));
    expect(texts).toEqual(expect.arrayContaining(["A", "B", "C"]));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `summary-${language}.png`) });
    expect(outside).toEqual([]);
  });

  test("no tofu: every character on the page has a font; the pane fits its width", async () => {
    const covered = coveredCodePoints();
    const text = await page.evaluate(() => document.body.innerText + [...document.querySelectorAll("option")].map((o) => o.textContent).join(""));
    const missing = [...new Set([...text])].filter((ch) => ch.trim() !== "" && !covered(ch.codePointAt(0) as number));
    expect(missing).toEqual([]);
    expect([...text].some((ch) => (language === "ko" ? /[가-힣]/ : /[\u4e00-\u9fff]/).test(ch))).toBe(true);

    const overflow = await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
      const clipped = [...pane.querySelectorAll("button, label, h1, h2")]
        .filter((el) => (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1 && getComputedStyle(el).overflow !== "visible")
        .map((el) => el.textContent);
      return { pane: pane.scrollWidth - pane.clientWidth, clipped };
    });
    expect(overflow).toEqual({ pane: 0, clipped: [] });
  });
});
