/**
 * The task pane's workflow, without React: read the chosen columns, run the method, build the
 * plan (choosing a free column and a free sheet name), check for occupied cells, apply.
 * Refresh and the history are in refresh.ts.
 * The pane, the preview and the end-to-end tests all go through these functions.
 */
import { RoleId } from "../i18n/headerDictionary";
import { Language } from "../i18n/language";
import { summaryText } from "../i18n/summaryText";
import { findMethod } from "./methods/registry";
import { completeParams, CutValue, MethodInput, MethodParams, MethodRun, roleLabel, SegmentMethod, sheetMethodName } from "./methods/types";
import { RangeRef } from "./address";
import { OutputMode, RoleAssignment, SavedCuts, SegmentPlan, SourceRef } from "./plan";
import { planSegmentation } from "./planSegmentation";
import { WorkbookPort } from "./port";
import { recordRun, snapshotAsOf } from "./historyStore";
import { canAddUp, checkData, DataFindings, RepeatedIds } from "./dataChecks";
import { addUpPerCustomer, withoutRows } from "./perCustomer";


export interface Choice {
  readonly methodId: string;
  readonly params: MethodParams;
  readonly roles: RoleAssignment;
  readonly output: OutputMode;
  readonly tones: Readonly<Record<string, string>>;
  readonly summary: boolean;
  readonly tags: boolean;
  /** Write each class's name in `language` beside its code (the label column). */
  readonly labels?: boolean;
  readonly language: Language;
  /** Keep a history of classes (needs a customer ID column): the snapshot of this run and the movement columns. */
  readonly history?: boolean;
  /** As-of date (Excel serial) for the snapshot of a method that uses no dates; default: the data's latest date (dataDate.ts), today only when it has none. */
  readonly asOf?: number;
  /** Rows of a repeated customer ID are added up into one customer (the user chose it; dataChecks.ts). */
  readonly perCustomer?: boolean;
  /** Classify against these kept cut values instead of fitting (a freezable method; methods.md §14). */
  readonly frozen?: SavedCuts;
}

export interface Prepared {
  readonly method: SegmentMethod;
  readonly params: Record<string, string>;
  /** The rows the method ran on: total rows left out, and one row per customer when rows were added up. */
  readonly input: MethodInput;
  readonly run: MethodRun;
  /** What the data checks found in the rows as the sheet holds them. */
  readonly findings: DataFindings;
  /** With kept cut values: the values a fit on this data would give, to show how far the kept ones are. */
  readonly fittedCuts?: readonly CutValue[];
}

/** Customer IDs repeat and the user has not chosen to add them up: one class per row would give a customer several classes. */
export class RepeatedIdsError extends Error {
  constructor(readonly repeated: RepeatedIds) {
    super(`${repeated.customers} customer ID(s) appear on more than one row (${repeated.rows} rows): add them up per customer first`);
    this.name = "RepeatedIdsError";
  }
}

/**
 * The roles a run reads: the method's own and the roles its as-of date comes from, plus name/ID
 * for the summary's top customers — and the ID always, when mapped: the history matches
 * customers by it.
 */
function rolesToRead(method: SegmentMethod, roles: RoleAssignment): RoleId[] {
  const wanted = new Set<RoleId>([...method.roles, ...(method.asOfRoles ?? [])]);
  if (!method.usesPeriods) for (const r of ["name", "id", "value"] as RoleId[]) if (typeof roles[r] === "number") wanted.add(r);
  if (typeof roles.id === "number") wanted.add("id");
  return [...wanted].filter((r) => typeof roles[r] === "number");
}

/**
 * Columns still to choose. `roles` are internal ids; the message — and the pane's, through
 * errorMessage.ts — names them as the pane does (the method's role labels first), never by id.
 */
export class MissingRoleError extends Error {
  constructor(
    readonly roles: readonly string[],
    readonly methodId?: string,
  ) {
    super(`Choose a column for: ${roles.map((r) => roleLabel(methodId === undefined ? undefined : findMethod(methodId), r, "en")).join(", ")}`);
    this.name = "MissingRoleError";
  }
}

export function missingRoles(method: SegmentMethod, roles: RoleAssignment): string[] {
  const missing: string[] = method.roles.filter((r) => typeof roles[r] !== "number");
  if (method.usesPeriods && !(Array.isArray(roles.periods) && roles.periods.length >= 2)) missing.push("periods");
  return missing;
}

