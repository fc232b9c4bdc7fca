/**
 * Applies plans to an .xlsx through ExcelJS: real conditional-format rules (one expression rule
 * per class, dxf fill and font), list validations, a summary sheet, and the settings in a
 * very-hidden sheet (ExcelJS cannot write custom XML parts, and Office's own settings part is
 * not readable here). For tests, files and the CLI; never bundled into the add-in.
 *
 * Known limits: ExcelJS writes no charts, so the summary's Pareto chart exists only in Excel
 * (the chart's data block is there); error cells are read as their text ("#N/A").
 */
import type * as ExcelJS from "exceljs";
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import { dateToSerial } from "../segment/dates";
import { overlaps, parseRange, RangeRef, rangeA1, sameRange, sheetOfAddress, sheetPrefix } from "./address";
import { CellStyle, GridBackend, NamedLocation, TableInfo } from "./model/backend";
import { createGridAdapter } from "./model/gridAdapter";
import { CellInput, ChartSpec, isFormulaCell, ListValidation, MarkRule, RuleSet } from "./plan";
import { WorkbookPort } from "./port";

/** The very-hidden sheet holding one row per saved segmentation: key, JSON. */
export const SETTINGS_SHEET = "_segment_settings";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** The parts of ExcelJS's worksheet model its typings leave out (present at runtime in 4.x). */
interface CfEntry {
  ref: string;
  rules: { priority?: number; formulae?: string[] }[];
}
interface WorksheetInternals {
  conditionalFormattings: CfEntry[];
  dataValidations: { model: Record<string, unknown>; add(address: string, validation: unknown): void };
}
const internals = (ws: Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;
/** ExcelJS's defined names (typed loosely by ExcelJS). */
interface DefinedNamesInternals {
  readonly matrixMap: Record<string, unknown>;
  getRanges(name: string): { name: string; ranges: string[] };
  add(location: string, name: string): void;
}

export interface ExcelJsSelection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly range?: RangeRef;
}

export class ExcelJsBackend implements GridBackend {
  constructor(
    readonly workbook: Workbook,
    private selected: ExcelJsSelection,
  ) {}

