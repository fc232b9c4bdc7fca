/**
 * How the add-in knows what is its own in a workbook the user has edited since (src/workbook/README.md,
 * "Ownership"). One procedure, used by every adapter before Remove or Refresh touches anything:
 *
 * 1. **Locate** each piece of output by what moves with the sheet: a created sheet by its stable
 *    id or by the hidden defined name that marks it; a block of cells, a colour rule's range or a
 *    drop-down by its hidden defined name, which Excel moves when rows and columns are inserted,
 *    deleted, cut and pasted (and turns into #REF! when the cells are deleted). The address as
 *    written is used only when no name is there (settings saved before names existed), and then on
 *    the sheet found by id.
 * 2. **Verify** each located block against what was written there: a cell is cleared only if it
 *    still holds exactly what we wrote (a sort that only moved our cells around counts as ours; after
 *    rows were inserted or deleted inside the block, a cell is ours if it holds one of the contents we
 *    wrote in that column). A cell we never wrote is never ours. Anything else is the user's: left in
 *    place and reported.
 *
 * Pure functions; the adapters read the workbook and carry the result out.
 */
import { columnLetter, contains, RangeRef } from "./address";
import { CellInput, Footprint, isFormulaCell, OwnedCells, OwnedPlace, RestoredCell, SavedSegmentation, SourceProblem, WrittenCells } from "./plan";
import { OccupiedCell } from "./port";

/** Where a defined name points now (model/backend.ts NamedLocation). */
export interface Place {
  readonly sheet: string;
  readonly range: RangeRef;
}

/** What the adapter can tell about the workbook as it is now. */
export interface Lookups {
  /** The current name of the sheet with this id; null once deleted. */
  sheetById(id: string): string | null;
  hasSheet(name: string): boolean;
  /** A defined name: where it points, "#REF!" when its cells were deleted, null when there is no such name. */
  name(name: string): Place | "#REF!" | null;
  /** Whether a sheet holds nothing at all (asked only of the sheets of a step cut off). */
  isEmptySheet(name: string): boolean;
}

export type NameKind = "c" | "r" | "v" | "s" | "d";

/**
 * The hidden workbook-scoped name of one piece of a run's output. Valid in every Excel (starts
 * with an underscore, only letters, digits and underscores, never a cell address) and unique per
 * run, so a refresh's new names never collide with the ones of the output it replaces.
 */
export function ownedName(segmentationId: string, appliedAt: string, kind: NameKind, index: number): string {
  const id = segmentationId.replace(/[^A-Za-z0-9]/g, "_");
  const stamp = appliedAt.replace(/[^0-9]/g, "");
  return `_SEG_${id}_${stamp}_${kind}${index}`;
}

/** A cell's content as compared by the ownership check: formulas by their function, the rest by type and value. */
export function contentKey(cell: unknown): string {
  if (cell === null || cell === undefined || cell === "") return "";
  if (isFormulaCell(cell)) return `f:${formulaFunction(cell.formula)}`;
  if (typeof cell === "string") return `s:${cell}`;
  if (typeof cell === "number") return `n:${cell}`;
  if (typeof cell === "boolean") return `b:${cell}`;
  const code = (cell as { code?: unknown }).code;
  return `e:${String(code ?? JSON.stringify(cell))}`;
}

/**
 * The function a formula starts with ("SEGMENT.ABCOF"): Excel rewrites a per-row formula's
 * references when rows move (D2 → D3), so the exact text cannot be compared, but the function can.
 */
function formulaFunction(formula: string): string {
  const body = formula.trim().replace(/^=/, "");
  const open = body.indexOf("(");
  return (open >= 0 ? body.slice(0, open) : body).toUpperCase();
}

const CODE_BASE = 48;

/**
 * Blocks up to this many cells keep a record of every cell; larger ones only the set of contents
 * written. The record goes into the workbook's settings (Office: one setting per segmentation;
 * a file: one cell of the hidden settings sheet, at most 32,767 characters), so it must stay small
 * whatever the size of the data.
 */
export const RECORD_CELLS = 8_000;

/** The record of a block as written: one character per cell, row by row (or none, for a large block: `cells` is ""). */
export function recordWritten(cells: readonly (readonly CellInput[])[], cols: number): WrittenCells {
  const values: string[] = [""];
  const index = new Map<string, number>([["", 0]]);
  const perCell = cells.length * cols <= RECORD_CELLS;
  let out = "";
  for (const row of cells) {
    for (let c = 0; c < cols; c++) {
      const key = contentKey(row[c] ?? null);
      let i = index.get(key);
      if (i === undefined) {
        i = values.length;
        values.push(key);
        index.set(key, i);
      }
      if (perCell) out += String.fromCharCode(CODE_BASE + i);
    }
  }
  return { values, cells: out };
}

