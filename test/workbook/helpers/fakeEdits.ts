/**
 * The user's structural edits on the Office.js fake (fakeExcel.ts), as Excel applies them between
 * two add-in calls: cells, formulas, range formats, conditional formats (range and formula),
 * validations, charts, Tables and defined names move together. The address arithmetic, and the
 * Microsoft pages it copies, are in src/workbook/model/structuralEdit.ts (shared with the
 * in-memory preview workbook).
 */
import { parseRange, RangeRef, rangeA1 } from "../../../src/workbook/address";
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
  shiftRange,
  shiftRule,
  sortCellMap,
  sortOrder,
  StructuralEdit,
} from "../../../src/workbook/model/structuralEdit";
import type { FakeCell, FakeExcel, FakeSheet } from "./fakeExcel";

const isFormula = (f: unknown): f is string => typeof f === "string" && f.startsWith("=");
const present = <T>(x: T | null): x is T => x !== null;

function mapFormulas(sheet: FakeSheet, fn: (formula: string) => string, skip?: (row: number, col: number) => boolean): void {
  for (const [k, cell] of sheet.cells) {
    if (!isFormula(cell.formula)) continue;
    if (skip) {
      const [r, c] = k.split(",").map(Number);
      if (skip(r, c)) continue;
    }
    const formula = fn(cell.formula);
    if (formula !== cell.formula) sheet.cells.set(k, { ...cell, formula });
  }
}

const withFormula = (cell: FakeCell, fn: (f: string) => string): FakeCell => (isFormula(cell.formula) ? { ...cell, formula: fn(cell.formula) } : cell);

/** Range formats are kept as "A1:B2:kind" → value; re-keys them (null = gone). */
function mapFormats(sheet: FakeSheet, fn: (range: RangeRef) => RangeRef | null): void {
  const next = new Map<string, string>();
  for (const [k, v] of sheet.formats) {
    const cut = k.lastIndexOf(":");
    const range = fn(parseRange(k.slice(0, cut)));
    if (range) next.set(`${rangeA1(range)}${k.slice(cut)}`, v);
  }
  sheet.formats.clear();
  for (const [k, v] of next) sheet.formats.set(k, v);
}

export function applyEdit(excel: FakeExcel, edit: StructuralEdit): void {
  const target = excel.sheet(edit.sheet);
  for (const sheet of excel.sheets) {
    const own = sheet === target;
    mapFormulas(sheet, (f) => shiftFormula(f, edit, own));
    if (!own) {
      sheet.cfs = sheet.cfs.map((c) => ({ ...c, formula: shiftFormula(c.formula, edit, false) }));
      continue;
    }
    const cells = shiftCellMap(sheet.cells, edit);
    sheet.cells.clear();
    for (const [k, v] of cells) sheet.cells.set(k, v);
    mapFormats(sheet, (r) => shiftRange(r, edit));
    sheet.cfs = sheet.cfs
      .map((c) => {
        const next = shiftRule(c.range, c.formula, edit);
        return next && { ...c, range: next.range, formula: next.formula };
      })
      .filter(present);
    sheet.validations = sheet.validations
      .map((v) => {
        const range = shiftRange(v.range, edit);
        return range && { ...v, range };
      })
      .filter(present);
    // A chart whose data was deleted keeps its last range here (Excel would show #REF! in its series).
    sheet.charts = sheet.charts.map((c) => {
      const range = shiftRange(parseRange(c.data), edit);
      return range ? { ...c, data: rangeA1(range) } : c;
    });
  }
  for (let i = excel.tables.length - 1; i >= 0; i--) {
    const t = excel.tables[i];
    if (t.sheet !== target.name) continue;
    const range = shiftRange(t.range, edit);
    if (range) t.range = range;
    else excel.tables.splice(i, 1);
  }
  for (const n of excel.names) if (n.sheetId === target.id && n.range) n.range = shiftRange(n.range, edit);
}