  private ws(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`No sheet named ${name}`);
    return ws;
  }

  select(selection: ExcelJsSelection): void {
    this.selected = selection;
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.filter((w) => w.name !== SETTINGS_SHEET).map((w) => w.name);
  }

  hasSheet(name: string): boolean {
    return this.workbook.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheetId of workbook.xml: kept by a rename, never given to another sheet of the file. */
  sheetId(name: string): string | null {
    const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    return ws ? String(ws.id) : null;
  }

  sheetNameById(id: string): string | null {
    return this.workbook.worksheets.find((w) => String(w.id) === id)?.name ?? null;
  }

  /**
   * Real defined names of the file (workbook.xml), so that Excel moves them when the user edits
   * the sheet. ExcelJS keeps a name as a set of cells and gives back its rectangles.
   */
  getName(name: string): NamedLocation | "#REF!" | null {
    const key = this.nameKey(name);
    if (key === null) return null;
    const first = this.definedNames().getRanges(key).ranges[0];
    if (!first || first.includes("#REF!")) return "#REF!";
    const sheet = sheetOfAddress(first);
    if (sheet === undefined || !this.hasSheet(sheet)) return "#REF!";
    return { sheet, range: parseRange(first.replace(/\$/g, "")) };
  }

  setName(name: string, sheet: string, range: RangeRef): void {
    this.deleteName(name);
    this.definedNames().add(`${sheetPrefix(sheet)}${rangeA1(range, true)}`, name);
  }

  deleteName(name: string): void {
    const key = this.nameKey(name);
    if (key !== null) delete this.definedNames().matrixMap[key];
  }

  /** The name as stored (Excel's names compare without case). */
  private nameKey(name: string): string | null {
    const lower = name.toLowerCase();
    return Object.keys(this.definedNames().matrixMap).find((k) => k.toLowerCase() === lower) ?? null;
  }

  private definedNames(): DefinedNamesInternals {
    return (this.workbook as unknown as { definedNames: DefinedNamesInternals }).definedNames;
  }

  getCell(sheet: string, row: number, col: number): CellInput | null {
    return fromExcelJs(this.ws(sheet).getCell(row + 1, col + 1).value);
  }

  getCellFormat(sheet: string, row: number, col: number): string | null {
    return this.ws(sheet).getCell(row + 1, col + 1).numFmt || null;
  }

  /** A file has no selection to show: the first cell becomes the active cell. */
  selectCells(sheet: string, cells: readonly { readonly row: number; readonly col: number }[]): void {
    if (cells.length) this.selected = { sheet, row: cells[0].row, col: cells[0].col };
  }

  setCell(sheet: string, row: number, col: number, content: CellInput | null, numberFormat: string | null = null): void {
    const cell: Cell = this.ws(sheet).getCell(row + 1, col + 1);
    // A string is always stored as a string: ExcelJS never turns "=1+1" into a formula.
    cell.value = content === null ? null : isFormulaCell(content) ? { formula: content.formula.replace(/^=/, ""), result: content.value ?? "" } as CellValue : content;
    if (numberFormat) cell.numFmt = numberFormat;
  }

  setStyle(sheet: string, row: number, col: number, style: CellStyle): void {
    const cell = this.ws(sheet).getCell(row + 1, col + 1);
    if (style.tone) {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.tone.fill) } };
      cell.font = { ...cell.font, color: { argb: argb(style.tone.font) } };
    }
    if (style.bold) cell.font = { ...cell.font, bold: true };
  }

  usedRange(sheet: string): RangeRef | null {
    const ws = this.ws(sheet);
    const d = ws.dimensions as unknown as { top: number; left: number; bottom: number; right: number } | undefined;
    if (!d || ws.actualRowCount === 0) return null;
    return { row: d.top - 1, col: d.left - 1, rows: d.bottom - d.top + 1, cols: d.right - d.left + 1 };
  }

  activeCell(): { sheet: string; row: number; col: number } {
    return this.selected;
  }

  selection(): { sheet: string; range: RangeRef } {
    const s = this.selected;
    return { sheet: s.sheet, range: s.range ?? { row: s.row, col: s.col, rows: 1, cols: 1 } };
  }

  tableAt(sheet: string, row: number, col: number): TableInfo | null {
    for (const table of this.ws(sheet).getTables() as unknown as { table: { name: string; tableRef?: string; ref: string; headerRow?: boolean; totalsRow?: boolean } }[]) {
      const model = table.table;
      const ref = model.tableRef ?? model.ref;
      if (!ref || !ref.includes(":")) continue;
      const range = parseRange(ref);
      if (row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols) {
        return { name: model.name, range, hasHeader: model.headerRow !== false, hasTotals: model.totalsRow === true };
      }
    }
    return null;
  }

  findTable(name: string): { sheet: string; table: TableInfo } | null {
    for (const ws of this.workbook.worksheets) {
      for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref: string; headerRow?: boolean; totalsRow?: boolean } }[]) {
        const model = t.table;
        const ref = model.tableRef ?? model.ref;
        if (model.name.toLowerCase() !== name.toLowerCase() || !ref || !ref.includes(":")) continue;
        return { sheet: ws.name, table: { name: model.name, range: parseRange(ref), hasHeader: model.headerRow !== false, hasTotals: model.totalsRow === true } };
      }
    }
    return null;
  }

  /** Grows or shrinks a Table (a new monthly export pasted under it). */
  resizeTable(name: string, range: RangeRef): void {
    for (const ws of this.workbook.worksheets) {
      for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; autoFilterRef?: string } }[]) {
        if (t.table.name !== name) continue;
        t.table.tableRef = rangeA1(range);
        t.table.autoFilterRef = rangeA1(range);
      }
    }
  }

  addMark(mark: MarkRule): void {
    const ws = this.ws(mark.sheet);
    for (const cf of internals(ws).conditionalFormattings ?? []) for (const r of cf.rules) r.priority = (r.priority ?? 0) + 1;
    const line = { style: "medium", color: { argb: argb(mark.border) } };
    ws.addConditionalFormatting({
      ref: rangeA1(mark.range),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [mark.formula.replace(/^=/, "")],
          // Bold and lines only: no fill, no text colour, so the class colours still show.
          style: { font: { bold: true }, border: { top: line, bottom: line } } as unknown as ExcelJS.Style,
        },
      ],
    });
  }

  addRules(rules: RuleSet): void {
    const ws = this.ws(rules.sheet);
    // Newer segmentations win: their rules take priorities 1…k, earlier rules move down.
    const k = rules.rules.length;
    for (const cf of internals(ws).conditionalFormattings ?? []) for (const r of cf.rules) r.priority = (r.priority ?? 0) + k;
    ws.addConditionalFormatting({
      ref: rangeA1(rules.range),
      rules: rules.rules.map((r, i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [r.formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(r.tone.fill) } },
          font: { color: { argb: argb(r.tone.font) } },
        },
      })),
    });
  }

  raiseRules(sheet: string, range: RangeRef, formulas: readonly string[]): void {
    const ws = this.ws(sheet);
    const bare = formulas.map((f) => f.replace(/^=/, ""));
    const ref = rangeA1(range);
    const all = (internals(ws).conditionalFormattings ?? []).flatMap((cf) => cf.rules.map((r) => ({ r, ours: cf.ref === ref && bare.includes((r.formulae ?? [])[0] ?? "") })));
    // Ours first in their own order, then the rest in theirs: priorities 1, 2, … (1 is on top).
    const order = [...all.filter((x) => x.ours), ...all.filter((x) => !x.ours)].sort((a, b) => Number(b.ours) - Number(a.ours) || (a.r.priority ?? 0) - (b.r.priority ?? 0));
    order.forEach((x, i) => (x.r.priority = i + 1));
  }

  removeRules(sheet: string, range: RangeRef, formulas: readonly string[]): void {
    const ws = this.ws(sheet);
    const bare = formulas.map((f) => f.replace(/^=/, ""));
    const ref = rangeA1(range);
    internals(ws).conditionalFormattings = (internals(ws).conditionalFormattings ?? [])
      .map((cf) => (cf.ref === ref ? { ...cf, rules: cf.rules.filter((r) => !bare.includes((r.formulae ?? [])[0] ?? "")) } : cf))
      .filter((cf) => cf.rules.length > 0);
  }

  addValidation(validation: ListValidation): void {
    internals(this.ws(validation.sheet)).dataValidations.add(rangeA1(validation.range), {
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${validation.items.join(",")}"`],
    });
  }

  removeValidation(sheet: string, range: RangeRef): void {
    const model = internals(this.ws(sheet)).dataValidations.model;
    for (const address of Object.keys(model)) {
      const a = parseRange(address.replace(/^range:/, ""));
      const inside = a.row >= range.row && a.col >= range.col && a.row + a.rows <= range.row + range.rows && a.col + a.cols <= range.col + range.cols;
      if (sameRange(a, range) || inside) delete model[address];
    }
  }

  hasValidation(sheet: string, range: RangeRef): boolean {
    // Keys are single cells ("H5") or, for ranges ExcelJS kept whole, "range:H5:H44".
    return Object.keys(internals(this.ws(sheet)).dataValidations.model).some((address) => overlaps(parseRange(address.replace(/^range:/, "")), range));
  }

  addSheet(name: string): void {
    addWorksheetWithNewId(this.workbook, name);
  }

  deleteSheet(name: string): void {
    this.workbook.removeWorksheet(this.ws(name).id);
  }

  setColumnWidth(sheet: string, col: number, width: number): void {
    // Width 0 hides the column (history.ts HISTORY_WIDTHS), as Excel does.
    const column = this.ws(sheet).getColumn(col + 1);
    if (width === 0) column.hidden = true;
    else column.width = width;
  }

  addChart(_sheet: string, _chart: ChartSpec): void {
    // ExcelJS cannot write charts; the chart's data block is on the sheet already.
  }

  private settingsSheet(create: boolean): Worksheet | undefined {
    let ws = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (!ws && create) {
      ws = addWorksheetWithNewId(this.workbook, SETTINGS_SHEET);
      ws.state = "veryHidden";
    }
    return ws;
  }

  private settingRows(): Map<string, number> {
    const out = new Map<string, number>();
    const ws = this.settingsSheet(false);
    if (!ws) return out;
    ws.eachRow((row, n) => {
      const k = row.getCell(1).value;
      if (typeof k === "string" && k !== "") out.set(k, n);
    });
    return out;
  }

  getSetting(key: string): string | null {
    const n = this.settingRows().get(key);
    if (n === undefined) return null;
    const v = this.settingsSheet(false)?.getRow(n).getCell(2).value;
    return typeof v === "string" ? v : null;
  }

  setSetting(key: string, value: string | null): void {
    const rows = this.settingRows();
    const existing = rows.get(key);
    if (value === null) {
      if (existing === undefined) return;
      const ws = this.settingsSheet(false) as Worksheet;
      ws.spliceRows(existing, 1);
      // The last setting gone: the sheet goes too, so Remove leaves the workbook as it found it.
      if (rows.size === 1) this.workbook.removeWorksheet(ws.id);
      return;
    }
    const ws = this.settingsSheet(true) as Worksheet;
    const n = existing ?? ws.rowCount + 1;
    ws.getRow(n).getCell(1).value = key;
    ws.getRow(n).getCell(2).value = value;
  }

  settingKeys(): string[] {
    return [...this.settingRows().keys()];
  }
}