/** Which located cells are ours (true), by the rules in the header comment. */
export interface Verdict {
  readonly ours: boolean[][];
  /** Cells (row, col inside the block) that hold something else now: the user's, kept. */
  readonly kept: { readonly row: number; readonly col: number }[];
}

export function verifyBlock(written: WrittenCells | undefined, writtenRange: RangeRef, current: readonly (readonly unknown[])[]): Verdict {
  const rows = current.length;
  const cols = rows ? current[0].length : 0;
  const keys = current.map((row) => row.map(contentKey));
  const ours = keys.map((row) => row.map((k) => k !== ""));
  // Written before records existed: everything in the block is taken to be ours (the old rule).
  if (!written) return { ours, kept: [] };
  // A large block keeps only the set of contents written: a cell is ours if it holds one of them.
  if (written.cells === "") {
    const mine = new Set(written.values.filter((v) => v !== ""));
    const kept: Verdict["kept"] = [];
    keys.forEach((row, r) =>
      row.forEach((k, c) => {
        if (k === "") return;
        ours[r][c] = mine.has(k);
        if (!ours[r][c]) kept.push({ row: r, col: c });
      }),
    );
    return { ours, kept };
  }
  const at = (r: number, c: number): number => written.cells.charCodeAt(r * writtenRange.cols + c) - CODE_BASE;
  const sameShape = rows === writtenRange.rows && cols === writtenRange.cols;
  const kept: Verdict["kept"] = [];
  for (let c = 0; c < cols; c++) {
    const wroteHere = new Map<string, number>();
    for (let r = 0; r < writtenRange.rows; r++) {
      const i = at(r, Math.min(c, writtenRange.cols - 1));
      if (i > 0) wroteHere.set(written.values[i], (wroteHere.get(written.values[i]) ?? 0) + 1);
    }
    const nowHere = new Map<string, number>();
    for (let r = 0; r < rows; r++) if (keys[r][c] !== "") nowHere.set(keys[r][c], (nowHere.get(keys[r][c]) ?? 0) + 1);
    // Only our contents, as many of each as we wrote: a sort moved them around, all ours.
    const permuted = nowHere.size === wroteHere.size && [...nowHere].every(([k, n]) => wroteHere.get(k) === n);
    for (let r = 0; r < rows; r++) {
      const key = keys[r][c];
      if (key === "") continue;
      let mine: boolean;
      if (sameShape) {
        const i = at(r, c);
        // Sorted: one of ours may now sit where we had left a cell empty.
        mine = permuted ? wroteHere.has(key) : i > 0 && written.values[i] === key;
        if (!mine && i > 0) kept.push({ row: r, col: c });
      } else {
        mine = wroteHere.has(key);
        if (!mine) kept.push({ row: r, col: c });
      }
      ours[r][c] = mine;
    }
  }
  return { ours, kept };
}

/**
 * The cells marked true, as one-column runs of rows at `at`. A run goes on through empty cells
 * (`empty`), so that a class column with a few non-customer rows is still cleared in one request,
 * not one per customer; it starts and ends on a cell of ours.
 */
export function runsOf(at: RangeRef, ours: readonly (readonly boolean[])[], empty?: readonly (readonly boolean[])[]): RangeRef[] {
  const out: RangeRef[] = [];
  const cols = ours.length ? ours[0].length : 0;
  const passable = (r: number, c: number): boolean => ours[r][c] || (empty?.[r]?.[c] ?? false);
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < ours.length; ) {
      if (!ours[r][c]) {
        r++;
        continue;
      }
      let end = r;
      let last = r;
      while (end < ours.length && passable(end, c)) {
        if (ours[end][c]) last = end;
        end++;
      }
      out.push({ row: at.row + r, col: at.col + c, rows: last - r + 1, cols: 1 });
      r = last + 1;
    }
  }
  return out;
}

/** Where a piece of output is now, or null when it is gone (its cells or its sheet deleted). */
export function locatePlace(place: OwnedPlace, look: Lookups, named = false): Place | null {
  if (place.name) {
    const found = look.name(place.name);
    if (found === "#REF!" || (found === null && named)) return null;
    if (found) return found;
  }
  const sheet = place.sheetId ? look.sheetById(place.sheetId) : look.hasSheet(place.sheet) ? place.sheet : null;
  return sheet === null ? null : { sheet, range: place.range };
}

/** The footprint's pieces where they are now (null: gone). */
export interface Located {
  readonly cells: readonly (Place | null)[];
  readonly rules: readonly (Place | null)[];
  readonly validations: readonly (Place | null)[];
  /** Current names of the sheets we created that are still ours (null: deleted, or not ours any more). */
  readonly sheets: readonly (string | null)[];
}

