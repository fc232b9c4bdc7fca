/**
 * Builds the plan for one segmentation: the class column beside the data (static codes or
 * live per-row formulas), one conditional-format rule per class colouring whole rows, an
 * optional tag column with a drop-down, an optional summary sheet, and the settings that let
 * Refresh re-run it and Remove undo it. Pure: same inputs, same plan.
 */
import { classLabel } from "../i18n/classNames";
import { customerTypeNames } from "../i18n/customerTypeNames";
import { historyText } from "../i18n/historyText";
import { summaryText } from "../i18n/summaryText";
import { NOT_A_CUSTOMER } from "../segment/classifyRows";
import { cellA1, columnLetter, RangeRef } from "./address";
import { localize, MethodInput, SegmentMethod } from "./methods/types";
import { resolveTones } from "./palette";
import {
  CUT_RUNS_KEPT,
  CellBlock,
  dataRows,
  PlanRequest,
  CellInput,
  Footprint,
  ListValidation,
  MarkRule,
  NewSheet,
  RoleAssignment,
  RuleSet,
  SavedCuts,
  SavedSegmentation,
  SegmentPlan,
  SourceRef,
} from "./plan";
import { planSummarySheet } from "./planSummary";
import { NameKind, ownedName, recordWritten } from "./ownership";

/** The colour of the line above and below a downgraded row: red-ish, like the D/EIV tone's text. */
export const DOWN_BORDER = "#C00000";


function roleColumn(roles: RoleAssignment, role: string): number | undefined {
  const v = roles[role];
  return typeof v === "number" ? v : undefined;
}

/** The live formula per row, when the method has a per-row function and its columns are in the sheet. */
function formulaFor(req: PlanRequest, sheetRow: number): string | null {
  const { method, source, roles } = req;
  if (!method.formula || method.usesPeriods) return null;
  const valueCol = roleColumn(roles, "value");
  if (valueCol === undefined) return null;
  const rows = dataRows(source);
  const col = source.range.col + valueCol;
  const absolute = `${cellA1(rows.first, col, true, true)}:${cellA1(rows.first + rows.count - 1, col, true, true)}`;
  const secondCol = roleColumn(roles, "second");
  const second = secondCol === undefined ? undefined : source.range.col + secondCol;
  return method.formula(
    {
      value: cellA1(sheetRow, col),
      values: absolute,
      second: second === undefined ? undefined : cellA1(sheetRow, second),
      seconds:
        second === undefined
          ? undefined
          : `${cellA1(rows.first, second, true, true)}:${cellA1(rows.first + rows.count - 1, second, true, true)}`,
    },
    req.params,
  );
}

/**
 * Live formulas give the class of each row from the value column as it stands, so only when the
 * method's rows are the sheet's rows: not when rows were added up per customer, nor when total
 * rows were left out (a formula over the column would count them).
 */
export function canWriteFormulas(method: SegmentMethod, roles: RoleAssignment, input?: MethodInput): boolean {
  return Boolean(method.formula) && !method.usesPeriods && typeof roles.value === "number" && !input?.rowCustomer && !input?.leftOut?.length;
}

/** The runs' cut values with this run's added: one per as-of date, the newest CUT_RUNS_KEPT. */
function cutRuns(earlier: readonly SavedCuts[], current: SavedCuts): SavedCuts[] {
  return [...earlier.filter((c) => c.asOf !== current.asOf), current].sort((a, b) => (a.asOf ?? Infinity) - (b.asOf ?? Infinity)).slice(-CUT_RUNS_KEPT);
}

/** The method's row for a data row of the source: the same row, or its customer's when rows were added up (-1: none). */
function inputRow(req: PlanRequest, row: number): number {
  return req.input.rowCustomer ? req.input.rowCustomer[row] : row;
}

function classBlock(req: PlanRequest): CellBlock {
  const { source, run } = req;
  const rows = dataRows(source);
  const cells: CellInput[][] = [];
  if (source.hasHeader) cells.push([localize(req.method.columnHeader, req.language)]);
  // A live formula re-fits on every change: kept cut values are written as values.
  const live = req.output === "formulas" && !req.frozen && canWriteFormulas(req.method, req.roles, req.input);
  for (let i = 0; i < rows.count; i++) {
    const k = inputRow(req, i);
    const c = k >= 0 ? run.classIndex[k] : NOT_A_CUSTOMER;
    const code = c >= 0 ? run.codes[c] : null;
    if (live) {
      const formula = formulaFor(req, rows.first + i);
      cells.push([formula ? { formula, value: code ?? "" } : code]);
    } else {
      // Blank and error rows are not customers: their class cell stays empty (never text like "#N/A").
      cells.push([c === NOT_A_CUSTOMER || c < 0 ? null : code]);
    }
  }
  return { sheet: source.sheet, range: { row: source.range.row, col: req.classColumn, rows: source.range.rows, cols: 1 }, cells };
}

