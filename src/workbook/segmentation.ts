/**
 * The task pane's workflow, without React: read the chosen columns, run the method, build the
 * plan (choosing a free column and a free sheet name), check for occupied cells, apply, refresh.
 * The pane, the preview and the end-to-end tests all go through these functions.
 */
import { RoleId } from "../i18n/headerDictionary";
import { Language } from "../i18n/language";
import { findMethod } from "./methods/registry";
import { completeParams, MethodInput, MethodParams, MethodRun, SegmentMethod } from "./methods/types";
import { OutputMode, RoleAssignment, SavedSegmentation, SegmentPlan, SourceRef } from "./plan";
import { planSegmentation } from "./planSegmentation";
import { WorkbookPort } from "./port";

export interface Choice {
  readonly methodId: string;
  readonly params: MethodParams;
  readonly roles: RoleAssignment;
  readonly output: OutputMode;
  readonly tones: Readonly<Record<string, string>>;
  readonly summary: boolean;
  readonly tags: boolean;
  readonly language: Language;
}

export interface Prepared {
  readonly method: SegmentMethod;
  readonly params: Record<string, string>;
  readonly input: MethodInput;
  readonly run: MethodRun;
}

/** The roles a run reads: the method's own, plus name/ID for the summary's top customers. */
function rolesToRead(method: SegmentMethod, roles: RoleAssignment): RoleId[] {
  const wanted = new Set<RoleId>(method.roles);
  if (!method.usesPeriods) for (const r of ["name", "id", "value"] as RoleId[]) if (typeof roles[r] === "number") wanted.add(r);
  return [...wanted].filter((r) => typeof roles[r] === "number");
}

export class MissingRoleError extends Error {
  constructor(readonly roles: readonly string[]) {
    super(`Choose a column for: ${roles.join(", ")}`);
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
  if (missing.length) throw new MissingRoleError(missing);
  const roles = rolesToRead(method, choice.roles);
  const periodCols = method.usesPeriods ? ((choice.roles.periods as readonly number[]) ?? []) : [];
  const offsets = [...roles.map((r) => choice.roles[r] as number), ...periodCols];
  const columns = await port.readColumns(source, offsets);
  const input: { rowCount: number; columns: Partial<Record<RoleId, readonly unknown[]>>; periods?: unknown[][] } = {
    rowCount: source.range.rows - (source.hasHeader ? 1 : 0),
    columns: {},
  };
  roles.forEach((r, i) => (input.columns[r] = columns[i]));
  if (periodCols.length) {
    const periodColumns = columns.slice(roles.length);
    input.periods = Array.from({ length: input.rowCount }, (_, row) => periodColumns.map((col) => col[row]));
  }
  return input;
}

/** Runs a method on input already read: cheap enough to repeat on every parameter change. */
export function runOn(input: MethodInput, choice: Pick<Choice, "methodId" | "params">): Prepared {
  const method = methodOf(choice.methodId);
  const params = completeParams(method, choice.params);
  return { method, params, input, run: method.run(input, params) };
}

export async function prepare(port: WorkbookPort, source: SourceRef, choice: Pick<Choice, "methodId" | "params" | "roles">): Promise<Prepared> {
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

export async function buildPlan(
  port: WorkbookPort,
  source: SourceRef,
  columnNames: readonly string[],
  choice: Choice,
  prepared: Prepared,
  id: string,
  now: Date,
): Promise<SegmentPlan> {
  // The first column right of the data that is empty on every row of it (two with a tag column).
  const rows = source.range;
  let classColumn = await port.firstEmptyColumn(source.sheet, rows, source.range.col + source.range.cols);
  while (choice.tags) {
    const next = await port.firstEmptyColumn(source.sheet, rows, classColumn + 1);
    if (next === classColumn + 1) break;
    classColumn = next;
  }
  const summarySheet = choice.summary ? uniqueSheetName(`Segments ${prepared.method.id}`, await port.sheetNames()) : null;
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
    appliedAt: now.toISOString(),
    language: choice.language,
  });
}

/** Re-runs a saved segmentation on the current data of the same range: remove, then apply again. */
export async function refreshSaved(port: WorkbookPort, saved: SavedSegmentation, language: Language, now: Date): Promise<SavedSegmentation> {
  await port.remove(saved.id);
  const choice: Choice = {
    methodId: saved.methodId,
    params: saved.params,
    roles: saved.roles,
    output: saved.output,
    tones: saved.tones,
    summary: saved.summary,
    tags: saved.tags,
    language,
  };
  const prepared = await prepare(port, saved.source, choice);
  const plan = await buildPlan(port, saved.source, saved.columnNames, choice, prepared, saved.id, now);
  return port.apply(plan);
}