export function locateFootprint(fp: Footprint, look: Lookups): Located {
  const named = fp.named === true;
  return {
    cells: fp.cells.map((c) => locatePlace(c, look, named)),
    rules: fp.rules.map((r) => locatePlace(r, look, named)),
    validations: fp.validations.map((v) => locatePlace(v, look, named)),
    sheets: fp.sheets.map((name, i) => {
      const mark = fp.sheetMarks?.[i];
      if (!mark) return look.hasSheet(name) ? name : null; // saved before sheets were marked: the old rule
      // Ours only while it still carries our marker; with an id, the marker must be on that very sheet
      // (a file may give a deleted sheet's id to a new one).
      const marked = look.name(mark.name);
      // A step cut off between creating a sheet and marking it: that sheet, still empty, is ours to take away.
      if (marked === null && !named && look.isEmptySheet(name)) return name;
      if (!marked || marked === "#REF!") return null;
      if (!mark.id) return marked.sheet;
      const byId = look.sheetById(mark.id);
      return byId !== null && byId.toLowerCase() === marked.sheet.toLowerCase() ? byId : null;
    }),
  };
}

/** Every defined name the footprint owns (all are deleted with it). */
export function namesOf(fp: Footprint): string[] {
  const names = [...fp.cells, ...fp.rules, ...fp.validations].map((p) => p.name).filter((n): n is string => Boolean(n));
  for (const mark of fp.sheetMarks ?? []) if (mark) names.push(mark.name);
  if (fp.source) names.push(fp.source);
  names.push(...(fp.otherNames ?? []));
  return names;
}

/** What Remove (or the replaced side of a Refresh) does now: the footprint in current places, only what is still ours. */
export interface Resolution {
  readonly footprint: Footprint;
  /** Cells in our blocks that the user changed: left in place, listed for the user. */
  readonly kept: readonly OccupiedCell[];
  /** Cells we had overwritten with the user's agreement that can no longer be put back where they were. */
  readonly notRestored: readonly RestoredCell[];
}