function methodOf(id: string): SegmentMethod {
  const method = findMethod(id);
  if (!method) throw new Error(`Unknown method ${id}`);
  return method;
}

/** Which columns a run reads: the same key means the same input (the pane caches on it). */
export function inputKey(choice: Pick<Choice, "methodId" | "roles">): string {
  const method = methodOf(choice.methodId);
  const roles = rolesToRead(method, choice.roles).map((r) => `${r}=${String(choice.roles[r])}`);
  return `${method.usesPeriods ? `periods=${String(choice.roles.periods)}` : ""}|${roles.join("|")}`;
}

/** Reads the columns a method needs (in row blocks, through the port). */
export async function readInput(port: WorkbookPort, source: SourceRef, choice: Pick<Choice, "methodId" | "roles">): Promise<MethodInput> {
  const method = methodOf(choice.methodId);
  const missing = missingRoles(method, choice.roles);
  if (missing.length) throw new MissingRoleError(missing, method.id);
  const roles = rolesToRead(method, choice.roles);
  const periodCols = method.usesPeriods ? ((choice.roles.periods as readonly number[]) ?? []) : [];
  const offsets = [...roles.map((r) => choice.roles[r] as number), ...periodCols];
  // The block's first column too, when no role reads it: an export writes "Total" there.
  const labelColumn = offsets.includes(0) ? [] : [0];
  const columns = await port.readColumns(source, [...offsets, ...labelColumn]);
  const input: { rowCount: number; columns: Partial<Record<RoleId, readonly unknown[]>>; periods?: unknown[][]; around?: MethodInput["around"]; names?: Partial<Record<RoleId, string>> } = {
    rowCount: source.range.rows - (source.hasHeader ? 1 : 0),
    columns: {},
  };
  roles.forEach((r, i) => (input.columns[r] = columns[i]));
  // The headers name the measures in the summary and the preview ("Revenue > 12,300").
  const header = method.namesMeasures && source.hasHeader && roles.length ? await port.readRange(source.sheet, { row: source.range.row, col: source.range.col, rows: 1, cols: source.range.cols }) : null;
  if (header?.[0]) {
    const names: Partial<Record<RoleId, string>> = {};
    roles.forEach((r, i) => {
      const text = header[0][offsets[i]];
      if ((typeof text === "string" && text.trim() !== "") || typeof text === "number") names[r] = String(text).trim();
    });
    input.names = names;
  }
  if (periodCols.length) {
    const periodColumns = columns.slice(roles.length, offsets.length);
    input.periods = Array.from({ length: input.rowCount }, (_, row) => periodColumns.map((col) => col[row]));
  }
  // A total's value is a SUM/SUBTOTAL formula: the value column's formulas tell it even without a label.
  const valueFormulas = typeof choice.roles.value === "number" && roles.includes("value") ? await port.readFormulas(source, choice.roles.value) : undefined;
  input.around = {
    ...(labelColumn.length ? { labels: columns[offsets.length] } : {}),
    ...(valueFormulas ? { valueFormulas } : {}),
    ...(source.tableTotals ? { tableTotalsRow: true } : {}),
  };
  return input;
}

/**
 * Runs a method on input already read: cheap enough to repeat on every parameter change. Total
 * rows are left out (not customers); rows of a repeated ID are added up when the choice says so.
 */
export function runOn(input: MethodInput, choice: Pick<Choice, "methodId" | "params" | "perCustomer" | "frozen">): Prepared {
  const method = methodOf(choice.methodId);
  const params = completeParams(method, choice.params);
  const findings = checkData({ input, ...input.around });
  const totals = new Set(findings.totals.map((t) => t.row));
  const addUp = Boolean(choice.perCustomer) && findings.repeated !== null && canAddUp(method);
  const rows = addUp ? addUpPerCustomer(input, totals) : withoutRows(input, totals);
  if (choice.frozen && method.freezable) {
    // The fit is run too, only for its cut values: "the A cut would be 61,200 today; kept at 58,900".
    const fittedCuts = method.run(rows, params).cutValues ?? [];
    return { method, params, input: rows, run: method.run(rows, params, choice.frozen.values), findings, fittedCuts };
  }
  return { method, params, input: rows, run: method.run(rows, params), findings };
}

