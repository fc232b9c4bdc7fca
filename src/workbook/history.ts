/**
 * The history of classes (methods.md §11): one row per customer per run — as-of date, customer
 * ID, method, segmentation id, class, value — on a sheet that only grows. Pure: the layout, the
 * index that says where each snapshot's rows are, and where the next snapshot goes. The method
 * column shows the method's name in the user's language (its id in sheets written before).
 *
 * Rules:
 * - a snapshot is appended below the last used row; no other snapshot's rows are ever written,
 *   moved or cleared;
 * - the same segmentation run twice for the same as-of date replaces that one snapshot (after
 *   the pane has asked): its rows are cleared, and the new rows go where the old ones were if
 *   they were the last rows of the sheet, else below the last row;
 * - a snapshot never spans two sheets: when it does not fit under Excel's 1,048,576 rows it
 *   starts the next history sheet ("Segment history 2" …);
 * - the index (a workbook setting) is only a shortcut: every read checks the rows it finds
 *   against it, and the index is rebuilt from the sheets when they disagree (a user sorted the
 *   history, deleted rows, or the setting was lost).
 */
import { historyHeader, historyHeaders, historyText } from "../i18n/historyText";
import { Language } from "../i18n/language";
import { SnapshotCells } from "../segment/transitions";
import { RangeRef } from "./address";
import { CellBlock, HistoryWrite, Scalar } from "./plan";

/** Workbook setting holding the index (not under "segment.": it outlives every segmentation). */
export const HISTORY_INDEX_KEY = "segmentHistory";
export const HISTORY_COLUMNS = 6;
/**
 * Column widths in characters; 0 hides the column. The segmentation column holds the internal id
 * that tells two segmentations of one method apart (the index is rebuilt from it): the code
 * reads it, a person has the date, the method's name and the class beside it. The class column
 * fits the longest code (POTENTIAL-LOYALIST): its value neighbour would cut it.
 */
export const HISTORY_WIDTHS = [12, 14, 20, 0, 20, 14] as const;
/** The value column keeps its numbers, shown to the cent (a measure may have any number of decimals). */
export const HISTORY_FORMATS: readonly (string | null)[] = ["yyyy-mm-dd", null, null, null, null, "#,##0.00"];
/** Rows in an Excel sheet. */
export const SHEET_ROWS = 1_048_576;

export interface SnapshotBlock {
  readonly sheet: string;
  /** 0-based sheet row of the first row. */
  readonly row: number;
  readonly rows: number;
}

export interface SnapshotEntry {
  readonly segmentation: string;
  readonly method: string;
  /** Excel serial (whole days). */
  readonly asOf: number;
  /** Usually one block; several only after a user sorted or cut the history sheet. */
  readonly blocks: readonly SnapshotBlock[];
}

export interface HistoryIndex {
  readonly version: 1;
  /** History sheets, in the order they were started. */
  readonly sheets: readonly string[];
  readonly snapshots: readonly SnapshotEntry[];
}

export const EMPTY_INDEX: HistoryIndex = { version: 1, sheets: [], snapshots: [] };

export function parseIndex(raw: string | null): HistoryIndex | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as HistoryIndex;
    return v && v.version === 1 && Array.isArray(v.sheets) && Array.isArray(v.snapshots) ? v : null;
  } catch {
    return null;
  }
}

export const sameSnapshot = (a: { segmentation: string; asOf: number }, b: { segmentation: string; asOf: number }): boolean =>
  a.segmentation === b.segmentation && a.asOf === b.asOf;

/** A segmentation's snapshots, oldest first. */
export function snapshotsOf(index: HistoryIndex, segmentation: string): SnapshotEntry[] {
  return index.snapshots.filter((s) => s.segmentation === segmentation).sort((a, b) => a.asOf - b.asOf);
}