/** `=$I2="A"` keyed on another cell (`$J3`), or on #REF! when the key column was deleted. */
export function retarget(formula: string, key: { row: number; col: number } | null): string {
  const ref = key ? `$${columnLetter(key.col)}${key.row + 1}` : "#REF!";
  return formula.replace(/^=(\$?[A-Za-z]{1,3}\$?\d+|#REF!)/, `=${ref}`);
}

/**
 * Decides, from the located footprint and the current contents of each located cell block, what
 * is still ours. `contents[i]` is what the located block i holds now (null when it is gone).
 */
export function resolveFootprint(fp: Footprint, located: Located, contents: readonly (readonly (readonly unknown[])[] | null)[]): Resolution {
  const verdicts: (Verdict | null)[] = fp.cells.map((entry: OwnedCells, i) => {
    const place = located.cells[i];
    const now = contents[i];
    return place && now ? verifyBlock(entry.written, entry.range, now) : null;
  });
  // A cell one block does not claim may be another's (a refresh cut off owns its earlier and its new output): kept only if none claims it.
  const claimed = (sheet: string, row: number, col: number): boolean =>
    verdicts.some((v, j) => {
      const place = located.cells[j];
      if (!v || !place || place.sheet.toLowerCase() !== sheet.toLowerCase() || !contains(place.range, row, col)) return false;
      return v.ours[row - place.range.row]?.[col - place.range.col] ?? false;
    });
  const kept: OccupiedCell[] = [];
  const seen = new Set<string>();
  verdicts.forEach((v, i) => {
    const place = located.cells[i];
    const now = contents[i];
    if (!v || !place || !now) return;
    for (const k of v.kept) {
      const row = place.range.row + k.row;
      const col = place.range.col + k.col;
      const id = `${place.sheet.toLowerCase()}|${row}|${col}`;
      if (seen.has(id) || claimed(place.sheet, row, col)) continue;
      seen.add(id);
      kept.push({ sheet: place.sheet, row, col, content: now[k.row][k.col] as CellInput });
    }
  });
  const cells = fp.cells.flatMap((_, i) => {
    const place = located.cells[i];
    const verdict = verdicts[i];
    const now = contents[i];
    if (!place || !verdict || !now) return [];
    const empty = now.map((row) => row.map((cell) => contentKey(cell) === ""));
    return runsOf(place.range, verdict.ours, empty).map((range) => ({ sheet: place.sheet, range }));
  });
  const rules = fp.rules.flatMap((entry, i) => {
    const place = located.rules[i];
    if (!place) return [];
    let formulas = entry.formulas;
    if (entry.key) {
      const keyBlock = located.cells[entry.key.block];
      formulas = formulas.map((f) => retarget(f, keyBlock ? { row: place.range.row, col: keyBlock.range.col + (entry.key?.col ?? 0) } : null));
    }
    return [{ sheet: place.sheet, range: place.range, formulas }];
  });
  const validations = located.validations.flatMap((p) => (p ? [{ sheet: p.sheet, range: p.range }] : []));
  const sheets = located.sheets.filter((s): s is string => s !== null);
  const restore: RestoredCell[] = [];
  const notRestored: RestoredCell[] = [];
  for (const cell of fp.restore) {
    const i = fp.cells.findIndex((c) => c.sheet === cell.sheet && contains(c.range, cell.row, cell.col));
    const place = i >= 0 ? located.cells[i] : null;
    const verdict = i >= 0 ? verdicts[i] : null;
    const written = i >= 0 ? fp.cells[i].range : null;
    const r = written ? cell.row - written.row : -1;
    const c = written ? cell.col - written.col : -1;
    // Put back only onto our own cell or an empty one (a step cut off after clearing it), in a block
    // that kept its shape (else the place is not known).
    const same = place && written && verdict && verdict.ours.length === written.rows && (verdict.ours[0]?.length ?? 0) === written.cols;
    if (same && (verdict.ours[r][c] || contentKey(contents[i]?.[r]?.[c] ?? null) === "")) restore.push({ ...cell, sheet: place.sheet, row: place.range.row + r, col: place.range.col + c });
    else if (!same) notRestored.push(cell);
  }
  return { footprint: { cells, rules, validations, sheets, restore }, kept, notRestored };
}

/**
 * A saved segmentation where it is now: the data sheet by id, the source block and the class
 * column by their names. The source keeps its saved width (its roles are column offsets); when
 * its name grew or shrank in width, columns were inserted or deleted inside the data and the
 * offsets no longer say which column is which: `problem` tells the refresh to stop.
 */
export function locateSaved(saved: SavedSegmentation, look: Lookups): SavedSegmentation {
  const stored: SavedSegmentation = { ...saved };
  delete (stored as { problem?: SourceProblem }).problem; // a listing's verdict, never saved
  const fp = saved.footprint;
  const sheet = saved.source.sheetId ? look.sheetById(saved.source.sheetId) : look.hasSheet(saved.source.sheet) ? saved.source.sheet : null;
  if (sheet === null) return { ...stored, problem: "dataSheetGone" };
  let source = { ...saved.source, sheet };
  let problem: SourceProblem | null = null;
  const named = fp.source ? look.name(fp.source) : null;
  if (named === "#REF!") problem = "columnsChanged";
  else if (named) {
    if (named.range.cols !== saved.source.range.cols) problem = "columnsChanged";
    else source = { ...source, sheet: named.sheet, range: { ...named.range } };
  }
  const classBlock = fp.cells[0] ? locatePlace(fp.cells[0], look, fp.named === true) : null;
  return { ...stored, source, ...(classBlock ? { classColumn: classBlock.range.col } : {}), ...(problem ? { problem } : {}) };
}

/**
 * The footprint after its sheet `name` was (re)created (the transitions report the pane writes
 * again): the entry of our sheet of that name if there is one, else a new entry with a new marker
 * name; its id is to be noted once the sheet exists (noteSheetId). `index` is that entry.
 */
export function withOwnSheet(saved: SavedSegmentation, located: Located, name: string): { footprint: Footprint; index: number } {
  const fp = saved.footprint;
  const marks = fp.sheets.map((_, i) => fp.sheetMarks?.[i] ?? null);
  let index = located.sheets.findIndex((s) => s !== null && s.toLowerCase() === name.toLowerCase());
  const sheets = [...fp.sheets];
  if (index < 0) {
    index = sheets.length;
    sheets.push(name);
  }
  marks[index] = { name: marks[index]?.name ?? ownedName(saved.id, saved.appliedAt, "s", index) };
  sheets[index] = name;
  return { footprint: { ...fp, sheets, sheetMarks: marks }, index };
}

/** The footprint with the id of its created sheet `index` noted. */
export function noteSheetId(fp: Footprint, index: number, id: string | null): Footprint {
  const mark = fp.sheetMarks?.[index];
  if (!mark || id === null) return fp;
  const sheetMarks = [...(fp.sheetMarks ?? [])];
  sheetMarks[index] = { ...mark, id };
  return { ...fp, sheetMarks };
}

/** The resolved footprint as `port.owned` gives it: still-owned pieces in current places, with every name of the original. */
export function ownedNow(fp: Footprint, resolution: Resolution): Footprint {
  return { ...resolution.footprint, otherNames: namesOf(fp) };
}
