import { chartData } from "../../src/preview/chartData";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";

test("a Pareto chart's columns and running share come from its source cells (formulas by their value, negatives as 0)", () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("S");
  const rows: [string, number | { formula: string; value: number }][] = [
    ["Top 5%", 50],
    ["5–10%", { formula: "=B1*0.6", value: 30 }],
    ["10–15%", 20],
    ["15–20%", -5],
  ];
  rows.forEach(([label, value], r) => {
    wb.setCell("S", 3 + r, 0, label);
    wb.setCell("S", 3 + r, 1, value);
  });
  const data = chartData(wb, "S", { kind: "pareto", title: "t", data: { row: 3, col: 0, rows: 4, cols: 2 }, anchor: { row: 0, col: 4, rows: 18, cols: 6 } });
  expect(data).toEqual({ kind: "pareto", labels: ["Top 5%", "5–10%", "10–15%", "15–20%"], values: [50, 30, 20, 0], cumulative: [0.5, 0.8, 1, 1] });
});

test("a class sizes chart: series from the header row, one category per row", () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("T");
  [["As of", "A", "B"], ["2026-01-31", 3, 7], ["2026-02-28", 4, 6]].forEach((row, r) => row.forEach((v, c) => wb.setCell("T", 10 + r, c, v)));
  const data = chartData(wb, "T", { kind: "sizes", title: "t", data: { row: 10, col: 0, rows: 3, cols: 3 }, anchor: { row: 10, col: 4, rows: 14, cols: 6 } });
  expect(data).toEqual({ kind: "sizes", categories: ["2026-01-31", "2026-02-28"], series: [{ name: "A", values: [3, 4] }, { name: "B", values: [7, 6] }] });
});
