/**
 * The history sheets through a WorkbookPort: load the index (checked against the sheets, rebuilt
 * from them when they disagree), read one snapshot's rows back, and record a run — its rows, the
 * movement columns against the previous snapshot, and where the rows go (history.ts).
 */
import { historyText } from "../i18n/historyText";
import { RoleId } from "../i18n/headerDictionary";
import { Language, LANGUAGES } from "../i18n/language";
import { dateToSerial } from "../segment/dates";
import { SnapshotCells } from "../segment/transitions";
import {
  asOfDay,
  blockRanges,
  EMPTY_INDEX,
  HISTORY_COLUMNS,
  HISTORY_INDEX_KEY,
  HistoryIndex,
  HistoryPlacement,
  indexMatchesBottoms,
  isHistoryHeader,
  parseIndex,
  placeSnapshot,
  rebuildIndex,
  sameSnapshot,
  snapshotFromRows,
  SnapshotEntry,
  snapshotRows,
} from "./history";
import { findMethod, methodIdOf } from "./methods/registry";
import { MethodInput, MethodRun, SegmentMethod, sheetMethodName } from "./methods/types";
import { dataDate } from "./dataDate";
import { computeMovement, Movement } from "./movement";
import { RoleAssignment, SourceRef } from "./plan";
import { WorkbookPort } from "./port";

export interface HistoryState {
  readonly index: HistoryIndex;
  /** Per history sheet: the 0-based row below its last used row. */
  readonly bottoms: ReadonlyMap<string, number>;
}

/** A sheet the add-in may have started as history (any language's name, numbered or not). */
function looksLikeHistorySheet(name: string): boolean {
  const lower = name.toLowerCase();
  return LANGUAGES.some((l) => lower.startsWith(historyText("historySheet", l).toLowerCase()));
}

/**
 * The history index, trusted only when every history sheet ends where the index says; else
 * rebuilt by reading the history sheets (their first row must be our header).
 */
export async function loadHistory(port: WorkbookPort, force = false): Promise<HistoryState> {
  const saved = parseIndex(await port.readSetting(HISTORY_INDEX_KEY));
  if (saved && !force) {
    const bottoms = new Map<string, number | null>();
    for (const sheet of saved.sheets) {
      const used = await port.usedRange(sheet);
      bottoms.set(sheet, used ? used.row + used.rows : null);
    }
    if (indexMatchesBottoms(saved, bottoms)) return { index: saved, bottoms: bottoms as Map<string, number> };
  }
  const names = await port.sheetNames();
  const exists = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
  const candidates = [...new Set([...(saved?.sheets ?? []).filter(exists), ...names.filter(looksLikeHistorySheet)])];
  if (!candidates.length) return { index: EMPTY_INDEX, bottoms: new Map() };
  const sheets: { name: string; rows: unknown[][] }[] = [];
  const bottoms = new Map<string, number>();
  for (const name of candidates) {
    const used = await port.usedRange(name);
    if (!used) continue;
    const bottom = used.row + used.rows;
    const rows = await port.readRange(name, { row: 0, col: 0, rows: bottom, cols: HISTORY_COLUMNS });
    if (!rows || !isHistoryHeader(rows[0] ?? [])) continue;
    sheets.push({ name, rows });
    bottoms.set(name, bottom);
  }
  return { index: rebuildIndex(sheets, methodIdOf), bottoms };
}

async function readBlocks(port: WorkbookPort, entry: SnapshotEntry): Promise<SnapshotCells | null> {
  const rows: unknown[][] = [];
  for (const b of blockRanges(entry)) {
    const read = await port.readRange(b.sheet, b.range);
    if (!read) return null;
    rows.push(...read);
  }
  return snapshotFromRows(entry, rows);
}

/**
 * One snapshot's rows as the engine reads them. When the rows found are not the snapshot's
 * (someone sorted or edited the history), the index is rebuilt from the sheets and read again.
 */
export async function readSnapshotCells(port: WorkbookPort, state: HistoryState, entry: SnapshotEntry): Promise<{ cells: SnapshotCells | null; state: HistoryState }> {
  const first = await readBlocks(port, entry);
  if (first) return { cells: first, state };
  const fresh = await loadHistory(port, true);
  const again = fresh.index.snapshots.find((s) => sameSnapshot(s, entry));
  return { cells: again ? await readBlocks(port, again) : null, state: fresh };
}

