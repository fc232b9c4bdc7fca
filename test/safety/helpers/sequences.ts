/**
 * Random sequences of what a user does with the pane (apply ABC / ABCD / Pareto / quadrants with
 * or without tags, summary, live formulas and history; re-apply; refresh; remove one; remove all;
 * edit a value; save and reopen) and with the sheet between two of those (insert and delete rows
 * and columns inside and beside the data; rename, delete and re-create sheets — the user's own,
 * ours, the data sheet renamed and back; type into our cells and into cells we left empty), run
 * against any workbook through a small `Subject` interface, checking after every step that
 * - the user's part of the workbook is what it would be without the add-in: a pristine copy that
 *   received the same edits of the user's (edits of our sheets, which the copy does not have, go
 *   to the add-in's workbook only). The add-in's part is what each listed segmentation still owns
 *   where it is now (`port.owned`: cells that still hold what we wrote, rules, drop-downs, sheets
 *   and names), the history sheets and the settings. Before the user has touched the sheet's
 *   structure or our output, that part is exactly the saved footprints (checked);
 * - a cell the user typed into is never taken to be ours;
 * - no saved segmentation was lost, and no history row (a refresh appends, nothing removes);
 * - a refresh the add-in refuses changes nothing: its columns would cover someone else's cells
 *   (the sequence then refreshes with `relocate`, as the pane offers), or columns were inserted or
 *   deleted inside the data (by design: the pane says so and offers Remove);
 * - once nothing is listed and no history kept, the whole workbook is the pristine copy.
 */
import fc from "fast-check";
import { historyText } from "../../../src/i18n/historyText";
import { LANGUAGES } from "../../../src/i18n/language";
import { contains } from "../../../src/workbook/address";
import { HISTORY_INDEX_KEY, parseIndex } from "../../../src/workbook/history";
import { shiftIndex, shiftRange, StructuralEdit } from "../../../src/workbook/model/structuralEdit";
import { Footprint, SavedSegmentation } from "../../../src/workbook/plan";
import { OccupiedError, WorkbookPort } from "../../../src/workbook/port";
import { refreshSaved, SourceChangedError } from "../../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../../src/workbook/segmentation";
import type { UserEdit } from "./ownershipScenarios";

export type MethodId = "ABC" | "ABCD" | "PARETO" | "QUADRANT";

/** Where a structural edit of the user's goes: inside the data, beside it, or on the user's other sheet. */
export type RowPlace = "inside" | "above" | "below" | "notes";
export type ColumnPlace = "inside" | "left" | "right" | "notes";
export type SheetAction = "renameData" | "renameNotes" | "deleteNotes" | "recreate" | "deleteOurs" | "renameOurs";

export type Op =
  | { readonly kind: "apply"; readonly method: MethodId; readonly tags: boolean; readonly summary: boolean; readonly formulas: boolean; readonly history?: boolean }
  | { readonly kind: "reapply"; readonly pick: number }
  | { readonly kind: "refresh"; readonly pick: number }
  | { readonly kind: "removeOne"; readonly pick: number }
  | { readonly kind: "removeAll" }
  | { readonly kind: "edit"; readonly customer: number; readonly value: number | null }
  | { readonly kind: "reopen" }
  // The user's edits of the sheet (`at` picks the place among the allowed ones, modulo their number).
  /** Rows inserted (inside the data: a new customer typed there when `fill`) or deleted. */
  | { readonly kind: "rows"; readonly insert: boolean; readonly where: RowPlace; readonly at: number; readonly count: number; readonly fill: boolean }
  /** Columns inserted (inside the data: with a header and values, as a user adds a column) or deleted (inside: a column no role reads). */
  | { readonly kind: "columns"; readonly insert: boolean; readonly where: ColumnPlace; readonly at: number; readonly count: number }
  /** A sheet renamed, deleted or made again: the data sheet (renamed and back), the user's "Notes", ours (the add-in's workbook only). */
  | { readonly kind: "sheet"; readonly action: SheetAction; readonly pick: number }
  /** The user types into (or clears) a cell of a listed segmentation's class column, on one of its source rows. */
  | { readonly kind: "typeOurs"; readonly pick: number; readonly row: number; readonly value: string | number | null }
  /** The user types into a cell we left empty: a source row with no class, below the data in our column, or right of our columns. */
  | { readonly kind: "typeEmpty"; readonly pick: number; readonly where: "noClass" | "below" | "beside"; readonly row: number; readonly value: string | number };