export function applyCutPaste(excel: FakeExcel, move: CutPaste): void {
  const source = excel.sheet(move.sheet);
  const dest = excel.sheet(move.toSheet);
  const m: CutPaste = { ...move, sheet: source.name, toSheet: dest.name };
  moveCellBlock(source.cells, dest.cells, m, (cell) => withFormula(cell, (f) => moveFormula(f, m, source.name, dest.name)));
  const pasted = (sheet: FakeSheet, r: number, c: number): boolean =>
    sheet === dest && r >= m.toRow && r < m.toRow + m.from.rows && c >= m.toCol && c < m.toCol + m.from.cols;
  const later: (() => void)[] = [];
  for (const sheet of excel.sheets) {
    mapFormulas(sheet, (f) => moveFormula(f, m, sheet.name), (r, c) => pasted(sheet, r, c));
    const follow = <T extends { range: RangeRef }>(items: readonly T[], next: (item: T, to: { sheet: string; range: RangeRef }) => T, add: (s: FakeSheet, item: T) => void): T[] => {
      const kept: T[] = [];
      for (const item of items) {
        const to = moveRange(sheet.name, item.range, m);
        if (!to) continue; // pasted over
        const moved = next(item, to);
        if (to.sheet === sheet.name) kept.push(moved);
        else later.push(() => add(excel.sheet(to.sheet), moved));
      }
      return kept;
    };
    sheet.cfs = follow(sheet.cfs, (c, to) => ({ ...c, range: to.range, formula: moveFormula(c.formula, m, sheet.name, to.sheet) }), (s, c) => s.cfs.push(c));
    sheet.validations = follow(sheet.validations, (v, to) => ({ ...v, range: to.range }), (s, v) => s.validations.push(v));
    const formats = [...sheet.formats].map(([k, v]) => ({ range: parseRange(k.slice(0, k.lastIndexOf(":"))), kind: k.slice(k.lastIndexOf(":")), v }));
    sheet.formats.clear();
    for (const f of follow(formats, (f, to) => ({ ...f, range: to.range }), (s, f) => s.formats.set(`${rangeA1(f.range)}${f.kind}`, f.v))) sheet.formats.set(`${rangeA1(f.range)}${f.kind}`, f.v);
  }
  for (const f of later) f();
  for (let i = excel.tables.length - 1; i >= 0; i--) {
    const t = excel.tables[i];
    const to = moveRange(t.sheet, t.range, m);
    if (!to) excel.tables.splice(i, 1);
    else Object.assign(t, { sheet: to.sheet, range: to.range });
  }
  for (const n of excel.names) {
    const sheet = excel.sheets.find((s) => s.id === n.sheetId);
    if (!sheet || !n.range) continue;
    const to = moveRange(sheet.name, n.range, m);
    n.range = to && to.range;
    if (to) n.sheetId = excel.sheet(to.sheet).id;
  }
}

/** Only the cells of the range's rows move (formulas keep reading their own row); formats kept per range stay. */
export function applySort(excel: FakeExcel, sheetName: string, range: RangeRef, byCol: number, descending = false): void {
  const sheet = excel.sheet(sheetName);
  const value = (r: number, c: number): string | number | boolean | null => {
    const v = sheet.cells.get(`${r},${c}`)?.value;
    return v === undefined || v === "" ? null : v;
  };
  const order = sortOrder(range, byCol, value, descending);
  sortCellMap(sheet.cells, range, order, (cell, d) => withFormula(cell, (f) => offsetFormula(f, d, 0)));
}

export function applyRename(excel: FakeExcel, from: string, to: string): void {
  const sheet = excel.sheet(from);
  const old = sheet.name;
  if (to.toLowerCase() !== old.toLowerCase() && excel.sheets.some((s) => s.name.toLowerCase() === to.toLowerCase())) throw new Error(`ItemAlreadyExists: ${to}`);
  sheet.name = to;
  for (const t of excel.tables) if (t.sheet === old) t.sheet = to;
  for (const s of excel.sheets) mapFormulas(s, (f) => renameSheetInFormula(f, old, to));
  if (excel.active.sheet === old) excel.active = { ...excel.active, sheet: to };
}

/** Deletes a sheet with its Tables; formulas naming it show #REF!, names to it become errors. */
export function applyDeleteSheet(excel: FakeExcel, name: string): void {
  const i = excel.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  if (i < 0) return;
  const [gone] = excel.sheets.splice(i, 1);
  for (let t = excel.tables.length - 1; t >= 0; t--) if (excel.tables[t].sheet === gone.name) excel.tables.splice(t, 1);
  for (const s of excel.sheets) mapFormulas(s, (f) => deleteSheetInFormula(f, gone.name));
  if (excel.active.sheet === gone.name) excel.active = { sheet: excel.sheets[0]?.name ?? "", row: 0, col: 0 };
}
