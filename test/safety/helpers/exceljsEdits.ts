/**
 * The user's edits (ownershipScenarios.ts UserEdit) made to an ExcelJS workbook the way Excel
 * makes them to the file: cells move, and so do the formulas, defined names, conditional formats,
 * data validations, merges, Tables and the autofilter that refer to them. The address arithmetic
 * and the Microsoft pages it follows are in src/workbook/model/structuralEdit.ts; this module only
 * carries it out on ExcelJS's model.
 *
 * What ExcelJS does by itself, and what is corrected here:
 * - `spliceRows` / `spliceColumns` move cells, row heights and column widths, and move the cells of
 *   defined names one by one. A name over A2:C13 with a row inserted at row 5 becomes two blocks
 *   (A2:C4, A6:C14) where Excel grows it to A2:C14, and a name whose cells are all deleted is left
 *   with no cell where Excel shows #REF!: names are re-pointed with shiftRange after the splice.
 * - Formulas, conditional formats, data validations, merges and Tables are not moved by ExcelJS.
 * - Renaming a sheet renames nothing else: names and formulas naming the sheet are re-pointed.
 * - `addWorksheet` gives a new sheet the first free id (a deleted sheet's); Excel gives a new
 *   sheet one above the sheetIds it knows of, as the adapter does (addWorksheetWithNewId). Once the
 *   file is saved and reopened, a deleted sheet's id is not known any more: when it was the
 *   highest, the next new sheet gets it again.
 */
import ExcelJS from "exceljs";
import { addWorksheetWithNewId } from "../../../src/workbook/exceljsAdapter";
import { cellA1, parseRange, RangeRef, rangeA1, sheetOfAddress, sheetPrefix } from "../../../src/workbook/address";
import {
  CutPaste,
  deleteSheetInFormula,
  moveFormula,
  moveRange,
  offsetFormula,
  renameSheetInFormula,
  shiftFormula,
  shiftIndex,
  shiftRange,
  shiftRule,
  sortOrder,
  StructuralEdit,
} from "../../../src/workbook/model/structuralEdit";
import { UserEdit } from "./ownershipScenarios";

type Wb = ExcelJS.Workbook;
type Ws = ExcelJS.Worksheet;

interface CfEntry {
  ref: string;
  rules: { formulae?: unknown[]; [k: string]: unknown }[];
}
interface TableModel {
  name: string;
  ref: string;
  tableRef?: string;
  autoFilterRef?: string;
  tl?: unknown;
  headerRow?: boolean;
  columns: { name: string; [k: string]: unknown }[];
}
interface WsInternals {
  conditionalFormattings: CfEntry[];
  dataValidations: { model: Record<string, unknown> };
  _merges: Record<string, { range: string }>;
  tables: Record<string, { table: TableModel }>;
}
interface DefinedNamesInternals {
  matrixMap: Record<string, unknown>;
  getRanges(name: string): { ranges: string[] };
  getMatrix(name: string): unknown;
  add(location: string, name: string): void;
}
interface WbInternals {
  definedNames: DefinedNamesInternals;
}
const ws$ = (ws: Ws): WsInternals => ws as unknown as WsInternals;
const wb$ = (wb: Wb): WbInternals => wb as unknown as WbInternals;