/** The op kinds that are the user's edits of the sheet (structure, sheets, our cells). */
export const STRUCTURAL_KINDS: ReadonlySet<Op["kind"]> = new Set(["rows", "columns", "sheet", "typeOurs", "typeEmpty"]);

const typed = fc.oneof(fc.constantFrom("VIP", "ask Kim"), fc.integer({ min: -500, max: 60_000 }));

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("apply" as const), method: fc.constantFrom<MethodId>("ABC", "ABCD", "PARETO", "QUADRANT"), tags: fc.boolean(), summary: fc.boolean(), formulas: fc.boolean(), history: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reapply" as const), pick: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("refresh" as const), pick: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("removeOne" as const), pick: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "removeAll" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("edit" as const), customer: fc.nat(39), value: fc.option(fc.integer({ min: -500, max: 60_000 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: "reopen" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("rows" as const),
      insert: fc.boolean(),
      where: fc.constantFrom<RowPlace>("inside", "inside", "above", "below", "notes"),
      at: fc.nat(60),
      count: fc.integer({ min: 1, max: 2 }),
      fill: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("columns" as const), insert: fc.boolean(), where: fc.constantFrom<ColumnPlace>("inside", "left", "right", "right", "notes"), at: fc.nat(60), count: fc.integer({ min: 1, max: 2 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("sheet" as const), action: fc.constantFrom<SheetAction>("renameData", "renameNotes", "deleteNotes", "recreate", "deleteOurs", "renameOurs"), pick: fc.nat(9) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("typeOurs" as const), pick: fc.nat(9), row: fc.nat(60), value: fc.option(typed, { nil: null, freq: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("typeEmpty" as const), pick: fc.nat(9), where: fc.constantFrom("noClass" as const, "below" as const, "beside" as const), row: fc.nat(60), value: typed }) },
);

