/**
 * Watching a Chromium page for what security cares about: every request (and websocket) that
 * is not for 127.0.0.1/localhost — routed and aborted, so it cannot leave even by mistake —,
 * every Content-Security-Policy violation (the `securitypolicyviolation` event, registered
 * before any page script runs), and every console error or uncaught page error.
 */
import * as fs from "fs";
import * as path from "path";
import { BrowserContext, Page } from "playwright-core";

export const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const OFFICE_JS_DIST = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

export interface Watch {
  /** Requests for anything not on this machine (aborted). */
  readonly outside: string[];
  /** Requests for Office's CDN, answered from the @microsoft/office-js package (never sent). */
  readonly officeCdn: string[];
  /** Every request the pages made, local ones included. */
  readonly all: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  violations(page: Page): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Installs the watch on a browser context: call before opening pages. */
export async function watchContext(context: BrowserContext, options: { serveOfficeJs?: boolean } = {}): Promise<Watch> {
  const watch: Watch = {
    outside: [],
    officeCdn: [],
    all: [],
    consoleErrors: [],
    pageErrors: [],
    violations: (page) => page.evaluate(() => window.__cspViolations ?? []),
  };
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    watch.all.push(url);
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:" || LOCAL_HOSTS.has(parsed.hostname)) return route.continue();
    if (options.serveOfficeJs && url.startsWith(OFFICE_CDN)) {
      // https://appsforoffice.microsoft.com/lib/1/hosted/office.js → the npm package's dist/office.js.
      const rest = parsed.pathname.replace(/^\/lib\/1(\.1)?\/hosted\//, "");
      const file = path.join(OFFICE_JS_DIST, rest);
      watch.officeCdn.push(url);
      if (file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    watch.outside.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") watch.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => watch.pageErrors.push(String(error)));
    page.on("websocket", (ws) => {
      if (!LOCAL_HOSTS.has(new URL(ws.url()).hostname)) watch.outside.push(ws.url());
    });
  });
  return watch;
}