/** Every snapshot, oldest first (ties: in the order they were recorded). */
export function allSnapshots(index: HistoryIndex): SnapshotEntry[] {
  return index.snapshots.map((s, i) => ({ s, i })).sort((a, b) => a.s.asOf - b.s.asOf || a.i - b.i).map((x) => x.s);
}

/** The last row + 1 the index knows on a sheet (1 = just the header). */
function indexBottom(index: HistoryIndex, sheet: string): number {
  let bottom = 1;
  for (const s of index.snapshots) for (const b of s.blocks) if (b.sheet === sheet) bottom = Math.max(bottom, b.row + b.rows);
  return bottom;
}

/** True when the index agrees with the sheets' used bottoms (a cheap check before trusting it). */
export function indexMatchesBottoms(index: HistoryIndex, bottoms: ReadonlyMap<string, number | null>): boolean {
  return index.sheets.every((sheet) => {
    const bottom = bottoms.get(sheet);
    return bottom !== undefined && bottom !== null && bottom === indexBottom(index, sheet);
  });
}

/** Whole days: the as-of date is a calendar day. */
export const asOfDay = (serial: number): number => Math.floor(serial + 1e-9);

/** Is this row a header row of a history sheet (in any language)? */
export function isHistoryHeader(row: readonly unknown[]): boolean {
  return historyHeaders().some((h) => h.every((text, i) => row[i] === text));
}

/**
 * The index rebuilt from the sheets' rows (first row = header): consecutive rows of the same
 * segmentation and date form a block. Rows that are not snapshot rows (blank, typed notes) end
 * a block and are skipped.
 */
export function rebuildIndex(
  sheets: readonly { readonly name: string; readonly rows: readonly (readonly unknown[])[] }[],
  methodOf: (shown: string) => string = (shown) => shown,
): HistoryIndex {
  const snapshots: { segmentation: string; method: string; asOf: number; blocks: SnapshotBlock[] }[] = [];
  const find = (segmentation: string, asOf: number) => snapshots.find((s) => s.segmentation === segmentation && s.asOf === asOf);
  for (const sheet of sheets) {
    let open: { entry: (typeof snapshots)[number]; row: number; rows: number } | null = null;
    const close = (): void => {
      if (open) open.entry.blocks.push({ sheet: sheet.name, row: open.row, rows: open.rows });
      open = null;
    };
    sheet.rows.forEach((row, r) => {
      if (r === 0) return;
      const asOf = row[0];
      const segmentation = row[3];
      if (typeof asOf !== "number" || typeof segmentation !== "string" || segmentation === "") {
        close();
        return;
      }
      const day = asOfDay(asOf);
      const current = open as { entry: (typeof snapshots)[number]; row: number; rows: number } | null;
      if (current && current.entry.segmentation === segmentation && current.entry.asOf === day && current.row + current.rows === r) {
        current.rows++;
        return;
      }
      close();
      let entry = find(segmentation, day);
      if (!entry) {
        entry = { segmentation, method: typeof row[2] === "string" ? methodOf(row[2]) : "", asOf: day, blocks: [] };
        snapshots.push(entry);
      }
      open = { entry, row: r, rows: 1 };
    });
    close();
  }
  return { version: 1, sheets: sheets.map((s) => s.name), snapshots };
}

/** The rows of one snapshot as read back, checked: every row must belong to it. */
export function snapshotFromRows(entry: SnapshotEntry, rows: readonly (readonly unknown[])[]): SnapshotCells | null {
  const ids: unknown[] = [];
  const classes: unknown[] = [];
  const values: unknown[] = [];
  for (const row of rows) {
    if (typeof row[0] !== "number" || asOfDay(row[0]) !== entry.asOf || row[3] !== entry.segmentation) return null;
    ids.push(row[1]);
    classes.push(row[4]);
    values.push(row[5] ?? null);
  }
  return { ids, classes, values };
}

