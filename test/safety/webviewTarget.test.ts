/**
 * The shipped bundles run in the oldest webviews the add-in supports (build/webviewTarget.js:
 * Safari 16.0's WebKit in Office on Mac, WebView2 on Windows): every dist/*.js parses as
 * ECMAScript 2020 — the level they are lowered to, node_modules included — and the check fails
 * on what is above it (ES2022's class static blocks and ES2021's `??=`, which Fluent UI's
 * dependencies ship). taskpane.html runs browserCheck.js, plain ES5, before anything else; in
 * Chromium, with a built-in those webviews have taken away, it shows "update Office" in the
 * browser's language (English, Korean, Chinese) and the pane does not start, with no
 * Content-Security-Policy violation.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";
import { BrowserContext } from "playwright-core";
import { DIST, previewInBrowser } from "../e2e/previewPage";
import { watchContext } from "./helpers/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEBVIEW_ES, BROWSER_CHECK } = require("../../build/webviewTarget") as { WEBVIEW_ES: 2020; BROWSER_CHECK: string };
const CHECK_FILE = path.basename(BROWSER_CHECK);

/** null when `code` parses as a script of that ECMAScript version, else acorn's message. */
function parseError(code: string, ecmaVersion: 5 | 2020 | 2021 | 2022): string | null {
  try {
    parse(code, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe(`every shipped bundle parses as ES${WEBVIEW_ES}`, () => {
  const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== CHECK_FILE) : [];

  test("the target is ES2020", () => {
    expect(WEBVIEW_ES).toBe(2020);
  });

  test("the bundles are there: functions, task pane, preview", () => {
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "preview.js"]));
  });

  test.each(bundles.map((f) => [f]))(`%s parses as ES${WEBVIEW_ES}`, (file) => {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    expect({ file, error: parseError(text, WEBVIEW_ES) }).toEqual({ file, error: null });
  });

  test.each([
    ["a class static block (ES2022)", "class A { static { A.x = 1; } }", 2022],
    ["a class field (ES2022)", "class A { x = 1; static y = 2; }", 2022],
    ["a private method (ES2022)", "class A { #m() {} n() { return this.#m(); } }", 2022],
    ["logical assignment `??=` (ES2021)", "var a, b; a ??= b;", 2021],
    ["a numeric separator (ES2021)", "var n = 1_000;", 2021],
  ] as const)("the check fails on %s", (_, code, level) => {
    expect(parseError(code, WEBVIEW_ES)).not.toBeNull();
    expect(parseError(code, level)).toBeNull();
  });

  test("and passes what ES2020 has: optional chaining, `??`, BigInt, dynamic import", () => {
    expect(parseError("var a = {}; var b = a?.b?.[0] ?? 1n; import('./x.js');", WEBVIEW_ES)).toBeNull();
  });
});

describe("the early check in taskpane.html", () => {
  test(`${CHECK_FILE} is in dist, parses as ES5, and is the page's first script`, () => {
    const check = fs.readFileSync(path.join(DIST, CHECK_FILE), "utf8");
    expect(parseError(check, 5)).toBeNull();
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(scripts[0]).toBe(CHECK_FILE);
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    // It runs at once (no defer/async), before office.js and the bundles.
    expect(html).toMatch(new RegExp(`<script src=["']?${CHECK_FILE.replace(".", "\\.")}["']?>`));
  });
});

describe("the early check in Chromium", () => {
  const preview = previewInBrowser();
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  test.each([
    ["en-US", "This version of Office is too old for Customer Segments"],
    ["ko-KR", "이 Office 버전은 너무 오래되어 고객 세분화를 실행할 수 없습니다"],
    ["zh-CN", "此 Office 版本过旧，无法运行客户分类"],
  ])("a webview without Array.prototype.at (%s): the message, and the pane does not start", async (locale, title) => {
    context = await preview.browser().newContext({ locale });
    const watch = await watchContext(context, { serveOfficeJs: true });
    // An engine older than Safari 15.4 / Chrome 92 has no Array.prototype.at.
    await context.addInitScript(() => {
      delete (Array.prototype as { at?: unknown }).at;
    });
    const page = await context.newPage();
    await page.goto(`${preview.url()}taskpane.html`);
    await page.waitForSelector('[role="alert"]');
    await page.waitForTimeout(1000); // the bundles have run by now
    const shown = await page.evaluate(() => ({
      marked: document.documentElement.hasAttribute("data-webview-too-old"),
      text: document.getElementById("root")?.textContent ?? "",
    }));
    expect(shown.marked).toBe(true);
    expect(shown.text.startsWith(title)).toBe(true);
    // Only the message: the pane's own "open this from Excel" never replaced it.
    expect(shown.text).not.toMatch(/npm run preview/);
    expect(await watch.violations(page)).toEqual([]);
    expect(watch.outside).toEqual([]);
  });

  test("a current webview: no message, the pane starts (outside Office it says to open it from Excel)", async () => {
    context = await preview.browser().newContext({ locale: "en-US" });
    const watch = await watchContext(context, { serveOfficeJs: true });
    const page = await context.newPage();
    await page.goto(`${preview.url()}taskpane.html`);
    await page.waitForFunction(() => /Excel/.test(document.getElementById("root")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-webview-too-old"))).toBe(false);
    expect(await page.$('[role="alert"]')).toBeNull();
    expect(await watch.violations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
