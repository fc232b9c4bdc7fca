/**
 * What applying a segmentation does to a workbook, as plain data: the cells to write, the
 * conditional-format rules to add, the list validations, the new sheets and the settings to
 * save. Pure functions (plan*.ts) build it from the engine's results; adapters carry it out
 * (officeAdapter.ts for Excel, model/gridAdapter.ts over ExcelJS or the in-memory preview).
 * Keeping it data means the same plan can be tested, shown, saved and undone.
 */
import { Language } from "../i18n/language";
import { RangeRef } from "./address";
import { MethodInput, MethodParams, MethodRun, SegmentMethod } from "./methods/types";

export type Scalar = string | number | boolean | null;

/**
 * A formula and the value we computed for it. Office writes the formula; ExcelJS writes it
 * with the value as the cached result; the preview shows the value. So every consumer sees
 * the same number, and a recalculating reader (Excel, LibreOffice) can check ours.
 */
export interface FormulaCell {
  readonly formula: string;
  readonly value: Scalar;
}

export type CellInput = Scalar | FormulaCell;

export function isFormulaCell(cell: unknown): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && typeof (cell as FormulaCell).formula === "string";
}

/** A fill and the text colour that stays readable on it (§12: colour is never the only signal). */
export interface Tone {
  readonly fill: string;
  readonly font: string;
}

/** A rectangle of cells to write, row by row. */
export interface CellBlock {
  readonly sheet: string;
  readonly range: RangeRef;
  readonly cells: readonly (readonly CellInput[])[];
  /** Number formats per column of the block (e.g. "0.0%"), written with the cells. */
  readonly numberFormats?: readonly (string | null)[];
}

/** One conditional-format rule: rows whose key cell equals `code` get `tone`. */
export interface ClassRule {
  readonly code: string;
  /** Relative to the top-left cell of the rule's range, e.g. `=$I2="A"`. */
  readonly formula: string;
  readonly tone: Tone;
}

/** The rules of one segmentation, all on the same range (the data rows, whole width). */
export interface RuleSet {
  readonly sheet: string;
  readonly range: RangeRef;
  /** The class column, so renderers that cannot parse formulas can still evaluate the rules. */
  readonly keyColumn: number;
  readonly rules: readonly ClassRule[];
}

/**
 * A flag on top of the class colours (the downgraded rows): where the key cell equals `code`,
 * bold text and a red-ish line above and below the row. It sets neither fill nor text colour,
 * so it never fights the class rules — both show.
 */
export interface MarkRule {
  readonly sheet: string;
  readonly range: RangeRef;
  /** The direction column. */
  readonly keyColumn: number;
  readonly code: string;
  /** Relative to the top-left cell of the range, e.g. `=$K2="DOWN"`. */
  readonly formula: string;
  /** Colour of the lines above and below the row. */
  readonly border: string;
}

/** A drop-down list on a range (the behaviour/personality tag column, methods.md §10). */
export interface ListValidation {
  readonly sheet: string;
  readonly range: RangeRef;
  readonly items: readonly string[];
}

/**
 * A chart over a block of cells. "pareto": bars of value and a line of cumulative share over two
 * columns (labels, values), no header. "sizes": stacked columns, the block's first row naming the
 * series (class codes) and its first column the categories (snapshot dates, as text).
 */
export interface ChartSpec {
  readonly kind: "pareto" | "sizes";
  readonly title: string;
  readonly data: RangeRef;
  /** Where the chart is placed on the sheet. */
  readonly anchor: RangeRef;
}

