/**
 * What Excel does to addresses when the user changes a sheet's structure between two add-in
 * calls: inserts or deletes rows and columns, cuts and pastes a block, sorts, renames a sheet.
 * Pure functions over RangeRef and formula text, shared by the in-memory preview workbook
 * (memoryWorkbook.ts) and the test fake of Office.js, so both move the add-in's output the way
 * Excel would and the code that finds that output again can be tested against them.
 *
 * Excel's rules copied here, with the pages that state them:
 *
 * - Inserting rows above / columns left of a reference shifts it; inserting rows or columns
 *   inside a referenced range (after its first row or column) grows the range; deleting some of
 *   its rows or columns shrinks it; deleting all of them leaves the reference as #REF!. Defined
 *   names follow the same rules ("Define and use names in formulas",
 *   https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64;
 *   "Insert or delete cells, rows, and columns",
 *   https://support.microsoft.com/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 * - "#REF! … happens most often when cells that were referenced by formulas get deleted, or
 *   pasted over" ("How to correct a #REF! error",
 *   https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d5f-a2b7-35ba7ef4d4b3).
 * - Cut and paste (Range.moveTo) moves the cells with their formats; references to the moved
 *   cells follow them, the moved formulas' own references do not change
 *   ("Cut, copy, and paste ranges using the Excel JavaScript API",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste;
 *   "Move or copy a formula",
 *   https://support.microsoft.com/office/move-or-copy-a-formula-1f5cf825-9b07-41b1-8719-bf88b07450c6;
 *   "Move or copy cells and cell contents",
 *   https://support.microsoft.com/office/move-or-copy-cells-and-cell-contents-803d65eb-6a3e-4534-8c6f-ff12d1c4139e).
 * - A custom conditional-format formula is written for the top-left cell of the range it applies
 *   to; relative references are relative to that cell ("Use formulas with conditional formatting",
 *   https://support.microsoft.com/office/use-formulas-with-conditional-formatting-fed60dfa-1d3f-4e13-9ecb-f1951ff89d7f;
 *   "Apply conditional formatting to Excel ranges",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 * - Sorting rearranges the rows' cells inside the sorted range; references and names stay where
 *   they are ("Sort data in a range or table",
 *   https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654).
 *   Formulas that move with a sorted row keep pointing at their own row (relative references
 *   move like a copy), so a per-row formula still reads its own row after the sort.
 *
 * Everything is 0-based like RangeRef: `at: 4` is the sheet's row 5 / column E.
 */
import { columnIndex, columnLetter, RangeRef, sheetPrefix } from "../address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A user's insertion or deletion of whole rows or columns on one sheet. */
export interface StructuralEdit {
  readonly kind: "insertRows" | "deleteRows" | "insertColumns" | "deleteColumns";
  readonly sheet: string;
  /** 0-based index of the first row/column inserted or deleted. */
  readonly at: number;
  readonly count: number;
}

/** A user's cut of a block and paste with its top-left corner at (toRow, toCol), maybe on another sheet. */
export interface CutPaste {
  readonly sheet: string;
  readonly from: RangeRef;
  readonly toSheet: string;
  readonly toRow: number;
  readonly toCol: number;
}

const isRowEdit = (edit: StructuralEdit): boolean => edit.kind === "insertRows" || edit.kind === "deleteRows";
const isInsert = (edit: StructuralEdit): boolean => edit.kind === "insertRows" || edit.kind === "insertColumns";
const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * One axis of a range under an insertion or deletion on that axis: [start, start + length).
 * null when every index of it was deleted.
 */
export function shiftSpan(start: number, length: number, insert: boolean, at: number, count: number): { start: number; length: number } | null {
  const end = start + length; // exclusive
  if (insert) {
    if (at <= start) return { start: start + count, length };
    if (at < end) return { start, length: length + count }; // inside, after the first index: grows
    return { start, length };
  }
  const delEnd = at + count;
  if (delEnd <= start) return { start: start - count, length };
  if (at >= end) return { start, length };
  const removed = Math.min(end, delEnd) - Math.max(start, at);
  if (removed >= length) return null;
  return { start: Math.min(start, at), length: length - removed };
}

/** Where a single row/column index goes: null when it was deleted. */
export function shiftIndex(index: number, edit: StructuralEdit): number | null {
  return shiftSpan(index, 1, isInsert(edit), edit.at, edit.count)?.start ?? null;
}

