/**
 * The method registry's contract. A method here is the task pane's view of an engine method:
 * which columns it needs, which parameters it offers (as choices, so presets are one click),
 * how to run it on the chosen columns, and — when a per-row custom function exists — the live
 * formula that gives the same class. Adding a method = one file exporting a SegmentMethod and
 * one line in registry.ts; the pane, the plan and the summary adapt by themselves.
 */
import { RoleId } from "../../i18n/headerDictionary";
import { Language } from "../../i18n/language";
import { roleText } from "../../i18n/paneText";
import { Explanation } from "../../segment/explain";

/** English text, with translations where we have them (fallback: English). */
export type Localized = { readonly en: string } & Partial<Record<Language, string>>;

export function localize(text: Localized, language: Language): string {
  return text[language] ?? text.en;
}

/**
 * A role as the pane names it for a method: the method's own label ("Recency: last order date or
 * days since it") first, else the pane's name for the role ("Last order date"), never the
 * internal id ("lastDate"). DataSection labels its fields with it, and the missing-column message.
 */
export function roleLabel(method: Pick<SegmentMethod, "roleLabels"> | undefined, role: string, language: Language): string {
  const own = method?.roleLabels?.[role as RoleId];
  return own ? localize(own, language) : roleText(role, language);
}

export interface ParamChoice {
  readonly value: string;
  readonly label: Localized;
}

export interface ParamSpec {
  readonly key: string;
  readonly label: Localized;
  readonly choices: readonly ParamChoice[];
  readonly defaultValue: string;
}

/** Every parameter is a string (one of its choices): easy to save in settings and to re-run. */
export type MethodParams = Readonly<Record<string, string>>;

/** The data rows of the source, per role, in sheet order. */
export interface MethodInput {
  readonly rowCount: number;
  readonly columns: Partial<Record<RoleId, readonly unknown[]>>;
  /** Rows × period columns, when the user picked period columns. */
  readonly periods?: readonly (readonly unknown[])[];
  /** What the data checks read besides the roles (dataChecks.ts): the block's first column, the value column's formulas, a Table's totals row. */
  readonly around?: { readonly labels?: readonly unknown[]; readonly valueFormulas?: readonly (string | null)[]; readonly tableTotalsRow?: boolean };
  /** Data rows left out as totals (perCustomer.ts): their class cell stays empty. */
  readonly leftOut?: readonly number[];
  /** When rows were added up per customer (perCustomer.ts): for each data row of the source, its row in this input (-1: not a customer). */
  readonly rowCustomer?: Int32Array;
  /** The header of each role's column ("Revenue"), when the data has a header row: measures are named by it. */
  readonly names?: Partial<Record<RoleId, string>>;
}

/** One row of "the cut values": where a class ends. */
export interface CutInfo {
  readonly code: string;
  /** The cumulative share that closes the class (0.8), when the method works by shares. */
  readonly share: number | null;
  /** The lowest value still in this class or a higher one (the threshold), when known. */
  readonly limit: number | null;
  /** Free text for methods whose cut is not a share or a value ("x ≥ median 1,250"). */
  readonly text?: string | Localized;
}

/** The ABC (Lorenz-like) curve: share of customers (x) → share of positive value (y). */
export interface ParetoCurve {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** 20 slices of 5 % of customers each, highest values first: the Pareto chart's data. */
  readonly slices: readonly { readonly label: string; readonly value: number }[];
}

/** The 2×2 grid of a quadrant method, codes in class-index order HH, HL, LH, LL. */
export interface QuadrantGrid {
  /** The measures' names ("contribution", "기여도" …). */
  readonly xLabel: Localized;
  readonly yLabel: Localized;
  readonly xThreshold: number;
  readonly yThreshold: number;
}

/**
 * A grid of classes with more than two sides, rows × columns (ABC–XYZ: A, B, C × X, Y, Z). The
 * run's codes are the cells in class-index order, row by row: codes[r × columns.length + c].
 */
export interface ClassGrid {
  /** What the rows and columns measure, for the caption ("ABC by sales (rows) × XYZ by regularity (columns)"). */
  readonly caption: Localized;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** The title of the grid of values ("Sales over the periods"). */
  readonly valueLabel: Localized;
}

/**
 * One line of notes: a label and its value. `format` says how the value is shown: a share
 * ("percent"), an Excel serial shown as a date ("date", never as the raw serial), or a number —
 * with `digits` decimals when given (years as a customer: 1), else whole numbers plainly and
 * others with up to 4 decimals.
 */
export interface MethodNote {
  readonly label: Localized;
  readonly value: number;
  readonly format?: "percent" | "number" | "date";
  readonly digits?: number;
}

/**
 * A value a fit produced that decides classes: "the A cut" (the lowest value still in A), "x split",
 * "R edge 1". A frozen segmentation keeps them from a reference run (methods.md §14) and
 * classifies later data against them. `value` null: no customer reached that class.
 */