/** A sheet the add-in creates (the summary). Everything on it belongs to the add-in. */
export interface NewSheet {
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  /** Static fills for the legend swatches: a few cells, not data rows. */
  readonly fills: readonly { readonly range: RangeRef; readonly tone: Tone }[];
  readonly boldRows: readonly number[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
}

/**
 * Where a piece of our output is, so that it can be found again after the user edited the sheet
 * (ownership.ts): the sheet by its stable id (a rename keeps it, a new sheet of the same name
 * does not have it), the range by a hidden workbook-scoped defined name that Excel moves with the
 * cells, and the address as written — used only when neither is there (settings saved before
 * names existed).
 */
export interface OwnedPlace {
  readonly sheet: string;
  readonly range: RangeRef;
  readonly sheetId?: string;
  /** The defined name over the range (ownership.ts ownedName). */
  readonly name?: string;
}

/** Cells we wrote into the user's sheet, with what we wrote, so Remove clears only cells that still hold it. */
export interface OwnedCells extends OwnedPlace {
  readonly written?: WrittenCells;
}

/**
 * What was written into a block, compactly: the distinct contents (ownership.ts contentKey; ""
 * for a cell we left empty) and one character per cell, row by row, indexing them (code 48 + i).
 */
export interface WrittenCells {
  readonly values: readonly string[];
  readonly cells: string;
}

export interface OwnedRules extends OwnedPlace {
  /** The rules' formulas as written, e.g. `=$I2="A"`. */
  readonly formulas: readonly string[];
  /** The column the formulas key on: a column of one of the footprint's cell blocks (it moves with them). */
  readonly key?: { readonly block: number; readonly col: number };
}

/** Everything Remove must take away, saved with the settings so it survives save/reopen. */
export interface Footprint {
  readonly cells: readonly OwnedCells[];
  readonly rules: readonly OwnedRules[];
  readonly validations: readonly OwnedPlace[];
  /** Sheets we created, by the name we gave them. */
  readonly sheets: readonly string[];
  /**
   * Per created sheet (same order as `sheets`): the defined name that marks it as ours (it follows
   * a rename and dies with the sheet), and its id once known. A sheet with neither is not ours.
   */
  readonly sheetMarks?: readonly ({ readonly name: string; readonly id?: string } | null)[];
  /** The defined name over the source block: where the data is now, and whether columns were inserted or deleted inside it. */
  readonly source?: string;
  /**
   * Every name above was created (the step finished): a name missing now was deleted with its cells
   * (a file saved by a program that drops #REF! names), so the piece is gone. Without it (a step cut
   * off), a missing name may never have been written: the address as written is used.
   */
  readonly named?: boolean;
  /** Other names it owns: the earlier output's source name while a refresh is under way. */
  readonly otherNames?: readonly string[];
  /** Cells the user allowed us to overwrite, with what they held, so Remove can put them back. */
  readonly restore: readonly RestoredCell[];
}

export interface RestoredCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly content: CellInput;
}

/** Which source column plays which role (0-based column offsets inside the source range). */
export type RoleAssignment = Readonly<Record<string, number | readonly number[] | undefined>>;

/** The data a segmentation was computed from. */
export interface SourceRef {
  readonly sheet: string;
  /** The sheet's stable id, when the workbook gives one: a renamed data sheet is found by it. */
  readonly sheetId?: string;
  /** The whole block, header row included when there is one. */
  readonly range: RangeRef;
  readonly hasHeader: boolean;
  readonly table?: string;
  /** The Table shows its totals row: the block's last row is a total, not a customer (dataChecks.ts). */
  readonly tableTotals?: true;
}

export type OutputMode = "values" | "formulas";

/**
 * Rows appended to the history sheet (history.ts): a block that only ever goes below the last
 * row, never over another snapshot. Not part of the footprint: Remove keeps history.
 */
export interface HistoryWrite {
  /** History sheets to create first (with the header row). */
  readonly createSheets: readonly { readonly name: string; readonly header: readonly string[]; readonly widths: readonly number[] }[];
  /** Rows of the snapshot being replaced (same segmentation, same as-of date), cleared first. */
  readonly clear: readonly { readonly sheet: string; readonly range: RangeRef }[];
  /** The snapshot's rows, in blocks written one request each. */
  readonly append: CellBlock | null;
  /** The history index to save with the settings (setting HISTORY_INDEX_KEY). */
  readonly index: string;
}

/** What the workbook remembers about one applied segmentation, so Refresh can re-run it. */
export interface SavedSegmentation {
  readonly version: 1;
  readonly id: string;
  readonly methodId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly source: SourceRef;
  readonly columnNames: readonly string[];
  readonly roles: RoleAssignment;
  readonly output: OutputMode;
  readonly tones: Readonly<Record<string, string>>;
  readonly summary: boolean;
  readonly tags: boolean;
  /** A label column (the classes' names) sits right of the class column. */
  readonly labels?: boolean;
  readonly appliedAt: string;
  /** When the user last chose this segmentation to colour the rows (its rules put on top); an apply or refresh puts them on top too. */
  readonly colouredAt?: string;
  readonly classColumn: number;
  readonly footprint: Footprint;
  /** Snapshots of each run go to the history sheet (needs a customer ID column). */
  readonly history?: boolean;
  /** The user chose to add up the rows of a repeated customer ID (perCustomer.ts): every refresh does the same. */
  readonly perCustomer?: true;
  /** The as-of date (Excel serial) of the last run. */
  readonly asOf?: number;
  /** The as-of date of the snapshot the movement columns compare with, when there are some. */
  readonly previousAsOf?: number;
  /** The transitions sheet of the last refresh (also listed in the footprint's sheets). */
  readonly transitionsSheet?: string;
  /**
   * Only while an apply or refresh is under way (footprint.ts): the history rows it is adding.
   * A setting still carrying it belongs to a step that never finished: Remove takes those rows away.
   */
  readonly pendingHistory?: PendingHistory;
  /** Only as listed (never saved): why a refresh cannot follow the data (ownership.ts locateSaved). */
  readonly problem?: SourceProblem;
  /**
   * The cut values that decided each recent run's classes (methods with MethodRun.cutValues),
   * oldest first, one per as-of date, at most CUT_RUNS_KEPT: a refresh compares with the run of
   * the snapshot it compares with — never with a run that was cut off half-way.
   */
  readonly cuts?: readonly SavedCuts[];
  /** Kept cut values (methods.md §14): every refresh classifies against them instead of re-fitting. */
  readonly frozen?: SavedCuts;
}

