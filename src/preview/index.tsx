/**
 * Entry of the browser preview (`npm run preview`): the sample workbook in memory, the grid,
 * and the task pane on the grid adapter. No office.js, no Excel, no network: `?theme=dark`
 * and `?lang=ko|zh-CN` stand in for what Office would tell the pane.
 */
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../i18n/language";
import { createGridAdapter } from "../workbook/model/gridAdapter";
import { memoryWorkbookFrom } from "./loadSample";
import { PreviewPage } from "./PreviewPage";
import { sampleBook } from "./sampleData";
import { sampleMonths } from "./sampleMonths";

const query = new URLSearchParams(window.location.search);
const book = sampleBook();
const workbook = memoryWorkbookFrom(book);
const port = createGridAdapter(workbook);
// For the end-to-end test: read the workbook the page shows (cell by cell comparisons).
(window as unknown as { previewWorkbook: typeof workbook }).previewWorkbook = workbook;

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <PreviewPage workbook={workbook} port={port} initialTheme={query.get("theme") === "dark" ? "dark" : "light"} language={languageFromLocale(query.get("lang"))} months={sampleMonths(book)} />,
  );
}
