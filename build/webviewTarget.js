/**
 * The oldest webviews the add-in supports, and how the bundles are made to run in them
 * (README, "Which Office, which webview").
 *
 * The manifest asks for SharedRuntime 1.1 and CustomFunctionsRuntime 1.3. Where those run:
 * - Office on Mac renders add-ins in WKWebView, i.e. the system's WebKit (Safari's engine), and
 *   Microsoft supports Office for Mac on the three most recent macOS versions. The oldest of
 *   these in recent years, macOS 13 Ventura, ships Safari 16.0's WebKit; Safari 16.4 (macOS
 *   13.3) is the first WebKit that parses ES2022's class static blocks. Floor: Safari 16.0.
 * - Office on Windows runs an add-in with a shared runtime (<Runtimes>) in WebView2 (Chromium,
 *   updated with Edge; 109 is the last for Windows 7/8.1, which Office no longer supports), and
 *   never in EdgeHTML; without WebView2 it falls back to Internet Explorer 11 (Trident, ES5
 *   only), where React 19 and Fluent UI 9 cannot run at all: there browserCheck.js says to update.
 * - Office on the web runs in the user's browser, which Microsoft supports in current versions.
 *
 * So every bundle (task pane, functions, preview) is lowered to ES2020, node_modules included,
 * which Safari 14+ and Chromium 80+ parse: a margin below Safari 16.0 that costs nothing, since
 * our TypeScript already compiles to ES2020 (tsconfig). esbuild does the lowering: one small,
 * well-kept package with a prebuilt binary from the npm registry, and fast enough not to slow
 * `npm test`'s build (Babel would transform node_modules several times slower). The engine
 * names add what esbuild knows of their gaps beyond the language level (e.g. RegExp lookbehind
 * before Safari 16.4). esbuild's helpers are plain functions: no `new Function`, no eval.
 * test/safety/webviewTarget.test.ts parses every shipped bundle at WEBVIEW_ES.
 */
const path = require("path");

/** The ECMAScript version every shipped bundle parses under. */
const WEBVIEW_ES = 2020;
/** esbuild's target: the language level, and the oldest engines (for their known gaps). */
const WEBVIEW_TARGET = [`es${WEBVIEW_ES}`, "safari16", "chrome109", "edge109"];
/** A webpack loader entry that lowers a module to WEBVIEW_TARGET. */
const lowerForWebviews = { loader: "esbuild-loader", options: { target: WEBVIEW_TARGET } };
/** The plain-ES5 check taskpane.html runs before the bundles (an "update Office" message where they cannot run). */
const BROWSER_CHECK = path.resolve(__dirname, "../src/taskpane/browserCheck.js");

module.exports = { WEBVIEW_ES, WEBVIEW_TARGET, lowerForWebviews, BROWSER_CHECK };
