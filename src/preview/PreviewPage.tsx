/**
 * The preview page: a fake Excel window (sheet tabs and grid over an in-memory workbook) beside
 * the real task pane, wired to the same workbook through the grid adapter. Nothing here talks
 * to Office or to the network; the theme switch stands in for Office's light/dark theme.
 * "Open .xlsx" replaces the sample with the user's own workbook, read in the page (openXlsx.ts).
 */
import { useEffect, useState, type ChangeEvent, type ReactElement } from "react";
import { Language } from "../i18n/language";
import { previewText } from "../i18n/previewText";
import { App } from "../taskpane/App";
import { PaneTheme } from "../taskpane/theme";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { WorkbookPort } from "../workbook/port";
import { Grid } from "./Grid";
import { openXlsx } from "./openXlsx";
import { applyMonthExport, MONTH_AS_OF, MonthExport, SAMPLE_MONTHS } from "./sampleMonths";

export interface PreviewPageProps {
  readonly workbook: MemoryWorkbook;
  readonly port: WorkbookPort;
  readonly initialTheme: PaneTheme;
  readonly language: Language;
  /** The sample's next monthly exports (months 2, 3 …): "Next month" pastes the next one in. */
  readonly months?: readonly MonthExport[];
  /** The file the workbook came from (null: the sample). */
  readonly source?: string | null;
  /** A workbook the user opened: the page shows it (and the pane works on it) instead. */
  readonly onOpen?: (workbook: MemoryWorkbook, name: string) => void;
}

/** Re-render after a burst of workbook changes (an apply writes hundreds of cells), not after each. */
function useWorkbookVersion(workbook: MemoryWorkbook): number {
  const [version, setVersion] = useState(workbook.getVersion());
  useEffect(() => {
    let pending = 0;
    const unsubscribe = workbook.subscribe(() => {
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        setVersion(workbook.getVersion());
      }, 0);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(pending);
    };
  }, [workbook]);
  return version;
}

export function PreviewPage({ workbook, port, initialTheme, language: officeLanguage, months = [], source = null, onOpen }: PreviewPageProps): ReactElement {
  useWorkbookVersion(workbook);
  // The pane's language (Office's, or the one picked in the pane): the page's own words follow it.
  const [language, setLanguage] = useState<Language>(officeLanguage);
  // A fresh pane for each opened workbook: nothing of the last one's roles or statuses carries over.
  const [opened, setOpened] = useState(0);
  const [fileStatus, setFileStatus] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const openFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setFileStatus({ ok: true, text: previewText("opening", language, { file: file.name }) });
    const result = await openXlsx(file.name, await file.arrayBuffer(), language);
    // The same file can be picked again (after editing it in Excel): the input must change to fire.
    input.value = "";
    setFileStatus({ ok: result.ok, text: result.message });
    if (result.ok) {
      setShown(null);
      setOpened((n) => n + 1);
      onOpen?.(result.workbook, file.name);
    }
  };
  const [month, setMonth] = useState(1);
  const nextMonth = (): void => {
    const next = months.find((m) => m.month === month + 1);
    if (!next) return;
    applyMonthExport(workbook, next);
    setMonth(next.month);
  };
  const asOfText = new Date(Date.UTC(1899, 11, 30) + MONTH_AS_OF[month - 1] * 86_400_000).toISOString().slice(0, 10);
  const [theme, setTheme] = useState<PaneTheme>(initialTheme);
  const [shown, setShown] = useState<string | null>(null);
  const names = workbook.sheetNames();
  const sheet = shown && names.includes(shown) ? shown : workbook.activeCell().sheet;
  const dark = theme === "dark";
  const chrome = dark ? { bg: "#292929", fg: "#f0f0f0", border: "#444" } : { bg: "#f3f3f3", fg: "#1f1f1f", border: "#d0d0d0" };

  useEffect(() => {
    document.body.style.background = chrome.bg;
    document.documentElement.dataset.theme = theme;
  }, [theme, chrome.bg]);

  const showSheet = (name: string): void => {
    setShown(name);
    workbook.select(name, 0, 0);
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100vh", color: chrome.fg, fontFamily: "Segoe UI, system-ui, sans-serif" }}>
      <header style={{ display: "flex", alignItems: "center", gap: 12, padding: "6px 10px", borderBottom: `1px solid ${chrome.border}`, background: dark ? "#1b1b1b" : "#107c41", color: "#fff" }}>
        <strong>Customer segments — preview without Excel</strong>
        <span style={{ opacity: 0.85, fontSize: 12 }} data-testid="workbook-source">
          {source ?? "sample workbook"} · nothing leaves this page
        </span>
        <label title={previewText("openHint", language)} style={{ fontSize: 12, display: "inline-flex", alignItems: "center", gap: 4, cursor: "pointer", border: "1px solid rgba(255,255,255,0.6)", borderRadius: 3, padding: "1px 8px" }}>
          {previewText("openXlsx", language)}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="open-xlsx"
            onChange={(e) => void openFile(e)}
            style={{ position: "absolute", width: 1, height: 1, opacity: 0, overflow: "hidden" }}
          />
        </label>
        {fileStatus && (
          <span role={fileStatus.ok ? "status" : "alert"} data-testid="open-status" style={{ fontSize: 12, maxWidth: 420, background: fileStatus.ok ? "transparent" : "#a4262c", padding: "1px 6px", borderRadius: 3 }}>
            {fileStatus.text}
          </span>
        )}
        {months.length > 0 && (
          <span style={{ display: "flex", alignItems: "center", gap: 6, fontSize: 12 }}>
            <span data-testid="sample-month">
              Data as of {asOfText} (month {month} of {SAMPLE_MONTHS})
            </span>
            <button
              type="button"
              onClick={nextMonth}
              disabled={month >= SAMPLE_MONTHS}
              data-testid="next-month"
              title="Paste the next monthly export into the Customers table: new revenue, profit, last order and orders by customer ID, new customers under the table, new order lines. Nothing else changes."
            >
              Next month's export
            </button>
          </span>
        )}
        <button type="button" onClick={() => setTheme(dark ? "light" : "dark")} data-testid="theme-toggle" aria-pressed={dark} style={{ marginLeft: "auto" }}>
          {dark ? "Light theme" : "Dark theme"}
        </button>
      </header>
      <div style={{ display: "flex", flex: 1, minHeight: 0 }}>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, minWidth: 0 }}>
          <Grid workbook={workbook} sheet={sheet} dark={dark} language={language} />
          <div role="tablist" aria-label="Sheets" style={{ display: "flex", gap: 2, padding: "2px 6px", borderTop: `1px solid ${chrome.border}`, background: chrome.bg }}>
            {names.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={name === sheet}
                data-testid={`sheet-${name}`}
                onClick={() => showSheet(name)}
                style={{
                  border: `1px solid ${chrome.border}`,
                  background: name === sheet ? (dark ? "#1f1f1f" : "#fff") : "transparent",
                  color: name === sheet ? "#107c41" : chrome.fg,
                  fontWeight: name === sheet ? 600 : 400,
                  padding: "2px 10px",
                }}
              >
                {name}
              </button>
            ))}
          </div>
        </div>
        <aside aria-label="Task pane" style={{ width: 380, borderLeft: `1px solid ${chrome.border}`, overflow: "auto" }} data-testid="taskpane">
          <App key={opened} port={port} theme={theme} language={officeLanguage} onLanguage={setLanguage} />
        </aside>
      </div>
    </div>
  );
}
