/**
 * What the settings say while an apply or a refresh is under way, so that a workbook cut off
 * half-way (the connection lost, Excel closed) is never left with output nobody owns:
 * - the *marking*: the segmentation's setting, written with the first request, whose footprint
 *   covers everything the step may have written — for a refresh, the earlier output and the new
 *   one — and which names the history rows the step is adding (`pendingHistory`);
 * - at the end the final setting replaces it (the new footprint only, nothing pending).
 * Remove of a marked segmentation therefore takes away everything, the unfinished snapshot
 * included, and a Refresh of it finishes the job. Pure functions; the adapters write them.
 */
import { contains, RangeRef } from "./address";
import { asOfDay, HISTORY_COLUMNS, HistoryIndex, parseIndex } from "./history";
import { CellBlock, Footprint, PendingHistory, RestoredCell, SavedSegmentation, SegmentPlan } from "./plan";
import { DROP_DOWN_IN_THE_WAY, OccupiedCell, OccupiedError, OccupiedReport } from "./port";

const sameCell = (a: { sheet: string; row: number; col: number }, b: { sheet: string; row: number; col: number }): boolean =>
  a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/**
 * Everything either footprint owns. Entries are kept side by side, not merged by address: each
 * keeps its own name and record of what it wrote, so the ownership check (ownership.ts) can
 * recognise both outputs of a refresh cut off half-way. Restored cells: the first footprint's entry
 * wins (it holds what the user had typed).
 */
export function unionFootprint(a: Footprint, b: Footprint): Footprint {
  const union = <T>(x: readonly T[], y: readonly T[]): T[] => {
    const seen = new Set(x.map((e) => JSON.stringify(e)));
    return [...x, ...y.filter((e) => !seen.has(JSON.stringify(e)))];
  };
  const marksOf = (f: Footprint) => f.sheets.map((_, i) => f.sheetMarks?.[i] ?? null);
  const sheets: string[] = [...a.sheets];
  const sheetMarks = marksOf(a);
  b.sheets.forEach((name, i) => {
    const mark = marksOf(b)[i];
    const dup = sheets.some((s, j) => s.toLowerCase() === name.toLowerCase() && JSON.stringify(sheetMarks[j]) === JSON.stringify(mark));
    if (dup) return;
    sheets.push(name);
    sheetMarks.push(mark);
  });
  const restore: RestoredCell[] = [...a.restore, ...b.restore.filter((x) => !a.restore.some((y) => sameCell(x, y)))];
  return {
    cells: union(a.cells, b.cells),
    rules: union(a.rules, b.rules),
    validations: union(a.validations, b.validations),
    sheets,
    sheetMarks,
    ...(a.source ?? b.source ? { source: b.source ?? a.source } : {}),
    otherNames: [...new Set([...(a.otherNames ?? []), ...(b.otherNames ?? []), ...(a.source && a.source !== b.source ? [a.source] : [])])],
    // A step cut off owns names it may never have written: none counts as gone for being missing.
    named: false,
    restore,
  };
}

/** The history rows and sheets a plan adds, as the marking names them. */
export function pendingHistoryOf(plan: SegmentPlan): PendingHistory | undefined {
  const h = plan.history;
  if (!h || plan.saved.asOf === undefined) return undefined;
  return {
    asOf: plan.saved.asOf,
    rows: h.append ? { sheet: h.append.sheet, range: h.append.range } : null,
    createdSheets: h.createSheets.map((s) => s.name),
  };
}

/**
 * The setting written with an apply's first request. `saved` is what the apply will leave;
 * `replaces` the same segmentation's earlier output that a refresh takes the place of.
 */
export function markingOf(saved: SavedSegmentation, plan: SegmentPlan, replaces?: SavedSegmentation): SavedSegmentation {
  const pending = pendingHistoryOf(plan);
  return {
    ...saved,
    footprint: replaces ? unionFootprint(replaces.footprint, saved.footprint) : saved.footprint,
    ...(pending ? { pendingHistory: pending } : {}),
  };
}

/**
 * What is left listed after a refresh failed and took back what it had done: the segmentation as
 * it was saved, owning both outputs (whatever a failed rollback may have left), so that Refresh
 * finishes it and Remove takes everything away.
 */
export function afterFailedRefresh(marking: SavedSegmentation, replaces: SavedSegmentation): SavedSegmentation {
  return { ...replaces, footprint: marking.footprint, ...(marking.pendingHistory ? { pendingHistory: marking.pendingHistory } : {}) };
}

