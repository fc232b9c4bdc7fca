/**
 * What the task pane needs from a workbook, whatever holds it: Excel through Office.js
 * (officeAdapter.ts), an .xlsx through ExcelJS, or the in-memory grid of the browser preview
 * (both through model/gridAdapter.ts). The pane and the tests talk only to this interface.
 */
import { RangeRef } from "./address";
import { CellInput, Footprint, NewSheet, RestoredCell, SavedSegmentation, SegmentPlan, SourceRef } from "./plan";

/** The block the user points at, with enough of it to guess roles. */
export interface SourceInfo {
  readonly ref: SourceRef;
  /** Column names: header text, or "Column B" style names. */
  readonly columnNames: readonly string[];
  /** The first data rows (up to 50), for guessing roles and showing a sample. */
  readonly sample: readonly (readonly unknown[])[];
  /** The block's first rows as read, header included: to redo the split when the user flips the header. */
  readonly firstRows: readonly (readonly unknown[])[];
  /** How the block was found, for the pane to say so. */
  readonly found: "table" | "selection" | "region";
}

/** A cell holding a number as text, and the number it means. */
export interface TextNumberCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly value: number;
}

/** A non-empty cell the plan would write over. */
export interface OccupiedCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly content: CellInput;
}

/**
 * The content reported for a drop-down (data validation) already on a range where the plan puts
 * its own list: it cannot be agreed away (ours would replace the user's rule, and Remove would
 * clear it), so an apply refuses it even with consent; the next empty columns avoid it.
 */
export const DROP_DOWN_IN_THE_WAY = "(drop-down list)";

export interface OccupiedReport {
  /** Up to the limit asked for. */
  readonly cells: readonly OccupiedCell[];
  /** All of them (may exceed cells.length). */
  readonly total: number;
}

export interface ApplyOptions {
  /** Cells the user agreed to overwrite; anything else found non-empty refuses the apply. */
  readonly overwrite?: readonly OccupiedCell[];
  /**
   * A refresh: the same segmentation's earlier output, which the plan takes the place of in the
   * same step. Cells of that output do not count as occupied (what it had put back for the user is
   * agreed again); it is taken away first; if the step fails, the segmentation stays listed,
   * owning both outputs, so that Refresh finishes it and Remove takes everything away.
   */
  readonly replaces?: SavedSegmentation;
}

/** Thrown when a plan would write over cells the user has not agreed to lose. */
export class OccupiedError extends Error {
  constructor(readonly report: OccupiedReport) {
    super(`${report.total} cell(s) in the way are not empty`);
    this.name = "OccupiedError";
  }
}

/** What Remove did not take away, because it is not ours any more (ownership.ts). */
export interface RemoveReport {
  /** Cells in our columns holding something other than what we wrote (the user's edits): left as they are. */
  readonly kept: readonly OccupiedCell[];
  /** Cells we had overwritten with the user's agreement that could not be put back: rows or columns were inserted or deleted inside our block. */
  readonly notRestored: readonly RestoredCell[];
  /** The data sheet had been deleted: everything else of ours was taken away and the segmentation forgotten. */
  readonly dataSheetGone: boolean;
}

export interface WorkbookPort {
  /** The Table under the active cell; else the selection if it is more than one cell; else the current region. */
  locateSource(): Promise<SourceInfo | null>;
  /** The data rows (header excluded) of the given source columns (offsets inside the source). */
  readColumns(source: SourceRef, columns: readonly number[]): Promise<unknown[][]>;
  /** The data rows (header excluded) of one source column as formulas: the text of a formula ("=SUM(D2:D9)"), null for a constant or a blank. */
  readFormulas(source: SourceRef, column: number): Promise<(string | null)[]>;
  /**
   * Numbers stored as text, turned into numbers at the user's request (the pane's Convert): each
   * cell that still holds exactly `text` gets `value` (a cell formatted as Text gets the General
   * format, or it would turn the number back into text); a cell changed since is left alone.
   * Returns how many were converted.
   */
  convertTextNumbers(sheet: string, cells: readonly TextNumberCell[]): Promise<number>;
  /**
   * A new sheet the user asked for (the customer sheet of an orders export, customerSheet.ts): it
   * is the user's from then on — no segmentation owns it, Remove never touches it. Refuses when a
   * sheet of that name exists.
   */
  addUserSheet(sheet: NewSheet): Promise<void>;
  /** Selects these cells (the pane's "Show rows"), on their sheet. */
  selectCells(sheet: string, cells: readonly { readonly row: number; readonly col: number }[]): Promise<void>;
  /** The first column at or right of `fromCol` that is empty on every row of `rows`. */
  firstEmptyColumn(sheet: string, rows: RangeRef, fromCol: number): Promise<number>;
  sheetNames(): Promise<string[]>;
  /**
   * Non-empty cells among those the plan writes into existing sheets (new sheets must not exist);
   * for a refresh, what `replaces` still owns (ownership.ts) does not count.
   */
  findOccupied(plan: SegmentPlan, limit: number, replaces?: SavedSegmentation): Promise<OccupiedReport>;
  /** Carries the plan out as one step; on failure, takes back what it had done and rethrows. */
  apply(plan: SegmentPlan, options?: ApplyOptions): Promise<SavedSegmentation>;
  /**
   * The saved segmentations, each where it is now (ownership.ts locateSaved): the data sheet by its
   * id (renamed is fine), the source and the class column where Excel moved them; `problem` says
   * when a refresh cannot follow (the data sheet deleted, columns inserted or deleted inside the data).
   */
  listSaved(): Promise<SavedSegmentation[]>;
  /**
   * Takes away what the segmentation added and is still its own (ownership.ts), and puts back
   * cells it overwrote; whatever the user changed since stays, and is reported.
   */
  remove(id: string): Promise<RemoveReport>;
  /**
   * Puts the segmentation's colour rules on top of every other rule on their sheets: where two
   * segmentations cover the same rows, this one's colours show. Nothing else changes.
   */
  colourRowsBy(id: string, at: string): Promise<void>;
  /**
   * What of a segmentation's output is still its own, where it is now (ownership.ts): the cells
   * that still hold what it wrote, its rules, drop-downs and sheets at their current places, and
   * every name it owns. Remove takes exactly this away.
   */
  owned(saved: SavedSegmentation): Promise<Footprint>;

  // --- Monthly refresh (refresh.ts, history.ts) ---

  /**
   * Where a saved source is now: an Excel Table's current range (it may have grown or shrunk),
   * else the current region around the source's top-left cell, cut to the source's columns and
   * down to the last row with data in them (so the add-in's own columns beside it do not count).
   */
  currentSource(source: SourceRef): Promise<SourceRef>;
  /** A block of cells as values (empty → null), read in row blocks. A missing sheet reads as null. */
  readRange(sheet: string, range: RangeRef): Promise<unknown[][] | null>;
  /** The used range of a sheet; null when the sheet is empty or does not exist. */
  usedRange(sheet: string): Promise<RangeRef | null>;
  readSetting(key: string): Promise<string | null>;
  /** Puts a sheet the segmentation owns in place of its earlier version (the transitions report). */
  replaceSheet(id: string, sheet: NewSheet): Promise<void>;
  /** Deletes the history sheets and the history index: only when the user explicitly asks. */
  deleteHistory(sheets: readonly string[], indexKey: string): Promise<void>;
}
