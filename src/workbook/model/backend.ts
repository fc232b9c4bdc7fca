/**
 * The small set of synchronous cell operations that both the in-memory preview workbook and an
 * ExcelJS workbook provide. gridAdapter.ts turns any of them into a full WorkbookPort, so the
 * rules for reading sources, checking for occupied cells, applying and removing plans are
 * written once and tested against both.
 */
import { RangeRef } from "../address";
import { CellInput, ChartSpec, ListValidation, MarkRule, RuleSet, Tone } from "../plan";

export interface CellStyle {
  readonly tone?: Tone;
  readonly bold?: boolean;
}

export interface TableInfo {
  readonly name: string;
  readonly range: RangeRef;
  readonly hasHeader: boolean;
  /** The Table shows its totals row (the last row of `range`): not a customer. */
  readonly hasTotals?: boolean;
}

/** Where a workbook-scoped defined name points now. */
export interface NamedLocation {
  readonly sheet: string;
  readonly range: RangeRef;
}

export interface GridBackend {
  sheetNames(): string[];
  /**
   * A sheet's stable id, which a rename keeps and a new sheet of the same name does not have
   * (Excel's worksheet id; ExcelJS: the sheet's id in the file). null when there is no such sheet.
   */
  sheetId(name: string): string | null;
  /** The current name of the sheet with this id; null once it was deleted. */
  sheetNameById(id: string): string | null;
  /**
   * A workbook-scoped defined name (Excel moves it with the cells when rows or columns are
   * inserted, deleted, cut and pasted): where it points now, "#REF!" when what it pointed at was
   * deleted, null when there is no such name. Names compare without case, as in Excel.
   */
  getName(name: string): NamedLocation | "#REF!" | null;
  /** Adds or repoints a hidden defined name. */
  setName(name: string, sheet: string, range: RangeRef): void;
  deleteName(name: string): void;
  hasSheet(name: string): boolean;
  /** null when the cell is empty. */
  getCell(sheet: string, row: number, col: number): CellInput | null;
  /** Writes a value or formula; null clears the cell completely (content and format). */
  setCell(sheet: string, row: number, col: number, content: CellInput | null, numberFormat?: string | null): void;
  setStyle(sheet: string, row: number, col: number, style: CellStyle): void;
  /** The smallest range holding every non-empty cell, or null for an empty sheet. */
  usedRange(sheet: string): RangeRef | null;
  activeCell(): { sheet: string; row: number; col: number };
  /** Selects these cells (several areas, as Ctrl+click does); the first becomes the active cell. */
  selectCells(sheet: string, cells: readonly { readonly row: number; readonly col: number }[]): void;
  /** The number format of a cell ("@" is Text), null for General. */
  getCellFormat(sheet: string, row: number, col: number): string | null;
  /** The selected range (a single cell when nothing larger is selected). */
  selection(): { sheet: string; range: RangeRef };
  tableAt(sheet: string, row: number, col: number): TableInfo | null;
  /** A Table by name, wherever it is (a refresh follows the Table's current size). */
  findTable(name: string): { sheet: string; table: TableInfo } | null;
  addRules(rules: RuleSet): void;
  /** A flag rule (downgraded rows); `removeRules` takes it away like the class rules. */
  addMark(mark: MarkRule): void;
  removeRules(sheet: string, range: RangeRef, formulas: readonly string[]): void;
  /** Puts the rules with these formulas on this range above every other rule of the sheet (they then colour the rows), keeping their own order. */
  raiseRules(sheet: string, range: RangeRef, formulas: readonly string[]): void;
  addValidation(validation: ListValidation): void;
  removeValidation(sheet: string, range: RangeRef): void;
  /** True when any cell of the range has a data-validation rule (a drop-down the user prepared is not an empty column). */
  hasValidation(sheet: string, range: RangeRef): boolean;
  addSheet(name: string): void;
  deleteSheet(name: string): void;
  setColumnWidth(sheet: string, col: number, width: number): void;
  addChart(sheet: string, chart: ChartSpec): void;
  getSetting(key: string): string | null;
  setSetting(key: string, value: string | null): void;
  settingKeys(): string[];
}