/** Refuses a run that would give one customer several classes (the pane offers to add the rows up first). */
export function checkRepeatedIds(prepared: Prepared): void {
  if (prepared.findings.repeated && !prepared.input.rowCustomer) throw new RepeatedIdsError(prepared.findings.repeated);
}

export async function prepare(port: WorkbookPort, source: SourceRef, choice: Pick<Choice, "methodId" | "params" | "roles" | "perCustomer" | "frozen">): Promise<Prepared> {
  return runOn(await readInput(port, source, choice), choice);
}

/** "Segments ABC", or "Segments ABC (2)" … when taken (sheet names compare without case in Excel). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, " ").slice(0, 26);
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const name = `${clean} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export function newId(methodId: string, now: Date, random: () => number = Math.random): string {
  return `${methodId.toLowerCase()}-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;
}

/**
 * The first column at or right of `from` where `width` columns in a row are empty on every row
 * of `rows` (the class column, then the tag and movement columns).
 */
export async function firstEmptyColumns(port: WorkbookPort, sheet: string, rows: RangeRef, from: number, width: number): Promise<number> {
  let start = await port.firstEmptyColumn(sheet, rows, from);
  for (let k = 1; k < width; ) {
    const next = await port.firstEmptyColumn(sheet, rows, start + k);
    if (next === start + k) k++;
    else {
      start = next;
      k = 1;
    }
  }
  return start;
}

/** Columns a segmentation writes beside the data: class, label, tag, previous class + direction. */
export function columnsWritten(tags: boolean, history: boolean, labels = false): number {
  return 1 + (labels ? 1 : 0) + (tags ? 1 : 0) + (history ? 2 : 0);
}

export const canKeepHistory = (roles: RoleAssignment): boolean => typeof roles.id === "number";

export async function buildPlan(
  port: WorkbookPort,
  source: SourceRef,
  columnNames: readonly string[],
  choice: Choice,
  prepared: Prepared,
  id: string,
  now: Date,
): Promise<SegmentPlan> {
  checkRepeatedIds(prepared);
  const history = Boolean(choice.history) && canKeepHistory(choice.roles);
  // The first column right of the data that is empty on every row of it (more with tag and movement columns).
  const classColumn = await firstEmptyColumns(port, source.sheet, source.range, source.range.col + source.range.cols, columnsWritten(choice.tags, history, Boolean(choice.labels)));
  const sheetNames = await port.sheetNames();
  const summarySheet = choice.summary ? uniqueSheetName(summaryText("sheetName", choice.language, { method: sheetMethodName(prepared.method, choice.language) }), sheetNames) : null;
  const recorded = history
    ? await recordRun(port, {
        id,
        methodId: prepared.method.id,
        prepared,
        asOf: await snapshotAsOf(port, source, choice.roles, prepared, choice.asOf, now),
        previous: null,
        sheetNames,
        language: choice.language,
      })
    : null;
  return planSegmentation({
    id,
    source,
    columnNames,
    roles: choice.roles,
    method: prepared.method,
    params: prepared.params,
    input: prepared.input,
    run: prepared.run,
    output: choice.output,
    tones: choice.tones,
    classColumn,
    summarySheet,
    tags: choice.tags,
    ...(choice.labels ? { labels: true } : {}),
    appliedAt: now.toISOString(),
    language: choice.language,
    gapIsOurs: await gapIsOurs(port, source, classColumn),
    ...(choice.frozen && prepared.method.freezable ? { frozen: choice.frozen } : {}),
    ...(recorded ? { movement: recorded.movement, history: recorded.placement.write, asOf: recorded.asOf } : {}),
  });
}

/**
 * Whether every column between the data and the class column holds another segmentation's output
 * (then the colours span them, so whole rows show one colour); a column of the user's there is
 * never painted (planSegmentation ruleRanges).
 */
export async function gapIsOurs(port: WorkbookPort, source: SourceRef, classColumn: number, except?: string): Promise<boolean> {
  const end = source.range.col + source.range.cols;
  if (classColumn <= end) return true;
  const blocks = (await port.listSaved()).filter((s) => s.id !== except).flatMap((s) => s.footprint.cells.filter((c) => c.sheet === source.sheet));
  for (let col = end; col < classColumn; col++) if (!blocks.some((b) => col >= b.range.col && col < b.range.col + b.range.cols)) return false;
  return true;
}