/** A cell (0-based), as the pane's "use the table at the cursor" starts from. */
export interface CellAt {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A workbook under test: the port on it, and the user-side operations mirrored on a pristine copy. */
export interface Subject {
  port(): WorkbookPort;
  /** Puts the active cell inside the user's data (as the user does before "use the table at the cursor"); `at` where the data is now. */
  selectData(at?: CellAt): void;
  /** Saves and reopens (a no-op where that means nothing). */
  reopen(): Promise<void>;
  /** The user types a value into a Revenue cell, in the workbook and in the pristine copy alike. */
  edit(customer: number, value: number | null): void;
  /** The user's part of the workbook now, and of the pristine copy, leaving out what the add-in owns. */
  userPart(owned: Owned): { now: string; pristine: string };
  /** Everything in the workbook now, nothing left out. */
  full(): string;
}

/** A subject on which the user also edits the sheets (ownershipScenarios.ts UserEdit). */
export interface EditableSubject extends Subject {
  /** The edit in the add-in's workbook and in the pristine copy; with `addinOnly`, in the add-in's workbook only (an edit of our sheets). */
  userEdit(edit: UserEdit, addinOnly?: boolean): Promise<void>;
}

/** What the add-in owns at some moment. */
export interface Owned {
  readonly ids: readonly string[];
  readonly footprints: readonly Footprint[];
  /** History sheets (they outlive the segmentations, by design); left out: nothing is, the whole workbook is compared. */
  readonly historySheets?: readonly string[];
}

const HISTORY_PREFIXES = LANGUAGES.map((l) => historyText("historySheet", l).toLowerCase());

/** The history sheets: those the index names, and any sheet named like one (the index may be stale). */
export async function historySheets(port: WorkbookPort): Promise<string[]> {
  const index = parseIndex(await port.readSetting(HISTORY_INDEX_KEY));
  const names = await port.sheetNames();
  return names.filter((n) => index?.sheets.includes(n) || HISTORY_PREFIXES.some((p) => n.toLowerCase().startsWith(p)));
}

/** Every history row (header excluded) of every history sheet, as text, with how often it occurs. */
export async function historyRows(port: WorkbookPort): Promise<Map<string, number>> {
  const rows = new Map<string, number>();
  for (const sheet of await historySheets(port)) {
    const used = await port.usedRange(sheet);
    if (!used) continue;
    const cells = (await port.readRange(sheet, used)) ?? [];
    for (const row of cells.slice(1)) {
      const key = `${sheet}|${JSON.stringify(row)}`;
      rows.set(key, (rows.get(key) ?? 0) + 1);
    }
  }
  return rows;
}

export const ROLES = { id: 0, name: 1, value: 3, second: 4 } as const;

export function choiceFor(method: string, tags: boolean, summary: boolean, formulas: boolean, history = false): Choice {
  return { methodId: method, params: {}, roles: { ...ROLES }, output: formulas ? "formulas" : "values", tones: {}, summary, tags, language: "en", history };
}

/** Where the data is now: the cell to start from, and the sheet columns the roles read. */
export interface DataPlace {
  readonly anchor: CellAt;
  readonly roleColumns: { readonly id: number; readonly name: number; readonly value: number; readonly second: number };
}

export async function applyMethod(subject: Subject, choice: Choice, id: string, at: Date, place?: DataPlace): Promise<SavedSegmentation> {
  subject.selectData(place?.anchor);
  const port = subject.port();
  const source = await port.locateSource();
  if (!source) throw new Error("no source at the cursor");
  const left = source.ref.range.col;
  const roles = place ? { ...choice.roles, ...Object.fromEntries(Object.entries(place.roleColumns).map(([role, col]) => [role, col - left])) } : choice.roles;
  const chosen = { ...choice, roles };
  const prepared = await prepare(port, source.ref, chosen);
  const plan = await buildPlan(port, source.ref, source.columnNames, chosen, prepared, id, at);
  return port.apply(plan);
}

/** The first place two canonical texts differ, with some context, for a readable failure. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differs at ${i}:\n  expected …${a.slice(Math.max(0, i - 160), i + 160)}…\n  actual   …${b.slice(Math.max(0, i - 160), i + 160)}…`;
}

export interface SequenceStats {
  sequences: number;
  steps: number;
  byKind: Record<string, number>;
  checks: number;
  /** Refreshes refused because their columns would cover other cells (then redone with relocate). */
  refusedRefreshes: number;
  /** Refreshes refused because columns were inserted or deleted inside the data (SourceChangedError; nothing changed). */
  sourceChanged: number;
  /** The user's edits of the sheet actually made (a row or column insert or delete, a sheet renamed, deleted or made, a cell typed). */
  structuralEdits: number;
  /** Comparisons of the whole workbook with the pristine copy, nothing left out (nothing listed, no history). */
  wholeChecks: number;
  /** Steps of the user's edits of the sheet that found nothing to edit (no such sheet, nothing listed, no room). */
  idleEdits: number;
  /** Most history rows seen in one sequence. */
  historyRows: number;
}

export function newStats(): SequenceStats {
  return { sequences: 0, steps: 0, byKind: {}, checks: 0, refusedRefreshes: 0, sourceChanged: 0, structuralEdits: 0, wholeChecks: 0, idleEdits: 0, historyRows: 0 };
}

// ---------------------------------------------------------------------------------------------
// Where the user's data is now, followed through the user's edits (both workbooks have the same
// user layout; the same 0-based layout in the .xlsx and in the fake Excel: header on row 2,
// customers on rows 3…42, columns A…F).
// ---------------------------------------------------------------------------------------------

type ColumnRole = "id" | "name" | "region" | "value" | "second" | "margin" | "extra";

interface Layout {
  /** The data sheet's name now. */
  sheet: string;
  /** The user's other sheet, by its name now (null: deleted). */
  notes: string | null;
  header: number;
  /** Rows of the data block below the header (customers, and rows inserted among them). */
  rows: number;
  /** Each original customer's row now (null: deleted). */
  customers: (number | null)[];
  /** The data's first column now, and its columns left to right. */
  left: number;
  columns: ColumnRole[];
  /** Sheets deleted in this sequence whose names the user may give a new sheet. */
  deleted: string[];
  /** How many sheets of ours were renamed (for new names). */
  renamed: number;
}

const DATA_SHEET = "Customers";
const RENAMED_DATA_SHEET = "Clients 2024";
const NOTES = "Notes";
const RENAMED_NOTES = "Notes 2024";

function startLayout(): Layout {
  return {
    sheet: DATA_SHEET,
    notes: NOTES,
    header: 2,
    rows: 40,
    customers: Array.from({ length: 40 }, (_, i) => 3 + i),
    left: 0,
    columns: ["id", "name", "region", "value", "second", "margin"],
    deleted: [],
    renamed: 0,
  };
}