/**
 * A range on the edited sheet after the edit, as Excel adjusts references and defined names:
 * null when all of it was deleted (the reference becomes #REF!).
 */
export function shiftRange(range: RangeRef, edit: StructuralEdit): RangeRef | null {
  if (isRowEdit(edit)) {
    const s = shiftSpan(range.row, range.rows, isInsert(edit), edit.at, edit.count);
    return s && { ...range, row: s.start, rows: s.length };
  }
  const s = shiftSpan(range.col, range.cols, isInsert(edit), edit.at, edit.count);
  return s && { ...range, col: s.start, cols: s.length };
}

/** Only a range wholly inside the cut block moves; one wholly under the pasted block is pasted over. */
export type Moved = { sheet: string; range: RangeRef } | null;

const inside = (r: RangeRef, outer: RangeRef): boolean =>
  r.row >= outer.row && r.col >= outer.col && r.row + r.rows <= outer.row + outer.rows && r.col + r.cols <= outer.col + outer.cols;

/**
 * A range after a cut and paste: wholly inside the cut block → it moves with the cells; wholly
 * inside the block pasted over (and not moved) → null (#REF!); otherwise it stays where it is
 * (cutting only part of a named range does not change the name).
 */
export function moveRange(sheet: string, range: RangeRef, move: CutPaste): Moved {
  if (sameSheet(sheet, move.sheet) && inside(range, move.from)) {
    return { sheet: move.toSheet, range: { ...range, row: range.row - move.from.row + move.toRow, col: range.col - move.from.col + move.toCol } };
  }
  const dest = { row: move.toRow, col: move.toCol, rows: move.from.rows, cols: move.from.cols };
  if (sameSheet(sheet, move.toSheet) && inside(range, dest)) return null;
  return { sheet, range };
}

// ---------------------------------------------------------------------------------------------
// References inside formula text
// ---------------------------------------------------------------------------------------------

/** One A1 reference found in a formula: a cell, a range, whole columns (D:D) or whole rows (2:5). */
export interface FormulaRef {
  /** The sheet named before "!", or undefined for a reference to the formula's own sheet. */
  readonly sheet?: string;
  readonly kind: "cells" | "columns" | "rows";
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
  /** $ before the column / row of each end. */
  readonly absCol1: boolean;
  readonly absRow1: boolean;
  readonly absCol2: boolean;
  readonly absRow2: boolean;
  /** "A1" rather than "A1:B2". */
  readonly single: boolean;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELLS = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?`;
const COLUMNS = String.raw`(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})`;
const ROWS = String.raw`(\$?)(\d{1,7}):(\$?)(\d{1,7})`;
const REF = new RegExp(String.raw`(?:${SHEET})?(?:${CELLS}|${COLUMNS}|${ROWS})`, "uy");
/** What may not touch a reference on either side (a function or name would). */
const WORD_BEFORE = /[\p{L}\p{N}_.$]/u;
const WORD_AFTER = /[\p{L}\p{N}_.(!$]/u;

function parseAt(formula: string, i: number): { ref: FormulaRef; end: number } | null {
  if (i > 0 && WORD_BEFORE.test(formula[i - 1])) return null;
  REF.lastIndex = i;
  const m = REF.exec(formula);
  if (!m) return null;
  const end = i + m[0].length;
  if (end < formula.length && WORD_AFTER.test(formula[end])) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const col = (s: string): number => columnIndex(s);
  let ref: FormulaRef;
  if (m[4] !== undefined) {
    const single = m[8] === undefined;
    ref = {
      sheet,
      kind: "cells",
      col1: col(m[4]),
      absCol1: m[3] === "$",
      row1: Number(m[6]) - 1,
      absRow1: m[5] === "$",
      col2: col(single ? m[4] : m[8]),
      absCol2: single ? m[3] === "$" : m[7] === "$",
      row2: Number(single ? m[6] : m[10]) - 1,
      absRow2: single ? m[5] === "$" : m[9] === "$",
      single,
    };
  } else if (m[12] !== undefined) {
    ref = { sheet, kind: "columns", col1: col(m[12]), absCol1: m[11] === "$", col2: col(m[14]), absCol2: m[13] === "$", row1: 0, row2: MAX_ROWS - 1, absRow1: false, absRow2: false, single: false };
  } else {
    ref = { sheet, kind: "rows", row1: Number(m[16]) - 1, absRow1: m[15] === "$", row2: Number(m[18]) - 1, absRow2: m[17] === "$", col1: 0, col2: MAX_COLS - 1, absCol1: false, absCol2: false, single: false };
  }
  const valid = ref.col1 < MAX_COLS && ref.col2 < MAX_COLS && ref.row1 >= 0 && ref.row2 >= 0 && ref.row1 < MAX_ROWS && ref.row2 < MAX_ROWS;
  return valid ? { ref, end } : null;
}

/** The formula's references in order (text inside quotes is skipped). */
export function formulaRefs(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  rewriteRefs(formula, (ref) => {
    out.push(ref);
    return null;
  });
  return out;
}

/**
 * Rewrites every A1 reference of a formula outside string literals: `fn` returns the new text
 * of the reference (sheet prefix included) or null to keep it as written.
 */
export function rewriteRefs(formula: string, fn: (ref: FormulaRef, text: string) => string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A text literal: "" inside is one quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const hit = parseAt(formula, i);
    if (hit) {
      const text = formula.slice(i, hit.end);
      out += fn(hit.ref, text) ?? text;
      i = hit.end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The text of a reference with its $ signs, on `sheet` (prefix written only when given). */
export function refText(ref: FormulaRef, sheet?: string): string {
  const prefix = sheet === undefined ? "" : sheetPrefix(sheet);
  const d = (abs: boolean): string => (abs ? "$" : "");
  if (ref.kind === "columns") return `${prefix}${d(ref.absCol1)}${columnLetter(ref.col1)}:${d(ref.absCol2)}${columnLetter(ref.col2)}`;
  if (ref.kind === "rows") return `${prefix}${d(ref.absRow1)}${ref.row1 + 1}:${d(ref.absRow2)}${ref.row2 + 1}`;
  const first = `${d(ref.absCol1)}${columnLetter(ref.col1)}${d(ref.absRow1)}${ref.row1 + 1}`;
  const last = `${d(ref.absCol2)}${columnLetter(ref.col2)}${d(ref.absRow2)}${ref.row2 + 1}`;
  return `${prefix}${ref.single ? first : `${first}:${last}`}`;
}

const refError = (ref: FormulaRef): string => `${ref.sheet === undefined ? "" : sheetPrefix(ref.sheet)}#REF!`;