/** Runs whose cut values a segmentation keeps: two years of monthly refreshes. */
export const CUT_RUNS_KEPT = 24;

/** Cut values as saved: the as-of date of the run they come from (null: no history) and the values, +Infinity as null. */
export interface SavedCuts {
  readonly asOf: number | null;
  readonly values: readonly (number | null)[];
}

/** The data sheet was deleted, or columns were inserted or deleted inside the data since the last run. */
export type SourceProblem = "dataSheetGone" | "columnsChanged";

/** The snapshot an unfinished apply or refresh was adding to the history. */
export interface PendingHistory {
  readonly asOf: number;
  /** Where its rows were going (only rows carrying its segmentation id and date are ever cleared). */
  readonly rows: { readonly sheet: string; readonly range: RangeRef } | null;
  /** History sheets it started (deleted only when nothing but their header is left). */
  readonly createdSheets: readonly string[];
}

export interface SegmentPlan {
  readonly id: string;
  /** Cells written into existing sheets (class column, tag column): checked for emptiness first. */
  readonly writes: readonly CellBlock[];
  readonly rules: readonly RuleSet[];
  /** Flags keyed on the direction column (downgrades), after the class rules. */
  readonly marks?: readonly MarkRule[];
  readonly validations: readonly ListValidation[];
  readonly sheets: readonly NewSheet[];
  /** This run's snapshot for the history sheet, when the segmentation keeps history. */
  readonly history?: HistoryWrite;
  readonly saved: SavedSegmentation;
}

/** Settings keys: one per segmentation, so Remove deletes exactly its own. */
export const SETTING_PREFIX = "segment.";

export function settingKey(id: string): string {
  return SETTING_PREFIX + id;
}

/** Everything planSegmentation (and planSummary) need to build a segmentation's plan. */
export interface PlanRequest {
  readonly id: string;
  readonly source: SourceRef;
  /** Column names of the source, for the summary ("value: Revenue"). */
  readonly columnNames: readonly string[];
  readonly roles: RoleAssignment;
  readonly method: SegmentMethod;
  readonly params: MethodParams;
  readonly input: MethodInput;
  readonly run: MethodRun;
  readonly output: OutputMode;
  /** Tone id per class code chosen by the user (missing codes get the default). */
  readonly tones: Readonly<Record<string, string>>;
  /** Sheet column (0-based) of the class column; the label and tag columns, if any, go right after it. */
  readonly classColumn: number;
  readonly summarySheet: string | null;
  readonly tags: boolean;
  /** Write each class's name in `language` right of the class column (before the tag column). */
  readonly labels?: boolean;
  readonly appliedAt: string;
  readonly language: Language;
  /**
   * The two movement columns (previous class, direction) per data row, written after the class
   * column (and the tag column): present when the segmentation keeps history.
   */
  readonly movement?: { readonly previous: readonly (string | null)[]; readonly direction: readonly (string | null)[] } | null;
  /** This run's snapshot for the history sheet. */
  readonly history?: HistoryWrite | null;
  /** Sheets the run adds besides the summary (the transitions report). */
  readonly extraSheets?: readonly NewSheet[];
  /** As-of date (Excel serial) of this run, and of the snapshot the movement compares with. */
  readonly asOf?: number;
  readonly previousAsOf?: number;
  readonly transitionsSheet?: string;
  /** The columns between the data and the class column are all the add-in's own (another segmentation's): colour across them. */
  readonly gapIsOurs?: boolean;
  /** The run classified against these kept values (saved with the segmentation). */
  readonly frozen?: SavedCuts;
  /** Earlier runs' cut values (SavedSegmentation.cuts): this run's are added, replacing a run of the same date. */
  readonly earlierCuts?: readonly SavedCuts[];
}


/** The data rows of the source: the block minus its header row. */
export function dataRows(source: SourceRef): { first: number; count: number } {
  const header = source.hasHeader ? 1 : 0;
  return { first: source.range.row + header, count: source.range.rows - header };
}
