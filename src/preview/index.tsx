/**
 * Entry of the browser preview (`npm run preview`): the sample workbook in memory, the grid,
 * and the task pane on the grid adapter. No office.js, no Excel, no network: `?theme=dark`
 * and `?lang=ko|zh-CN` stand in for what Office would tell the pane.
 */
import { useState, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../i18n/language";
import { createGridAdapter } from "../workbook/model/gridAdapter";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { memoryWorkbookFrom } from "./loadSample";
import { PreviewPage } from "./PreviewPage";
import { sampleBook } from "./sampleData";
import { sampleMonths } from "./sampleMonths";

const query = new URLSearchParams(window.location.search);
const book = sampleBook();
const months = sampleMonths(book);

interface Shown {
  readonly workbook: MemoryWorkbook;
  readonly port: ReturnType<typeof createGridAdapter>;
  /** The user's file, or null for the sample. */
  readonly source: string | null;
}

function shown(workbook: MemoryWorkbook, source: string | null): Shown {
  // For the end-to-end tests: read the workbook the page shows (cell by cell comparisons).
  (window as unknown as { previewWorkbook: MemoryWorkbook }).previewWorkbook = workbook;
  return { workbook, port: createGridAdapter(workbook), source };
}

function Preview(): ReactElement {
  const [current, setCurrent] = useState<Shown>(() => shown(memoryWorkbookFrom(book), null));
  return (
    <PreviewPage
      workbook={current.workbook}
      port={current.port}
      source={current.source}
      onOpen={(workbook, name) => setCurrent(shown(workbook, name))}
      initialTheme={query.get("theme") === "dark" ? "dark" : "light"}
      language={languageFromLocale(query.get("lang"))}
      // The monthly exports belong to the sample: a user's own file has none.
      months={current.source === null ? months : []}
    />
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Preview />);