const isRowEdit = (e: StructuralEdit): boolean => e.kind === "insertRows" || e.kind === "deleteRows";
const isInsert = (e: StructuralEdit): boolean => e.kind === "insertRows" || e.kind === "insertColumns";
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function sheet(wb: Wb, name: string): Ws {
  const ws = wb.worksheets.find((w) => same(w.name, name));
  if (!ws) throw new Error(`No sheet named ${name}`);
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Defined names: read as places, re-pointed, written back
// ---------------------------------------------------------------------------------------------

interface Place {
  sheet: string;
  range: RangeRef;
}
/** A defined name as places (the rectangles ExcelJS gives back); null: #REF!. */
interface NameEntry {
  name: string;
  places: Place[] | null;
}

export function readNames(wb: Wb): NameEntry[] {
  const dn = wb$(wb).definedNames;
  return Object.keys(dn.matrixMap).map((name) => {
    const ranges = dn.getRanges(name).ranges;
    if (ranges.length === 0) return { name, places: null };
    return { name, places: ranges.map((r) => ({ sheet: sheetOfAddress(r) ?? "", range: parseRange(r.replace(/\$/g, "")) })) };
  });
}

/** Writes the names back; a #REF! name is kept as a name without cells (ExcelJS's only way to hold one). */
export function writeNames(wb: Wb, names: readonly NameEntry[]): void {
  const dn = wb$(wb).definedNames;
  dn.matrixMap = {};
  for (const n of names) {
    dn.getMatrix(n.name);
    for (const p of n.places ?? []) dn.add(`${sheetPrefix(p.sheet)}${rangeA1(p.range, true)}`, n.name);
  }
}

function mapNames(wb: Wb, fn: (p: Place) => Place | null): void {
  writeNames(
    wb,
    readNames(wb).map((n) => {
      if (!n.places) return n;
      const places = n.places.map(fn).filter((p): p is Place => p !== null);
      return { name: n.name, places: places.length ? places : null };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Formulas everywhere: cells, conditional formats, data validations
// ---------------------------------------------------------------------------------------------

/** Rewrites every cell formula of a sheet; `fn` gets the formula text (no "=") and the cell (0-based). */
function mapCellFormulas(ws: Ws, fn: (formula: string, row: number, col: number) => string): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown as { formula?: string; result?: unknown } | null;
      if (!v || typeof v !== "object" || typeof v.formula !== "string") return;
      const next = fn(v.formula, Number(cell.row) - 1, Number(cell.col) - 1);
      if (next !== v.formula) cell.value = { ...v, formula: next } as ExcelJS.CellValue;
    });
  });
}

function mapRuleFormulas(ws: Ws, fn: (formula: string) => string): void {
  for (const cf of ws$(ws).conditionalFormattings ?? []) {
    for (const rule of cf.rules) if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === "string" ? fn(f) : f));
  }
  const seen = new Set<unknown>();
  for (const rule of Object.values(ws$(ws).dataValidations.model) as ({ formulae?: unknown[] } | undefined)[]) {
    if (!rule || seen.has(rule)) continue;
    seen.add(rule);
    if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === "string" ? fn(f) : f));
  }
}

function mapAllFormulas(wb: Wb, fn: (formula: string, ws: Ws) => string): void {
  for (const ws of wb.worksheets) {
    mapCellFormulas(ws, (f) => fn(f, ws));
    mapRuleFormulas(ws, (f) => fn(f, ws));
  }
}

// ---------------------------------------------------------------------------------------------
// Data validations per cell (ExcelJS reads a file's sqref as one key per cell, sharing the rule)
// ---------------------------------------------------------------------------------------------

type CellMap<T> = Map<string, T>;
const key = (r: number, c: number): string => `${r},${c}`;
const unkey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

function readValidations(ws: Ws): CellMap<unknown> {
  const out: CellMap<unknown> = new Map();
  for (const [address, rule] of Object.entries(ws$(ws).dataValidations.model)) {
    if (rule === undefined) continue;
    const r = parseRange(address.replace(/^range:/, ""));
    for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) out.set(key(i, j), rule);
  }
  return out;
}

function writeValidations(ws: Ws, cells: CellMap<unknown>): void {
  const model: Record<string, unknown> = {};
  for (const [k, rule] of cells) {
    const [r, c] = unkey(k);
    model[cellA1(r, c)] = rule;
  }
  ws$(ws).dataValidations.model = model;
}

// ---------------------------------------------------------------------------------------------
// Insert / delete rows and columns
// ---------------------------------------------------------------------------------------------

function shiftSqref(ref: string, edit: StructuralEdit): string | null {
  const parts = ref
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => shiftRange(parseRange(a), edit))
    .filter((r): r is RangeRef => r !== null);
  return parts.length ? parts.map((r) => rangeA1(r)).join(" ") : null;
}