function placeOf(layout: Layout): DataPlace {
  const col = (role: ColumnRole): number => layout.left + layout.columns.indexOf(role);
  const first = layout.customers.find((r): r is number => r !== null) ?? layout.header + 1;
  return { anchor: { sheet: layout.sheet, row: first, col: col("name") }, roleColumns: { id: col("id"), name: col("name"), value: col("value"), second: col("second") } };
}

/** The layout after a row or column edit of the data sheet (Excel's arithmetic: structuralEdit.ts). */
function follow(layout: Layout, edit: StructuralEdit): void {
  if (edit.sheet.toLowerCase() !== layout.sheet.toLowerCase()) return;
  const rows = edit.kind === "insertRows" || edit.kind === "deleteRows";
  if (rows) {
    const block = shiftRange({ row: layout.header + 1, col: 0, rows: layout.rows, cols: 1 }, edit);
    layout.header = shiftIndex(layout.header, edit) ?? layout.header;
    layout.rows = block ? block.rows : 0;
    layout.customers = layout.customers.map((r) => (r === null ? null : shiftIndex(r, edit)));
    return;
  }
  const insert = edit.kind === "insertColumns";
  const inside = edit.at > layout.left && edit.at < layout.left + layout.columns.length;
  if (insert && inside) layout.columns.splice(edit.at - layout.left, 0, ...Array.from({ length: edit.count }, () => "extra" as const));
  else if (!insert) {
    const from = Math.max(edit.at, layout.left);
    const to = Math.min(edit.at + edit.count, layout.left + layout.columns.length);
    if (to > from) layout.columns.splice(from - layout.left, to - from);
  }
  layout.left = insert ? (edit.at <= layout.left ? layout.left + edit.count : layout.left) : edit.at < layout.left ? Math.max(edit.at, layout.left - edit.count) : layout.left;
}

