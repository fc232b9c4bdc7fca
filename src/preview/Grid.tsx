/**
 * The preview's spreadsheet: the active sheet as an HTML grid with row and column headers.
 * Row colours come from the sheet's conditional-format rules, evaluated like Excel evaluates
 * them (MemoryWorkbook.ruleToneAt), so what the test reads with getComputedStyle is what the
 * rules say. Keyboard: the grid is one tab stop; arrow keys move the active cell, as in Excel.
 * Editing as in Excel: type or double-click (F2) to edit the active cell, Enter or Tab to keep
 * it, Esc to leave it as it was; Ctrl+V pastes a block copied from Excel or Sheets at the active
 * cell. What is typed stays text unless it is a plain number (cellEntry.ts): "=1+1" is text.
 * Past MAX_ROWS rows the grid stops drawing and says so; the sheet's charts float over it.
 */
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactElement } from "react";
import { Language } from "../i18n/language";
import { formatCount, previewText } from "../i18n/previewText";
import { cellA1, columnLetter, contains } from "../workbook/address";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { isFormulaCell } from "../workbook/plan";
import { cellFromEntry, parseTsv } from "./cellEntry";
import { cellText, dateFromEntry, isDateFormat, isNumeric } from "./cellText";
import { SheetCharts } from "./SheetCharts";

export interface GridProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: string;
  readonly dark: boolean;
  /** The pane's language, for the grid's own notes. */
  readonly language: Language;
}

/** Rows drawn at most: a DOM table of 20,000 rows × 20 columns would take seconds to lay out. */
export const MAX_ROWS = 2000;

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The text a cell shows when edited: numbers in full, dates as dates, formulas as formulas. */
function editText(workbook: MemoryWorkbook, sheet: string, row: number, col: number): string {
  const content = workbook.getCell(sheet, row, col);
  if (content === null) return "";
  if (isFormulaCell(content)) return content.formula;
  const format = workbook.getCellFormat(sheet, row, col);
  if (typeof content === "number" && isDateFormat(format)) return cellText(content, format);
  return typeof content === "boolean" ? (content ? "TRUE" : "FALSE") : String(content);
}