function refRange(ref: FormulaRef): RangeRef {
  return { row: ref.row1, col: ref.col1, rows: ref.row2 - ref.row1 + 1, cols: ref.col2 - ref.col1 + 1 };
}

function withRange(ref: FormulaRef, r: RangeRef): FormulaRef {
  return { ...ref, row1: r.row, col1: r.col, row2: r.row + r.rows - 1, col2: r.col + r.cols - 1 };
}

/** Moves the relative parts of a reference by (dRows, dCols), as copying a formula does. */
function offsetRelative(ref: FormulaRef, dRows: number, dCols: number): FormulaRef {
  const rows = ref.kind !== "columns";
  const cols = ref.kind !== "rows";
  return {
    ...ref,
    row1: rows && !ref.absRow1 ? ref.row1 + dRows : ref.row1,
    row2: rows && !ref.absRow2 ? ref.row2 + dRows : ref.row2,
    col1: cols && !ref.absCol1 ? ref.col1 + dCols : ref.col1,
    col2: cols && !ref.absCol2 ? ref.col2 + dCols : ref.col2,
  };
}

function shiftRef(ref: FormulaRef, edit: StructuralEdit): FormulaRef | null {
  // Whole columns do not move with rows, whole rows not with columns.
  if (ref.kind === "columns" && isRowEdit(edit)) return ref;
  if (ref.kind === "rows" && !isRowEdit(edit)) return ref;
  const r = shiftRange(refRange(ref), edit);
  return r && withRange(ref, r);
}

function editsRef(ref: FormulaRef, edit: StructuralEdit, formulaSheetIsEditedSheet: boolean): boolean {
  return ref.sheet === undefined ? formulaSheetIsEditedSheet : sameSheet(ref.sheet, edit.sheet);
}

