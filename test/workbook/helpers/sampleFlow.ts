/** Shared by the ExcelJS and LibreOffice tests: the sample .xlsx with one segmentation applied. */
import ExcelJS from "exceljs";
import * as path from "path";
import { createExcelJsAdapter } from "../../../src/workbook/exceljsAdapter";
import { guessRoles } from "../../../src/workbook/roles";
import { buildPlan, Choice, prepare, Prepared } from "../../../src/workbook/segmentation";
import { SegmentPlan } from "../../../src/workbook/plan";
import { SourceInfo, WorkbookPort } from "../../../src/workbook/port";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../../assets/sample/customers.xlsx");
export const APPLIED_AT = new Date(Date.UTC(2024, 11, 31, 12));

export interface Applied {
  readonly workbook: ExcelJS.Workbook;
  readonly port: WorkbookPort;
  readonly source: SourceInfo;
  readonly prepared: Prepared;
  readonly plan: SegmentPlan;
}

export async function loadXlsx(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === "string") await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

export async function applyToSample(over: Partial<Choice> = {}, file: string = SAMPLE_XLSX): Promise<Applied> {
  const workbook = await loadXlsx(file);
  const { port } = createExcelJsAdapter(workbook, { sheet: "Customers", row: 2, col: 1 });
  const source = await port.locateSource();
  if (!source) throw new Error("no source found");
  const guess = guessRoles(source.columnNames, source.sample);
  const choice: Choice = { methodId: "ABC", params: {}, roles: guess.single, output: "values", tones: {}, summary: true, tags: false, language: "en", ...over };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, `${choice.methodId.toLowerCase()}-test`, APPLIED_AT);
  await port.apply(plan);
  return { workbook, port, source, prepared, plan };
}

/** Every sheet's cells as plain values ("" for empty), for cell-by-cell comparisons. */
export function sheetValues(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  const plain = (v: unknown): unknown =>
    v instanceof Date ? v.toISOString() : v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : v;
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[]).slice(1).map(plain);
      // Trailing empty cells do not count (ExcelJS keeps touched-but-empty cells).
      while (values.length && values[values.length - 1] === "") values.pop();
      rows[n - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    out[ws.name] = rows;
  });
  return out;
}
