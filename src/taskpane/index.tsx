/**
 * Task pane entry in Excel: waits for Office, then renders the pane on the Office.js adapter,
 * in the Office theme and display language. Outside Office (a plain browser) Office.onReady
 * resolves with no host and there is no Excel: the pane then says so instead of failing; so it
 * does in an Excel too old for the pane (startupCheck.ts).
 */
import { createRoot } from "react-dom/client";
import { languageFromLocale, setCurrentLanguage } from "../i18n/language";
import { browserStore, effectiveLanguage, officePartitionKey, storedChoice } from "../i18n/languagePreference";
import { paneText } from "../i18n/paneText";
import { officeIsSetSupported } from "../workbook/excelRequirements";
import { createOfficeAdapter } from "../workbook/officeAdapter";
import { App } from "./App";
import { startupProblem, WEBVIEW_TOO_OLD } from "./startupCheck";
import { themeFromBackground } from "./theme";

function start(): void {
  const root = document.getElementById("root");
  if (!root) return;
  // browserCheck.js (run before the bundles) found this webview too old and is showing why.
  if (document.documentElement.hasAttribute(WEBVIEW_TOO_OLD)) return;
  if (typeof Excel === "undefined") {
    root.textContent = paneText("openFromExcel", languageFromLocale(typeof navigator === "undefined" ? "en" : navigator.language));
    return;
  }
  // The custom functions share this runtime: they speak the pane's language from the start
  // (Office's display language, or the one picked in the pane and remembered).
  const spoken = effectiveLanguage(storedChoice(browserStore(), officePartitionKey()), Office.context.displayLanguage);
  setCurrentLanguage(spoken);
  // An Excel without the API sets the pane uses gets a message, not a pane whose buttons fail.
  const problem = startupProblem(officeIsSetSupported, spoken);
  if (problem) {
    root.textContent = problem;
    return;
  }
  const port = createOfficeAdapter({ run: (batch) => Excel.run(batch) });
  const theme = themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
  const language = languageFromLocale(Office.context.displayLanguage);
  createRoot(root).render(<App port={port} theme={theme} language={language} />);
}

if (typeof Office !== "undefined") void Office.onReady(() => start());
else start();
