/**
 * A WorkbookPort over any GridBackend (the preview's in-memory workbook, an ExcelJS workbook).
 * Everything is synchronous underneath; the async signatures match the Office.js adapter.
 */
import { contains, RangeRef } from "../address";
import { CellBlock, isFormulaCell, SavedSegmentation, SegmentPlan, settingKey, SETTING_PREFIX, SourceRef } from "../plan";
import { ApplyOptions, OccupiedCell, OccupiedError, OccupiedReport, SourceInfo, WorkbookPort } from "../port";
import { describeSource, SAMPLE_ROWS } from "../sourceInfo";
import { GridBackend } from "./backend";
import { surroundingRegion } from "./region";

const SHEET_LIMIT: RangeRef = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };

export function createGridAdapter(backend: GridBackend): WorkbookPort {
  const filled = (sheet: string) => (r: number, c: number) => backend.getCell(sheet, r, c) !== null;

  function readBlock(sheet: string, range: RangeRef, maxRows: number): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = 0; r < Math.min(range.rows, maxRows); r++) {
      const row: unknown[] = [];
      for (let c = 0; c < range.cols; c++) row.push(valueOf(backend, sheet, range.row + r, range.col + c));
      rows.push(row);
    }
    return rows;
  }

  function occupied(plan: SegmentPlan, limit: number): OccupiedReport {
    const cells: OccupiedCell[] = [];
    let total = 0;
    for (const block of plan.writes) {
      for (let r = 0; r < block.range.rows; r++) {
        for (let c = 0; c < block.range.cols; c++) {
          const row = block.range.row + r;
          const col = block.range.col + c;
          const content = backend.getCell(block.sheet, row, col);
          if (content === null) continue;
          total++;
          if (cells.length < limit) cells.push({ sheet: block.sheet, row, col, content });
        }
      }
    }
    for (const sheet of plan.sheets) {
      if (backend.hasSheet(sheet.name)) {
        total++;
        if (cells.length < limit) cells.push({ sheet: sheet.name, row: 0, col: 0, content: "(sheet exists)" });
      }
    }
    return { cells, total };
  }

  function writeBlock(block: CellBlock): void {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        backend.setCell(block.sheet, block.range.row + r, block.range.col + c, cell, block.numberFormats?.[c] ?? null);
      }),
    );
  }

  function undo(saved: SavedSegmentation): void {
    const fp = saved.footprint;
    for (const sheet of fp.sheets) if (backend.hasSheet(sheet)) backend.deleteSheet(sheet);
    for (const rule of fp.rules) backend.removeRules(rule.sheet, rule.range, rule.formulas);
    for (const v of fp.validations) backend.removeValidation(v.sheet, v.range);
    for (const cell of fp.cells) {
      if (!backend.hasSheet(cell.sheet)) continue;
      for (let r = 0; r < cell.range.rows; r++)
        for (let c = 0; c < cell.range.cols; c++) backend.setCell(cell.sheet, cell.range.row + r, cell.range.col + c, null);
    }
    for (const cell of fp.restore) backend.setCell(cell.sheet, cell.row, cell.col, cell.content);
    backend.setSetting(settingKey(saved.id), null);
  }

  return {
    async locateSource(): Promise<SourceInfo | null> {
      const active = backend.activeCell();
      const table = backend.tableAt(active.sheet, active.row, active.col);
      if (table) {
        return describeSource(active.sheet, table.range, readBlock(active.sheet, table.range, SAMPLE_ROWS + 1), "table", {
          name: table.name,
          hasHeader: table.hasHeader,
        });
      }
      const selection = backend.selection();
      if (selection.range.rows * selection.range.cols > 1) {
        return describeSource(selection.sheet, selection.range, readBlock(selection.sheet, selection.range, SAMPLE_ROWS + 1), "selection");
      }
      if (!filled(active.sheet)(active.row, active.col)) return null;
      const region = surroundingRegion(filled(active.sheet), active.row, active.col, SHEET_LIMIT);
      return describeSource(active.sheet, region, readBlock(active.sheet, region, SAMPLE_ROWS + 1), "region");
    },

    async readColumns(source: SourceRef, columns: readonly number[]): Promise<unknown[][]> {
      const header = source.hasHeader ? 1 : 0;
      return columns.map((offset) => {
        const out: unknown[] = [];
        for (let r = source.range.row + header; r < source.range.row + source.range.rows; r++) {
          out.push(valueOf(backend, source.sheet, r, source.range.col + offset));
        }
        return out;
      });
    },

    async firstEmptyColumn(sheet: string, rows: RangeRef, fromCol: number): Promise<number> {
      for (let col = fromCol; ; col++) {
        let empty = true;
        for (let r = rows.row; r < rows.row + rows.rows && empty; r++) if (backend.getCell(sheet, r, col) !== null) empty = false;
        if (empty) return col;
      }
    },

    async sheetNames(): Promise<string[]> {
      return backend.sheetNames();
    },

    async findOccupied(plan: SegmentPlan, limit: number): Promise<OccupiedReport> {
      return occupied(plan, limit);
    },

    async apply(plan: SegmentPlan, options: ApplyOptions = {}): Promise<SavedSegmentation> {
      const allowed = options.overwrite ?? [];
      const report = occupied(plan, Number.MAX_SAFE_INTEGER);
      const isAllowed = (cell: OccupiedCell): boolean =>
        allowed.some((a) => a.sheet === cell.sheet && a.row === cell.row && a.col === cell.col);
      if (report.cells.some((cell) => !isAllowed(cell))) throw new OccupiedError(report);
      const saved: SavedSegmentation = {
        ...plan.saved,
        footprint: { ...plan.saved.footprint, restore: report.cells.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, content: c.content })) },
      };
      try {
        // Data first, then formatting, then the summary, then the settings: the order Office.js uses too.
        for (const block of plan.writes) {
          for (const cell of report.cells) if (block.sheet === cell.sheet && contains(block.range, cell.row, cell.col)) backend.setCell(cell.sheet, cell.row, cell.col, null);
          writeBlock(block);
        }
        for (const v of plan.validations) backend.addValidation(v);
        for (const rules of plan.rules) backend.addRules(rules);
        for (const sheet of plan.sheets) {
          backend.addSheet(sheet.name);
          for (const block of sheet.blocks) writeBlock(block);
          for (const fill of sheet.fills) backend.setStyle(sheet.name, fill.range.row, fill.range.col, { tone: fill.tone, bold: true });
          for (const row of sheet.boldRows) backend.setStyle(sheet.name, row, 0, { bold: true });
          sheet.columnWidths.forEach((w, c) => backend.setColumnWidth(sheet.name, c, w));
          for (const chart of sheet.charts) backend.addChart(sheet.name, chart);
        }
        backend.setSetting(settingKey(plan.id), JSON.stringify(saved));
      } catch (error) {
        undo(saved);
        throw error;
      }
      return saved;
    },

    async listSaved(): Promise<SavedSegmentation[]> {
      return backend
        .settingKeys()
        .filter((k) => k.startsWith(SETTING_PREFIX))
        .map((k) => JSON.parse(backend.getSetting(k) ?? "null") as SavedSegmentation)
        .filter((s) => s !== null)
        .sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
    },

    async remove(id: string): Promise<void> {
      const raw = backend.getSetting(settingKey(id));
      if (raw === null) return;
      undo(JSON.parse(raw) as SavedSegmentation);
    },
  };
}

/** A cell's value as the engine reads it: the cached value of a formula, null when empty. */
function valueOf(backend: GridBackend, sheet: string, row: number, col: number): unknown {
  const cell = backend.getCell(sheet, row, col);
  return isFormulaCell(cell) ? cell.value : cell;
}