/** The runs of rows (sheet rows) inside `range` that belong to the unfinished snapshot: its segmentation id and as-of date. */
export function pendingRuns(rows: readonly (readonly unknown[])[], range: RangeRef, id: string, asOf: number): RangeRef[] {
  const mine = rows.map((row) => row[3] === id && typeof row[0] === "number" && asOfDay(row[0]) === asOfDay(asOf));
  const runs: RangeRef[] = [];
  for (let i = 0; i < mine.length; ) {
    if (!mine[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < mine.length && mine[j]) j++;
    runs.push({ row: range.row + i, col: 0, rows: j - i, cols: HISTORY_COLUMNS });
    i = j;
  }
  return runs;
}

/**
 * The history index without the unfinished snapshot (and without history sheets that are gone);
 * null when nothing is left, so the setting can be deleted as it was before the first snapshot.
 */
export function indexWithout(raw: string | null, id: string, asOf: number, deletedSheets: readonly string[]): string | null | undefined {
  const index = parseIndex(raw);
  if (!index) return undefined; // no index, or not ours to edit
  const next: HistoryIndex = {
    version: 1,
    sheets: index.sheets.filter((s) => !deletedSheets.includes(s)),
    snapshots: index.snapshots.filter((s) => !(s.segmentation === id && s.asOf === asOf)),
  };
  if (!next.sheets.length && !next.snapshots.length) return null;
  return JSON.stringify(next);
}

/** `range` minus the rectangles in `minus` (same sheet), as one-column strips. */
export function subtractRanges(range: RangeRef, minus: readonly RangeRef[]): RangeRef[] {
  const out: RangeRef[] = [];
  for (let col = range.col; col < range.col + range.cols; col++) {
    const cuts = minus.filter((m) => col >= m.col && col < m.col + m.cols).sort((a, b) => a.row - b.row);
    let from = range.row;
    const end = range.row + range.rows;
    for (const m of cuts) {
      if (m.row > from) out.push({ row: from, col, rows: Math.min(m.row, end) - from, cols: 1 });
      from = Math.max(from, m.row + m.rows);
      if (from >= end) break;
    }
    if (from < end) out.push({ row: from, col, rows: end - from, cols: 1 });
  }
  return out.filter((r) => r.rows > 0);
}

/**
 * What must be empty for a plan that takes the place of `replaces`: its writes and drop-down
 * lists outside that earlier output, and its new sheets other than the ones that output owns
 * (they go first).
 */
export function probeOf(plan: SegmentPlan, replaces: SavedSegmentation): SegmentPlan {
  const own = new Set(replaces.footprint.sheets.map((s) => s.toLowerCase()));
  const writes: CellBlock[] = plan.writes.flatMap((w) =>
    subtractRanges(
      w.range,
      replaces.footprint.cells.filter((c) => c.sheet === w.sheet).map((c) => c.range),
    ).map((range) => ({ sheet: w.sheet, range, cells: [] })),
  );
  // Its own drop-downs are its own: only the part of a list range outside them is checked.
  const validations = plan.validations.flatMap((v) =>
    subtractRanges(
      v.range,
      replaces.footprint.validations.filter((o) => o.sheet === v.sheet).map((o) => o.range),
    ).map((range) => ({ ...v, range })),
  );
  return { ...plan, writes, validations, sheets: plan.sheets.filter((s) => !own.has(s.name.toLowerCase())) };
}

/**
 * The cells Remove will put back for the user: those found occupied now (the user agreed), and
 * those the earlier output had put back that the plan writes over again.
 */
export function restoredCells(plan: SegmentPlan, found: readonly OccupiedCell[], replaces?: SavedSegmentation): RestoredCell[] {
  const again = (replaces?.footprint.restore ?? []).filter((c) => plan.writes.some((w) => w.sheet === c.sheet && contains(w.range, c.row, c.col)));
  return [...found.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, content: c.content })), ...again];
}

/**
 * The one rule for what an apply or a refresh may write over (every adapter calls it before its
 * first write): each cell in the way must be one the user agreed to, and a sheet of a new sheet's
 * name or a drop-down can never be agreed away (the failed add and its undo would delete the user's
 * sheet; ours would replace the user's rule). Refuses with OccupiedError.
 */
export function checkConsent(report: OccupiedReport, allowed: readonly OccupiedCell[], newSheets: readonly string[]): void {
  const agreed = (c: OccupiedCell): boolean => allowed.some((a) => sameCell(a, c));
  const never = (c: OccupiedCell): boolean => c.content === DROP_DOWN_IN_THE_WAY || newSheets.some((n) => n.toLowerCase() === c.sheet.toLowerCase());
  if (report.cells.length < report.total || report.cells.some((c) => !agreed(c) || never(c))) throw new OccupiedError(report);
}
