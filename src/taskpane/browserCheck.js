/*
 * Runs in taskpane.html before the add-in's bundles, in whatever webview Office gives the pane,
 * so it is plain ES5 (test/safety/webviewTarget.test.ts parses it as ES5) and a separate file
 * (the page's Content-Security-Policy allows no inline script).
 *
 * The bundles need a webview at least as new as Safari 16 / Chromium 109 (build/webviewTarget.js).
 * An older one — an old WKWebView on a Mac, Internet Explorer 11 in an old Windows Office —
 * cannot parse them and would show a blank pane. This checks for built-ins those webviews have
 * and older ones lack (Array.prototype.at and Object.hasOwn came in Safari 15.4 and Chrome 92–93;
 * none of them is in Internet Explorer) and, if one is missing, shows in the pane, in the
 * browser's language, that Office needs updating; it marks <html> so the pane does not start.
 */
/* global document, navigator */
(function () {
  "use strict";
  var ok;
  try {
    ok =
      typeof Promise === "function" &&
      typeof Promise.allSettled === "function" &&
      typeof WeakRef === "function" &&
      typeof globalThis === "object" &&
      typeof Array.prototype.at === "function" &&
      typeof Object.hasOwn === "function" &&
      typeof String.prototype.replaceAll === "function";
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    ok = false;
  }
  if (ok) return;

  var MESSAGES = {
    en: {
      title: "This version of Office is too old for Customer Segments",
      body: "Its web view cannot run the add-in. Update Office (on a Mac, also macOS, to have Safari 16 or later), or use Excel on the web in an up-to-date browser.",
    },
    ko: {
      title: "이 Office 버전은 너무 오래되어 고객 세분화를 실행할 수 없습니다",
      body: "웹 보기가 추가 기능을 실행하지 못합니다. Office를 업데이트하거나(Mac에서는 Safari 16 이상이 되도록 macOS도 업데이트), 최신 브라우저에서 웹용 Excel을 사용하세요.",
    },
    zh: {
      title: "此 Office 版本过旧，无法运行客户分类",
      body: "其网页视图无法运行此加载项。请更新 Office（在 Mac 上还需更新 macOS，使 Safari 为 16 或更高版本），或在最新版浏览器中使用 Excel 网页版。",
    },
  };
  var language = String(navigator.language || navigator.userLanguage || "en").toLowerCase();
  var text = language.indexOf("ko") === 0 ? MESSAGES.ko : language.indexOf("zh") === 0 ? MESSAGES.zh : MESSAGES.en;
  document.documentElement.setAttribute("data-webview-too-old", "");

  function show() {
    var root = document.getElementById("root") || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.className = "webview-too-old";
    var title = document.createElement("h1");
    title.appendChild(document.createTextNode(text.title));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(text.body));
    box.appendChild(title);
    box.appendChild(body);
    root.appendChild(box);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
