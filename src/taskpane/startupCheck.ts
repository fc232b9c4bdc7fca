/**
 * What the pane checks before it starts in Excel. Two layers:
 * - the webview: taskpane.html first runs browserCheck.js, plain ES5, which shows "update"
 *   in place of the pane (and marks the page with WEBVIEW_TOO_OLD) where the bundles could not
 *   run — an old WKWebView on a Mac, Internet Explorer's Trident on an old Windows Office;
 * - the Excel API: the pane needs ExcelApi 1.9 (excelRequirements.ts lists what for); an older
 *   Excel gets a message saying so instead of a pane whose buttons fail.
 */
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { IsSetSupported, PANE_EXCEL_API } from "../workbook/excelRequirements";

/** Set on <html> by browserCheck.js when it is showing its message: the pane then does not start. */
export const WEBVIEW_TOO_OLD = "data-webview-too-old";

/** The message to show instead of the pane, or null when this Excel has what the pane needs. */
export function startupProblem(isSetSupported: IsSetSupported, language: Language): string | null {
  return isSetSupported("ExcelApi", PANE_EXCEL_API) ? null : paneText("excelTooOld", language, { version: PANE_EXCEL_API });
}
