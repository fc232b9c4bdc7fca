/**
 * The user's structural edits on the in-memory workbook (memoryWorkbook.ts), as Excel applies
 * them: cells, styles, number formats, column widths, Tables, conditional-format rule sets and
 * marks, list validations, charts and defined names move together. The address arithmetic and
 * the Microsoft pages it follows are in structuralEdit.ts.
 */
import { RangeRef } from "../address";
import { isFormulaCell, ListValidation, MarkRule, RuleSet } from "../plan";
import type { MemoryCell, MemorySheet } from "./memoryWorkbook";
import {
  CutPaste,
  deleteSheetInFormula,
  moveCellBlock,
  moveFormula,
  moveRange,
  offsetFormula,
  renameSheetInFormula,
  shiftCellMap,
  shiftFormula,
  shiftIndex,
  shiftRange,
  shiftRule,
  sortCellMap,
  sortOrder,
  StructuralEdit,
} from "./structuralEdit";

/** A workbook-scoped defined name: the sheet by its id (a rename keeps it), null range = #REF!. */
export interface MemoryName {
  readonly name: string;
  sheetId: string;
  range: RangeRef | null;
}

const isRowEdit = (edit: StructuralEdit): boolean => edit.kind === "insertRows" || edit.kind === "deleteRows";

function replaceMap<K, V>(target: Map<K, V>, next: Map<K, V>): void {
  target.clear();
  for (const [k, v] of next) target.set(k, v);
}

function replaceArray<T>(target: T[], next: readonly T[]): void {
  target.splice(0, target.length, ...next);
}

/** Rewrites the formula of every formula cell of a sheet (others untouched). */
function mapFormulas(sheet: MemorySheet, fn: (formula: string, row: number, col: number) => string, skip?: (row: number, col: number) => boolean): void {
  for (const [k, cell] of sheet.cells) {
    if (!isFormulaCell(cell.content)) continue;
    const [row, col] = k.split(",").map(Number);
    if (skip?.(row, col)) continue;
    const formula = fn(cell.content.formula, row, col);
    if (formula !== cell.content.formula) sheet.cells.set(k, { ...cell, content: { ...cell.content, formula } });
  }
}

function withFormula(cell: MemoryCell, fn: (formula: string) => string): MemoryCell {
  return isFormulaCell(cell.content) ? { ...cell, content: { ...cell.content, formula: fn(cell.content.formula) } } : cell;
}

function shiftRuleSet(set: RuleSet, edit: StructuralEdit): RuleSet | null {
  const rules: RuleSet["rules"][number][] = [];
  let range: RangeRef | null = null;
  for (const rule of set.rules) {
    const next = shiftRule(set.range, rule.formula, edit);
    if (!next) return null;
    range = next.range;
    rules.push({ ...rule, formula: next.formula });
  }
  range ??= shiftRange(set.range, edit);
  if (!range) return null;
  const keyColumn = isRowEdit(edit) ? set.keyColumn : (shiftIndex(set.keyColumn, edit) ?? -1);
  return { ...set, range, keyColumn, rules };
}

function shiftMark(mark: MarkRule, edit: StructuralEdit): MarkRule | null {
  const next = shiftRule(mark.range, mark.formula, edit);
  if (!next) return null;
  const keyColumn = isRowEdit(edit) ? mark.keyColumn : (shiftIndex(mark.keyColumn, edit) ?? -1);
  return { ...mark, range: next.range, formula: next.formula, keyColumn };
}

const present = <T>(x: T | null): x is T => x !== null;

/** Rows or columns inserted or deleted on `edit.sheet`. */
export function applyStructuralEdit(sheets: readonly MemorySheet[], names: readonly MemoryName[], edit: StructuralEdit): void {
  const target = sheets.find((s) => s.name === edit.sheet);
  if (!target) throw new Error(`No sheet named ${edit.sheet}`);
  for (const sheet of sheets) {
    const own = sheet === target;
    mapFormulas(sheet, (f) => shiftFormula(f, edit, own));
    if (!own) {
      sheet.rules = sheet.rules.map((set) => ({ ...set, rules: set.rules.map((r) => ({ ...r, formula: shiftFormula(r.formula, edit, false) })) }));
      continue;
    }
    replaceMap(sheet.cells, shiftCellMap(sheet.cells, edit));
    replaceMap(sheet.styles, shiftCellMap(sheet.styles, edit));
    if (!isRowEdit(edit)) {
      const widths = new Map<number, number>();
      for (const [c, w] of sheet.widths) {
        const next = shiftIndex(c, edit);
        if (next !== null) widths.set(next, w);
      }
      replaceMap(sheet.widths, widths);
    }
    replaceArray(
      sheet.tables,
      sheet.tables.map((t) => {
        const range = shiftRange(t.range, edit);
        return range && { ...t, range };
      }).filter(present),
    );
    sheet.rules = sheet.rules.map((set) => shiftRuleSet(set, edit)).filter(present);
    sheet.marks = sheet.marks.map((m) => shiftMark(m, edit)).filter(present);
    sheet.validations = sheet.validations.map((v): ListValidation | null => {
      const range = shiftRange(v.range, edit);
      return range && { ...v, range };
    }).filter(present);
    // A chart whose data was deleted keeps its last range here (Excel would show #REF! in its series).
    replaceArray(
      sheet.charts,
      sheet.charts.map((c) => ({ ...c, data: shiftRange(c.data, edit) ?? c.data, anchor: shiftRange(c.anchor, edit) ?? c.anchor })),
    );
  }
  for (const n of names) {
    if (n.sheetId === target.id && n.range) n.range = shiftRange(n.range, edit);
  }
}