/**
 * A formula after rows or columns were inserted or deleted, as Excel rewrites it: references to
 * the edited sheet move, grow or shrink; a reference whose cells were all deleted becomes #REF!
 * (`Sheet1!#REF!` when it named its sheet). Unqualified references are on the formula's own
 * sheet, so they change only when `formulaSheetIsEditedSheet`. Text in quotes is left alone.
 *
 *   shiftFormula('=$I2="A"', insert column at B, true)                          → '=$J2="A"'
 *   shiftFormula('=SEGMENT.ABCOF(D2,$D$2:$D$242,"80/95")', insert 2 rows at 5, true)
 *                                                     → '=SEGMENT.ABCOF(D2,$D$2:$D$244,"80/95")'
 *   shiftFormula('=COUNTIF(Data!$I$2:$I$11,"A")', delete column I of Data, false) → '=COUNTIF(Data!#REF!,"A")'
 */
export function shiftFormula(formula: string, edit: StructuralEdit, formulaSheetIsEditedSheet: boolean): string {
  return shiftFormulaFrom(formula, edit, formulaSheetIsEditedSheet, 0, 0);
}

function shiftFormulaFrom(formula: string, edit: StructuralEdit, formulaSheetIsEditedSheet: boolean, dRows: number, dCols: number): string {
  return rewriteRefs(formula, (ref) => {
    if (!editsRef(ref, edit, formulaSheetIsEditedSheet)) return null;
    const moved = shiftRef(offsetRelative(ref, dRows, dCols), edit);
    if (!moved) return refError(ref);
    const same = moved.row1 === ref.row1 && moved.row2 === ref.row2 && moved.col1 === ref.col1 && moved.col2 === ref.col2;
    return same ? null : refText(moved, ref.sheet);
  });
}

/**
 * A conditional-format (or data-validation) rule on `range` after the edit: its new range (null
 * when all of it was deleted) and its formula. The formula is written for the range's top-left
 * cell; when that cell is deleted the rule's new top-left is the first cell left, and relative
 * references keep their offset from it (so `=$I2="A"` on A2:I11 stays `=$I2="A"` on A2:I10 after
 * row 2 is deleted, where a cell formula pointing at I2 would become #REF!).
 */
export function shiftRule(range: RangeRef, formula: string, edit: StructuralEdit): { range: RangeRef; formula: string } | null {
  const next = shiftRange(range, edit);
  if (!next) return null;
  // The first row/column of the range that survived, in the old coordinates.
  let dRows = 0;
  let dCols = 0;
  if (!isInsert(edit) && edit.at <= (isRowEdit(edit) ? range.row : range.col) && edit.at + edit.count > (isRowEdit(edit) ? range.row : range.col)) {
    const survivor = edit.at + edit.count;
    if (isRowEdit(edit)) dRows = survivor - range.row;
    else dCols = survivor - range.col;
  }
  return { range: next, formula: shiftFormulaFrom(formula, edit, true, dRows, dCols) };
}

/**
 * A formula after a cut and paste: references wholly inside the cut block follow it (moveRange),
 * references to cells pasted over become #REF!. `formulaSheet` is where the formula was; a formula
 * that was itself in the cut block and lands on another sheet gives `newFormulaSheet`, and its
 * references to the sheet it left then name that sheet.
 */
export function moveFormula(formula: string, move: CutPaste, formulaSheet: string, newFormulaSheet = formulaSheet): string {
  return rewriteRefs(formula, (ref) => {
    const sheet = ref.sheet ?? formulaSheet;
    const moved = moveRange(sheet, refRange(ref), move);
    if (!moved) return refError(ref);
    const target = ref.sheet !== undefined || !sameSheet(moved.sheet, newFormulaSheet) ? moved.sheet : undefined;
    const unchanged = moved.sheet === sheet && moved.range.row === ref.row1 && moved.range.col === ref.col1 && target === ref.sheet;
    return unchanged ? null : refText(withRange(ref, moved.range), target);
  });
}

/** A formula copied by (dRows, dCols): relative parts move, $-absolute parts stay (used for rows moved by a sort). */
export function offsetFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return rewriteRefs(formula, (ref) => {
    const moved = offsetRelative(ref, dRows, dCols);
    if (moved.row1 < 0 || moved.col1 < 0 || moved.row2 >= MAX_ROWS || moved.col2 >= MAX_COLS) return refError(ref);
    return refText(moved, ref.sheet);
  });
}

/** A formula after a sheet was renamed: references naming it name the new name (quoted when needed). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return rewriteRefs(formula, (ref) => (ref.sheet !== undefined && sameSheet(ref.sheet, from) ? refText(ref, to) : null));
}

/** A formula after a sheet was deleted: references to it become `#REF!A1` as in Excel. */
export function deleteSheetInFormula(formula: string, sheet: string): string {
  return rewriteRefs(formula, (ref) => (ref.sheet !== undefined && sameSheet(ref.sheet, sheet) ? `#REF!${refText(ref)}` : null));
}