function structural(wb: Wb, edit: StructuralEdit): void {
  const ws = sheet(wb, edit.sheet);
  const rows = isRowEdit(edit);
  const names = readNames(wb);
  const merges = Object.values(ws$(ws)._merges).map((m) => m.range);
  for (const m of merges) ws.unMergeCells(m);
  const validations = readValidations(ws);

  // Formulas first (cells still where they were): every sheet's references to the edited sheet.
  for (const other of wb.worksheets) {
    const own = other === ws;
    mapCellFormulas(other, (f) => shiftFormula(f, edit, own));
    if (!own) mapRuleFormulas(other, (f) => shiftFormula(f, edit, false));
  }

  // The cells (values, styles, row heights, column widths).
  const at = edit.at + 1;
  if (rows) {
    if (isInsert(edit)) ws.spliceRows(at, 0, ...Array.from({ length: edit.count }, () => []));
    else ws.spliceRows(at, edit.count);
  } else if (isInsert(edit)) ws.spliceColumns(at, 0, ...Array.from({ length: edit.count }, () => []));
  else ws.spliceColumns(at, edit.count);

  // Defined names (ExcelJS moved their cells one by one: re-pointed as Excel does).
  writeNames(
    wb,
    names.map((n) => {
      if (!n.places) return n;
      const places = n.places.map((p) => (same(p.sheet, ws.name) ? ((r) => r && { sheet: p.sheet, range: r })(shiftRange(p.range, edit)) : p)).filter((p): p is Place => p !== null);
      return { name: n.name, places: places.length ? places : null };
    }),
  );

  // Conditional formats: ranges, and formulas written for the (surviving) top-left cell.
  ws$(ws).conditionalFormattings = (ws$(ws).conditionalFormattings ?? []).flatMap((cf) => {
    const parts = cf.ref.split(/\s+/).filter(Boolean);
    const first = parseRange(parts[0]);
    const next = shiftSqref(cf.ref, edit);
    if (!next) return [];
    const rules = cf.rules.map((rule) => ({
      ...rule,
      ...(rule.formulae ? { formulae: rule.formulae.map((f) => (typeof f === "string" ? (shiftRule(first, f, edit)?.formula ?? f) : f)) } : {}),
    }));
    return [{ ...cf, ref: next, rules }];
  });

  // Data validations: cells move; cells inserted between two cells of one rule get it (the
  // rule's range grows, as shiftRange grows it); formulas of the rules follow.
  const moved: CellMap<unknown> = new Map();
  for (const [k, rule] of validations) {
    const [r, c] = unkey(k);
    const next = shiftIndex(rows ? r : c, edit);
    if (next !== null) moved.set(rows ? key(next, c) : key(r, next), rule);
    if (isInsert(edit) && (rows ? r : c) === edit.at - 1) {
      const after = validations.get(rows ? key(edit.at, c) : key(r, edit.at));
      if (after === rule) for (let i = 0; i < edit.count; i++) moved.set(rows ? key(edit.at + i, c) : key(r, edit.at + i), rule);
    }
  }
  writeValidations(ws, moved);
  const seen = new Set<unknown>();
  for (const rule of moved.values() as Iterable<{ formulae?: unknown[] }>) {
    if (seen.has(rule)) continue;
    seen.add(rule);
    if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === "string" ? shiftFormula(f, edit, true) : f));
  }

  // Merges.
  for (const m of merges) {
    const r = shiftRange(parseRange(m), edit);
    if (r && r.rows * r.cols > 1) ws.mergeCells(rangeA1(r));
  }

  // Tables: their range; a column inserted or deleted inside one is one of its columns.
  for (const [name, t] of Object.entries(ws$(ws).tables)) {
    const model = t.table;
    const old = parseRange(model.tableRef ?? model.ref);
    const r = shiftRange(old, edit);
    if (!r) {
      delete ws$(ws).tables[name];
      continue;
    }
    if (!rows) {
      const columns = [...model.columns];
      if (isInsert(edit) && edit.at > old.col && edit.at < old.col + old.cols) {
        columns.splice(edit.at - old.col, 0, ...Array.from({ length: edit.count }, (_, i) => ({ name: `Column${i + 1}` })));
      } else if (!isInsert(edit)) {
        const from = Math.max(edit.at, old.col) - old.col;
        const to = Math.min(edit.at + edit.count, old.col + old.cols) - old.col;
        if (to > from) columns.splice(from, to - from);
      }
      model.columns = columns;
    }
    setTableRange(model, r);
  }

  if (typeof ws.autoFilter === "string") {
    const r = shiftRange(parseRange(ws.autoFilter), edit);
    ws.autoFilter = r ? rangeA1(r) : (undefined as unknown as string);
  }
}

