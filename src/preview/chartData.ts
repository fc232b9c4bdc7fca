/**
 * The numbers behind a chart the add-in put on a sheet (ChartSpec), read from the sheet's cells
 * as Excel reads the chart's source range: for a Pareto chart, categories in the first column
 * and values in the second (Excel's Pareto chart sorts nothing here: the slices are already
 * highest first) with the running share of the total; for the class sizes chart (stacked
 * columns, one series per class column), the header row names the series and each row below
 * is a category.
 */
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { ChartSpec, isFormulaCell } from "../workbook/plan";

export interface ParetoData {
  readonly kind: "pareto";
  readonly labels: string[];
  readonly values: number[];
  /** Running share of the total after each category, 0–1. */
  readonly cumulative: number[];
}

export interface StackedData {
  readonly kind: "sizes";
  readonly categories: string[];
  readonly series: { readonly name: string; readonly values: number[] }[];
}

function scalar(wb: MemoryWorkbook, sheet: string, row: number, col: number): string | number | null {
  const cell = wb.getCell(sheet, row, col);
  const v = isFormulaCell(cell) ? cell.value : cell;
  return typeof v === "number" || typeof v === "string" ? v : null;
}

const num = (v: string | number | null): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function chartData(wb: MemoryWorkbook, sheet: string, chart: ChartSpec): ParetoData | StackedData {
  const { row, col, rows, cols } = chart.data;
  if (chart.kind === "pareto") {
    const labels: string[] = [];
    const values: number[] = [];
    for (let r = row; r < row + rows; r++) {
      labels.push(String(scalar(wb, sheet, r, col) ?? ""));
      values.push(Math.max(0, num(scalar(wb, sheet, r, col + 1))));
    }
    const total = values.reduce((a, v) => a + v, 0);
    let running = 0;
    const cumulative = values.map((v) => ((running += v), total > 0 ? running / total : 0));
    return { kind: "pareto", labels, values, cumulative };
  }
  const series = [];
  for (let c = col + 1; c < col + cols; c++) {
    const values: number[] = [];
    for (let r = row + 1; r < row + rows; r++) values.push(num(scalar(wb, sheet, r, c)));
    series.push({ name: String(scalar(wb, sheet, row, c) ?? ""), values });
  }
  const categories: string[] = [];
  for (let r = row + 1; r < row + rows; r++) categories.push(String(scalar(wb, sheet, r, col) ?? ""));
  return { kind: "sizes", categories, series };
}
