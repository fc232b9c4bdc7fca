/**
 * Helpers for driving the preview page in Chromium: launching the browser the way this machine
 * can (Debian's chromium, no downloads), reading the grid as the user sees it (text and computed
 * background per cell), snapshotting the in-memory workbook, and moving focus with Tab only.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, chromium, Page } from "playwright-core";

export const DIST = process.env.PREVIEW_DIST ?? path.resolve(__dirname, "../../dist");

export function assertBuilt(): void {
  for (const f of ["preview.html", "preview.js"]) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first (npm test does).`);
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface GridCell {
  readonly text: string;
  readonly background: string;
  readonly color: string;
}

/** Every rendered cell of the current sheet: address → text and computed colours. */
export function readGrid(page: Page): Promise<Record<string, GridCell>> {
  return page.evaluate(() => {
    const out: Record<string, { text: string; background: string; color: string }> = {};
    document.querySelectorAll<HTMLElement>("[data-cell]").forEach((td) => {
      const style = getComputedStyle(td);
      out[td.dataset.cell as string] = { text: td.textContent ?? "", background: style.backgroundColor, color: style.color };
    });
    return out;
  });
}

/** The workbook behind the page, as plain data: every sheet's cells, rules, validations, tables, and the settings. */
export function workbookSnapshot(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const wb = (window as unknown as { previewWorkbook: { sheets: { name: string; cells: Map<string, unknown>; styles: Map<string, unknown>; rules: unknown[]; validations: unknown[]; tables: unknown[]; charts: unknown[] }[]; settings: Map<string, string> } }).previewWorkbook;
    return {
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        styles: [...s.styles.entries()],
        rules: s.rules,
        validations: s.validations,
        tables: s.tables,
        charts: s.charts,
      })),
      settings: [...wb.settings.entries()],
    };
  });
}

/** Presses Tab (at most `limit` times) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