/** Today's calendar date as an Excel serial (the pane's default label for methods without dates). */
export function todaySerial(now: Date): number {
  return dateToSerial(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** Date roles: a method's own, else the date roles among those it reads (first/last order …). */
const DATE_ROLES: readonly RoleId[] = ["firstDate", "lastDate", "date"];

export function dateRolesOf(method: SegmentMethod): readonly RoleId[] {
  return method.asOfRoles ?? method.roles.filter((r) => DATE_ROLES.includes(r));
}

/**
 * Numbers below this are not dates (1910-01-01; the same floor as rfmColumns' "auto"): a
 * recency column of days since the last order is not an as-of date.
 */
const DATE_FLOOR = 3653;

/** The latest date in the method's date roles (methods.md: the as-of date is not today), or null. */
export function asOfFromData(method: SegmentMethod, input: MethodInput): number | null {
  let latest = -Infinity;
  for (const role of dateRolesOf(method)) {
    for (const cell of input.columns[role] ?? []) {
      const serial = cell instanceof Date ? dateToSerial(cell) : typeof cell === "number" && Number.isFinite(cell) ? cell : NaN;
      if (serial >= DATE_FLOOR && serial > latest) latest = serial;
    }
  }
  return Number.isFinite(latest) ? asOfDay(latest) : null;
}

/**
 * The as-of date of a run's snapshot: the latest date in the method's own date roles when it has
 * any (methods.md: an as-of date is the data's, never today); else the date the user picked; else
 * the data's date (`dataDay`: the latest date in any date column of the source, dataDate.ts);
 * today only when the data has no date at all.
 */
export function runAsOf(prepared: { method: SegmentMethod; input: MethodInput }, chosen: number | undefined, now: Date, dataDay: number | null = null): number {
  return asOfFromData(prepared.method, prepared.input) ?? asOfDay(chosen ?? dataDay ?? todaySerial(now));
}

/**
 * runAsOf with the data's date read only when it decides (no date of the method's own, none
 * picked): the two date columns are not read for nothing on a million rows.
 */
export async function snapshotAsOf(
  port: WorkbookPort,
  source: SourceRef,
  roles: RoleAssignment,
  prepared: { method: SegmentMethod; input: MethodInput },
  chosen: number | undefined,
  now: Date,
): Promise<number> {
  if (asOfFromData(prepared.method, prepared.input) !== null || chosen !== undefined) return runAsOf(prepared, chosen, now);
  return runAsOf(prepared, chosen, now, await dataDate(port, source, roles));
}

/** The current run as snapshot cells: ID, class code, value per data row. */
export function currentSnapshot(prepared: { method: SegmentMethod; input: MethodInput; run: MethodRun }): { cells: SnapshotCells; classes: (string | null)[] } {
  const { input, run, method } = prepared;
  const classes = Array.from(run.classIndex, (c) => (c >= 0 ? run.codes[c] : null));
  // The method's own measure (CLV, money) when it computed one, to the cent: the value the classes were made from.
  const values = run.measure ? Array.from(run.measure.values, (v) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null)) : method.usesPeriods ? null : input.columns.value ?? null;
  return { cells: { ids: input.columns.id ?? new Array(input.rowCount).fill(null), classes, values }, classes };
}

export interface RecordedRun {
  readonly asOf: number;
  readonly movement: Movement;
  readonly placement: HistoryPlacement;
  readonly rows: number;
}

/**
 * Records a run: compares it with the previous snapshot (none: the change column stays blank), and
 * places its rows in the history. Throws the engine's SegmentError when an ID repeats (the
 * history could not tell the two rows apart next month).
 */
export async function recordRun(
  port: WorkbookPort,
  args: {
    readonly id: string;
    readonly methodId: string;
    readonly prepared: { method: SegmentMethod; input: MethodInput; run: MethodRun };
    readonly asOf: number;
    readonly previous: SnapshotCells | null;
    readonly sheetNames: readonly string[];
    readonly language: Language;
    readonly state?: HistoryState;
  },
): Promise<RecordedRun> {
  const state = args.state ?? (await loadHistory(port));
  const current = currentSnapshot(args.prepared);
  const movement = computeMovement(args.previous, current.cells, args.prepared.run.codes);
  const shownMethod = sheetMethodName(findMethod(args.methodId) ?? { id: args.methodId }, args.language);
  const rows = snapshotRows(args.asOf, shownMethod, args.id, current.cells.ids as unknown[], current.classes, (current.cells.values as unknown[] | null) ?? null);
  const placement = placeSnapshot(state.index, state.bottoms, args.sheetNames, { segmentation: args.id, method: args.methodId, asOf: args.asOf }, rows, args.language);
  return { asOf: args.asOf, movement, placement, rows: rows.length };
}