function setTableRange(model: TableModel, r: RangeRef): void {
  model.ref = cellA1(r.row, r.col);
  model.tableRef = rangeA1(r);
  model.autoFilterRef = rangeA1(r);
  model.tl = { address: cellA1(r.row, r.col), row: r.row + 1, col: r.col + 1 };
}

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------

function renameSheet(wb: Wb, from: string, to: string): void {
  const ws = sheet(wb, from);
  const old = ws.name;
  const names = readNames(wb);
  ws.name = to;
  writeNames(
    wb,
    names.map((n) => ({ name: n.name, places: n.places && n.places.map((p) => (same(p.sheet, old) ? { sheet: to, range: p.range } : p)) })),
  );
  mapAllFormulas(wb, (f) => (f.toLowerCase().includes(old.toLowerCase()) ? renameSheetInFormula(f, old, to) : f));
}

function deleteSheet(wb: Wb, name: string): void {
  const ws = sheet(wb, name);
  const old = ws.name;
  const names = readNames(wb);
  wb.removeWorksheet(ws.id);
  // A name on the deleted sheet refers to =#REF!$A$1 in Excel.
  writeNames(wb, names.map((n) => (n.places && n.places.some((p) => same(p.sheet, old)) ? { name: n.name, places: null } : n)));
  mapAllFormulas(wb, (f) => (f.toLowerCase().includes(old.toLowerCase()) ? deleteSheetInFormula(f, old) : f));
}

// ---------------------------------------------------------------------------------------------
// Sort, cut and paste, Table
// ---------------------------------------------------------------------------------------------

