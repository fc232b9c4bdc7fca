/**
 * A canonical serialisation of an ExcelJS workbook: every cell's value, formula, style and note,
 * merges, row and column properties (hidden, height, width, styles), the autofilter, views,
 * sheet state, conditional formats, data validation, tables and defined names. Two workbooks
 * the user could not tell apart give the same string; its SHA-256 is the checksum.
 *
 * With `owned`, it leaves out exactly what the add-in owns right now (the settings sheet, the
 * summary and transitions sheets, the history sheets, the values of the cells and the rules and
 * validations named by the saved footprints),
 * so "nothing the user made changed" can be asserted while segmentations are applied; with no
 * segmentation left, nothing is left out and the whole workbook must be as it was.
 */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { columnIndex, contains, parseRange, RangeRef, rangeA1 } from "../../../src/workbook/address";
import { SETTINGS_SHEET } from "../../../src/workbook/exceljsAdapter";
import { HISTORY_INDEX_KEY } from "../../../src/workbook/history";
import { namesOf } from "../../../src/workbook/ownership";
import { Footprint, settingKey } from "../../../src/workbook/plan";

/** JSON with object keys sorted, `undefined` dropped: the same data always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Date) return { date: v.toISOString() };
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) out[k] = (v as Record<string, unknown>)[k];
      return out;
    }
    return v;
  });
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

interface CfRule {
  priority?: number;
  formulae?: unknown[];
  [k: string]: unknown;
}
interface CfEntry {
  ref: string;
  rules: CfRule[];
}
interface Internals {
  conditionalFormattings?: CfEntry[];
  dataValidations: { model: Record<string, unknown> };
  _merges: Record<string, { range: string }>;
}
const internals = (ws: ExcelJS.Worksheet): Internals => ws as unknown as Internals;

function cellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * What the add-in owns now: the saved segmentations (ids and footprints), and — when given — the
 * history sheets and the history index (they outlive the segmentations, by design).
 */
export interface Owned {
  readonly ids?: readonly string[];
  readonly footprints: readonly Footprint[];
  readonly historySheets?: readonly string[];
}

const NOTHING_OWNED: Owned = { footprints: [] };

function ownsCell(owned: Owned, sheet: string, row: number, col: number): boolean {
  return owned.footprints.some((f) => f.cells.some((c) => c.sheet === sheet && contains(c.range, row, col)));
}

function ownsRule(owned: Owned, sheet: string, ref: string, formula: string): boolean {
  return owned.footprints.some((f) =>
    f.rules.some((r) => r.sheet === sheet && rangeA1(r.range) === ref && r.formulas.map((x) => x.replace(/^=/, "")).includes(formula)),
  );
}

function ownsValidation(owned: Owned, sheet: string, row: number, col: number): boolean {
  return owned.footprints.some((f) => f.validations.some((v) => v.sheet === sheet && contains(v.range, row, col)));
}

function ownedSheets(owned: Owned): Set<string> {
  return new Set([...owned.footprints.flatMap((f) => f.sheets), ...(owned.historySheets ?? [])]);
}

/** Data validation per cell: ranges ("A1:A9", "range:A1:A9") expanded, so in-memory and reopened models compare. */
function validationsByCell(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [address, rule] of Object.entries(internals(ws).dataValidations.model)) {
    if (rule === undefined) continue;
    const bare = address.replace(/^range:/, "");
    const range: RangeRef = bare.includes(":") ? parseRange(bare) : { ...cellAddress(bare), rows: 1, cols: 1 };
    for (let r = range.row; r < range.row + range.rows; r++) for (let c = range.col; c < range.col + range.cols; c++) out.set(`${r},${c}`, rule);
  }
  return out;
}

