/**
 * A whole session in Chromium on the preview (the built task pane on the in-memory sample
 * workbook): apply ABC, Pareto and quadrants, refresh one, remove them all. Every request of
 * every page of the browser context goes through a route that lets 127.0.0.1/localhost pass and
 * aborts (and records) anything else; websockets are recorded too. The session must make zero
 * requests off this machine, cause no Content-Security-Policy violation, log no console error
 * and throw no page error; and the user's sheets must end as they started.
 */
import { BrowserContext, Page } from "playwright-core";
import { previewInBrowser, workbookSnapshot } from "../e2e/previewPage";
import { LOCAL_HOSTS, Watch, watchContext } from "./helpers/browser";

interface SheetSnapshot {
  name: string;
  cells: unknown;
  styles: unknown;
  rules: unknown;
  validations: unknown;
  tables: unknown;
}

async function userSheets(page: Page): Promise<SheetSnapshot[]> {
  const snapshot = (await workbookSnapshot(page)) as { sheets: SheetSnapshot[] };
  return snapshot.sheets.filter((s) => ["Customers", "Orders", "Monthly", "Purchases"].includes(s.name));
}

describe("a full session in the browser never leaves localhost", () => {
  const preview = previewInBrowser();
  let context: BrowserContext;
  let watch: Watch;

  beforeAll(async () => {
    context = await preview.browser().newContext({ viewport: { width: 1400, height: 900 } });
    watch = await watchContext(context);
  });

  afterAll(async () => {
    await context?.close();
  });

  async function applyMethod(page: Page, methodId: string): Promise<void> {
    await page.check(`[data-testid="method-${methodId}"]`);
    if (methodId === "QUADRANT") await page.waitForSelector('[data-testid="quadrant-grid"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector(`[data-testid="applied-${methodId}"]`);
  }

  test("apply ABC, Pareto, quadrants; refresh; remove all: 0 requests off this machine, no CSP violation, no error", async () => {
    const page = await context.newPage();
    await page.goto(preview.url());
    await page.waitForSelector('[data-testid="preview-row-A"]');
    const before = await userSheets(page);

    await page.click('[data-cell="C7"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="source-description"]:has-text("CustomerTable")');
    for (const method of ["ABC", "PARETO", "QUADRANT"]) await applyMethod(page, method);

    // Refresh the quadrants (the first button of its row), and answer any question the pane asks.
    await page.locator('[data-testid="applied-QUADRANT"] button').first().click();
    const dialog = page.locator('[role="dialog"] button, [role="alertdialog"] button');
    if (await dialog.first().isVisible({ timeout: 1500 }).catch(() => false)) await dialog.first().click();
    await page.waitForSelector('[data-testid="status"]:has-text("Refreshed")', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="applied-QUADRANT"]');

    for (const method of ["QUADRANT", "PARETO", "ABC"]) {
      await page.click(`[data-testid="remove-${method}"]`);
      await page.click('[data-testid="remove-dialog-confirm"]');
      await page.waitForSelector(`[data-testid="applied-${method}"]`, { state: "detached" });
    }
    await page.click('[data-testid="sheet-Customers"]');
    expect(await userSheets(page)).toEqual(before);

    // Nothing left this machine, and the watch saw the session's requests (it is not vacuous).
    expect(watch.outside).toEqual([]);
    expect(watch.all.length).toBeGreaterThanOrEqual(2);
    expect(watch.all.every((u) => u.startsWith("data:") || LOCAL_HOSTS.has(new URL(u).hostname))).toBe(true);
    expect(await watch.violations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    if (process.env.SAFETY_REPORT) console.log(`session: ${watch.all.length} requests, all to ${preview.url()}; 0 outside, 0 CSP violations`);
    await page.close();
  });
});
