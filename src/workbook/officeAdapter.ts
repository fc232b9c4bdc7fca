/**
 * The WorkbookPort for Excel, through Office.js. Follows the rules of architecture.md:
 * - reads and writes go in row blocks (blocks.ts) under the 5 MB request limit, one
 *   `context.sync()` per block, data before formatting;
 * - conditional formats are one custom rule per class (ExcelApi 1.6), never per-row fills;
 * - settings live in `workbook.settings` (ExcelApi 1.4), one key per segmentation;
 * - nothing is written over a non-empty cell unless the user agreed (OccupiedError otherwise),
 *   and a failed apply takes back what it had done.
 * `run` is injected (Excel.run in the add-in, a fake in tests); enum values are passed as their
 * string forms ("Custom", "Pareto"), so this file needs no Excel global at load time.
 */
import { cellA1, parseRange, RangeRef, rangeA1, sheetPrefix } from "./address";
import { BlockLimits, DEFAULT_LIMITS, jsonBytes, nextReadRows, splitRows } from "./blocks";
import { officeFormulaCell } from "./officeText";
import { IsSetSupported, mayWidenTable, officeIsSetSupported, TABLE_RESIZE_EXCEL_API, TableResizeUnsupportedError } from "./excelRequirements";
import { HISTORY_INDEX_KEY } from "./history";
import { clipToSource } from "./model/region";
import { afterFailedRefresh, checkConsent, indexWithout, markingOf, pendingRuns, probeOf, restoredCells } from "./footprint";
import { CellBlock, CellInput, Footprint, MarkRule, NewSheet, PendingHistory, RuleSet, SavedSegmentation, SegmentPlan, settingKey, SETTING_PREFIX, SourceRef } from "./plan";
import { ApplyOptions, DROP_DOWN_IN_THE_WAY, OccupiedCell, OccupiedError, OccupiedReport, SourceInfo, TextNumberCell, WorkbookPort } from "./port";
import { addName, deleteNames, loadLookups, locateAll, resolveInExcel } from "./officeOwnership";
import { readInRowBlocks } from "./officeRead";
import { locateFootprint, locateSaved, namesOf, ownedNow, Resolution, withOwnSheet } from "./ownership";
import { describeSource, SAMPLE_ROWS, withSheetId } from "./sourceInfo";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeAdapterOptions {
  readonly run: ExcelRun;
  readonly limits?: BlockLimits;
  /** Largest used range whose contents the overwrite check loads to list the cells. */
  readonly occupiedScanLimit?: number;
  /** Office.context.requirements.isSetSupported (default); tests inject the fake's answer. */
  readonly isSetSupported?: IsSetSupported;
}

/** Cells as the engine reads them: Excel's error values become { code } objects. */
function readCells(values: unknown[][], types: string[][]): unknown[][] {
  return values.map((row, r) => row.map((v, c) => (types[r]?.[c] === "Error" ? { code: String(v) } : v === "" ? null : v)));
}

/**
 * A cell as read back: a formula when `formulas` starts with "=" and differs from `values`.
 * Text that merely starts with "=" (typed with an apostrophe) reads the same in both.
 */
function cellContent(formula: unknown, value: unknown): CellInput {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula, value: value as string | number | boolean };
  return formula as string | number | boolean;
}

/** One row of number formats for a block, exactly as wide as the block (Office refuses a mismatch). */
function formatRow(block: CellBlock): string[] | null {
  if (!block.numberFormats) return null;
  return Array.from({ length: block.range.cols }, (_, c) => block.numberFormats?.[c] ?? "General");
}


/** A conditional format that may be one of ours: a custom rule on the range of footprint rule `index`. */
interface RuleCandidate {
  readonly cf: Excel.ConditionalFormat;
  readonly range: Excel.Range;
  readonly index: number;
}

/** Queues loading the conditional formats on each rule's range (read after the next sync). */
function loadRuleSets(context: Excel.RequestContext, rules: Footprint["rules"]): Excel.ConditionalFormatCollection[] {
  return rules.map((r) => {
    const formats = context.workbook.worksheets.getItem(r.sheet).getRange(rangeA1(r.range)).conditionalFormats;
    formats.load("items/type");
    return formats;
  });
}