/**
 * Where the colours go: the data rows over the source's columns and ours — one range when our
 * columns sit right beside the data, two when a column of the user's lies between (their
 * neighbouring table or notes are never painted).
 */
function ruleRanges(req: PlanRequest, lastCol: number): RangeRef[] {
  const rows = dataRows(req.source);
  const first = req.source.range.col;
  const end = first + req.source.range.cols; // first column right of the data
  if (req.classColumn <= end || req.gapIsOurs) return [{ row: rows.first, col: first, rows: rows.count, cols: lastCol - first + 1 }];
  return [
    { row: rows.first, col: first, rows: rows.count, cols: req.source.range.cols },
    { row: rows.first, col: req.classColumn, rows: rows.count, cols: lastCol - req.classColumn + 1 },
  ];
}

/** One rule per class, keyed on the class column, on each range. */
function ruleSets(req: PlanRequest, lastCol: number): RuleSet[] {
  const rows = dataRows(req.source);
  const tones = resolveTones(req.run.codes, req.tones);
  const key = `$${columnLetter(req.classColumn)}${rows.first + 1}`;
  return ruleRanges(req, lastCol).map((range) => ({
    sheet: req.source.sheet,
    range,
    keyColumn: req.classColumn,
    rules: req.run.codes.map((code) => ({ code, formula: `=${key}="${code}"`, tone: tones[code] })),
  }));
}

/**
 * The label column: each row's class name in the pane's language, right of the class column.
 * Static text always (even beside live formulas): the code stays what rules and formulas read,
 * and a refresh rewrites the names with the classes.
 */
function labelBlock(req: PlanRequest, col: number): CellBlock {
  const { source, run } = req;
  const rows = dataRows(source);
  const cells: CellInput[][] = [];
  if (source.hasHeader) cells.push([summaryText("classLabel", req.language, { header: localize(req.method.columnHeader, req.language) })]);
  for (let i = 0; i < rows.count; i++) {
    const k = inputRow(req, i);
    const c = k >= 0 ? run.classIndex[k] : NOT_A_CUSTOMER;
    cells.push([c >= 0 ? classLabel(run.codes[c], req.language) : null]);
  }
  return { sheet: source.sheet, range: { row: source.range.row, col, rows: source.range.rows, cols: 1 }, cells };
}

function tagColumn(req: PlanRequest, col: number): { block: CellBlock | null; validation: ListValidation } {
  const rows = dataRows(req.source);
  const header: CellBlock | null = req.source.hasHeader
    ? { sheet: req.source.sheet, range: { row: req.source.range.row, col, rows: 1, cols: 1 }, cells: [[summaryText("customerType", req.language)]] }
    : null;
  return {
    block: header,
    validation: { sheet: req.source.sheet, range: { row: rows.first, col, rows: rows.count, cols: 1 }, items: customerTypeNames(req.language) },
  };
}

/** Previous class and direction: two columns, header row included when the source has one. */
function movementBlock(req: PlanRequest, col: number): CellBlock {
  const movement = req.movement as NonNullable<PlanRequest["movement"]>;
  const cells: CellInput[][] = [];
  if (req.source.hasHeader) {
    cells.push([historyText("previousClass", req.language, { header: localize(req.method.columnHeader, req.language) }), historyText("change", req.language)]);
  }
  for (let i = 0; i < dataRows(req.source).count; i++) {
    const k = inputRow(req, i);
    cells.push(k >= 0 ? [movement.previous[k] ?? null, movement.direction[k] ?? null] : [null, null]);
  }
  return { sheet: req.source.sheet, range: { row: req.source.range.row, col, rows: req.source.range.rows, cols: 2 }, cells };
}

/**
 * A block as the footprint owns it: one entry a column, so each column has its own name and the
 * ownership check follows each on its own when the user inserts or deletes a column between or
 * over them (the movement block's change column, which the downgrade rule keys on).
 */
function columnsOf(block: CellBlock): CellBlock[] {
  if (block.range.cols === 1) return [block];
  return Array.from({ length: block.range.cols }, (_, c) => ({
    sheet: block.sheet,
    range: { ...block.range, col: block.range.col + c, cols: 1 },
    cells: block.cells.map((row) => [row[c] ?? null]),
  }));
}

/**
 * What Remove will take away, with what finds it again after the user edited the sheet
 * (ownership.ts): every block, rule range and drop-down named, the data sheet by id, what each
 * block holds, the column each rule keys on, and a marker name per created sheet.
 */
