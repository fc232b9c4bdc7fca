/**
 * The monthly refresh (methods.md §11): re-run a saved segmentation on the data as it is now —
 * following its Table (or current region) when it grew or shrank — keep the previous result in
 * the history, and show who moved. Pane-independent: the pane, the preview and the tests call
 * these functions.
 *
 * One refresh:
 * 1. finds the source again (port.currentSource) and runs the saved method and parameters;
 * 2. decides the as-of date: the latest date in the data when the method uses dates, else the
 *    date the user picked, else the latest date in any date column of the data (dataDate.ts) —
 *    today only when the data has no date at all;
 * 3. refuses (SnapshotExistsError) when this segmentation already has a snapshot of that date,
 *    unless told to replace it — then only that snapshot's rows change;
 * 4. compares with the segmentation's latest earlier snapshot: previous class and direction
 *    beside the class, the downgrade flag, the transitions sheet;
 * 5. checks that nothing but its own earlier output is in the way (OccupiedError otherwise;
 *    cells the user agreed to overwrite at apply stay agreed), then, in one apply, takes its
 *    earlier output away and writes the new plan, history rows included. Cut off half-way, the
 *    segmentation stays listed (RefreshInterruptedError): Refresh again finishes it.
 */
import { historyText } from "../i18n/historyText";
import { summaryText } from "../i18n/summaryText";
import { Language } from "../i18n/language";
import { IdKey } from "../segment/customerIds";
import { SnapshotCells } from "../segment/transitions";
import { HISTORY_INDEX_KEY, snapshotsOf, SnapshotEntry, allSnapshots } from "./history";
import { currentSnapshot, HistoryState, loadHistory, readSnapshotCells, recordRun, snapshotAsOf } from "./historyStore";
import { ClassSizes, classSizes } from "./classSizes";
import { compareCuts, CutComparison, MoveReason, moveReasons } from "./cutChanges";
import { findMethod } from "./methods/registry";
import { localize, SegmentMethod, sheetMethodName } from "./methods/types";
import { classOrder, computeMovement, Movement, namesById } from "./movement";
import { NewSheet, SavedCuts, SavedSegmentation, SegmentPlan, SourceProblem, SourceRef } from "./plan";
import { planSegmentation } from "./planSegmentation";
import { planTransitionsSheet } from "./planTransitions";
import { OccupiedCell, OccupiedError, WorkbookPort } from "./port";
import { canKeepHistory, checkRepeatedIds, Choice, columnsWritten, gapIsOurs, prepare, uniqueSheetName } from "./segmentation";

export interface SnapshotConflict {
  readonly id: string;
  readonly methodId: string;
  readonly asOf: number;
}

/** A snapshot of this date exists already: the pane asks before replacing it. */
export class SnapshotExistsError extends Error {
  constructor(readonly conflicts: readonly SnapshotConflict[]) {
    super(`A snapshot of the same date exists for: ${conflicts.map((c) => c.methodId).join(", ")}`);
    this.name = "SnapshotExistsError";
  }
}

/** Cells other than the segmentation's own earlier output are in the way of its refresh. */
export class RefreshOccupiedError extends OccupiedError {
  constructor(
    readonly savedId: string,
    report: OccupiedError["report"],
  ) {
    super(report);
    this.name = "RefreshOccupiedError";
  }
}

/**
 * A refresh failed after it had started writing (not a refusal): the segmentation is still
 * listed, owning its earlier and its new output, so Refresh again finishes it and Remove takes
 * everything away (port.apply with `replaces`).
 */