/** Only custom rules can be ours: queues loading their formulas and ranges (read after the next sync). */
function customRuleCandidates(formatSets: readonly Excel.ConditionalFormatCollection[]): RuleCandidate[] {
  const candidates: RuleCandidate[] = [];
  formatSets.forEach((formats, index) =>
    formats.items.forEach((cf) => {
      if (cf.type !== "Custom") return;
      cf.custom.rule.load("formula");
      const range = cf.getRangeOrNullObject();
      range.load("address");
      candidates.push({ cf, range, index });
    }),
  );
  return candidates;
}

/** Exactly ours: on the very range we wrote, with one of the formulas we wrote there. */
function isOurRule({ cf, range, index }: RuleCandidate, rules: Footprint["rules"]): boolean {
  const rule = rules[index];
  return !range.isNullObject && rangeA1(parseRange(range.address)) === rangeA1(rule.range) && rule.formulas.includes(cf.custom.rule.formula);
}

export function createOfficeAdapter(options: OfficeAdapterOptions): WorkbookPort {
  const run = options.run;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const scanLimit = options.occupiedScanLimit ?? 20_000;
  // Table.resize needs ExcelApi 1.13 (excelRequirements.ts): without it, a request that resizes is refused whole.
  const canResizeTables = (): boolean => (options.isSetSupported ?? officeIsSetSupported)("ExcelApi", TABLE_RESIZE_EXCEL_API);

  async function occupied(context: Excel.RequestContext, plan: SegmentPlan, limit: number): Promise<OccupiedReport> {
    const used = plan.writes.map((w) => {
      const r = context.workbook.worksheets.getItem(w.sheet).getRange(rangeA1(w.range)).getUsedRangeOrNullObject(true);
      r.load("rowIndex,columnIndex,rowCount,columnCount,cellCount");
      return r;
    });
    const sheets = plan.sheets.map((s) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(s.name);
      ws.load("name");
      return ws;
    });
    const lists = plan.validations.map((v) => {
      const dv = context.workbook.worksheets.getItem(v.sheet).getRange(rangeA1(v.range)).dataValidation;
      dv.load("type");
      return dv;
    });
    await context.sync();
    const cells: OccupiedCell[] = [];
    let total = 0;
    lists.forEach((dv, i) => {
      if (dv.type === "None") return;
      const v = plan.validations[i];
      total++;
      if (cells.length < limit) cells.push({ sheet: v.sheet, row: v.range.row, col: v.range.col, content: DROP_DOWN_IN_THE_WAY });
    });
    const toScan: { sheet: string; range: Excel.Range }[] = [];
    used.forEach((r, i) => {
      if (r.isNullObject) return;
      if (r.cellCount <= scanLimit) {
        r.load("formulas,values");
        toScan.push({ sheet: plan.writes[i].sheet, range: r });
      } else total += r.cellCount; // too many to list: counted, and the pane offers no overwrite
    });
    if (toScan.length) {
      await context.sync();
      for (const { sheet, range } of toScan) {
        range.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === "" || f === null) return;
            total++;
            if (cells.length < limit) cells.push({ sheet, row: range.rowIndex + r, col: range.columnIndex + c, content: cellContent(f, range.values[r][c]) });
          }),
        );
      }
    }
    sheets.forEach((ws, i) => {
      if (ws.isNullObject) return;
      total++;
      if (cells.length < limit) cells.push({ sheet: plan.sheets[i].name, row: 0, col: 0, content: "(sheet exists)" });
    });
    return { cells, total };
  }

  /** Writes one block of cells in row blocks, one sync each. */
  async function writeBlock(context: Excel.RequestContext, block: CellBlock): Promise<void> {
    const ws = context.workbook.worksheets.getItem(block.sheet);
    const rows = block.cells.map((row) => row.map(officeFormulaCell));
    const formats = formatRow(block);
    const extra = formats ? jsonBytes(formats) + 1 : 0; // UTF-8 bytes of its row of formats and comma
    for (const [from, to] of splitRows(rows, limits, extra)) {
      const range = ws.getRangeByIndexes(block.range.row + from, block.range.col, to - from, block.range.cols);
      range.formulas = rows.slice(from, to);
      if (formats) range.numberFormat = rows.slice(from, to).map(() => [...formats]);
      await context.sync();
    }
  }

  function addRules(context: Excel.RequestContext, set: RuleSet): void {
    const range = context.workbook.worksheets.getItem(set.sheet).getRange(rangeA1(set.range));
    set.rules.forEach((rule, i) => {
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.tone.fill;
      cf.custom.format.font.color = rule.tone.font;
      // Newest segmentation on top, so its colours show where two overlap.
      cf.priority = i;
    });
  }

  /** Bold and a line above and below the row: no fill, no text colour, so the class colours still show. */
  function addMark(context: Excel.RequestContext, mark: MarkRule): void {
    const range = context.workbook.worksheets.getItem(mark.sheet).getRange(rangeA1(mark.range));
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = mark.formula;
    cf.custom.format.font.bold = true;
    for (const edge of ["EdgeTop", "EdgeBottom"] as const) {
      const border = cf.custom.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = mark.border;
    }
  }

  /**
   * Queues a new sheet with its blocks, fills, widths and charts (no sync); its marker name (ownership.ts)
   * goes right after the sheet, before anything is written on it.
   */
  function addSheet(context: Excel.RequestContext, sheet: NewSheet, mark?: string): void {
    const ws = context.workbook.worksheets.add(sheet.name);
    if (mark) addName(context, mark, sheet.name, { row: 0, col: 0, rows: 1, cols: 1 });
    for (const block of sheet.blocks) {
      const range = ws.getRangeByIndexes(block.range.row, block.range.col, block.range.rows, block.range.cols);
      range.formulas = block.cells.map((row) => row.map(officeFormulaCell));
      const formats = formatRow(block);
      if (formats) range.numberFormat = block.cells.map(() => [...formats]);
    }
    for (const fill of sheet.fills) {
      const f = ws.getRangeByIndexes(fill.range.row, fill.range.col, fill.range.rows, fill.range.cols).format;
      f.fill.color = fill.tone.fill;
      f.font.color = fill.tone.font;
      f.font.bold = true;
    }
    for (const row of sheet.boldRows) ws.getRangeByIndexes(row, 0, 1, sheet.columnWidths.length).format.font.bold = true;
    // Our widths are in characters (as ExcelJS); Office wants points: ~6 points per character.
    sheet.columnWidths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
    for (const chart of sheet.charts) {
      // ChartCollection.add(type, sourceData, seriesBy): "Columns" makes each class column a series,
      // its header the series name, the first column's text the categories.
      const c = chart.kind === "pareto" ? ws.charts.add("Pareto", ws.getRange(rangeA1(chart.data)), "Auto") : ws.charts.add("ColumnStacked", ws.getRange(rangeA1(chart.data)), "Columns");
      c.title.text = chart.title;
      c.setPosition(cellA1(chart.anchor.row, chart.anchor.col), cellA1(chart.anchor.row + chart.anchor.rows - 1, chart.anchor.col + chart.anchor.cols - 1));
    }
  }

  /** A block of cells as the engine reads them, in row blocks under the request limit (one sync each). */
  function readValues(context: Excel.RequestContext, ws: Excel.Worksheet, range: RangeRef): Promise<unknown[][]> {
    return readInRowBlocks(context, ws, range, limits, "values,valueTypes", 48, (r) => ({
      rows: readCells(r.values, r.valueTypes as string[][]),
      bytes: jsonBytes(r.values) + jsonBytes(r.valueTypes),
    }));
  }

  /**
   * The snapshot an unfinished apply or refresh was adding: its rows (only those carrying its
   * segmentation id and date), a history sheet it started if nothing but the header is left, and
   * its entry in the history index.
   */
  async function dropPendingHistory(context: Excel.RequestContext, id: string, pending: PendingHistory): Promise<void> {
    const wb = context.workbook;
    if (pending.rows) {
      const ws = wb.worksheets.getItemOrNullObject(pending.rows.sheet);
      ws.load("name");
      await context.sync();
      if (!ws.isNullObject) {
        const rows = await readValues(context, ws, { ...pending.rows.range, col: 0, cols: Math.max(4, pending.rows.range.cols) });
        for (const run of pendingRuns(rows, pending.rows.range, id, pending.asOf)) ws.getRange(rangeA1(run)).clear("Contents");
      }
    }
    const started = pending.createdSheets.map((name) => {
      const ws = wb.worksheets.getItemOrNullObject(name);
      ws.load("name");
      return { name, ws };
    });
    const index = wb.settings.getItemOrNullObject(HISTORY_INDEX_KEY);
    index.load("value");
    await context.sync();
    const present = started
      .filter((s) => !s.ws.isNullObject)
      .map((s) => {
        const used = s.ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        return { ...s, used };
      });
    if (present.length) await context.sync();
    const deleted: string[] = [];
    for (const s of present) {
      if (s.used.isNullObject || s.used.rowIndex + s.used.rowCount <= 1) {
        s.ws.delete();
        deleted.push(s.name);
      }
    }
    const next = indexWithout(index.isNullObject ? null : String(index.value), id, pending.asOf, deleted);
    if (next === null) wb.settings.getItemOrNullObject(HISTORY_INDEX_KEY).delete();
    else if (next !== undefined) wb.settings.add(HISTORY_INDEX_KEY, next);
    await context.sync();
  }

  /**
   * Excel may have widened the source Table over our columns (AutoCorrect) and the connection
   * was lost before the apply put it back: shrink it to the source's columns again, keeping its
   * current rows. Only when every extra column is one of ours: a Table the user widened over
   * their own columns stays as it is.
   */
  function unwidenTable(table: Excel.Table, range: Excel.Range, source: SourceRef, footprint: Footprint): void {
    if (table.isNullObject || range.columnIndex !== source.range.col || range.columnCount <= source.range.cols) return;
    if (!canResizeTables()) return; // an old Excel: the Table stays wider, the rest of Remove still goes through
    for (let col = source.range.col + source.range.cols; col < range.columnIndex + range.columnCount; col++) {
      if (!footprint.cells.some((c) => c.sheet === source.sheet && col >= c.range.col && col < c.range.col + c.range.cols)) return;
    }
    table.resize(`${sheetPrefix(source.sheet)}${rangeA1({ row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: source.range.cols })}`);
  }

  /**
   * Takes away a footprint already resolved to what is still ours (officeOwnership.ts), with the
   * names of `names`; deletes the setting `key` too unless it is null (a refresh keeps it).
   */
  /** Resolves `fp` to what is still ours, then takes it away. */
  async function undoOwned(context: Excel.RequestContext, fp: Footprint, key: string | null, source?: SourceRef): Promise<Resolution> {
    const { resolution, names } = await resolveInExcel(context, fp, limits);
    await undo(context, resolution.footprint, key, source, names);
    return resolution;
  }

  async function undo(context: Excel.RequestContext, footprint: Footprint, key: string | null, source?: SourceRef, names: readonly string[] = []): Promise<void> {
    const wb = context.workbook;
    const table = source?.table ? wb.tables.getItemOrNullObject(source.table) : null;
    table?.load("name");
    const sheets = footprint.sheets.map((name) => {
      const ws = wb.worksheets.getItemOrNullObject(name);
      ws.load("name");
      return ws;
    });
    const formatSets = loadRuleSets(context, footprint.rules);
    await context.sync();
    const candidates = customRuleCandidates(formatSets);
    const tableRange = table && !table.isNullObject ? table.getRange() : null;
    tableRange?.load("rowIndex,columnIndex,rowCount,columnCount");
    if (candidates.length || tableRange) await context.sync();
    if (table && tableRange && source) unwidenTable(table, tableRange, source, footprint);
    for (const candidate of candidates) if (isOurRule(candidate, footprint.rules)) candidate.cf.delete();
    sheets.forEach((ws) => {
      if (!ws.isNullObject) ws.delete();
    });
    for (const v of footprint.validations) wb.worksheets.getItem(v.sheet).getRange(rangeA1(v.range)).dataValidation.clear();
    // Contents only: we never formatted cells of existing sheets, so their formats stay as they were.
    for (const c of footprint.cells) wb.worksheets.getItem(c.sheet).getRange(rangeA1(c.range)).clear("Contents");
    for (const c of footprint.restore) wb.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).formulas = [[officeFormulaCell(c.content)]];
    deleteNames(context, names);
    if (key !== null) wb.settings.getItemOrNullObject(key).delete();
    await context.sync();
  }

  return {
    locateSource: () =>
      run(async (context) => {
        const wb = context.workbook;
        const active = wb.getActiveCell();
        active.load("rowIndex,columnIndex");
        active.worksheet.load("name,id");
        const tables = active.getTables(false);
        tables.load("items/name,items/showHeaders,items/showTotals");
        const selected = wb.getSelectedRange();
        selected.load("cellCount");
        await context.sync();
        let range: Excel.Range;
        let found: SourceInfo["found"];
        const table = tables.items[0];
        if (table) {
          range = table.getRange();
          found = "table";
        } else if (selected.cellCount > 1) {
          range = selected;
          found = "selection";
        } else {
          range = active.getSurroundingRegion();
          found = "region";
        }
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        const ref: RangeRef = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
        const top = active.worksheet.getRangeByIndexes(ref.row, ref.col, Math.min(ref.rows, SAMPLE_ROWS + 1), ref.cols);
        top.load("values,valueTypes");
        await context.sync();
        const rows = readCells(top.values, top.valueTypes as string[][]);
        if (found === "region" && ref.rows * ref.cols === 1 && rows[0]?.[0] === null) return null;
        return withSheetId(describeSource(active.worksheet.name, ref, rows, found, table ? { name: table.name, hasHeader: table.showHeaders, hasTotals: table.showTotals } : undefined), active.worksheet.id);
      }),

    readColumns: (source: SourceRef, columns: readonly number[]) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(source.sheet);
        const header = source.hasHeader ? 1 : 0;
        const first = source.range.row + header;
        const count = source.range.rows - header;
        const out: unknown[][] = columns.map(() => []);
        // values + valueTypes per cell: assume ~48 bytes per column until the first block tells us.
        let rowsPerBlock = nextReadRows(limits, 48 * Math.max(1, columns.length));
        for (let done = 0; done < count; ) {
          const n = Math.min(rowsPerBlock, count - done);
          const ranges = columns.map((offset) => {
            const r = ws.getRangeByIndexes(first + done, source.range.col + offset, n, 1);
            r.load("values,valueTypes");
            return r;
          });
          await context.sync();
          let bytes = 0;
          ranges.forEach((r, k) => {
            bytes += jsonBytes(r.values) + jsonBytes(r.valueTypes); // UTF-8 bytes, as the budget counts
            for (const row of readCells(r.values, r.valueTypes as string[][])) out[k].push(row[0]);
          });
          done += n;
          rowsPerBlock = nextReadRows(limits, bytes / n);
        }
        return out;
      }),

    firstEmptyColumn: (sheet: string, rows: RangeRef, fromCol: number) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (let start = fromCol; ; start += 8) {
          const columns = Array.from({ length: 8 }, (_, k) => {
            const column = ws.getRangeByIndexes(rows.row, start + k, rows.rows, 1);
            const used = column.getUsedRangeOrNullObject(true);
            used.load("address");
            // A drop-down the user prepared in a column with no values yet is theirs: not empty.
            column.dataValidation.load("type");
            return { used, validation: column.dataValidation };
          });
          await context.sync();
          const k = columns.findIndex((c) => c.used.isNullObject && c.validation.type === "None");
          if (k >= 0) return start + k;
        }
      }),

    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),

    findOccupied: (plan: SegmentPlan, limit: number, replaces?: SavedSegmentation) =>
      run(async (context) => {
        if (!replaces) return occupied(context, plan, limit);
        const { resolution } = await resolveInExcel(context, replaces.footprint, limits);
        return occupied(context, probeOf(plan, { ...replaces, footprint: resolution.footprint }), limit);
      }),

    apply: (plan: SegmentPlan, applyOptions: ApplyOptions = {}) =>
      run(async (context) => {
        // Excel may widen a Table when cells right beside it are filled: note its size before any
        // write (this load rides on the check's request) to put it back afterwards.
        const tableName = plan.saved.source.table;
        const table = tableName ? context.workbook.tables.getItemOrNullObject(tableName) : null;
        table?.load("name");
        const before = table ? table.getRange() : null;
        before?.load("address");
        // The history index as it was, to put back if the apply fails after saving the new one.
        const previousIndex = plan.history ? context.workbook.settings.getItemOrNullObject(HISTORY_INDEX_KEY) : null;
        previousIndex?.load("value");
        const replaces = applyOptions.replaces;
        // The earlier output as it is now: only what is still its own counts as its own.
        const earlier = replaces ? await resolveInExcel(context, replaces.footprint, limits) : null;
        const replacesNow = replaces && earlier ? { ...replaces, footprint: earlier.resolution.footprint } : undefined;
        const checked = replacesNow ? probeOf(plan, replacesNow) : plan;
        const report = await occupied(context, checked, Number.MAX_SAFE_INTEGER);
        checkConsent(report, applyOptions.overwrite ?? [], checked.sheets.map((sheet) => sheet.name));
        // Writing beside a Table may widen it, and putting it back needs Table.resize: refuse before writing if this Excel lacks it.
        if (tableName && before && !table?.isNullObject && !canResizeTables() && mayWidenTable(plan.writes, plan.saved.source.sheet, before.address)) throw new TableResizeUnsupportedError(tableName);
        const saved: SavedSegmentation = { ...plan.saved, footprint: { ...plan.saved.footprint, restore: restoredCells(plan, report.cells, replacesNow), named: true } };
        // The marking goes first, before any name exists: it must not count on them.
        const marking = markingOf({ ...saved, footprint: { ...saved.footprint, named: false } }, plan, replaces);
        const fp = saved.footprint;
        let appended: CellBlock | null = null;
        try {
          // The marking goes with the first write (queued first, so Excel stores it first): a step cut
          // off anywhere (connection lost) is listed, owning all it may have written, and Remove takes it away.
          context.workbook.settings.add(settingKey(plan.id), JSON.stringify(marking));
          // A refresh: the earlier output goes first (its rules, sheets, cells), in this same step.
          if (replaces && earlier) await undo(context, earlier.resolution.footprint, null, replaces.source, earlier.names);
          for (const block of plan.writes) await writeBlock(context, block);
          // No RangeFormat.autofitColumns on the user's sheet: a column's width is a property of the
          // user's column, and Remove could not tell a width we set from one the user chose since.
          // Every piece is named where it was written, in the formatting request: Excel moves the names with the cells.
          for (const place of [...fp.cells, ...fp.rules, ...fp.validations]) if (place.name) addName(context, place.name, place.sheet, place.range);
          if (fp.source) addName(context, fp.source, plan.saved.source.sheet, plan.saved.source.range);
          // Formatting after data, all in one request: validations, one rule per class, the flags.
          for (const v of plan.validations) {
            context.workbook.worksheets.getItem(v.sheet).getRange(rangeA1(v.range)).dataValidation.rule = {
              list: { inCellDropDown: true, source: v.items.join(",") },
            };
          }
          for (const set of plan.rules) addRules(context, set);
          for (const mark of plan.marks ?? []) addMark(context, mark);
          // History: a new history sheet gets its header; the replaced snapshot's rows are cleared.
          const history = plan.history;
          for (const h of history?.createSheets ?? []) {
            const ws = context.workbook.worksheets.add(h.name);
            const header = ws.getRangeByIndexes(0, 0, 1, h.header.length);
            header.formulas = [h.header.map(officeFormulaCell)];
            header.format.font.bold = true;
            // Width 0: a column the code reads and a person does not (Range.columnHidden, ExcelApi 1.2).
            h.widths.forEach((w, c) => {
              const column = ws.getRangeByIndexes(0, c, 1, 1);
              if (w === 0) column.columnHidden = true;
              else column.format.columnWidth = w * 6;
            });
          }
          for (const c of history?.clear ?? []) context.workbook.worksheets.getItem(c.sheet).getRange(rangeA1(c.range)).clear("Contents");
          const after = table ? table.getRange() : null;
          after?.load("address");
          await context.sync();
          if (table && before && after && !table.isNullObject && after.address !== before.address) {
            if (!canResizeTables()) throw new TableResizeUnsupportedError(table.name); // widened where no write was beside it: roll back
            table.resize(before.address);
          }
          // The snapshot's rows, appended below the history in blocks (one request each).
          if (history?.append) {
            appended = history.append;
            await writeBlock(context, history.append);
          }
          // The summary and transitions sheets and the settings in one last request.
          // Each with its marker: a name on the new sheet, which follows a rename and dies with the sheet.
          plan.sheets.forEach((sheet, i) => addSheet(context, sheet, fp.sheetMarks?.[i]?.name));
          if (history) context.workbook.settings.add(HISTORY_INDEX_KEY, history.index);
          context.workbook.settings.add(settingKey(plan.id), JSON.stringify(saved));
          await context.sync();
        } catch (error) {
          // A Table Excel widened before the failure goes back to its size (sent with the undo's request).
          if (table && before && !table.isNullObject && canResizeTables()) table.resize(before.address);
          await undoOwned(context, marking.footprint, replaces ? null : settingKey(plan.id)).catch(() => undefined);
          // Our own new history rows (and a history sheet this apply started) go too; a replaced
          // snapshot stays cleared (the user asked to replace it).
          try {
            // History sheets this apply started, and its new sheets (none of those names existed: checked above).
            const made = [...(plan.history?.createSheets ?? []), ...plan.sheets].map((h) => {
              const ws = context.workbook.worksheets.getItemOrNullObject(h.name);
              ws.load("name");
              return ws;
            });
            if (appended) context.workbook.worksheets.getItem(appended.sheet).getRange(rangeA1(appended.range)).clear("Contents");
            if (appended || made.length) await context.sync();
            made.forEach((ws) => (ws.isNullObject ? undefined : ws.delete()));
            if (previousIndex) {
              if (previousIndex.isNullObject) context.workbook.settings.getItemOrNullObject(HISTORY_INDEX_KEY).delete();
              else context.workbook.settings.add(HISTORY_INDEX_KEY, previousIndex.value);
            }
            // A failed refresh leaves the segmentation listed (Refresh finishes it, Remove takes it away).
            if (replaces) context.workbook.settings.add(settingKey(plan.id), JSON.stringify(afterFailedRefresh(marking, replaces)));
            if (made.length || previousIndex || replaces) await context.sync();
          } catch {
            // Best effort: the error that matters is the one being rethrown.
          }
          throw error;
        }
        return saved;
      }),

    listSaved: () =>
      run(async (context) => {
        const settings = context.workbook.settings;
        settings.load("items/key,items/value");
        await context.sync();
        const list = settings.items.filter((s) => s.key.startsWith(SETTING_PREFIX)).map((s) => JSON.parse(String(s.value)) as SavedSegmentation);
        return (await locateAll(context, list)).sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
      }),

    remove: (id: string) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(settingKey(id));
        setting.load("value");
        await context.sync();
        if (setting.isNullObject) return { kept: [], notRestored: [], dataSheetGone: false };
        const saved = JSON.parse(String(setting.value)) as SavedSegmentation;
        if (saved.pendingHistory) await dropPendingHistory(context, saved.id, saved.pendingHistory);
        const { resolution, names, look } = await resolveInExcel(context, saved.footprint, limits);
        await undo(context, resolution.footprint, settingKey(id), saved.source, names);
        return { kept: resolution.kept, notRestored: resolution.notRestored, dataSheetGone: locateSaved(saved, look).problem === "dataSheetGone" };
      }),

    colourRowsBy: (id: string, at: string) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(settingKey(id));
        setting.load("value");
        await context.sync();
        if (setting.isNullObject) return;
        const saved = JSON.parse(String(setting.value)) as SavedSegmentation;
        const { resolution } = await resolveInExcel(context, saved.footprint, limits);
        const rules = resolution.footprint.rules;
        const formatSets = loadRuleSets(context, rules);
        await context.sync();
        const candidates = customRuleCandidates(formatSets);
        if (candidates.length) await context.sync();
        // Exactly ours, as Remove finds them. Priority 0 is the top of the sheet's rules
        // (ConditionalFormat.priority): set last to first, so ours keep their order.
        const ours = candidates.filter((candidate) => isOurRule(candidate, rules));
        for (const { cf } of ours.reverse()) cf.priority = 0;
        context.workbook.settings.add(settingKey(id), JSON.stringify({ ...saved, colouredAt: at }));
        await context.sync();
      }),

    owned: (saved: SavedSegmentation) => run(async (context) => ownedNow(saved.footprint, (await resolveInExcel(context, saved.footprint, limits)).resolution)),

    currentSource: (source: SourceRef) =>
      run(async (context) => {
        if (source.table) {
          const table = context.workbook.tables.getItemOrNullObject(source.table);
          table.load("name,showHeaders,showTotals");
          await context.sync();
          if (!table.isNullObject) {
            const range = table.getRange();
            range.load("rowIndex,columnIndex,rowCount,columnCount");
            table.worksheet.load("name");
            await context.sync();
            return {
              sheet: table.worksheet.name,
              range: { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
              hasHeader: table.showHeaders,
              table: table.name,
              ...(table.showTotals ? { tableTotals: true as const } : {}),
            };
          }
        }
        const ws = context.workbook.worksheets.getItem(source.sheet);
        const region = ws.getRangeByIndexes(source.range.row, source.range.col, 1, 1).getSurroundingRegion();
        region.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        const regionRef: RangeRef = { row: region.rowIndex, col: region.columnIndex, rows: region.rowCount, cols: region.columnCount };
        const bottom = region.rowIndex + region.rowCount - 1;
        if (bottom < source.range.row) return source;
        // The last row with data in the source's own columns (our columns beside it do not count).
        const used = ws.getRangeByIndexes(source.range.row, source.range.col, bottom - source.range.row + 1, source.range.cols).getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        const lastRow = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
        return clipToSource(source, regionRef, (row) => row <= lastRow);
      }),

    readFormulas: (source: SourceRef, column: number) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(source.sheet);
        const header = source.hasHeader ? 1 : 0;
        const range: RangeRef = { row: source.range.row + header, col: source.range.col + column, rows: source.range.rows - header, cols: 1 };
        const rows = await readInRowBlocks(context, ws, range, limits, "formulas", 24, (r) => ({ rows: r.formulas, bytes: jsonBytes(r.formulas) }));
        return rows.map((row) => (typeof row[0] === "string" && row[0].startsWith("=") ? row[0] : null));
      }),

    convertTextNumbers: (sheet: string, cells: readonly TextNumberCell[]) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        let converted = 0;
        // A few hundred cells a request: each is its own range (they are scattered down a column).
        for (let start = 0; start < cells.length; start += 500) {
          const chunk = cells.slice(start, start + 500).map((c) => {
            const range = ws.getRangeByIndexes(c.row, c.col, 1, 1);
            range.load("values,numberFormat");
            return { c, range };
          });
          await context.sync();
          for (const { c, range } of chunk) {
            if (range.values[0][0] !== c.text) continue; // changed since: the user's now
            // A Text-formatted cell ("@") would store the number as text again.
            if (range.numberFormat[0][0] === "@") range.numberFormat = [["General"]];
            range.values = [[c.value]];
            converted++;
          }
          await context.sync();
        }
        return converted;
      }),

    addUserSheet: (sheet: NewSheet) =>
      run(async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject(sheet.name);
        existing.load("name");
        await context.sync();
        if (!existing.isNullObject) throw new Error(`A sheet named ${sheet.name} exists`);
        // The sheet first, then its rows in blocks under the request limit (thousands of customers).
        addSheet(context, { ...sheet, blocks: [] });
        await context.sync();
        for (const block of sheet.blocks) await writeBlock(context, block);
      }),

    // Range.select selects one range; RangeAreas (ExcelApi 1.9) has no select method, so the pane
    // shows the cells one at a time (it passes the one to go to first).
    selectCells: (sheet: string, cells: readonly { readonly row: number; readonly col: number }[]) =>
      run(async (context) => {
        if (!cells.length) return;
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRangeByIndexes(cells[0].row, cells[0].col, 1, 1).select();
        await context.sync();
      }),

    readRange: (sheet: string, range: RangeRef) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("name");
        await context.sync();
        if (ws.isNullObject) return null;
        return readValues(context, ws, range);
      }),

    usedRange: (sheet: string) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("name");
        await context.sync();
        if (ws.isNullObject) return null;
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        return used.isNullObject ? null : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
      }),

    readSetting: (key: string) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(key);
        setting.load("value");
        await context.sync();
        return setting.isNullObject ? null : String(setting.value);
      }),

    replaceSheet: (id: string, sheet: NewSheet) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(settingKey(id));
        setting.load("value");
        await context.sync();
        if (setting.isNullObject) throw new Error(`No segmentation ${id}`);
        const saved = JSON.parse(String(setting.value)) as SavedSegmentation;
        const look = await loadLookups(context, namesOf(saved.footprint));
        const located = locateFootprint(saved.footprint, look);
        const owned = located.sheets.some((s) => s !== null && s.toLowerCase() === sheet.name.toLowerCase());
        if (look.hasSheet(sheet.name)) {
          // A sheet of that name that is not ours (by id or marker) is the user's, whatever it is called.
          if (!owned) throw new OccupiedError({ cells: [{ sheet: sheet.name, row: 0, col: 0, content: "(sheet exists)" }], total: 1 });
          context.workbook.worksheets.getItem(sheet.name).delete();
        }
        const entry = withOwnSheet(saved, located, sheet.name);
        const mark = entry.footprint.sheetMarks?.[entry.index]?.name;
        if (mark && look.existing.some((n) => n.toLowerCase() === mark.toLowerCase())) deleteNames(context, [mark]);
        addSheet(context, sheet, mark);
        context.workbook.settings.add(settingKey(id), JSON.stringify({ ...saved, footprint: entry.footprint }));
        await context.sync();
      }),

    deleteHistory: (sheets: readonly string[], indexKey: string) =>
      run(async (context) => {
        for (const name of sheets) {
          const ws = context.workbook.worksheets.getItemOrNullObject(name);
          ws.load("name");
          await context.sync();
          if (!ws.isNullObject) ws.delete();
        }
        context.workbook.settings.getItemOrNullObject(indexKey).delete();
        await context.sync();
      }),
  };
}