export function footprintOf(plan: Omit<SegmentPlan, "saved">, source: SourceRef, appliedAt: string): Footprint {
  const name = (kind: NameKind, i: number): string => ownedName(plan.id, appliedAt, kind, i);
  const sheetId = (sheet: string) => (source.sheetId && sheet === source.sheet ? { sheetId: source.sheetId } : {});
  const classRules = plan.rules.map((r) => ({ sheet: r.sheet, range: r.range, formulas: r.rules.map((x) => x.formula), keyColumn: r.keyColumn }));
  const marks = (plan.marks ?? []).map((m) => ({ sheet: m.sheet, range: m.range, formulas: [m.formula], keyColumn: m.keyColumn }));
  const columns = plan.writes.flatMap(columnsOf);
  /** The column holding a rule's key: the formulas move with it. */
  const keyOf = (col: number, sheet: string) => {
    const block = columns.findIndex((w) => w.sheet === sheet && w.range.col === col);
    return block >= 0 ? { key: { block, col: 0 } } : {};
  };
  return {
    cells: columns.map((w, i) => ({ sheet: w.sheet, range: w.range, ...sheetId(w.sheet), name: name("c", i), written: recordWritten(w.cells, w.range.cols) })),
    rules: [...classRules, ...marks].map(({ keyColumn, ...r }, i) => ({ ...r, ...sheetId(r.sheet), name: name("r", i), ...keyOf(keyColumn, r.sheet) })),
    validations: plan.validations.map((v, i) => ({ sheet: v.sheet, range: v.range, ...sheetId(v.sheet), name: name("v", i) })),
    sheets: plan.sheets.map((s) => s.name),
    sheetMarks: plan.sheets.map((_, i) => ({ name: name("s", i) })),
    source: name("d", 0),
    restore: [],
  };
}

export function planSegmentation(req: PlanRequest): SegmentPlan {
  const writes: CellBlock[] = [classBlock(req)];
  const validations: ListValidation[] = [];
  let lastCol = req.classColumn;
  if (req.labels) {
    writes.push(labelBlock(req, lastCol + 1));
    lastCol++;
  }
  if (req.tags) {
    const tag = tagColumn(req, lastCol + 1);
    if (tag.block) writes.push(tag.block);
    validations.push(tag.validation);
    lastCol++;
  }
  const marks: MarkRule[] = [];
  if (req.movement) {
    writes.push(movementBlock(req, lastCol + 1));
    lastCol += 2;
  }
  const rules = ruleSets(req, lastCol);
  if (req.movement) {
    const rows = dataRows(req.source);
    for (const set of rules) {
      marks.push({
        sheet: req.source.sheet,
        range: set.range,
        keyColumn: lastCol,
        code: "DOWN",
        formula: `=$${columnLetter(lastCol)}${rows.first + 1}="DOWN"`,
        border: DOWN_BORDER,
      });
    }
  }
  const sheets: NewSheet[] = [...(req.summarySheet ? [planSummarySheet(req, req.summarySheet)] : []), ...(req.extraSheets ?? [])];
  const partial = { id: req.id, writes, rules, marks, validations, sheets, ...(req.history ? { history: req.history } : {}) };
  const saved: SavedSegmentation = {
    version: 1,
    id: req.id,
    methodId: req.method.id,
    params: { ...req.params },
    source: req.source,
    columnNames: [...req.columnNames],
    roles: req.roles,
    output: req.output === "formulas" && !req.frozen && canWriteFormulas(req.method, req.roles, req.input) ? "formulas" : "values",
    tones: { ...req.tones },
    summary: req.summarySheet !== null,
    tags: req.tags,
    ...(req.labels ? { labels: true } : {}),
    appliedAt: req.appliedAt,
    classColumn: req.classColumn,
    footprint: footprintOf(partial, req.source, req.appliedAt),
    ...(req.history ? { history: true } : {}),
    ...(req.input.rowCustomer ? { perCustomer: true as const } : {}),
    ...(req.asOf !== undefined ? { asOf: req.asOf } : {}),
    ...(req.previousAsOf !== undefined ? { previousAsOf: req.previousAsOf } : {}),
    ...(req.transitionsSheet ? { transitionsSheet: req.transitionsSheet } : {}),
    ...(req.run.cutValues ? { cuts: cutRuns(req.earlierCuts ?? [], { asOf: req.asOf ?? null, values: req.run.cutValues.map((c) => c.value) }) } : {}),
    ...(req.frozen ? { frozen: req.frozen } : {}),
  };
  return { ...partial, saved };
}
