/**
 * Helpers for driving the preview page in Chromium: launching the browser the way this machine
 * can (Debian's chromium, no downloads), reading the grid as the user sees it (text and computed
 * background per cell), snapshotting the in-memory workbook, and moving focus with Tab only.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { PreviewServer, startPreviewServer } from "../../preview/server";

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

export interface PreviewInBrowser {
  readonly url: () => string;
  readonly browser: () => Browser;
  /** Requests the pages opened by `open` made for anything not on this machine (must stay empty). */
  readonly outside: string[];
  /** A new page on the preview (watched for requests off this machine), once `waitFor` shows. */
  open(options?: { query?: string; height?: number; waitFor?: string }): Promise<Page>;
}

/** The built preview served on a free port of 127.0.0.1 and Chromium, for one describe block: started before its tests, closed after. */
export function previewInBrowser(): PreviewInBrowser {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const outside: string[] = [];
  beforeAll(async () => {
    assertBuilt();
    server = await startPreviewServer(DIST, 0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error("the preview is not started: call previewInBrowser() inside a describe block");
    return x;
  };
  return {
    url: () => started(server).url,
    browser: () => started(browser),
    outside,
    async open({ query = "", height = 900, waitFor = '[data-testid="preview-row-A"]' } = {}) {
      const page = await started(browser).newPage({ viewport: { width: 1400, height } });
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") outside.push(request.url());
      });
      await page.goto(started(server).url + query);
      await page.waitForSelector(waitFor);
      return page;
    },
  };
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

/** Points the pane at the sample's customer table: a cell inside it, then "Use the table at the cursor". */
export async function useSampleTable(page: Page): Promise<void> {
  await page.click('[data-cell="C7"]');
  await page.click('[data-testid="locate"]');
  await page.waitForSelector('[data-testid="source-description"]:has-text("CustomerTable")');
}

/** Where the walks keep their pictures (the README shows some of them). */
export const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/**
 * The pane at Excel's narrow 320 px, scrolled so that `selector` sits `above` pixels under the
 * pane's top, saved as docs/screenshots/<file>.png.
 */
export async function paneScreenshot(page: Page, file: string, selector: string, above = 120): Promise<void> {
  await page.evaluate(() => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "320px"));
  await page.waitForTimeout(300);
  await page.evaluate(
    ({ s, above }) => {
      const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
      const target = document.querySelector(s) as HTMLElement | null;
      if (target) pane.scrollTo(0, Math.max(0, target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - above));
    },
    { s: selector, above },
  );
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('[data-testid="taskpane"]').screenshot({ path: path.join(SCREENSHOTS, `${file}.png`) });
}
