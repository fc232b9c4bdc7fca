/**
 * The preview's spreadsheet: the active sheet as an HTML grid with row and column headers.
 * Row colours come from the sheet's conditional-format rules, evaluated like Excel evaluates
 * them (MemoryWorkbook.ruleToneAt), so what the test reads with getComputedStyle is what the
 * rules say. Keyboard: the grid is one tab stop; arrow keys move the active cell, as in Excel.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactElement } from "react";
import { cellA1, columnLetter, contains } from "../workbook/address";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { cellText, isNumeric } from "./cellText";

export interface GridProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: string;
  readonly dark: boolean;
}

const MAX_ROWS = 2000;

export function Grid({ workbook, sheet, dark }: GridProps): ReactElement {
  const s = workbook.sheet(sheet);
  const used = workbook.usedRange(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 };
  const rows = Math.min(used.row + used.rows + 2, MAX_ROWS);
  const cols = used.col + used.cols + 1;
  const active = workbook.activeCell();
  const isActiveSheet = active.sheet === sheet;
  const activeRef = useRef<HTMLTableCellElement>(null);
  // Braces matter: newer Chromium returns a Promise from scrollIntoView, and an effect may return only a cleanup.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active.row, active.col]);

  const base = dark ? { bg: "#1f1f1f", fg: "#e8e8e8", line: "#3b3b3b", head: "#2b2b2b" } : { bg: "#ffffff", fg: "#1f1f1f", line: "#e1e1e1", head: "#f3f3f3" };

  function onKey(e: KeyboardEvent<HTMLDivElement>): void {
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const d = move[e.key];
    if (!d) return;
    e.preventDefault();
    // Read the model, not this render's props: keys can arrive faster than the grid re-renders.
    const now = workbook.activeCell();
    const here = now.sheet === sheet ? now : { row: 0, col: 0 };
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
      data-testid="grid"
      style={{ overflow: "auto", flex: 1, background: base.bg, color: base.fg, outlineOffset: -2 }}
    >
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
                    onMouseDown={() => workbook.select(sheet, r, c)}
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
                    {cellText(content, workbook.getCellFormat(sheet, r, c))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
