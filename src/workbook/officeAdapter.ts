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
import { cellA1, parseRange, RangeRef, rangeA1 } from "./address";
import { BlockLimits, DEFAULT_LIMITS, nextReadRows, splitRows } from "./blocks";
import { officeFormulaCell } from "./officeText";
import { CellBlock, CellInput, Footprint, RuleSet, SavedSegmentation, SegmentPlan, settingKey, SETTING_PREFIX, SourceRef } from "./plan";
import { ApplyOptions, OccupiedCell, OccupiedError, OccupiedReport, SourceInfo, WorkbookPort } from "./port";
import { describeSource, SAMPLE_ROWS } from "./sourceInfo";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeAdapterOptions {
  readonly run: ExcelRun;
  readonly limits?: BlockLimits;
  /** Largest used range whose contents the overwrite check loads to list the cells. */
  readonly occupiedScanLimit?: number;
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

export function createOfficeAdapter(options: OfficeAdapterOptions): WorkbookPort {
  const run = options.run;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const scanLimit = options.occupiedScanLimit ?? 20_000;

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
    await context.sync();
    const cells: OccupiedCell[] = [];
    let total = 0;
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
    const extra = formats ? JSON.stringify(formats).length : 0;
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

  async function undo(context: Excel.RequestContext, footprint: Footprint, key: string): Promise<void> {
    const wb = context.workbook;
    const sheets = footprint.sheets.map((name) => {
      const ws = wb.worksheets.getItemOrNullObject(name);
      ws.load("name");
      return ws;
    });
    const formatSets = footprint.rules.map((r) => {
      const formats = wb.worksheets.getItem(r.sheet).getRange(rangeA1(r.range)).conditionalFormats;
      formats.load("items/type,items/id");
      return formats;
    });
    await context.sync();
    // Only custom rules can be ours; read their formulas and ranges to find exactly ours.
    const candidates: { cf: Excel.ConditionalFormat; range: Excel.Range; index: number }[] = [];
    formatSets.forEach((formats, index) =>
      formats.items.forEach((cf) => {
        if (cf.type !== "Custom") return;
        cf.custom.rule.load("formula");
        const range = cf.getRangeOrNullObject();
        range.load("address");
        candidates.push({ cf, range, index });
      }),
    );
    if (candidates.length) await context.sync();
    for (const { cf, range, index } of candidates) {
      const rule = footprint.rules[index];
      if (range.isNullObject || rangeA1(parseRange(range.address)) !== rangeA1(rule.range)) continue;
      if (rule.formulas.includes(cf.custom.rule.formula)) cf.delete();
    }
    sheets.forEach((ws) => {
      if (!ws.isNullObject) ws.delete();
    });
    for (const v of footprint.validations) wb.worksheets.getItem(v.sheet).getRange(rangeA1(v.range)).dataValidation.clear();
    // Contents only: we never formatted cells of existing sheets, so their formats stay as they were.
    for (const c of footprint.cells) wb.worksheets.getItem(c.sheet).getRange(rangeA1(c.range)).clear("Contents");
    for (const c of footprint.restore) wb.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).formulas = [[officeFormulaCell(c.content)]];
    wb.settings.getItemOrNullObject(key).delete();
    await context.sync();
  }

  return {
    locateSource: () =>
      run(async (context) => {
        const wb = context.workbook;
        const active = wb.getActiveCell();
        active.load("rowIndex,columnIndex");
        active.worksheet.load("name");
        const tables = active.getTables(false);
        tables.load("items/name,items/showHeaders");
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
        return describeSource(active.worksheet.name, ref, rows, found, table ? { name: table.name, hasHeader: table.showHeaders } : undefined);
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
            bytes += JSON.stringify(r.values).length + JSON.stringify(r.valueTypes).length;
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
          const used = Array.from({ length: 8 }, (_, k) => {
            const r = ws.getRangeByIndexes(rows.row, start + k, rows.rows, 1).getUsedRangeOrNullObject(true);
            r.load("address");
            return r;
          });
          await context.sync();
          const k = used.findIndex((r) => r.isNullObject);
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

    findOccupied: (plan: SegmentPlan, limit: number) => run((context) => occupied(context, plan, limit)),

    apply: (plan: SegmentPlan, applyOptions: ApplyOptions = {}) =>
      run(async (context) => {
        // Excel may widen a Table when cells right beside it are filled: note its size before any
        // write (this load rides on the check's request) to put it back afterwards.
        const tableName = plan.saved.source.table;
        const table = tableName ? context.workbook.tables.getItemOrNullObject(tableName) : null;
        table?.load("name");
        const before = table ? table.getRange() : null;
        before?.load("address");
        const report = await occupied(context, plan, Number.MAX_SAFE_INTEGER);
        const allowed = applyOptions.overwrite ?? [];
        const ok = report.cells.length === report.total && report.cells.every((c) => allowed.some((a) => a.sheet === c.sheet && a.row === c.row && a.col === c.col));
        if (!ok) throw new OccupiedError(report);
        const saved: SavedSegmentation = {
          ...plan.saved,
          footprint: { ...plan.saved.footprint, restore: report.cells.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, content: c.content })) },
        };
        try {
          for (const block of plan.writes) await writeBlock(context, block);
          // Formatting after data, all in one request: validations, one rule per class.
          for (const v of plan.validations) {
            context.workbook.worksheets.getItem(v.sheet).getRange(rangeA1(v.range)).dataValidation.rule = {
              list: { inCellDropDown: true, source: v.items.join(",") },
            };
          }
          for (const set of plan.rules) addRules(context, set);
          const after = table ? table.getRange() : null;
          after?.load("address");
          await context.sync();
          if (table && before && after && !table.isNullObject && after.address !== before.address) table.resize(before.address);
          // The summary sheet and the settings in one last request.
          for (const sheet of plan.sheets) {
            const ws = context.workbook.worksheets.add(sheet.name);
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
              const c = ws.charts.add("Pareto", ws.getRange(rangeA1(chart.data)), "Auto");
              c.title.text = chart.title;
              c.setPosition(cellA1(chart.anchor.row, chart.anchor.col), cellA1(chart.anchor.row + chart.anchor.rows - 1, chart.anchor.col + chart.anchor.cols - 1));
            }
          }
          context.workbook.settings.add(settingKey(plan.id), JSON.stringify(saved));
          await context.sync();
        } catch (error) {
          await undo(context, saved.footprint, settingKey(plan.id)).catch(() => undefined);
          throw error;
        }
        return saved;
      }),

    listSaved: () =>
      run(async (context) => {
        const settings = context.workbook.settings;
        settings.load("items/key,items/value");
        await context.sync();
        return settings.items
          .filter((s) => s.key.startsWith(SETTING_PREFIX))
          .map((s) => JSON.parse(String(s.value)) as SavedSegmentation)
          .sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
      }),

    remove: (id: string) =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(settingKey(id));
        setting.load("value");
        await context.sync();
        if (setting.isNullObject) return;
        const saved = JSON.parse(String(setting.value)) as SavedSegmentation;
        await undo(context, saved.footprint, settingKey(id));
      }),
  };
}