export class RefreshInterruptedError extends Error {
  constructor(
    readonly saved: SavedSegmentation,
    readonly cause: unknown,
  ) {
    super(`The refresh of ${saved.methodId} did not finish: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "RefreshInterruptedError";
  }
}

/** The data cannot be followed any more (ownership.ts locateSaved): the pane says why and offers Remove. */
export class SourceChangedError extends Error {
  constructor(
    readonly saved: SavedSegmentation,
    readonly problem: SourceProblem,
  ) {
    super(problem === "dataSheetGone" ? `The data sheet of ${saved.methodId} was deleted` : `Columns were inserted or deleted inside the data of ${saved.methodId}`);
    this.name = "SourceChangedError";
  }
}

export interface RefreshOptions {
  /** As-of date (Excel serial) for methods that use no dates; default the data's latest date (today when it has none). */
  readonly asOf?: number;
  /** Replace this segmentation's snapshot of the same date (the user agreed). */
  readonly replace?: boolean;
  /** Cells the user agreed to overwrite. */
  readonly overwrite?: readonly OccupiedCell[];
  /** Put the columns in the first empty columns right of the data instead of where they were. */
  readonly relocate?: boolean;
  /**
   * Cut values (methods.md §14): true keeps them — the ones kept already, else the last run's —
   * and classifies against them from now on; false re-fits and stops keeping; omitted, as saved.
   */
  readonly keepCuts?: boolean;
}

export interface RefreshResult {
  readonly saved: SavedSegmentation;
  readonly source: SourceRef;
  /** Null when the segmentation keeps no history (no customer ID column). */
  readonly asOf: number | null;
  readonly previousAsOf: number | null;
  readonly movement: Movement | null;
  readonly names: ReadonlyMap<IdKey, string>;
  readonly snapshotRows: number;
  /** Why each of movement.movers moved (same order), when the method can tell (cutChanges.ts). */
  readonly reasons: readonly (MoveReason | null)[];
  /** The cut values: kept ones beside today's fit, or the previous run's beside this one's. */
  readonly cuts: CutComparison | null;
  /** Class sizes per snapshot, oldest first (with history and an earlier snapshot). */
  readonly sizes: ClassSizes | null;
}

/**
 * The segmentation's own snapshot of this date is one its last step never finished (the setting
 * still names it): replaced without asking — it is not a snapshot the user has seen.
 */
const unfinishedOn = (saved: SavedSegmentation, asOf: number): boolean => saved.pendingHistory?.asOf === asOf;

function methodOf(id: string): SegmentMethod {
  const method = findMethod(id);
  if (!method) throw new Error(`Unknown method ${id}`);
  return method;
}

const choiceOf = (saved: SavedSegmentation, language: Language, asOf: number | undefined, frozen: SavedCuts | undefined): Choice => ({
  methodId: saved.methodId,
  params: saved.params,
  roles: saved.roles,
  output: saved.output,
  tones: saved.tones,
  summary: saved.summary,
  tags: saved.tags,
  ...(saved.labels ? { labels: true } : {}),
  language,
  history: keepsHistory(saved),
  ...(saved.perCustomer ? { perCustomer: true } : {}),
  ...(frozen ? { frozen } : {}),
  ...(asOf !== undefined ? { asOf } : {}),
});

/** The cut values a refresh classifies against, if any (RefreshOptions.keepCuts). */
function keptCuts(saved: SavedSegmentation, keep: boolean | undefined): SavedCuts | undefined {
  if (keep === false) return undefined;
  if (!keep) return saved.frozen;
  // The last finished run's: a run cut off half-way (pendingHistory) never classified a snapshot the user saw.
  const finished = (saved.cuts ?? []).filter((c) => c.asOf !== saved.pendingHistory?.asOf);
  return saved.frozen ?? finished[finished.length - 1];
}

const keepsHistory = (saved: SavedSegmentation): boolean => saved.history === true && canKeepHistory(saved.roles);

/** The plan in place of the segmentation's earlier output; a failure after the checks is a RefreshInterruptedError. */
async function applyInPlaceOf(port: WorkbookPort, plan: SegmentPlan, overwrite: readonly OccupiedCell[], saved: SavedSegmentation): Promise<SavedSegmentation> {
  try {
    return await port.apply(plan, { overwrite, replaces: saved });
  } catch (error) {
    // Refused before writing anything: cells in the way that the pre-check could not see as the user's
    // (typed into our own columns since) are asked about like the others.
    if (error instanceof RefreshOccupiedError) throw error;
    if (error instanceof OccupiedError) throw new RefreshOccupiedError(saved.id, error.report);
    throw new RefreshInterruptedError(saved, error);
  }
}

/**
 * The first `width` adjacent columns from `from` on that are empty on every data row, or are the
 * segmentation's own earlier columns over all those rows (they are taken away in the same step).
 */
async function freeColumns(port: WorkbookPort, source: SourceRef, from: number, width: number, saved: SavedSegmentation): Promise<number> {
  const rows = source.range;
  const ours = (col: number): boolean =>
    saved.footprint.cells.some((c) => c.sheet === source.sheet && col >= c.range.col && col < c.range.col + c.range.cols && c.range.row <= rows.row && c.range.row + c.range.rows >= rows.row + rows.rows);
  let start = from;
  for (let k = 0; k < width; ) {
    const col = start + k;
    if (ours(col) || (await port.firstEmptyColumn(source.sheet, rows, col)) === col) k++;
    else {
      start = col + 1;
      k = 0;
    }
  }
  return start;
}

/** Re-runs one saved segmentation on the current data and records its snapshot. */
export async function refreshSaved(
  port: WorkbookPort,
  saved: SavedSegmentation,
  language: Language,
  now: Date,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const method = methodOf(saved.methodId);
  if (saved.problem) throw new SourceChangedError(saved, saved.problem);
  const source = await port.currentSource(saved.source);
  const frozen = keptCuts(saved, options.keepCuts);
  const choice = choiceOf(saved, language, options.asOf, frozen);
  const prepared = await prepare(port, source, choice);
  // IDs that now repeat in a segmentation applied row by row: refuse rather than give one customer several classes.
  checkRepeatedIds(prepared);
  // History only for a segmentation applied with it: a refresh never starts one the user did not ask for.
  const history = keepsHistory(saved);
  const sheetNames = await port.sheetNames();
  const own = new Set(saved.footprint.sheets.map((s) => s.toLowerCase()));
  const taken = sheetNames.filter((n) => !own.has(n.toLowerCase()));
  const names = namesById(prepared.input.columns.id, prepared.input.columns.name);

  let recorded: Awaited<ReturnType<typeof recordRun>> | null = null;
  let previousAsOf: number | null = null;
  let transitionsSheet: string | undefined;
  let reasons: (MoveReason | null)[] = [];
  let sizes: ClassSizes | null = null;
  const extraSheets: NewSheet[] = [];
  let cuts = frozen ? compareCuts(frozen, undefined, prepared.run.cutValues, prepared.fittedCuts) : null;
  if (history) {
    let state: HistoryState = await loadHistory(port);
    const asOf = await snapshotAsOf(port, source, saved.roles, prepared, options.asOf, now);
    const mine = snapshotsOf(state.index, saved.id);
    if (mine.some((s) => s.asOf === asOf) && !options.replace && !unfinishedOn(saved, asOf)) throw new SnapshotExistsError([{ id: saved.id, methodId: saved.methodId, asOf }]);
    const earlier = mine.filter((s) => s.asOf < asOf);
    const previousEntry = earlier[earlier.length - 1] ?? null;
    let previous: SnapshotCells | null = null;
    if (previousEntry) {
      const read = await readSnapshotCells(port, state, previousEntry);
      previous = read.cells;
      state = read.state;
    }
    recorded = await recordRun(port, { id: saved.id, methodId: saved.methodId, prepared, asOf, previous, sheetNames, language, state });
    if (previousEntry && previous) {
      previousAsOf = previousEntry.asOf;
      // The cuts that classified the previous snapshot: the last run's, when that run made it.
      const previousRun = saved.cuts?.find((c) => c.asOf === previousEntry.asOf);
      const previousCuts = previousRun?.values ?? null;
      cuts ??= compareCuts(undefined, previousRun, prepared.run.cutValues, undefined);
      reasons = moveReasons(recorded.movement.movers, method, prepared.params, previousCuts);
      const older: { asOf: number; cells: SnapshotCells }[] = [{ asOf: previousEntry.asOf, cells: previous }];
      for (const entry of earlier.slice(0, -1)) {
        const read = await readSnapshotCells(port, state, entry);
        state = read.state;
        if (read.cells) older.push({ asOf: entry.asOf, cells: read.cells });
      }
      sizes = classSizes(recorded.movement.transitions.order, [...older, { asOf, cells: currentSnapshot(prepared).cells }]);
      transitionsSheet = uniqueSheetName(saved.transitionsSheet ?? historyText("transitionsSheet", language, { method: sheetMethodName(method, language) }), taken);
      extraSheets.push(
        planTransitionsSheet({
          sheet: transitionsSheet,
          methodLabel: localize(method.label, language),
          from: previousEntry.asOf,
          to: asOf,
          transitions: recorded.movement.transitions,
          movers: recorded.movement.movers,
          names,
          language,
          reasons,
          cuts,
          sizes,
        }),
      );
    }
  }

  // The summary keeps its name (the plan lists it first among the sheets; it goes with the earlier output and comes back).
  const summaryName = (saved.summary ? saved.footprint.sheets[0] : undefined) ?? summaryText("sheetName", language, { method: sheetMethodName(method, language) });
  const gaps = new Map<number, boolean>();
  const planFor = async (classColumn: number): Promise<SegmentPlan> => {
    gaps.set(classColumn, await gapIsOurs(port, source, classColumn, saved.id));
    return planAt(classColumn);
  };
  const planAt = (classColumn: number): SegmentPlan =>
    planSegmentation({
      id: saved.id,
      source,
      columnNames: saved.columnNames,
      roles: saved.roles,
      method: prepared.method,
      params: prepared.params,
      input: prepared.input,
      run: prepared.run,
      output: saved.output,
      tones: saved.tones,
      classColumn,
      gapIsOurs: gaps.get(classColumn) ?? false,
      summarySheet: saved.summary ? uniqueSheetName(summaryName, taken) : null,
      tags: saved.tags,
      ...(saved.labels ? { labels: true } : {}),
      appliedAt: now.toISOString(),
      language,
      extraSheets,
      ...(frozen && prepared.method.freezable ? { frozen } : {}),
      ...(saved.cuts ? { earlierCuts: saved.cuts } : {}),
      ...(recorded
        ? {
            movement: recorded.movement,
            history: recorded.placement.write,
            asOf: recorded.asOf,
            ...(previousAsOf !== null ? { previousAsOf } : {}),
            ...(transitionsSheet ? { transitionsSheet } : {}),
          }
        : {}),
    });

  // The earlier output goes in the same step as the new one comes (port.apply with `replaces`):
  // a refresh cut off half-way leaves the segmentation listed, never gone.
  const overwrite = options.overwrite ?? [];
  let done!: SavedSegmentation;
  const rightOfData = source.range.col + source.range.cols;
  if (options.relocate || saved.classColumn < rightOfData) {
    // The next columns that are empty or still wholly ours; a column where the user typed into our
    // output since is theirs now: start again right of it.
    let from = rightOfData;
    for (;;) {
      const classColumn = await freeColumns(port, source, from, columnsWritten(saved.tags, history, Boolean(saved.labels)), saved);
      const plan = await planFor(classColumn);
      const report = await port.findOccupied(plan, 50, saved);
      if (report.total === 0) {
        done = await applyInPlaceOf(port, plan, overwrite, saved);
        break;
      }
      // Only cells in our columns can be moved away from; anything else (a sheet of the summary's name) is asked about.
      const inColumns = report.cells.filter((c) => c.sheet === source.sheet && c.col >= classColumn);
      if (inColumns.length < report.cells.length || report.total > report.cells.length) throw new RefreshOccupiedError(saved.id, report);
      from = Math.max(...inColumns.map((c) => c.col)) + 1;
    }
  } else {
    // The apply checks, against what is still the segmentation's own, that nothing else is in the way
    // (refused before writing: RefreshOccupiedError, as applyInPlaceOf maps it).
    done = await applyInPlaceOf(port, await planFor(saved.classColumn), overwrite, saved);
  }
  return {
    saved: done,
    source,
    asOf: recorded?.asOf ?? null,
    previousAsOf,
    movement: recorded && previousAsOf !== null ? recorded.movement : null,
    reasons,
    cuts,
    sizes,
    names,
    snapshotRows: recorded?.rows ?? 0,
  };
}

/** The as-of date each saved segmentation would get, and those that already have a snapshot of it. */
export async function snapshotConflicts(port: WorkbookPort, list: readonly SavedSegmentation[], language: Language, now: Date, asOf?: number): Promise<SnapshotConflict[]> {
  const withHistory = list.filter((s) => keepsHistory(s) && !s.problem);
  if (!withHistory.length) return [];
  const state = await loadHistory(port);
  const out: SnapshotConflict[] = [];
  for (const saved of withHistory) {
    const method = methodOf(saved.methodId);
    const source = await port.currentSource(saved.source);
    const prepared = method.asOfRoles?.length ? await prepare(port, source, choiceOf(saved, language, undefined, saved.frozen)) : { method, input: { rowCount: 0, columns: {} } };
    const date = await snapshotAsOf(port, source, saved.roles, prepared, asOf, now);
    if (snapshotsOf(state.index, saved.id).some((s) => s.asOf === date) && !unfinishedOn(saved, date)) out.push({ id: saved.id, methodId: saved.methodId, asOf: date });
  }
  return out;
}

/**
 * Refresh every saved segmentation, oldest first (so the newest keeps its colour priority).
 * Asks first (SnapshotExistsError listing all of them) when any has a snapshot of that date.
 */
export async function refreshAll(port: WorkbookPort, language: Language, now: Date, options: RefreshOptions = {}): Promise<RefreshResult[]> {
  const list = await port.listSaved();
  if (!options.replace) {
    const conflicts = await snapshotConflicts(port, list, language, now, options.asOf);
    if (conflicts.length) throw new SnapshotExistsError(conflicts);
  }
  const results: RefreshResult[] = [];
  for (const saved of list) results.push(await refreshSaved(port, saved, language, now, { ...options, replace: true }));
  return results;
}

/** Every snapshot in the history, oldest first. */
export async function listSnapshots(port: WorkbookPort): Promise<SnapshotEntry[]> {
  return allSnapshots((await loadHistory(port)).index);
}

export interface Comparison {
  readonly from: SnapshotEntry;
  readonly to: SnapshotEntry;
  readonly movement: Movement;
}

/** Any two snapshots compared (the pane's "compare" choice; default: a segmentation's last two). */
export async function compareHistory(port: WorkbookPort, from: SnapshotEntry, to: SnapshotEntry): Promise<Comparison> {
  let state = await loadHistory(port);
  const a = await readSnapshotCells(port, state, from);
  state = a.state;
  const b = await readSnapshotCells(port, state, to);
  if (!a.cells || !b.cells) throw new Error("The history sheet no longer holds this snapshot.");
  const method = findMethod(to.method) ?? findMethod(from.method);
  const codes = classOrder(classOrder(method ? method.codes({}) : [], a.cells), b.cells);
  return { from, to, movement: computeMovement(a.cells, b.cells, codes) };
}

/** Customer names of a saved segmentation's current data, for lists that show IDs. */
export async function customerNames(port: WorkbookPort, saved: SavedSegmentation): Promise<Map<IdKey, string>> {
  const id = saved.roles.id;
  const name = saved.roles.name;
  if (typeof id !== "number" || typeof name !== "number") return new Map();
  const source = await port.currentSource(saved.source);
  const [ids, names] = await port.readColumns(source, [id, name]);
  return namesById(ids, names);
}

/** Writes a comparison as the segmentation's transitions sheet (replacing the earlier one). */
export async function writeComparison(port: WorkbookPort, saved: SavedSegmentation, comparison: Comparison, language: Language): Promise<string> {
  const method = findMethod(saved.methodId);
  const taken = (await port.sheetNames()).filter((n) => !saved.footprint.sheets.some((s) => s.toLowerCase() === n.toLowerCase()));
  const sheet = uniqueSheetName(saved.transitionsSheet ?? historyText("transitionsSheet", language, { method: sheetMethodName(findMethod(saved.methodId) ?? { id: saved.methodId }, language) }), taken);
  await port.replaceSheet(
    saved.id,
    planTransitionsSheet({
      sheet,
      methodLabel: method ? localize(method.label, language) : saved.methodId,
      from: comparison.from.asOf,
      to: comparison.to.asOf,
      transitions: comparison.movement.transitions,
      movers: comparison.movement.movers,
      names: await customerNames(port, saved),
      language,
    }),
  );
  return sheet;
}

/** The history sheets (for "Delete history"): deleted only when the user asks, never by Remove. */
export async function deleteHistory(port: WorkbookPort): Promise<void> {
  const state = await loadHistory(port);
  await port.deleteHistory(state.index.sheets, HISTORY_INDEX_KEY);
}