/** A block cut on `move.sheet` and pasted at (toRow, toCol) of `move.toSheet`. */
export function applyCutPaste(sheets: readonly MemorySheet[], names: readonly MemoryName[], move: CutPaste): void {
  const source = sheets.find((s) => s.name === move.sheet);
  const dest = sheets.find((s) => s.name === move.toSheet);
  if (!source || !dest) throw new Error(`No sheet named ${source ? move.toSheet : move.sheet}`);
  moveCellBlock(source.cells, dest.cells, move, (cell) => withFormula(cell, (f) => moveFormula(f, move, source.name, dest.name)));
  moveCellBlock(source.styles, dest.styles, move);
  const pasted = (sheet: MemorySheet, row: number, col: number): boolean =>
    sheet === dest && row >= move.toRow && row < move.toRow + move.from.rows && col >= move.toCol && col < move.toCol + move.from.cols;
  const byName = (name: string): MemorySheet => sheets.find((x) => x.name === name)!;
  const later: (() => void)[] = []; // items that moved to another sheet, added once every sheet is done
  for (const sheet of sheets) {
    mapFormulas(sheet, (f) => moveFormula(f, move, sheet.name), (r, c) => pasted(sheet, r, c));
    /** The items that stay on this sheet (moved or not); those moved to another sheet go there. */
    const follow = <T extends { range: RangeRef }>(items: readonly T[], next: (item: T, to: { sheet: string; range: RangeRef }) => T, add: (s: MemorySheet, item: T) => void): T[] => {
      const kept: T[] = [];
      for (const item of items) {
        const to = moveRange(sheet.name, item.range, move);
        if (!to) continue; // pasted over
        const moved = next(item, to);
        if (to.sheet === sheet.name) kept.push(moved);
        else later.push(() => add(byName(to.sheet), moved));
      }
      return kept;
    };
    const keyColumn = (range: RangeRef, col: number): number => {
      const key = moveRange(sheet.name, { ...range, col, cols: 1 }, move);
      return key ? key.range.col : -1;
    };
    sheet.rules = follow(
      sheet.rules,
      (set, to) => ({
        ...set,
        sheet: to.sheet,
        range: to.range,
        keyColumn: keyColumn(set.range, set.keyColumn),
        rules: set.rules.map((r) => ({ ...r, formula: moveFormula(r.formula, move, sheet.name, to.sheet) })),
      }),
      (s, set) => s.rules.unshift(set),
    );
    sheet.marks = follow(
      sheet.marks,
      (m, to) => ({ ...m, sheet: to.sheet, range: to.range, keyColumn: keyColumn(m.range, m.keyColumn), formula: moveFormula(m.formula, move, sheet.name, to.sheet) }),
      (s, m) => s.marks.unshift(m),
    );
    sheet.validations = follow(sheet.validations, (v, to) => ({ ...v, sheet: to.sheet, range: to.range }), (s, v) => s.validations.push(v));
    replaceArray(sheet.tables, follow(sheet.tables, (t, to) => ({ ...t, range: to.range }), (s, t) => s.tables.push(t)));
  }
  for (const f of later) f();
  for (const n of names) {
    const sheet = sheets.find((s) => s.id === n.sheetId);
    if (!sheet || !n.range) continue;
    const to = moveRange(sheet.name, n.range, move);
    n.range = to && to.range;
    if (to) n.sheetId = sheets.find((s) => s.name === to.sheet)!.id;
  }
}

/**
 * Sorts the rows of `range` by the values of column `byCol` (absolute index): the cells and
 * styles of those rows move inside the range, formulas keep reading their own row; rules,
 * validations, Tables and names stay where they are.
 */
export function applySort(sheet: MemorySheet, range: RangeRef, byCol: number, descending = false): void {
  const value = (row: number, col: number): string | number | boolean | null => {
    const c = sheet.cells.get(`${row},${col}`)?.content ?? null;
    const shown = isFormulaCell(c) ? c.value : c;
    return shown === "" ? null : shown;
  };
  const order = sortOrder(range, byCol, value, descending);
  sortCellMap(sheet.cells, range, order, (cell, d) => withFormula(cell, (f) => offsetFormula(f, d, 0)));
  sortCellMap(sheet.styles, range, order);
}

/** A sheet renamed: every formula naming it follows, and the rules' and validations' sheet. */
export function applyRename(sheets: readonly MemorySheet[], sheet: MemorySheet, to: string): void {
  const from = sheet.name;
  sheet.name = to;
  sheet.rules = sheet.rules.map((r) => ({ ...r, sheet: to }));
  sheet.marks = sheet.marks.map((m) => ({ ...m, sheet: to }));
  sheet.validations = sheet.validations.map((v) => ({ ...v, sheet: to }));
  const lower = from.toLowerCase();
  for (const s of sheets) mapFormulas(s, (f) => (f.toLowerCase().includes(lower) ? renameSheetInFormula(f, from, to) : f));
}

/** A sheet deleted: formulas naming it on the other sheets show #REF! (names to it: see getName). */
export function applySheetDeleted(sheets: readonly MemorySheet[], name: string): void {
  const lower = name.toLowerCase();
  for (const s of sheets) mapFormulas(s, (f) => (f.toLowerCase().includes(lower) ? deleteSheetInFormula(f, name) : f));
}
