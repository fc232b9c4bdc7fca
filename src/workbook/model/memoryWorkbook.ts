/**
 * An in-memory workbook: sheets of cells, Tables, conditional-format rules, list validations,
 * charts and settings. The browser preview renders it as an HTML grid and the task pane edits
 * it through the same GridBackend as ExcelJS; tests use it as a fast stand-in for Excel.
 * Rules are kept newest first, which is the priority order Excel gives rules added later.
 *
 * The user's structural edits (insert/delete rows and columns, sort, cut and paste, rename) are
 * methods too, so tests and the preview can do between two add-in calls what a user does in
 * Excel; memoryEdits.ts moves everything as Excel would.
 */
import { contains, overlaps, RangeRef, sameRange } from "../address";
import { CellInput, ChartSpec, isFormulaCell, ListValidation, MarkRule, RuleSet } from "../plan";
import { CellStyle, GridBackend, NamedLocation, TableInfo } from "./backend";
import { applyCutPaste, applyRename, applySheetDeleted, applySort, applyStructuralEdit, MemoryName } from "./memoryEdits";
import { StructuralEdit } from "./structuralEdit";

export interface MemoryCell {
  readonly content: CellInput;
  readonly numberFormat: string | null;
}

export interface MemorySheet {
  /** Stable across renames; a new sheet of the same name gets a new one ("s1", "s2", … never reused). */
  readonly id: string;
  name: string;
  readonly cells: Map<string, MemoryCell>;
  readonly styles: Map<string, CellStyle>;
  readonly tables: TableInfo[];
  /** Newest first: the first rule set whose rule matches colours the row. */
  rules: RuleSet[];
  /** Flags over the class colours (downgraded rows). */
  marks: MarkRule[];
  validations: ListValidation[];
  readonly widths: Map<number, number>;
  readonly charts: ChartSpec[];
}

const key = (row: number, col: number): string => `${row},${col}`;

export class MemoryWorkbook implements GridBackend {
  readonly sheets: MemorySheet[] = [];
  readonly settings = new Map<string, string>();
  active = { sheet: "", row: 0, col: 0 };
  selected: { sheet: string; range: RangeRef } | null = null;
  /** Workbook-scoped defined names (hidden), keyed by lower-case name. */
  readonly names = new Map<string, MemoryName>();
  private listeners = new Set<() => void>();
  private version = 0;
  private nextSheetId = 1;

  /** Subscribe to changes (the preview grid re-renders); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Increases on every change: a cheap snapshot key for React. */
  getVersion(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): void {
    if (this.hasSheet(name)) throw new Error(`A sheet named ${name} already exists`);
    this.sheets.push({ id: `s${this.nextSheetId++}`, name, cells: new Map(), styles: new Map(), tables: [], rules: [], marks: [], validations: [], widths: new Map(), charts: [] });
    if (!this.active.sheet) this.active = { sheet: name, row: 0, col: 0 };
    this.changed();
  }

  deleteSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) {
      this.sheets.splice(i, 1);
      applySheetDeleted(this.sheets, name);
    }
    if (this.active.sheet === name) this.active = { sheet: this.sheets[0]?.name ?? "", row: 0, col: 0 };
    this.changed();
  }

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetId(name: string): string | null {
    return this.find(name)?.id ?? null;
  }

  sheetNameById(id: string): string | null {
    return this.sheets.find((s) => s.id === id)?.name ?? null;
  }

  /** Where the name points now; "#REF!" once its cells or its sheet were deleted. */
  getName(name: string): NamedLocation | "#REF!" | null {
    const n = this.names.get(name.toLowerCase());
    if (!n) return null;
    const sheet = this.sheetNameById(n.sheetId);
    return sheet !== null && n.range ? { sheet, range: n.range } : "#REF!";
  }

  setName(name: string, sheet: string, range: RangeRef): void {
    const s = this.find(sheet);
    if (!s) throw new Error(`No sheet named ${sheet}`);
    this.names.set(name.toLowerCase(), { name, sheetId: s.id, range });
    this.changed();
  }

  deleteName(name: string): void {
    this.names.delete(name.toLowerCase());
    this.changed();
  }

  // The user's edits between two add-in calls (0-based indices: row 5 of the sheet is 4).

  insertRows(sheet: string, at: number, count: number): void {
    this.edit({ kind: "insertRows", sheet, at, count });
  }

  deleteRows(sheet: string, at: number, count: number): void {
    this.edit({ kind: "deleteRows", sheet, at, count });
  }

  insertColumns(sheet: string, at: number, count: number): void {
    this.edit({ kind: "insertColumns", sheet, at, count });
  }

  deleteColumns(sheet: string, at: number, count: number): void {
    this.edit({ kind: "deleteColumns", sheet, at, count });
  }

  private edit(edit: StructuralEdit): void {
    applyStructuralEdit(this.sheets, [...this.names.values()], edit);
    this.changed();
  }

  /** Renames a sheet: its id stays, formulas naming it follow. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (to.toLowerCase() !== from.toLowerCase() && this.hasSheet(to)) throw new Error(`A sheet named ${to} already exists`);
    applyRename(this.sheets, s, to);
    if (this.active.sheet === from) this.active = { ...this.active, sheet: to };
    if (this.selected?.sheet === from) this.selected = { ...this.selected, sheet: to };
    this.changed();
  }

  /** Sorts the rows of `range` by column `byCol` (absolute index): only the rows' cells move. */
  sortRows(sheet: string, range: RangeRef, byCol: number, descending = false): void {
    applySort(this.sheet(sheet), range, byCol, descending);
    this.changed();
  }

  /** Cuts `from` and pastes it with its top-left at (toRow, toCol) of `toSheet`. */
  cutPaste(sheet: string, from: RangeRef, toSheet: string, toRow: number, toCol: number): void {
    this.sheet(sheet);
    this.sheet(toSheet);
    applyCutPaste(this.sheets, [...this.names.values()], { sheet, from, toSheet, toRow, toCol });
    this.changed();
  }

  getCell(sheet: string, row: number, col: number): CellInput | null {
    const cell = this.sheet(sheet).cells.get(key(row, col));
    if (!cell) return null;
    const c = cell.content;
    return c === "" && !isFormulaCell(c) ? null : c;
  }

  getCellFormat(sheet: string, row: number, col: number): string | null {
    return this.sheet(sheet).cells.get(key(row, col))?.numberFormat ?? null;
  }

  setCell(sheet: string, row: number, col: number, content: CellInput | null, numberFormat: string | null = null): void {
    const s = this.sheet(sheet);
    if (content === null) {
      s.cells.delete(key(row, col));
      s.styles.delete(key(row, col));
    } else s.cells.set(key(row, col), { content, numberFormat });
    this.changed();
  }

  setStyle(sheet: string, row: number, col: number, style: CellStyle): void {
    const s = this.sheet(sheet);
    s.styles.set(key(row, col), { ...s.styles.get(key(row, col)), ...style });
    this.changed();
  }

  getStyle(sheet: string, row: number, col: number): CellStyle | undefined {
    return this.sheet(sheet).styles.get(key(row, col));
  }

  usedRange(sheet: string): RangeRef | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const k of this.sheet(sheet).cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  activeCell(): { sheet: string; row: number; col: number } {
    return this.active;
  }

  selection(): { sheet: string; range: RangeRef } {
    return this.selected ?? { sheet: this.active.sheet, range: { row: this.active.row, col: this.active.col, rows: 1, cols: 1 } };
  }

  /** Cells selected together (Ctrl+click), drawn as selected by the preview grid; null after a click. */
  selectedCells: { sheet: string; cells: ReadonlySet<string> } | null = null;

  selectCells(sheet: string, cells: readonly { readonly row: number; readonly col: number }[]): void {
    if (!cells.length) return;
    this.select(sheet, cells[0].row, cells[0].col);
    this.selectedCells = { sheet, cells: new Set(cells.map((c) => key(c.row, c.col))) };
    this.changed();
  }

  isSelected(sheet: string, row: number, col: number): boolean {
    return this.selectedCells?.sheet === sheet && this.selectedCells.cells.has(key(row, col));
  }

  /** Moves the active cell (and collapses the selection to it), as a click or an arrow key does. */
  select(sheet: string, row: number, col: number, range?: RangeRef): void {
    this.active = { sheet, row, col };
    this.selected = range ? { sheet, range } : null;
    this.selectedCells = null;
    this.changed();
  }

  addTable(sheet: string, table: TableInfo): void {
    this.sheet(sheet).tables.push(table);
    this.changed();
  }

  tableAt(sheet: string, row: number, col: number): TableInfo | null {
    return this.sheet(sheet).tables.find((t) => contains(t.range, row, col)) ?? null;
  }

  findTable(name: string): { sheet: string; table: TableInfo } | null {
    for (const s of this.sheets) {
      const table = s.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet: s.name, table };
    }
    return null;
  }

  /** Grows or shrinks a Table (as Excel does when rows are typed or pasted right under it). */
  resizeTable(name: string, range: RangeRef): void {
    for (const s of this.sheets) {
      const i = s.tables.findIndex((t) => t.name === name);
      if (i >= 0) s.tables[i] = { ...s.tables[i], range };
    }
    this.changed();
  }

  addMark(mark: MarkRule): void {
    this.sheet(mark.sheet).marks.unshift(mark);
    this.changed();
  }

  /** The flag on a cell, if a mark rule matches its row (same text comparison as the class rules). */
  markAt(sheet: string, row: number, col: number): MarkRule | null {
    for (const mark of this.sheet(sheet).marks) {
      if (!contains(mark.range, row, col)) continue;
      const keyCell = this.getCell(sheet, row, mark.keyColumn);
      const shown = isFormulaCell(keyCell) ? keyCell.value : keyCell;
      if (typeof shown === "string" && shown.toLowerCase() === mark.code.toLowerCase()) return mark;
    }
    return null;
  }

  addRules(rules: RuleSet): void {
    this.sheet(rules.sheet).rules.unshift(rules);
    this.changed();
  }

  removeRules(sheet: string, range: RangeRef, formulas: readonly string[]): void {
    const s = this.sheet(sheet);
    s.rules = s.rules
      .map((set) => (sameRange(set.range, range) ? { ...set, rules: set.rules.filter((r) => !formulas.includes(r.formula)) } : set))
      .filter((set) => set.rules.length > 0);
    s.marks = s.marks.filter((m) => !(sameRange(m.range, range) && formulas.includes(m.formula)));
    this.changed();
  }

  raiseRules(sheet: string, range: RangeRef, formulas: readonly string[]): void {
    const s = this.sheet(sheet);
    const ours = (set: RuleSet): boolean => sameRange(set.range, range) && set.rules.some((r) => formulas.includes(r.formula));
    s.rules = [...s.rules.filter(ours), ...s.rules.filter((set) => !ours(set))];
    this.changed();
  }

  addValidation(validation: ListValidation): void {
    this.sheet(validation.sheet).validations.push(validation);
    this.changed();
  }

  removeValidation(sheet: string, range: RangeRef): void {
    const s = this.sheet(sheet);
    s.validations = s.validations.filter((v) => !sameRange(v.range, range));
    this.changed();
  }

  hasValidation(sheet: string, range: RangeRef): boolean {
    return this.sheet(sheet).validations.some((v) => overlaps(v.range, range));
  }

  setColumnWidth(sheet: string, col: number, width: number): void {
    this.sheet(sheet).widths.set(col, width);
  }

  addChart(sheet: string, chart: ChartSpec): void {
    this.sheet(sheet).charts.push(chart);
    this.changed();
  }

  getSetting(k: string): string | null {
    return this.settings.get(k) ?? null;
  }

  setSetting(k: string, value: string | null): void {
    if (value === null) this.settings.delete(k);
    else this.settings.set(k, value);
    this.changed();
  }

  settingKeys(): string[] {
    return [...this.settings.keys()];
  }

  /**
   * The tone conditional formatting gives a cell, evaluated like Excel: rule sets in priority
   * order, a rule matches when the row's key cell equals its code (Excel's "=" on text ignores case).
   */
  ruleToneAt(sheet: string, row: number, col: number): RuleSet["rules"][number]["tone"] | null {
    for (const set of this.sheet(sheet).rules) {
      if (!contains(set.range, row, col)) continue;
      const keyCell = this.getCell(sheet, row, set.keyColumn);
      const shown = isFormulaCell(keyCell) ? keyCell.value : keyCell;
      if (typeof shown !== "string") continue;
      const rule = set.rules.find((r) => r.code.toLowerCase() === shown.toLowerCase());
      if (rule) return rule.tone;
    }
    return null;
  }
}