export interface CutValue {
  readonly label: Localized;
  readonly value: number | null;
  /** Shown as a date (a split of first-order dates). */
  readonly date?: boolean;
}

/** The values of a reference run's cutValues, in the same order: what a frozen run classifies against. */
export type FrozenValues = readonly (number | null)[];

export interface MethodRun {
  readonly codes: readonly string[];
  /** Per data row: a class index, or NOT_A_CUSTOMER / ERROR_ROW (src/segment/classifyRows.ts). */
  readonly classIndex: Int32Array;
  readonly explanation: Explanation;
  readonly cuts: readonly CutInfo[];
  readonly curve?: ParetoCurve;
  readonly quadrant?: QuadrantGrid;
  readonly grid?: ClassGrid;
  /** Extra lines for the summary: label and value ("Gini coefficient", 0.61). */
  readonly notes: readonly MethodNote[];
  /** The values that decided the classes, for methods that can be frozen (SegmentMethod.freezable). */
  readonly cutValues?: readonly CutValue[];
  /**
   * What the reader must not miss (a model assumption the data breaks): shown as warnings in the
   * preview and written on the summary sheet, never only a number among the notes.
   */
  readonly warnings?: readonly Localized[];
  /**
   * The measure the classes were made from, when the method computed it rather than read it
   * (CLV from dates, orders and amounts): per data row, NaN where the row is not a customer. The
   * summary sheet and the history then show this measure — static numbers, no SUMIF over the
   * value column, which holds something else — named by `label`.
   */
  readonly measure?: { readonly label: Localized; readonly values: Float64Array };
}

/** Cell references for a per-row formula: `value` is relative ("D2"), `values` absolute ("$D$2:$D$241"). */
export interface FormulaRefs {
  readonly value: string;
  readonly values: string;
  readonly second?: string;
  readonly seconds?: string;
}

export interface SegmentMethod {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  /** Roles that must be mapped to a column before the method can run. */
  readonly roles: readonly RoleId[];
  /** How the pane names each role for this method ("x measure" …); default names otherwise. */
  readonly roleLabels?: Partial<Record<RoleId, Localized>>;
  readonly params: readonly ParamSpec[];
  /** The codes the method can return for these parameters, in class order (for colours). */
  codes(params: MethodParams): readonly string[];
  /**
   * Classifies the input. With `frozen` (a freezable method only), the classes come from those
   * values instead of a fit on this input; the run's cutValues are then the frozen ones.
   */
  run(input: MethodInput, params: MethodParams, frozen?: FrozenValues): MethodRun;
  /**
   * The method's classes are decided by a few values (cuts, splits, bin edges) that can be kept
   * from one month to the next: its runs give cutValues and accept them back as `frozen`.
   */
  readonly freezable?: boolean;
  /**
   * The class index one value gets under the given cut values, for methods that classify one
   * measure (tiers, Pareto): tells a mover whose class changed only because the cuts moved.
   */
  classOfValue?(value: number, cuts: FrozenValues, params: MethodParams): number;
  /** The live per-row formula for the class column, if a per-row custom function exists. */
  formula?(refs: FormulaRefs, params: MethodParams): string;
  /** What the summary sheet shows beside the per-class table. */
  readonly summary: "curve" | "quadrant" | "grid" | "table";
  /** The class column's header ("ABC class"). */
  readonly columnHeader: Localized;
  /**
   * The method's name in the sheets it adds ("Segments RFM", "등급 이동 기여도×안정성"), at most
   * 16 characters so the name stays within Excel's 31; default its id, for ids that read as words.
   */
  readonly sheetLabel?: Localized;
  /** True when the method reads the period columns (months, quarters) instead of single roles. */
  readonly usesPeriods?: boolean;
  /**
   * Roles holding dates (order dates …) when the method uses dates: the as-of date of a run is
   * the latest date in them (methods.md: not today). Methods without dates leave it out, and the
   * user picks the date that labels the snapshot.
   */
  readonly asOfRoles?: readonly RoleId[];
  /** True when the run names its measures by the columns' headers (input.names): readInput reads the header row for it. */
  readonly namesMeasures?: boolean;
  /** True when the pane offers a backtest of the method's purchase model on the order lines (BacktestSection). */
  readonly backtest?: boolean;
}

/** The method's name in sheet names: its sheetLabel in the user's language, else its id. */
export function sheetMethodName(method: Pick<SegmentMethod, "id" | "sheetLabel">, language: Language): string {
  return method.sheetLabel ? localize(method.sheetLabel, language) : method.id;
}

/** The parameters with every missing or unknown value replaced by its default. */
export function completeParams(method: SegmentMethod, given: MethodParams = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of method.params) {
    const v = given[p.key];
    out[p.key] = v !== undefined && p.choices.some((c) => c.value === v) ? v : p.defaultValue;
  }
  return out;
}
