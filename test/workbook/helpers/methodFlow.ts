/**
 * Applying one registry method to an in-memory workbook (the sample book or a small one built in
 * the test), through the same grid adapter the preview uses, and reading the class column back.
 * Shared by the tests of the methods in src/workbook/methods/.
 */
import { memoryWorkbookFrom } from "../../../src/preview/loadSample";
import { sampleBook } from "../../../src/preview/sampleData";
import { MemoryWorkbook } from "../../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../../src/workbook/model/gridAdapter";
import { RoleAssignment, SegmentPlan } from "../../../src/workbook/plan";
import { SourceInfo, WorkbookPort } from "../../../src/workbook/port";
import { guessRoles } from "../../../src/workbook/roles";
import { buildPlan, Choice, prepare, Prepared } from "../../../src/workbook/segmentation";
import { Scalar } from "../../../src/workbook/plan";

export const APPLIED_AT = new Date(Date.UTC(2024, 11, 31));

/** Everything Remove must put back: cells, styles, rules, marks, validations, tables, charts, widths, settings. */
export function snapshot(wb: MemoryWorkbook): unknown {
  const sorted = <K, V>(m: Map<K, V>): [K, V][] => [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return structuredClone({
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      cells: sorted(s.cells),
      styles: sorted(s.styles),
      tables: s.tables,
      rules: s.rules,
      marks: s.marks,
      validations: s.validations,
      widths: sorted(s.widths),
      charts: s.charts,
    })),
    settings: sorted(wb.settings),
  });
}

/** The sample book (Customers table selected), or one sheet of rows with a header row. */
export function workbook(rows?: readonly (readonly Scalar[])[], sheet = "Data"): MemoryWorkbook {
  if (!rows) return memoryWorkbookFrom(sampleBook());
  const wb = new MemoryWorkbook();
  wb.addSheet(sheet);
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== "" && wb.setCell(sheet, r, c, value)));
  wb.select(sheet, 1, 0);
  return wb;
}

export interface MethodApplied {
  readonly wb: MemoryWorkbook;
  readonly port: WorkbookPort;
  readonly source: SourceInfo;
  readonly roles: RoleAssignment;
  readonly prepared: Prepared;
  readonly plan: SegmentPlan;
}

/**
 * Locates the data at the selection, guesses the roles from the headers (unless given), plans
 * and applies `methodId` with a summary sheet, as the pane would.
 */
export async function applyMethod(wb: MemoryWorkbook, methodId: string, params: Record<string, string> = {}, roles?: RoleAssignment): Promise<MethodApplied> {
  const port = createGridAdapter(wb);
  const source = await port.locateSource();
  if (!source) throw new Error("no source found");
  const guess = guessRoles(source.columnNames, source.sample);
  const chosen: RoleAssignment = roles ?? { ...guess.single, periods: guess.periods };
  const choice: Choice = { methodId, params, roles: chosen, output: "values", tones: {}, summary: true, tags: false, language: "en" };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, `${methodId.toLowerCase()}-test`, APPLIED_AT);
  await port.apply(plan);
  return { wb, port, source, roles: chosen, prepared, plan };
}

/** The class column as written: one entry per data row, null where the cell is empty. */
export function classColumn(applied: MethodApplied): (string | null)[] {
  const { source, plan, wb } = applied;
  const col = plan.writes[0].range.col;
  const first = source.ref.range.row + (source.ref.hasHeader ? 1 : 0);
  const count = source.ref.range.rows - (source.ref.hasHeader ? 1 : 0);
  return Array.from({ length: count }, (_, i) => {
    const v = wb.getCell(source.ref.sheet, first + i, col);
    return v === null ? null : String(v);
  });
}

/** Engine class indexes as the class column shows them: the code, or null for a row without a class. */
export function codesOf(classIndex: Int32Array, codes: readonly string[]): (string | null)[] {
  return Array.from(classIndex, (c) => (c >= 0 ? codes[c] : null));
}

/** The sample's Customers rows (header excluded) as the test reads them independently of the adapter. */
export function sampleCustomerRows(): Scalar[][] {
  return sampleBook().sheets[0].rows.slice(1).map((r) => [...r]);
}