function canonicalSheet(ws: ExcelJS.Worksheet, owned: Owned): unknown {
  const name = ws.name;
  const cells: [string, unknown][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      const mine = ownsCell(owned, name, r, c);
      const value = mine ? undefined : cell.value ?? undefined;
      const style = stableJson(cell.style ?? {});
      const note = cell.note === undefined ? undefined : stableJson(cell.note);
      if (value === undefined && style === "{}" && note === undefined) return;
      cells.push([cell.address, { value: value === undefined ? undefined : stableJson(value), style: style === "{}" ? undefined : style, note }]);
    });
  });
  cells.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const props = { hidden: row.hidden || undefined, height: row.height, outline: row.outlineLevel || undefined, style: stableJson((row as unknown as { style?: unknown }).style ?? {}) };
    if (props.hidden || props.height !== undefined || props.outline || props.style !== "{}") rows.push([n, props]);
  });
  const columns: unknown[] = [];
  // Every column with cells or with properties of its own (a column insert gives columns beyond the cells theirs).
  const defined = ((ws as unknown as { _columns?: unknown[] })._columns ?? []).length;
  for (let c = 1; c <= Math.max(ws.columnCount, defined, 1); c++) {
    const col = ws.getColumn(c);
    // ExcelJS's default width (9) is no width of the user's: a file does not hold it (Column.isCustomWidth).
    const custom = (col as unknown as { isCustomWidth: boolean }).isCustomWidth;
    const props = { width: custom ? col.width : undefined, hidden: col.hidden || undefined, outline: col.outlineLevel || undefined, style: stableJson(col.style ?? {}) };
    if (props.width !== undefined || props.hidden || props.outline || props.style !== "{}") columns.push([c, props]);
  }

  // The user's conditional formats, in priority order (the numbers themselves may be renumbered
  // when a newer rule goes on top; the order is what Excel uses).
  const userRules: { ref: string; rule: CfRule }[] = [];
  for (const entry of internals(ws).conditionalFormattings ?? []) {
    for (const rule of entry.rules) {
      const formula = String((rule.formulae ?? [])[0] ?? "");
      if (!ownsRule(owned, name, entry.ref, formula)) userRules.push({ ref: entry.ref, rule });
    }
  }
  const ranked = [...userRules]
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0))
    .map(({ ref, rule }) => {
      // dxfId is the writer's index into the style table (set on save): the style itself is compared.
      const rest: Record<string, unknown> = { ...rule };
      delete rest.priority;
      delete rest.dxfId;
      return stableJson({ ref, ...rest });
    });

  const validations: [string, string][] = [];
  for (const [at, rule] of validationsByCell(ws)) {
    const [r, c] = at.split(",").map(Number);
    if (!ownsValidation(owned, name, r, c)) validations.push([at, stableJson(rule)]);
  }
  validations.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const merges = Object.values(internals(ws)._merges).map((m) => m.range).sort();
  const tables = (ws.getTables() as unknown as { table: unknown }[]).map((t) => stableJson(t.table));
  return {
    name,
    state: ws.state,
    views: stableJson(ws.views ?? []),
    autoFilter: stableJson(ws.autoFilter ?? null),
    properties: stableJson({ tabColor: ws.properties.tabColor, outlineLevelCol: ws.properties.outlineLevelCol, outlineLevelRow: ws.properties.outlineLevelRow }),
    cells,
    rows,
    columns,
    rules: ranked,
    validations,
    merges,
    tables,
  };
}

/** The canonical text of the workbook (or of the user's part of it, when the add-in owns something). */
/**
 * The add-in's settings sheet, as its rows (key, value) minus the owned keys. With nothing owned,
 * it is compared whole (it must not exist once everything is removed); otherwise as the rows that
 * are not owned, whether or not the sheet exists.
 */
function settingsRows(wb: ExcelJS.Workbook, owned: Owned): unknown {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  const mine = new Set([...(owned.ids ?? []).map(settingKey), ...(owned.historySheets ? [HISTORY_INDEX_KEY] : [])]);
  const rows: [string, string][] = [];
  ws?.eachRow((row) => {
    const key = String(row.getCell(1).value ?? "");
    if (!mine.has(key)) rows.push([key, String(row.getCell(2).value ?? "")]);
  });
  return rows.sort(([a], [b]) => (a < b ? -1 : 1));
}

export function canonicalXlsx(wb: ExcelJS.Workbook, owned: Owned = NOTHING_OWNED): string {
  const skip = ownedSheets(owned);
  const whole = owned.footprints.length === 0 && owned.historySheets === undefined && (owned.ids ?? []).length === 0;
  const sheets = wb.worksheets.filter((ws) => !skip.has(ws.name) && (whole || ws.name !== SETTINGS_SHEET)).map((ws) => canonicalSheet(ws, owned));
  // Our own names (ownership.ts) belong to the add-in's part, like our cells.
  const ours = new Set(owned.footprints.flatMap(namesOf).map((n) => n.toLowerCase()));
  const names = stableJson((wb.definedNames as unknown as { model: { name: string }[] }).model.filter((n) => !ours.has(n.name.toLowerCase())));
  return stableJson(whole ? { sheets, names } : { sheets, names, settings: settingsRows(wb, owned) });
}

export function checksumXlsx(wb: ExcelJS.Workbook, owned: Owned = NOTHING_OWNED): string {
  return sha256(canonicalXlsx(wb, owned));
}