/** Runs one sequence; throws with a description at the first step that loses or changes anything. */
export async function runSequence(subject: EditableSubject, ops: readonly Op[], stats: SequenceStats): Promise<void> {
  let counter = 0;
  let clock = Date.UTC(2024, 0, 1);
  const tick = (): Date => new Date((clock += 86_400_000));
  const expected = new Set<string>();
  const layout = startLayout();
  /** New customers typed into inserted rows so far (each gets an ID of its own). */
  let newCustomers = 0;
  /** Until the user first edits the sheet's structure or our output: what is owned must be exactly the saved footprints. */
  let untouched = true;
  stats.sequences++;

  let history = new Map<string, number>();
  const check = async (label: string, typedInto: CellAt | null = null): Promise<void> => {
    const port = subject.port();
    const saved = await port.listSaved();
    const ids = saved.map((s) => s.id).sort();
    if (ids.join() !== [...expected].sort().join()) throw new Error(`${label}: saved segmentations ${ids.join()} but expected ${[...expected].sort().join()}`);
    const footprints: Footprint[] = [];
    for (const s of saved) footprints.push(await port.owned(s));
    const sheets = await historySheets(port);
    // Nothing listed and no history kept: nothing is left out, the whole workbook is compared.
    const whole = ids.length === 0 && sheets.length === 0;
    const owned: Owned = whole ? { ids: [], footprints: [] } : { ids, footprints, historySheets: sheets };
    const { now, pristine } = subject.userPart(owned);
    const diff = firstDifference(pristine, now);
    if (diff) throw new Error(`${label}: the user's part of the workbook changed, ${diff}`);
    if (whole) stats.wholeChecks++;
    if (untouched && !whole) {
      // No edit of the user's since: leaving out what is owned now is leaving out the saved footprints.
      const bySaved = subject.userPart({ ids, footprints: saved.map((s) => s.footprint), historySheets: sheets });
      const same = firstDifference(bySaved.now, now) ?? firstDifference(bySaved.pristine, pristine);
      if (same) throw new Error(`${label}: with no edit of the user's, what is owned is not the saved footprints, ${same}`);
    }
    if (typedInto) {
      const claimed = footprints.some((f) => f.cells.some((c) => c.sheet.toLowerCase() === typedInto.sheet.toLowerCase() && contains(c.range, typedInto.row, typedInto.col)));
      if (claimed) throw new Error(`${label}: the cell the user typed into (${JSON.stringify(typedInto)}) is taken to be ours`);
    }
    // History rows only ever grow.
    const rows = await historyRows(port);
    for (const [row, count] of history) if ((rows.get(row) ?? 0) < count) throw new Error(`${label}: history row lost: ${row}`);
    history = rows;
    stats.historyRows = Math.max(stats.historyRows, [...rows.values()].reduce((a, b) => a + b, 0));
    stats.checks++;
  };

  /** One edit of the user's, in both workbooks (or ours only), the layout following it. */
  const userEdit = async (edit: UserEdit, addinOnly = false): Promise<void> => {
    await subject.userEdit(edit, addinOnly);
    stats.structuralEdits++;
    switch (edit.kind) {
      case "insertRows":
      case "deleteRows":
      case "insertColumns":
      case "deleteColumns":
        follow(layout, edit);
        break;
      case "renameSheet":
        if (edit.from.toLowerCase() === layout.sheet.toLowerCase()) layout.sheet = edit.to;
        if (layout.notes && edit.from.toLowerCase() === layout.notes.toLowerCase()) layout.notes = edit.to;
        break;
      case "deleteSheet":
        if (layout.notes && edit.name.toLowerCase() === layout.notes.toLowerCase()) layout.notes = null;
        layout.deleted.push(edit.name);
        break;
      case "addSheet":
        layout.deleted = layout.deleted.filter((n) => n.toLowerCase() !== edit.name.toLowerCase());
        if (layout.notes === null && (edit.name === NOTES || edit.name === RENAMED_NOTES)) layout.notes = edit.name;
        break;
      default:
        break;
    }
  };
  const type = (sheet: string, row: number, col: number, value: string | number | null): Promise<void> => userEdit({ kind: "type", sheet, row, col, value });
  const sheetExists = async (name: string): Promise<boolean> => (await subject.port().sheetNames()).some((n) => n.toLowerCase() === name.toLowerCase());
  /** Our sheets now (not the history sheets, which outlive the segmentations by design). */
  const ourSheets = async (s: SavedSegmentation): Promise<string[]> => {
    const history = new Set((await historySheets(subject.port())).map((n) => n.toLowerCase()));
    return (await subject.port().owned(s)).sheets.filter((n) => !history.has(n.toLowerCase()));
  };

  /**
   * A listed segmentation's class column and its source rows, as the listing gives them; when the
   * listing cannot follow the data any more (`problem`: it gives the place as saved), where the
   * class cells still ours are now.
   */
  const classPlace = async (s: SavedSegmentation): Promise<{ sheet: string; col: number; first: number; last: number } | null> => {
    const range = s.source.range;
    let first = range.row + (s.source.hasHeader ? 1 : 0);
    let last = range.row + range.rows - 1;
    let sheet = s.source.sheet;
    let col = s.classColumn;
    if (s.problem) {
      const cells = (await subject.port().owned(s)).cells;
      if (cells.length === 0) return null;
      ({ sheet } = cells[0]);
      col = cells[0].range.col;
      first = Math.min(...cells.filter((c) => c.range.col === col).map((c) => c.range.row));
      last = Math.max(...cells.filter((c) => c.range.col === col).map((c) => c.range.row + c.range.rows - 1));
    }
    return last >= first && (await sheetExists(sheet)) ? { sheet, col, first, last } : null;
  };

  for (const [n, op] of ops.entries()) {
    const label = `step ${n + 1} (${JSON.stringify(op)}) of ${JSON.stringify(ops)}`;
    const saved = await subject.port().listSaved();
    const pick = (i: number): SavedSegmentation | undefined => (saved.length ? saved[i % saved.length] : undefined);
    let typedInto: CellAt | null = null;
    const editsBefore = stats.structuralEdits;
    switch (op.kind) {
      case "apply": {
        const id = `${op.method.toLowerCase()}-${++counter}`;
        await applyMethod(subject, choiceFor(op.method, op.tags, op.summary, op.formulas, op.history), id, tick(), placeOf(layout));
        expected.add(id);
        break;
      }
      case "reapply": {
        const s = pick(op.pick);
        if (!s) break;
        const id = `${s.methodId.toLowerCase()}-${++counter}`;
        await applyMethod(subject, choiceFor(s.methodId, s.tags, s.summary, s.output === "formulas"), id, tick(), placeOf(layout));
        expected.add(id);
        break;
      }
      case "refresh": {
        const s = pick(op.pick);
        if (!s) break;
        const at = tick();
        const before = subject.full();
        try {
          await refreshSaved(subject.port(), s, "en", at);
        } catch (error) {
          if (!(error instanceof OccupiedError) && !(error instanceof SourceChangedError)) throw error;
          // Refused: nothing may have changed.
          const diff = firstDifference(before, subject.full());
          if (diff) throw new Error(`${label}: a refused refresh changed the workbook, ${diff}`);
          if (error instanceof SourceChangedError) {
            // Columns inserted or deleted inside the data: refused by design (the pane offers Remove).
            stats.sourceChanged++;
            break;
          }
          // Then as the pane offers: put the columns elsewhere.
          stats.refusedRefreshes++;
          await refreshSaved(subject.port(), s, "en", at, { relocate: true });
        }
        break;
      }
      case "removeOne": {
        const s = pick(op.pick);
        if (s) {
          await subject.port().remove(s.id);
          expected.delete(s.id);
        }
        break;
      }
      case "removeAll":
        for (const s of saved) await subject.port().remove(s.id);
        expected.clear();
        break;
      case "edit": {
        // A revenue typed in, wherever the customer's row and the Revenue column are now (deleted: nothing to type into).
        const row = layout.customers[op.customer % layout.customers.length];
        if (row !== null) await subject.userEdit({ kind: "type", sheet: layout.sheet, row, col: layout.left + layout.columns.indexOf("value"), value: op.value });
        break;
      }
      case "reopen":
        await subject.reopen();
        break;
      case "rows": {
        const sheet = op.where === "notes" ? layout.notes : layout.sheet;
        if (sheet === null) break;
        const { header, rows } = layout;
        let at: number;
        let count = op.count;
        if (op.where === "inside") {
          if (op.insert) at = header + 2 + (op.at % Math.max(1, rows - 1)); // between two rows of the data
          else {
            if (rows - count < 12) break;
            at = header + 1 + (op.at % rows);
            count = Math.min(count, header + rows + 1 - at);
          }
        } else if (op.where === "above") {
          if (op.insert) at = op.at % (header + 1);
          else {
            if (header === 0) break;
            at = op.at % header;
            count = Math.min(count, header - at);
          }
        } else if (op.where === "below") at = header + rows + 1 + (op.at % 3); // the blank row, the totals, below them
        else at = op.at % 4;
        await userEdit({ kind: op.insert ? "insertRows" : "deleteRows", sheet, at, count });
        if (op.insert && op.where === "inside" && op.fill) {
          // A new customer typed into each new row (the columns no role reads stay empty), each with an
          // ID of its own (a repeated ID refuses a run that keeps history: that is another test's subject).
          for (let r = at; r < at + count; r++) {
            newCustomers++;
            const values: Partial<Record<ColumnRole, string | number>> = { id: `N${String(newCustomers).padStart(3, "0")}`, name: `New customer ${newCustomers}`, region: "North", value: 12_345 + op.at, second: 1_234 };
            for (const [i, role] of layout.columns.entries()) if (values[role] !== undefined) await type(sheet, r, layout.left + i, values[role] ?? null);
          }
        }
        break;
      }
      case "columns": {
        const sheet = op.where === "notes" ? layout.notes : layout.sheet;
        if (sheet === null) break;
        const { left, columns } = layout;
        const width = columns.length;
        if (op.where === "inside") {
          if (op.insert) {
            const at = left + 1 + (op.at % (width - 1));
            await userEdit({ kind: "insertColumns", sheet, at, count: 1 });
            // A column the user adds to the data: a header and a value on every row.
            for (let r = layout.header; r <= layout.header + layout.rows; r++) await type(sheet, r, at, r === layout.header ? `Channel ${op.at}` : "Online");
          } else {
            // A column no role reads (Region, Margin, one the user added).
            const deletable = columns.flatMap((role, i) => (role === "region" || role === "margin" || role === "extra" ? [i] : []));
            if (deletable.length === 0) break;
            await userEdit({ kind: "deleteColumns", sheet, at: left + deletable[op.at % deletable.length], count: 1 });
          }
        } else if (op.where === "left") {
          if (op.insert) await userEdit({ kind: "insertColumns", sheet, at: op.at % (left + 1), count: op.count });
          else if (left > 0) {
            const at = op.at % left;
            await userEdit({ kind: "deleteColumns", sheet, at, count: Math.min(op.count, left - at) });
          }
        } else if (op.where === "right") {
          // Right of the data: our columns, the user's cells beside them (H1), empty columns.
          const at = left + width + (op.at % 4);
          await userEdit({ kind: op.insert ? "insertColumns" : "deleteColumns", sheet, at, count: op.count });
        } else await userEdit({ kind: op.insert ? "insertColumns" : "deleteColumns", sheet, at: op.at % 3, count: op.count });
        break;
      }
      case "sheet": {
        switch (op.action) {
          case "renameData": {
            const to = layout.sheet === DATA_SHEET ? RENAMED_DATA_SHEET : DATA_SHEET;
            if (!(await sheetExists(to))) await userEdit({ kind: "renameSheet", from: layout.sheet, to });
            break;
          }
          case "renameNotes": {
            if (layout.notes === null) break;
            const to = layout.notes === NOTES ? RENAMED_NOTES : NOTES;
            if (!(await sheetExists(to))) await userEdit({ kind: "renameSheet", from: layout.notes, to });
            break;
          }
          case "deleteNotes":
            if (layout.notes !== null) await userEdit({ kind: "deleteSheet", name: layout.notes });
            break;
          case "recreate": {
            // A sheet of the user's, named as a deleted one (theirs or ours).
            const free: string[] = [];
            for (const name of layout.deleted) if (!(await sheetExists(name))) free.push(name);
            if (free.length) await userEdit({ kind: "addSheet", name: free[op.pick % free.length], text: "my own sheet" });
            break;
          }
          case "deleteOurs":
          case "renameOurs": {
            const s = pick(op.pick);
            if (!s) break;
            const ours = await ourSheets(s);
            if (ours.length === 0) break;
            const name = ours[op.pick % ours.length];
            if (op.action === "deleteOurs") await userEdit({ kind: "deleteSheet", name }, true);
            else await userEdit({ kind: "renameSheet", from: name, to: `Kept ${++layout.renamed}` }, true);
            break;
          }
        }
        break;
      }
      case "typeOurs": {
        const s = pick(op.pick);
        const place = s && (await classPlace(s));
        if (!place) break;
        const at: CellAt = { sheet: place.sheet, row: place.first + (op.row % (place.last - place.first + 1)), col: place.col };
        await type(at.sheet, at.row, at.col, op.value);
        if (op.value !== null) typedInto = at;
        break;
      }
      case "typeEmpty": {
        const s = pick(op.pick);
        const place = s && (await classPlace(s));
        if (!s || !place) break;
        const { sheet, first, last, col } = place;
        let at: CellAt | null = null;
        if (op.where === "noClass") {
          // A source row whose class cell we left empty (no value, or not a number).
          const cells = (await subject.port().readRange(sheet, { row: first, col, rows: last - first + 1, cols: 1 })) ?? [];
          const empty = cells.flatMap((row, i) => (row[0] === null || row[0] === undefined || row[0] === "" ? [first + i] : []));
          if (empty.length) at = { sheet, row: empty[op.row % empty.length], col };
        } else if (op.where === "below") at = { sheet, row: last + 1 + (op.row % 3), col };
        else at = { sheet, row: first + (op.row % (last - first + 1)), col: col + 1 + (s.tags ? 1 : 0) };
        if (!at) break;
        await type(at.sheet, at.row, at.col, op.value);
        typedInto = at;
        break;
      }
    }
    if (STRUCTURAL_KINDS.has(op.kind)) {
      if (stats.structuralEdits > editsBefore) untouched = false;
      else stats.idleEdits++;
    }
    stats.steps++;
    stats.byKind[op.kind] = (stats.byKind[op.kind] ?? 0) + 1;
    await check(label, typedInto);
  }
  // At the end: remove everything that is left; nothing is excluded any more.
  for (const s of await subject.port().listSaved()) await subject.port().remove(s.id);
  expected.clear();
  await check(`after removing everything at the end of ${JSON.stringify(ops)}`);
  await subject.reopen();
  await check(`after removing everything, saving and reopening, at the end of ${JSON.stringify(ops)}`);
}