/** One run's customers as history rows: only rows with an ID and a class. */
export function snapshotRows(
  asOf: number,
  method: string,
  segmentation: string,
  ids: readonly unknown[],
  classes: readonly (string | null)[],
  values: readonly unknown[] | null,
): Scalar[][] {
  const out: Scalar[][] = [];
  for (let i = 0; i < classes.length; i++) {
    const code = classes[i];
    const id = ids[i];
    if (code === null || id === null || id === undefined || (typeof id === "string" && id.trim() === "")) continue;
    if (typeof id !== "string" && typeof id !== "number" && typeof id !== "boolean") continue; // an error ID matches no one
    const v = values?.[i];
    out.push([asOf, id, method, segmentation, code, typeof v === "number" && Number.isFinite(v) ? v : null]);
  }
  return out;
}

function nextSheetName(taken: readonly string[], language: Language): string {
  const base = historyText("historySheet", language);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!lower.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

export interface HistoryPlacement {
  readonly write: HistoryWrite;
  readonly index: HistoryIndex;
}

/**
 * Where a snapshot's rows go, and the index after it. `bottoms`: per history sheet, the 0-based
 * row just below its last used row (from the sheet itself, so rows a user typed under the
 * history are never written over). `takenSheets`: every sheet name in the workbook.
 */
export function placeSnapshot(
  index: HistoryIndex,
  bottoms: ReadonlyMap<string, number>,
  takenSheets: readonly string[],
  snapshot: { segmentation: string; method: string; asOf: number },
  rows: readonly Scalar[][],
  language: Language,
): HistoryPlacement {
  const replaced = index.snapshots.find((s) => sameSnapshot(s, snapshot)) ?? null;
  const others = index.snapshots.filter((s) => s !== replaced);
  const clear = (replaced?.blocks ?? []).map((b) => ({ sheet: b.sheet, range: { row: b.row, col: 0, rows: b.rows, cols: HISTORY_COLUMNS } }));
  const sheets = [...index.sheets];
  const createSheets: HistoryWrite["createSheets"][number][] = [];
  let target: { sheet: string; row: number } | null = null;

  const bottomOf = (sheet: string): number => bottoms.get(sheet) ?? 1;
  // Back where it was, when the replaced snapshot was one block at the very end of its sheet.
  const only = replaced && replaced.blocks.length === 1 ? replaced.blocks[0] : null;
  if (only && only.row + only.rows >= bottomOf(only.sheet) && only.row + rows.length <= SHEET_ROWS) target = { sheet: only.sheet, row: only.row };
  if (!target && sheets.length) {
    const last = sheets[sheets.length - 1];
    if (bottomOf(last) + rows.length <= SHEET_ROWS) target = { sheet: last, row: bottomOf(last) };
  }
  if (!target) {
    const name = nextSheetName([...takenSheets, ...sheets], language);
    sheets.push(name);
    createSheets.push({ name, header: historyHeader(language), widths: [...HISTORY_WIDTHS] });
    target = { sheet: name, row: 1 };
  }
  const append: CellBlock | null = rows.length
    ? { sheet: target.sheet, range: { row: target.row, col: 0, rows: rows.length, cols: HISTORY_COLUMNS }, cells: rows, numberFormats: HISTORY_FORMATS }
    : null;
  const entry: SnapshotEntry = {
    segmentation: snapshot.segmentation,
    method: snapshot.method,
    asOf: snapshot.asOf,
    blocks: rows.length ? [{ sheet: target.sheet, row: target.row, rows: rows.length }] : [],
  };
  const next: HistoryIndex = { version: 1, sheets, snapshots: [...others, entry] };
  return { write: { createSheets, clear, append, index: JSON.stringify(next) }, index: next };
}

/** The ranges to read for a snapshot's rows (all six columns). */
export function blockRanges(entry: SnapshotEntry): { sheet: string; range: RangeRef }[] {
  return entry.blocks.map((b) => ({ sheet: b.sheet, range: { row: b.row, col: 0, rows: b.rows, cols: HISTORY_COLUMNS } }));
}