// ---------------------------------------------------------------------------------------------
// Cells keyed "row,col"
// ---------------------------------------------------------------------------------------------

const cellKey = (row: number, col: number): string => `${row},${col}`;
const parseKey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

/** A sheet's cells (keyed "row,col") after the edit: cells in deleted rows/columns are gone, the rest move. */
export function shiftCellMap<T>(cells: Map<string, T>, edit: StructuralEdit): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of cells) {
    const [r, c] = parseKey(k);
    const next = isRowEdit(edit) ? shiftIndex(r, edit) : shiftIndex(c, edit);
    if (next === null) continue;
    out.set(isRowEdit(edit) ? cellKey(next, c) : cellKey(r, next), v);
  }
  return out;
}

/**
 * Cut and paste between two cell maps (the same map when on one sheet): the block's cells leave
 * `from`, the destination block is emptied, then they land at (toRow, toCol). `transform` gets
 * each moved value (e.g. to adjust its formula) with its new position.
 */
export function moveCellBlock<T>(from: Map<string, T>, to: Map<string, T>, move: CutPaste, transform: (value: T) => T = (v) => v): void {
  const taken: [number, number, T][] = [];
  for (const [k, v] of [...from]) {
    const [r, c] = parseKey(k);
    if (r >= move.from.row && r < move.from.row + move.from.rows && c >= move.from.col && c < move.from.col + move.from.cols) {
      taken.push([r - move.from.row + move.toRow, c - move.from.col + move.toCol, v]);
      from.delete(k);
    }
  }
  for (const k of [...to.keys()]) {
    const [r, c] = parseKey(k);
    if (r >= move.toRow && r < move.toRow + move.from.rows && c >= move.toCol && c < move.toCol + move.from.cols) to.delete(k);
  }
  for (const [r, c, v] of taken) to.set(cellKey(r, c), transform(v));
}

/** Excel's ascending order: numbers, text (without case), logical values; blanks always last. */
export type SortValue = string | number | boolean | null;

function rank(v: SortValue): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return v.startsWith("#") ? 3 : 1;
  if (typeof v === "boolean") return 2;
  return 4;
}

/**
 * The order of the rows of `range` after sorting by column `byCol` (absolute index): element i is
 * the old row (absolute index) that ends up at row range.row + i. Stable, blanks last either way.
 */
export function sortOrder(range: RangeRef, byCol: number, valueAt: (row: number, col: number) => SortValue, descending = false): number[] {
  const rows = Array.from({ length: range.rows }, (_, i) => range.row + i);
  const key = new Map(rows.map((r) => [r, valueAt(r, byCol)] as const));
  return rows.sort((a, b) => {
    const va = key.get(a) ?? null;
    const vb = key.get(b) ?? null;
    const ra = rank(va);
    const rb = rank(vb);
    if (ra === 4 || rb === 4) return ra === rb ? 0 : ra === 4 ? 1 : -1;
    let cmp = ra - rb;
    if (cmp === 0) {
      if (typeof va === "string" && typeof vb === "string") cmp = va.localeCompare(vb, undefined, { sensitivity: "base" });
      else cmp = va! < vb! ? -1 : va! > vb! ? 1 : 0;
    }
    return descending ? -cmp : cmp;
  });
}

/**
 * Rearranges the cells of `range` in a cell map by `order` (from sortOrder). Only cells inside the
 * range move; `transform` gets each moved value and how many rows it moved.
 */
export function sortCellMap<T>(cells: Map<string, T>, range: RangeRef, order: readonly number[], transform: (value: T, dRows: number) => T = (v) => v): void {
  const rowsOld = new Map<number, Map<number, T>>();
  for (const [k, v] of [...cells]) {
    const [r, c] = parseKey(k);
    if (r >= range.row && r < range.row + range.rows && c >= range.col && c < range.col + range.cols) {
      if (!rowsOld.has(r)) rowsOld.set(r, new Map());
      rowsOld.get(r)!.set(c, v);
      cells.delete(k);
    }
  }
  order.forEach((oldRow, i) => {
    const newRow = range.row + i;
    for (const [c, v] of rowsOld.get(oldRow) ?? []) cells.set(cellKey(newRow, c), transform(v, newRow - oldRow));
  });
}