/**
 * Adds a sheet whose sheetId no sheet of the workbook has had since it was opened, as Excel does.
 * ExcelJS's addWorksheet gives the first free id, so a sheet added after another was deleted would
 * take the deleted one's id, and a saved segmentation that finds its sheets by id would take the
 * newcomer for its own (its summary deleted by the user, then another segmentation's summary added).
 */
export function addWorksheetWithNewId(workbook: Workbook, name: string): Worksheet {
  // ExcelJS keeps sheets in an array indexed by id; deleting one leaves a hole, the length stays.
  const all = (workbook as unknown as { _worksheets: (Worksheet | undefined)[] })._worksheets;
  const id = Math.max(all.length, 1);
  const ws = workbook.addWorksheet(name);
  if (ws.id !== id) {
    delete all[ws.id];
    (ws as unknown as { id: number }).id = id;
    all[id] = ws;
  }
  return ws;
}

/** ExcelJS cell values as plan cells: dates as Excel serials, formulas with their cached result. */
export function fromExcelJs(value: CellValue): CellInput | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.formula === "string" || typeof v.sharedFormula === "string") {
    const result = v.result;
    const shown = result instanceof Date ? dateToSerial(result) : typeof result === "object" && result !== null ? String((result as { error?: string }).error ?? "") : (result as string | number | boolean | undefined) ?? null;
    return { formula: `=${String(v.formula ?? v.sharedFormula)}`, value: shown };
  }
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
  if (typeof v.error === "string") return v.error;
  if (typeof v.text === "string") return v.text; // hyperlink
  return String(value);
}

export function createExcelJsAdapter(workbook: Workbook, selection: ExcelJsSelection): { port: WorkbookPort; backend: ExcelJsBackend } {
  const backend = new ExcelJsBackend(workbook, selection);
  return { port: createGridAdapter(backend), backend };
}

