/**
 * Content-Security-Policy of the built pages (dist/taskpane.html, dist/preview.html):
 * - the policy is a <meta> tag placed before anything it governs, and the preview server sends
 *   the same policy as an HTTP header (with frame-ancestors, which a meta tag cannot carry);
 * - it allows scripts from this origin only (plus Office's CDN for office.js in the task pane),
 *   no 'unsafe-eval', no 'unsafe-inline', no wildcard or scheme sources, no network beyond this
 *   origin, no plugins, no <base>, no form posts;
 * - every inline <style> of a page is allowed by hash, and there is no inline script at all;
 * - in Chromium, under that policy, the preview runs a whole apply/remove with no violation
 *   and no console error, Fluent UI's styles do apply (Griffel fills empty <style> elements
 *   through CSSOM, allowed by the hash of ""), and eval/new Function/inline styles with text
 *   really are refused (the policy is enforced, not decorative);
 * - the task pane page loads office.js (served from the npm package in place of the CDN)
 *   under its policy with no violation.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { BrowserContext } from "playwright-core";
import { headerPolicy, metaPolicy, startPreviewServer } from "../../preview/server";
import { assertBuilt, DIST, previewInBrowser } from "../e2e/previewPage";
import { watchContext } from "./helpers/browser";

const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const hashOf = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const PAGES = [
  { file: "taskpane.html", scripts: ["'self'", "https://appsforoffice.microsoft.com"] },
  { file: "preview.html", scripts: ["'self'"] },
];

describe("the policy in the built pages", () => {
  beforeAll(() => assertBuilt());

  test.each(PAGES)("$file: strict, and placed before anything it governs", ({ file, scripts }) => {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const policy = metaPolicy(html);
    expect(policy).not.toBeNull();
    const d = directives(policy as string);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(scripts);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'none'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:"]);
    expect(d.get("style-src")?.slice(0, 2)).toEqual(["'self'", EMPTY_STYLE_HASH]);
    for (const [name, sources] of d) {
      for (const s of sources) {
        expect({ name, s, unsafe: /unsafe-|^\*$|^\w+:$|\*\./.test(s) && s !== "data:" }).toEqual({ name, s, unsafe: false });
        if (s === "data:") expect(name).toBe("img-src");
      }
    }
    // The meta tag comes before every <script>, <style> and <link> of the page.
    const metaAt = html.search(/<meta[^>]*Content-Security-Policy/i);
    for (const tag of ["<script", "<style", "<link"]) {
      const at = html.indexOf(tag);
      if (at >= 0) expect(metaAt).toBeLessThan(at);
    }
    // No inline script; every inline style allowed by its hash (and nothing else inline).
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
    for (const css of styles) expect({ css, allowed: d.get("style-src")?.includes(hashOf(css)) }).toEqual({ css, allowed: true });
  });

  test("the preview server sends each page's policy as a header too, with frame-ancestors", async () => {
    const server = await startPreviewServer(DIST, 0);
    try {
      for (const { file } of PAGES) {
        const response = await fetch(`${server.url}${file}`);
        const html = await response.text();
        expect(response.headers.get("content-security-policy")).toBe(headerPolicy(html));
        expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }
      const root = await fetch(server.url);
      expect(root.headers.get("content-security-policy")).toBe(headerPolicy(fs.readFileSync(path.join(DIST, "preview.html"), "utf8")));
    } finally {
      await server.close();
    }
  });
});

describe("the policy in Chromium", () => {
  const preview = previewInBrowser();
  let context: BrowserContext;

  beforeEach(async () => {
    context = await preview.browser().newContext({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  test("the preview: apply and remove with no violation, Fluent UI styled, eval and inline styles refused", async () => {
    const watch = await watchContext(context);
    const page = await context.newPage();
    await page.goto(preview.url());
    await page.waitForSelector('[data-testid="preview-row-A"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    await page.click('[data-testid="remove-ABC"]');
    await page.click('[data-testid="remove-dialog-confirm"]');
    await page.waitForSelector('[data-testid="applied-ABC"]', { state: "detached" });
    expect(await watch.violations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.outside).toEqual([]);

    // Fluent's styles were inserted (Griffel through CSSOM): the primary button is brand blue, not the browser's grey.
    // (Wait until the pane is not busy any more: a disabled button is grey by design. Mouse away from it.)
    await page.waitForSelector('[data-testid="apply"]:enabled:not([aria-disabled="true"])');
    await page.mouse.move(0, 0);
    const apply = await page.evaluate(() => {
      const button = document.querySelector('[data-testid="apply"]') as HTMLElement;
      const sheets = [...document.querySelectorAll("style")].map((s) => ({ text: s.textContent ?? "", rules: s.sheet?.cssRules.length ?? 0 }));
      return { background: getComputedStyle(button).backgroundColor, sheets };
    });
    expect(apply.background).toBe("rgb(15, 108, 189)");
    expect(apply.sheets.filter((s) => s.text === "").every((s) => s.rules >= 0)).toBe(true);
    expect(apply.sheets.reduce((n, s) => n + s.rules, 0)).toBeGreaterThan(100);

    // The policy is enforced: string code and inline styles with text are refused, and reported.
    // (Code run by page.evaluate itself is exempt from CSP in Chromium's DevTools protocol, so the
    // attempts run in a later task of the page.)
    const refused = await page.evaluate(
      () =>
        new Promise<Record<string, string>>((resolve) => {
          setTimeout(() => {
            const out: Record<string, string> = {};
            try {
              // eslint-disable-next-line no-eval -- checking that the policy refuses it
              out.eval = String((0, eval)("1 + 1"));
            } catch (e) {
              out.eval = (e as Error).name;
            }
            try {
              // eslint-disable-next-line no-new-func -- checking that the policy refuses it
              out.newFunction = String(new Function("return 2")());
            } catch (e) {
              out.newFunction = (e as Error).name;
            }
            const w = window as unknown as { stringTimer?: string };
            setTimeout("window.stringTimer = 'ran'" as unknown as () => void, 0);
            const style = document.createElement("style");
            style.textContent = "body { outline: 9px solid red }";
            document.head.appendChild(style);
            out.inlineStyle = getComputedStyle(document.body).outlineStyle;
            setTimeout(() => {
              out.stringTimer = w.stringTimer ?? "refused";
              resolve(out);
            }, 50);
          }, 0);
        }),
    );
    expect(refused).toEqual({ eval: "EvalError", newFunction: "EvalError", stringTimer: "refused", inlineStyle: "none" });
    // Violation events are dispatched asynchronously: wait for both reports (a busy machine may be slow).
    await page.waitForFunction(
      () => {
        const v = window.__cspViolations ?? [];
        return v.some((x) => x.startsWith("script-src")) && v.some((x) => x.startsWith("style-src-elem"));
      },
      undefined,
      { timeout: 10_000 },
    );
    const reported = await watch.violations(page);
    expect(reported.some((v) => v.startsWith("script-src blocked eval"))).toBe(true);
    expect(reported.some((v) => v.startsWith("style-src-elem blocked inline"))).toBe(true);
  });

  test("the task pane page: office.js (from the npm package, for the CDN) loads under the policy, no violation", async () => {
    const watch = await watchContext(context, { serveOfficeJs: true });
    const page = await context.newPage();
    await page.goto(`${preview.url()}taskpane.html`);
    // Outside Office there is no Excel: the pane says so (it must not fail).
    await page.waitForFunction(() => /Excel/.test(document.getElementById("root")?.textContent ?? ""), undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(watch.officeCdn[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // office.js went on to load its own next script from the CDN, which the policy allows.
    expect(watch.officeCdn.length).toBeGreaterThan(1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outside).toEqual([]);
    expect(await watch.violations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    // The functions bundle registered its functions in the shared runtime's page without eval.
    expect(watch.all.some((u) => u.endsWith("/functions.js"))).toBe(true);
  });
});
