/**
 * The charts of one sheet, laid over the grid at their anchor cell as Excel floats a chart over
 * its cells. The anchor cell's position is measured after each render (column widths follow the
 * content), and only a changed position causes another render.
 */
import { useLayoutEffect, useState, type ReactElement, type RefObject } from "react";
import { cellA1 } from "../workbook/address";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { chartData } from "./chartData";
import { ChartView } from "./ChartView";

export function SheetCharts({ workbook, sheet, dark, frame }: { workbook: MemoryWorkbook; sheet: string; dark: boolean; frame: RefObject<HTMLDivElement | null> }): ReactElement | null {
  const charts = workbook.sheet(sheet).charts;
  const [places, setPlaces] = useState<string>("");
  useLayoutEffect(() => {
    const box = frame.current;
    if (!box) return;
    const origin = box.getBoundingClientRect();
    const found = charts.map((chart) => {
      const cell = box.querySelector(`[data-cell="${cellA1(chart.anchor.row, chart.anchor.col)}"]`);
      if (!cell) return null;
      const r = cell.getBoundingClientRect();
      return [Math.round(r.left - origin.left), Math.round(r.top - origin.top)];
    });
    const next = JSON.stringify(found);
    if (next !== places) setPlaces(next);
  });
  if (!charts.length || !places) return null;
  const at = JSON.parse(places) as ([number, number] | null)[];
  return (
    <>
      {charts.map((chart, i) => {
        const p = at[i];
        if (!p) return null;
        return (
          <div key={i} data-testid={`chart-${i}`} style={{ position: "absolute", left: p[0], top: p[1], zIndex: 3, boxShadow: "0 1px 4px rgba(0,0,0,0.25)" }}>
            <ChartView chart={chart} data={chartData(workbook, sheet, chart)} dark={dark} />
          </div>
        );
      })}
    </>
  );
}