interface Held {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

function take(ws: Ws, row: number, col: number): Held {
  const cell = ws.getCell(row + 1, col + 1);
  return { value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style> };
}

function put(ws: Ws, row: number, col: number, held: Held | null): void {
  const cell = ws.getCell(row + 1, col + 1);
  cell.value = held ? held.value : null;
  cell.style = (held ? held.style : {}) as ExcelJS.Style;
}

function withFormula(value: ExcelJS.CellValue, fn: (f: string) => string): ExcelJS.CellValue {
  const v = value as unknown as { formula?: string } | null;
  return v && typeof v === "object" && typeof v.formula === "string" ? ({ ...v, formula: fn(v.formula) } as ExcelJS.CellValue) : value;
}

/**
 * Excel's sort: the rows' cells inside the range change places (values, formats; a formula keeps
 * reading its own row); names, rules, validations and everything outside the range stay.
 */
function sort(wb: Wb, e: Extract<UserEdit, { kind: "sort" }>): void {
  const ws = sheet(wb, e.sheet);
  const shown = (row: number, col: number): string | number | boolean | null => {
    const v = ws.getCell(row + 1, col + 1).value as unknown;
    const x = v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
    return typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? (x === "" ? null : x) : null;
  };
  const order = sortOrder(e.range, e.byCol, shown, e.descending);
  const held = order.map((oldRow) => Array.from({ length: e.range.cols }, (_, j) => take(ws, oldRow, e.range.col + j)));
  order.forEach((oldRow, i) => {
    const newRow = e.range.row + i;
    held[i].forEach((h, j) => put(ws, newRow, e.range.col + j, { ...h, value: withFormula(h.value, (f) => offsetFormula(f, newRow - oldRow, 0)) }));
  });
}

/**
 * Cut and paste: the block's cells (values and formats) go to the destination, which they
 * replace; references to the moved cells follow them; a name, rule, validation or Table wholly
 * inside the block moves with it, one wholly under the pasted block is pasted over (#REF!).
 */
function cutPaste(wb: Wb, move: CutPaste): void {
  const from = sheet(wb, move.sheet);
  const to = sheet(wb, move.toSheet);
  const inDest = (ws: Ws, r: number, c: number): boolean =>
    ws === to && r >= move.toRow && r < move.toRow + move.from.rows && c >= move.toCol && c < move.toCol + move.from.cols;
  // References elsewhere first (the moved cells' own formulas are rewritten as they land).
  for (const ws of wb.worksheets) {
    mapCellFormulas(ws, (f, r, c) =>
      (ws === from && r >= move.from.row && r < move.from.row + move.from.rows && c >= move.from.col && c < move.from.col + move.from.cols) || inDest(ws, r, c) ? f : moveFormula(f, move, ws.name),
    );
  }
  const held: Held[][] = [];
  for (let i = 0; i < move.from.rows; i++) {
    held.push([]);
    for (let j = 0; j < move.from.cols; j++) {
      held[i].push(take(from, move.from.row + i, move.from.col + j));
      put(from, move.from.row + i, move.from.col + j, null);
    }
  }
  for (let i = 0; i < move.from.rows; i++) {
    for (let j = 0; j < move.from.cols; j++) {
      const h = held[i][j];
      put(to, move.toRow + i, move.toCol + j, { ...h, value: withFormula(h.value, (f) => moveFormula(f, move, from.name, to.name)) });
    }
  }
  mapNames(wb, (p) => moveRange(p.sheet, p.range, move));

  // Rules, validations and Tables of every sheet.
  const laterRules: [Ws, CfEntry][] = [];
  const laterValidations: [Ws, number, number, unknown][] = [];
  for (const ws of wb.worksheets) {
    ws$(ws).conditionalFormattings = (ws$(ws).conditionalFormattings ?? []).flatMap((cf) => {
      const range = parseRange(cf.ref.split(/\s+/)[0]);
      const dest = moveRange(ws.name, range, move);
      if (!dest) return [];
      const rules = cf.rules.map((rule) => ({ ...rule, ...(rule.formulae ? { formulae: rule.formulae.map((f) => (typeof f === "string" ? moveFormula(f, move, ws.name, dest.sheet) : f)) } : {}) }));
      const entry = { ...cf, ref: dest.range === range ? cf.ref : rangeA1(dest.range), rules };
      if (same(dest.sheet, ws.name)) return [entry];
      laterRules.push([sheet(wb, dest.sheet), entry]);
      return [];
    });
    const kept: CellMap<unknown> = new Map();
    for (const [k, rule] of readValidations(ws)) {
      const [r, c] = unkey(k);
      const dest = moveRange(ws.name, { row: r, col: c, rows: 1, cols: 1 }, move);
      if (!dest) continue;
      if (same(dest.sheet, ws.name)) kept.set(key(dest.range.row, dest.range.col), rule);
      else laterValidations.push([sheet(wb, dest.sheet), dest.range.row, dest.range.col, rule]);
    }
    writeValidations(ws, kept);
    for (const [name, t] of Object.entries(ws$(ws).tables)) {
      const dest = moveRange(ws.name, parseRange(t.table.tableRef ?? t.table.ref), move);
      if (!dest) delete ws$(ws).tables[name];
      else setTableRange(t.table, dest.range);
    }
  }
  for (const [ws, entry] of laterRules) ws$(ws).conditionalFormattings.unshift(entry);
  for (const [ws, r, c, rule] of laterValidations) ws$(ws).dataValidations.model[cellA1(r, c)] = rule;
}

function toTable(wb: Wb, e: Extract<UserEdit, { kind: "toTable" }>): void {
  const ws = sheet(wb, e.sheet);
  const { row, col, rows, cols } = e.range;
  const columns = Array.from({ length: cols }, (_, j) => ({ name: String(ws.getCell(row + 1, col + j + 1).value ?? `Column${j + 1}`) }));
  const data = Array.from({ length: rows - 1 }, (_, i) => Array.from({ length: cols }, (_, j) => ws.getCell(row + i + 2, col + j + 1).value));
  ws.addTable({ name: e.name, ref: cellA1(row, col), headerRow: true, columns, rows: data } as unknown as ExcelJS.TableProperties);
}

/** One user edit, made to the file as Excel makes it. */
export function editWorkbook(wb: Wb, e: UserEdit): void {
  switch (e.kind) {
    case "insertRows":
    case "deleteRows":
    case "insertColumns":
    case "deleteColumns":
      return structural(wb, e);
    case "type": {
      sheet(wb, e.sheet).getCell(e.row + 1, e.col + 1).value = e.value;
      return;
    }
    case "renameSheet":
      return renameSheet(wb, e.from, e.to);
    case "deleteSheet":
      return deleteSheet(wb, e.name);
    case "addSheet": {
      addWorksheetWithNewId(wb, e.name).getCell(1, 1).value = e.text;
      return;
    }
    case "sort":
      return sort(wb, e);
    case "cutPaste":
      return cutPaste(wb, e);
    case "toTable":
      return toTable(wb, e);
  }
}