export function Grid({ workbook, sheet, dark, language }: GridProps): ReactElement {
  const s = workbook.sheet(sheet);
  const used = workbook.usedRange(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 };
  const sheetRows = used.row + used.rows;
  // Room for the charts too: a chart anchored right of the data still has cells to float over.
  const chartRows = Math.max(0, ...s.charts.map((c) => c.anchor.row + c.anchor.rows));
  const chartCols = Math.max(0, ...s.charts.map((c) => c.anchor.col + c.anchor.cols));
  const rows = Math.min(Math.max(sheetRows + 2, chartRows), MAX_ROWS);
  const cols = Math.max(used.col + used.cols + 1, chartCols);
  const cut = sheetRows > MAX_ROWS;
  const active = workbook.activeCell();
  const isActiveSheet = active.sheet === sheet;
  const activeRef = useRef<HTMLTableCellElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit as of now, not as of this render: Esc then the input's blur must not keep the text.
  const editRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null): void => {
    editRef.current = next;
    setEditingState(next);
  };
  // Braces matter: newer Chromium returns a Promise from scrollIntoView, and an effect may return only a cleanup.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active.row, active.col]);
  // Another sheet opens at its top-left, as in Excel: column A visible whatever the last sheet's scroll.
  useEffect(() => {
    const grid = gridRef.current;
    if (grid) {
      grid.scrollLeft = 0;
      grid.scrollTop = 0;
    }
    setEditing(null);
  }, [sheet]);

  function commit(edit: Editing): void {
    const format = workbook.getCellFormat(sheet, edit.row, edit.col);
    const date = isDateFormat(format) ? dateFromEntry(edit.text) : null;
    workbook.setCell(sheet, edit.row, edit.col, date ?? cellFromEntry(edit.text), format);
  }

  function finishEdit(keep: boolean, move: [number, number] = [0, 0]): void {
    const edit = editRef.current;
    if (!edit) return;
    setEditing(null);
    if (keep) commit(edit);
    workbook.select(sheet, Math.max(0, Math.min(rows - 1, edit.row + move[0])), Math.max(0, Math.min(cols - 1, edit.col + move[1])));
    gridRef.current?.focus();
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>): void {
    if (editing) return; // the cell's input takes the text itself
    const block = parseTsv(e.clipboardData.getData("text/plain"));
    if (!block.length) return;
    e.preventDefault();
    const now = workbook.activeCell();
    const at = now.sheet === sheet ? now : { row: 0, col: 0 };
    const width = Math.max(...block.map((r) => r.length));
    block.forEach((line, r) =>
      line.forEach((text, c) => {
        const format = workbook.getCellFormat(sheet, at.row + r, at.col + c);
        const date = isDateFormat(format) ? dateFromEntry(text) : null;
        workbook.setCell(sheet, at.row + r, at.col + c, date ?? cellFromEntry(text), format);
      }),
    );
    workbook.select(sheet, at.row, at.col, { row: at.row, col: at.col, rows: block.length, cols: width });
  }

  const base = dark ? { bg: "#1f1f1f", fg: "#e8e8e8", line: "#3b3b3b", head: "#2b2b2b" } : { bg: "#ffffff", fg: "#1f1f1f", line: "#e1e1e1", head: "#f3f3f3" };

  function onKey(e: KeyboardEvent<HTMLDivElement>): void {
    if (editing) return; // the cell's input handles its own keys
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0] };
    // Tab is not taken here: the grid is one tab stop, and Tab must lead on to the pane (no keyboard trap).
    // Read the model, not this render's props: keys can arrive faster than the grid re-renders.
    const now = workbook.activeCell();
    const here = now.sheet === sheet ? now : { row: 0, col: 0 };
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (plain && (e.key === "F2" || e.key.length === 1)) {
      // Typing replaces the cell's content, F2 edits it: Excel's two ways into a cell.
      e.preventDefault();
      setEditing({ row: here.row, col: here.col, text: e.key === "F2" ? editText(workbook, sheet, here.row, here.col) : e.key });
      return;
    }
    if (plain && (e.key === "Delete" || e.key === "Backspace")) {
      e.preventDefault();
      workbook.setCell(sheet, here.row, here.col, null);
      return;
    }
    const d = move[e.key];
    if (!d) return;
    e.preventDefault();
    const row = Math.max(0, Math.min(rows - 1, here.row + d[0]));
    const col = Math.max(0, Math.min(cols - 1, here.col + d[1]));
    workbook.select(sheet, row, col);
  }

  const header = { background: base.head, color: base.fg, border: `1px solid ${base.line}`, fontWeight: 400, padding: "0 4px", position: "sticky" as const };
  return (
    <div
      role="grid"
      aria-label={`Sheet ${sheet}`}
      aria-activedescendant={isActiveSheet ? `cell-${cellA1(active.row, active.col)}` : undefined}
      tabIndex={0}
      onKeyDown={onKey}
      onPaste={onPaste}
      ref={gridRef}
      data-testid="grid"
      style={{ overflow: "auto", flex: 1, background: base.bg, color: base.fg, outlineOffset: -2 }}
    >
      <div ref={frameRef} style={{ position: "relative", width: "max-content" }}>
      <table style={{ borderCollapse: "collapse", fontSize: 12, fontFamily: "Segoe UI, system-ui, sans-serif" }}>
        <thead>
          <tr role="row">
            <th style={{ ...header, top: 0, left: 0, zIndex: 2 }} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} role="columnheader" style={{ ...header, top: 0, zIndex: 1, minWidth: (s.widths.get(c) ?? 9) * 7 }}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r} role="row" data-row={r + 1}>
              <th role="rowheader" style={{ ...header, left: 0, zIndex: 1, textAlign: "right" }}>
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const content = workbook.getCell(sheet, r, c);
                const tone = workbook.ruleToneAt(sheet, r, c);
                const style = workbook.getStyle(sheet, r, c);
                const fill = tone ?? style?.tone;
                // The downgrade flag: bold and a line above and below the row, over the class colour.
                const mark = workbook.markAt(sheet, r, c);
                const line = mark ? `2px solid ${mark.border}` : `1px solid ${base.line}`;
                const isActive = isActiveSheet && active.row === r && active.col === c;
                const selected = isActiveSheet && ((workbook.selected && contains(workbook.selected.range, r, c)) || workbook.isSelected(sheet, r, c));
                const address = cellA1(r, c);
                return (
                  <td
                    key={c}
                    id={`cell-${address}`}
                    role="gridcell"
                    data-cell={address}
                    data-mark={mark ? mark.code : undefined}
                    ref={isActive ? activeRef : undefined}
                    aria-selected={isActive || Boolean(selected)}
                    onMouseDown={() => {
                      if (editing && (editing.row !== r || editing.col !== c)) finishEdit(true);
                      workbook.select(sheet, r, c);
                    }}
                    onDoubleClick={() => setEditing({ row: r, col: c, text: editText(workbook, sheet, r, c) })}
                    style={{
                      background: fill ? fill.fill : base.bg,
                      color: fill ? fill.font : base.fg,
                      border: `1px solid ${base.line}`,
                      borderTop: line,
                      borderBottom: line,
                      // Selected cells (the pane's "Show rows") get Excel's green outline too.
                      outline: isActive || selected ? "2px solid #107c41" : undefined,
                      outlineOffset: -2,
                      padding: "1px 4px",
                      whiteSpace: "nowrap",
                      textAlign: isNumeric(content) ? "right" : "left",
                      fontWeight: style?.bold || mark ? 600 : 400,
                      maxWidth: (s.widths.get(c) ?? 9) * 9,
                      overflow: "hidden",
                      textOverflow: "ellipsis",
                    }}
                  >
                    {editing && editing.row === r && editing.col === c ? (
                      <input
                        autoFocus
                        data-testid="cell-editor"
                        aria-label={`${address}`}
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === "Enter" || e.key === "Tab") {
                            e.preventDefault();
                            finishEdit(true, e.key === "Enter" ? [e.shiftKey ? -1 : 1, 0] : [0, e.shiftKey ? -1 : 1]);
                          } else if (e.key === "Escape") {
                            e.preventDefault();
                            finishEdit(false);
                          }
                        }}
                        onBlur={() => finishEdit(true)}
                        // Typing continues after what is there (the first key typed, or the old text with F2).
                        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
                        style={{ font: "inherit", width: "100%", minWidth: 60, border: "none", outline: "none", padding: 0, background: base.bg, color: base.fg }}
                      />
                    ) : (
                      cellText(content, workbook.getCellFormat(sheet, r, c))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <SheetCharts workbook={workbook} sheet={sheet} dark={dark} frame={frameRef} />
      </div>
      {cut && (
        <div role="status" data-testid="rows-note" style={{ position: "sticky", left: 0, bottom: 0, zIndex: 4, padding: "4px 8px", background: base.head, borderTop: `1px solid ${base.line}`, fontSize: 12 }}>
          {previewText("showingRows", language, { shown: formatCount(MAX_ROWS, language), total: formatCount(sheetRows, language) })}
        </div>
      )}
    </div>
  );
}
