/**
 * A WorkbookPort over any GridBackend (the preview's in-memory workbook, an ExcelJS workbook).
 * Everything is synchronous underneath; the async signatures match the Office.js adapter.
 */
import { contains, RangeRef } from "../address";
import { afterFailedRefresh, checkConsent, indexWithout, markingOf, pendingRuns, probeOf, restoredCells } from "../footprint";
import { locateFootprint, locateSaved, Lookups, namesOf, ownedNow, resolveFootprint, Resolution, noteSheetId, withOwnSheet } from "../ownership";
import { CellBlock, Footprint, isFormulaCell, NewSheet, PendingHistory, SavedSegmentation, SegmentPlan, settingKey, SETTING_PREFIX, SourceRef } from "../plan";
import { ApplyOptions, DROP_DOWN_IN_THE_WAY, OccupiedCell, OccupiedError, OccupiedReport, RemoveReport, SourceInfo, TextNumberCell, WorkbookPort } from "../port";
import { HISTORY_INDEX_KEY } from "../history";
import { describeSource, SAMPLE_ROWS, withSheetId } from "../sourceInfo";
import { GridBackend } from "./backend";
import { clipToSource, surroundingRegion } from "./region";

const SHEET_LIMIT: RangeRef = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
const historyKey = HISTORY_INDEX_KEY;

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
    for (const v of plan.validations) {
      if (!backend.hasValidation(v.sheet, v.range)) continue;
      total++;
      if (cells.length < limit) cells.push({ sheet: v.sheet, row: v.range.row, col: v.range.col, content: DROP_DOWN_IN_THE_WAY });
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

  /** A new sheet, with the hidden name that marks it as ours (it follows a rename and dies with the sheet). */
  function addNewSheet(sheet: NewSheet, mark?: string): void {
    backend.addSheet(sheet.name);
    if (mark) backend.setName(mark, sheet.name, { row: 0, col: 0, rows: 1, cols: 1 });
    for (const block of sheet.blocks) writeBlock(block);
    for (const fill of sheet.fills) backend.setStyle(sheet.name, fill.range.row, fill.range.col, { tone: fill.tone, bold: true });
    for (const row of sheet.boldRows) backend.setStyle(sheet.name, row, 0, { bold: true });
    sheet.columnWidths.forEach((w, c) => backend.setColumnWidth(sheet.name, c, w));
    for (const chart of sheet.charts) backend.addChart(sheet.name, chart);
  }

  function clearRange(sheet: string, range: RangeRef): void {
    if (!backend.hasSheet(sheet)) return;
    for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) backend.setCell(sheet, range.row + r, range.col + c, null);
  }

  const lookups: Lookups = {
    sheetById: (id) => backend.sheetNameById(id),
    hasSheet: (name) => backend.hasSheet(name),
    name: (name) => backend.getName(name),
    isEmptySheet: (name) => backend.hasSheet(name) && backend.usedRange(name) === null,
  };

  /** What of `fp` is still ours, where it is now (ownership.ts). */
  function resolve(fp: Footprint): Resolution {
    const located = locateFootprint(fp, lookups);
    const contents = located.cells.map((place) => {
      if (!place) return null;
      const { sheet, range } = place;
      return Array.from({ length: range.rows }, (_, r) => Array.from({ length: range.cols }, (_, c) => backend.getCell(sheet, range.row + r, range.col + c)));
    });
    return resolveFootprint(fp, located, contents);
  }

  /** Takes away a resolved footprint (only what is still ours), and the names of `names`. */
  function undoResolved(now: Footprint, names: readonly string[]): void {
    for (const sheet of now.sheets) if (backend.hasSheet(sheet)) backend.deleteSheet(sheet);
    for (const rule of now.rules) if (backend.hasSheet(rule.sheet)) backend.removeRules(rule.sheet, rule.range, rule.formulas);
    for (const v of now.validations) if (backend.hasSheet(v.sheet)) backend.removeValidation(v.sheet, v.range);
    for (const cell of now.cells) clearRange(cell.sheet, cell.range);
    for (const cell of now.restore) backend.setCell(cell.sheet, cell.row, cell.col, cell.content);
    for (const name of names) backend.deleteName(name);
  }

  /** Takes away what the segmentation still owns, and its setting unless `dropSetting` is false (a refresh keeps it). */
  function undo(saved: SavedSegmentation, dropSetting = true): Resolution {
    const resolution = resolve(saved.footprint);
    undoResolved(resolution.footprint, namesOf(saved.footprint));
    if (dropSetting) backend.setSetting(settingKey(saved.id), null);
    return resolution;
  }

  /** Names a piece of output where it was just written (the name then moves with the cells). */
  function nameAt(place: { sheet: string; range: RangeRef; name?: string } | undefined): void {
    if (place?.name && backend.hasSheet(place.sheet)) backend.setName(place.name, place.sheet, place.range);
  }

  /** The ids of the sheets the step created, once they exist. */
  function withSheetIds(saved: SavedSegmentation): SavedSegmentation {
    const fp = saved.footprint;
    const sheetMarks = fp.sheets.map((name, i) => {
      const mark = fp.sheetMarks?.[i] ?? null;
      const id = backend.sheetId(name);
      return mark && id !== null ? { ...mark, id } : mark;
    });
    return { ...saved, footprint: { ...fp, sheetMarks, named: true } };
  }

  /** The snapshot an unfinished step was adding (see officeAdapter.ts dropPendingHistory). */
  function dropPendingHistory(id: string, pending: PendingHistory): void {
    const rows = pending.rows;
    if (rows && backend.hasSheet(rows.sheet)) {
      const cells = readBlock(rows.sheet, { ...rows.range, col: 0, cols: Math.max(4, rows.range.cols) }, rows.range.rows);
      for (const run of pendingRuns(cells, rows.range, id, pending.asOf)) clearRange(rows.sheet, run);
    }
    const deleted: string[] = [];
    for (const name of pending.createdSheets) {
      if (!backend.hasSheet(name)) continue;
      const used = backend.usedRange(name);
      if (used === null || used.row + used.rows <= 1) {
        backend.deleteSheet(name);
        deleted.push(name);
      }
    }
    const next = indexWithout(backend.getSetting(historyKey), id, pending.asOf, deleted);
    if (next !== undefined) backend.setSetting(historyKey, next);
  }

  /** The Table under the active cell, else the selection, else the current region. */
  function locate(active: { sheet: string; row: number; col: number }): SourceInfo | null {
    const table = backend.tableAt(active.sheet, active.row, active.col);
    if (table) {
      return describeSource(active.sheet, table.range, readBlock(active.sheet, table.range, SAMPLE_ROWS + 1), "table", {
        name: table.name,
        hasHeader: table.hasHeader,
        hasTotals: table.hasTotals,
      });
    }
    const selection = backend.selection();
    if (selection.range.rows * selection.range.cols > 1) {
      return describeSource(selection.sheet, selection.range, readBlock(selection.sheet, selection.range, SAMPLE_ROWS + 1), "selection");
    }
    if (!filled(active.sheet)(active.row, active.col)) return null;
    const region = surroundingRegion(filled(active.sheet), active.row, active.col, SHEET_LIMIT);
    return describeSource(active.sheet, region, readBlock(active.sheet, region, SAMPLE_ROWS + 1), "region");
  }

  return {
    async locateSource(): Promise<SourceInfo | null> {
      const active = backend.activeCell();
      const found = locate(active);
      return found && withSheetId(found, backend.sheetId(found.ref.sheet));
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

    async readFormulas(source: SourceRef, column: number): Promise<(string | null)[]> {
      const out: (string | null)[] = [];
      for (let r = source.range.row + (source.hasHeader ? 1 : 0); r < source.range.row + source.range.rows; r++) {
        const cell = backend.getCell(source.sheet, r, source.range.col + column);
        out.push(isFormulaCell(cell) ? cell.formula : null);
      }
      return out;
    },

    async convertTextNumbers(sheet: string, cells: readonly TextNumberCell[]): Promise<number> {
      let converted = 0;
      for (const c of cells) {
        if (backend.getCell(sheet, c.row, c.col) !== c.text) continue; // changed since: the user's now
        const format = backend.getCellFormat(sheet, c.row, c.col);
        backend.setCell(sheet, c.row, c.col, c.value, format === "@" ? "General" : format);
        converted++;
      }
      return converted;
    },

    async addUserSheet(sheet: NewSheet): Promise<void> {
      if (backend.hasSheet(sheet.name)) throw new Error(`A sheet named ${sheet.name} exists`);
      addNewSheet(sheet);
    },

    async selectCells(sheet: string, cells: readonly { readonly row: number; readonly col: number }[]): Promise<void> {
      backend.selectCells(sheet, cells);
    },

    async firstEmptyColumn(sheet: string, rows: RangeRef, fromCol: number): Promise<number> {
      for (let col = fromCol; ; col++) {
        // A drop-down the user prepared in a column with no values yet is theirs: not empty.
        let empty = !backend.hasValidation(sheet, { row: rows.row, col, rows: rows.rows, cols: 1 });
        for (let r = rows.row; r < rows.row + rows.rows && empty; r++) if (backend.getCell(sheet, r, col) !== null) empty = false;
        if (empty) return col;
      }
    },

    async sheetNames(): Promise<string[]> {
      return backend.sheetNames();
    },

    async findOccupied(plan: SegmentPlan, limit: number, replaces?: SavedSegmentation): Promise<OccupiedReport> {
      return occupied(replaces ? probeOf(plan, { ...replaces, footprint: resolve(replaces.footprint).footprint }) : plan, limit);
    },

    async apply(plan: SegmentPlan, options: ApplyOptions = {}): Promise<SavedSegmentation> {
      const allowed = options.overwrite ?? [];
      const replaces = options.replaces;
      // The earlier output as it is now: only what is still its own counts as its own.
      const earlier = replaces ? resolve(replaces.footprint) : null;
      const checked = replaces && earlier ? probeOf(plan, { ...replaces, footprint: earlier.footprint }) : plan;
      const report = occupied(checked, Number.MAX_SAFE_INTEGER);
      checkConsent(report, allowed, checked.sheets.map((sheet) => sheet.name));
      const planned: SavedSegmentation = { ...plan.saved, footprint: { ...plan.saved.footprint, restore: restoredCells(plan, report.cells, replaces && earlier ? { ...replaces, footprint: earlier.footprint } : undefined) } };
      let saved = planned;
      const marking = markingOf(saved, plan, replaces);
      let appended: CellBlock | null = null;
      const created: string[] = [];
      const made: string[] = [];
      const previousIndex = plan.history ? backend.getSetting(historyKey) : null;
      try {
        // Listed from the first write on, owning all this step may write (as Office.js does).
        backend.setSetting(settingKey(plan.id), JSON.stringify(marking));
        // A refresh: the earlier output goes first, in this same step (only what is still its own).
        if (replaces && earlier) undoResolved(earlier.footprint, namesOf(replaces.footprint));
        // Data first, then formatting, then the summary, then the settings: the order Office.js uses too.
        // Each piece is named as soon as it is there, so the names follow it through the user's edits.
        const fp = planned.footprint;
        if (fp.source) backend.setName(fp.source, plan.saved.source.sheet, plan.saved.source.range);
        for (const block of plan.writes) {
          for (const cell of report.cells) if (block.sheet === cell.sheet && contains(block.range, cell.row, cell.col)) backend.setCell(cell.sheet, cell.row, cell.col, null);
          // Column widths stay the user's: Remove could not tell a width we set from one they chose since.
          writeBlock(block);
        }
        fp.cells.forEach(nameAt);
        plan.validations.forEach((v, i) => {
          backend.addValidation(v);
          nameAt(fp.validations[i]);
        });
        for (const rules of plan.rules) backend.addRules(rules);
        for (const mark of plan.marks ?? []) backend.addMark(mark);
        fp.rules.forEach(nameAt);
        // History: create the sheet, clear the replaced snapshot, append below (nothing else is touched).
        const history = plan.history;
        if (history) {
          for (const h of history.createSheets) {
            if (backend.hasSheet(h.name)) continue;
            backend.addSheet(h.name);
            created.push(h.name);
            h.header.forEach((text, c) => backend.setCell(h.name, 0, c, text));
            for (let c = 0; c < h.header.length; c++) backend.setStyle(h.name, 0, c, { bold: true });
            h.widths.forEach((w, c) => backend.setColumnWidth(h.name, c, w));
          }
          for (const c of history.clear) clearRange(c.sheet, c.range);
          if (history.append) {
            appended = history.append;
            writeBlock(history.append);
          }
        }
        plan.sheets.forEach((sheet, i) => {
          addNewSheet(sheet, fp.sheetMarks?.[i]?.name);
          made.push(sheet.name);
        });
        saved = withSheetIds(planned);
        if (history) backend.setSetting(historyKey, history.index);
        backend.setSetting(settingKey(plan.id), JSON.stringify(saved));
      } catch (error) {
        undo(marking, !replaces);
        // The sheets this step created are its own whatever their marks say (none existed before: checked above).
        for (const name of made) if (backend.hasSheet(name)) backend.deleteSheet(name);
        // Only our own new rows: a replaced snapshot stays cleared (the user asked to replace it).
        if (appended) clearRange(appended.sheet, appended.range);
        for (const name of created) if (backend.hasSheet(name)) backend.deleteSheet(name);
        if (plan.history && backend.getSetting(historyKey) !== previousIndex) backend.setSetting(historyKey, previousIndex);
        // A failed refresh leaves the segmentation listed (Refresh finishes it, Remove takes it away).
        if (replaces) backend.setSetting(settingKey(plan.id), JSON.stringify(afterFailedRefresh(marking, replaces)));
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
        .map((s) => locateSaved(s, lookups))
        .sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
    },

    async remove(id: string): Promise<RemoveReport> {
      const raw = backend.getSetting(settingKey(id));
      if (raw === null) return { kept: [], notRestored: [], dataSheetGone: false };
      const saved = JSON.parse(raw) as SavedSegmentation;
      if (saved.pendingHistory) dropPendingHistory(saved.id, saved.pendingHistory);
      const done = undo(saved);
      return { kept: done.kept, notRestored: done.notRestored, dataSheetGone: locateSaved(saved, lookups).problem === "dataSheetGone" };
    },

    async colourRowsBy(id: string, at: string): Promise<void> {
      const raw = backend.getSetting(settingKey(id));
      if (raw === null) return;
      const saved = JSON.parse(raw) as SavedSegmentation;
      // Where its rules are now (the user may have inserted columns), and only those still ours.
      const rules = resolve(saved.footprint).footprint.rules;
      for (const r of [...rules].reverse()) if (backend.hasSheet(r.sheet)) backend.raiseRules(r.sheet, r.range, r.formulas);
      backend.setSetting(settingKey(id), JSON.stringify({ ...saved, colouredAt: at }));
    },

    async owned(saved: SavedSegmentation): Promise<Footprint> {
      return ownedNow(saved.footprint, resolve(saved.footprint));
    },

    async currentSource(source: SourceRef): Promise<SourceRef> {
      if (source.table) {
        const found = backend.findTable(source.table);
        if (found) return { sheet: found.sheet, range: found.table.range, hasHeader: found.table.hasHeader, table: found.table.name, ...(found.table.hasTotals ? { tableTotals: true as const } : {}) };
      }
      if (!backend.hasSheet(source.sheet)) return source;
      const isFilled = filled(source.sheet);
      const region = surroundingRegion(isFilled, source.range.row, source.range.col, SHEET_LIMIT);
      return clipToSource(source, region, (row) => {
        for (let c = source.range.col; c < source.range.col + source.range.cols; c++) if (isFilled(row, c)) return true;
        return false;
      });
    },

    async readRange(sheet: string, range: RangeRef): Promise<unknown[][] | null> {
      if (!backend.hasSheet(sheet)) return null;
      return readBlock(sheet, range, range.rows);
    },

    async usedRange(sheet: string): Promise<RangeRef | null> {
      return backend.hasSheet(sheet) ? backend.usedRange(sheet) : null;
    },

    async readSetting(key: string): Promise<string | null> {
      return backend.getSetting(key);
    },

    async replaceSheet(id: string, sheet: NewSheet): Promise<void> {
      const raw = backend.getSetting(settingKey(id));
      if (raw === null) throw new Error(`No segmentation ${id}`);
      const saved = JSON.parse(raw) as SavedSegmentation;
      const located = locateFootprint(saved.footprint, lookups);
      const owned = located.sheets.some((s) => s !== null && s.toLowerCase() === sheet.name.toLowerCase());
      if (backend.hasSheet(sheet.name)) {
        // A sheet of that name that is not ours (by id or marker) is the user's, whatever it is called.
        if (!owned) throw new OccupiedError({ cells: [{ sheet: sheet.name, row: 0, col: 0, content: "(sheet exists)" }], total: 1 });
        backend.deleteSheet(sheet.name);
      }
      const entry = withOwnSheet(saved, located, sheet.name);
      addNewSheet(sheet, entry.footprint.sheetMarks?.[entry.index]?.name);
      backend.setSetting(settingKey(id), JSON.stringify({ ...saved, footprint: noteSheetId(entry.footprint, entry.index, backend.sheetId(sheet.name)) }));
    },

    async deleteHistory(sheets: readonly string[], indexKey: string): Promise<void> {
      for (const sheet of sheets) if (backend.hasSheet(sheet)) backend.deleteSheet(sheet);
      backend.setSetting(indexKey, null);
    },
  };
}

/**
 * Excel's error values. A grid backend holds them as their text (ExcelJS reads an error result as
 * "#N/A"); Excel itself turns "#N/A" typed into a cell into the error, so reading the text back as
 * the error is what Excel would show (Office.js says so by valueTypes "Error", officeAdapter.ts).
 */
const ERROR_TEXTS = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** A cell's value as the engine reads it: the cached value of a formula, null when empty, an error as { code }. */
function valueOf(backend: GridBackend, sheet: string, row: number, col: number): unknown {
  const cell = backend.getCell(sheet, row, col);
  const value = isFormulaCell(cell) ? cell.value : cell;
  return typeof value === "string" && ERROR_TEXTS.has(value) ? { code: value } : value;
}

