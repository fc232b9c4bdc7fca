/**
 * Draws a chart the add-in put on a sheet, as Excel would show it there: the Pareto chart
 * (columns highest first, the cumulative share as a line on a 0–100 % right axis, Office's
 * "Pareto" chart type) and the class sizes chart (stacked columns, one series per class). SVG,
 * so the numbers stay readable at any zoom; the data comes from the sheet's cells (chartData.ts).
 * In Excel the same specs become `charts.add("Pareto" | "ColumnStacked", …)` (officeAdapter.ts;
 * Excel.ChartType, https://learn.microsoft.com/javascript/api/excel/excel.charttype).
 */
import type { ReactElement } from "react";
import { ChartSpec } from "../workbook/plan";
import { ParetoData, StackedData } from "./chartData";

export const CHART_WIDTH = 440;
export const CHART_HEIGHT = 280;

const PAD = { left: 52, right: 40, top: 30, bottom: 56 };
/** Distinct hues for stacked series (Office's default chart colours, in order). */
const SERIES = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47", "#264478", "#9e480e", "#636363", "#997300", "#255e91"];

const compact = (v: number): string => (Math.abs(v) >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : Math.abs(v) >= 1e3 ? `${(v / 1e3).toFixed(v >= 1e4 ? 0 : 1)}K` : String(Math.round(v)));

export function ChartView({ chart, data, dark }: { chart: ChartSpec; data: ParetoData | StackedData; dark: boolean }): ReactElement {
  const fg = dark ? "#e8e8e8" : "#1f1f1f";
  const axis = dark ? "#777" : "#bbb";
  const w = CHART_WIDTH - PAD.left - PAD.right;
  const h = CHART_HEIGHT - PAD.top - PAD.bottom;
  const n = data.kind === "pareto" ? data.labels.length : data.categories.length;
  const labels = data.kind === "pareto" ? data.labels : data.categories;
  const totals = data.kind === "pareto" ? data.values : labels.map((_, i) => data.series.reduce((a, s) => a + s.values[i], 0));
  const max = Math.max(1, ...totals);
  const step = n ? w / n : w;
  const barW = Math.max(2, step * 0.7);
  const y = (v: number): number => PAD.top + h - (v / max) * h;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg role="img" aria-label={chart.title} data-chart={chart.kind} width={CHART_WIDTH} height={CHART_HEIGHT} style={{ background: dark ? "#262626" : "#fff", border: `1px solid ${axis}`, display: "block" }}>
      <text x={CHART_WIDTH / 2} y={18} textAnchor="middle" fontSize={12} fontWeight={600} fill={fg}>
        {chart.title}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={PAD.left + w} y1={PAD.top + h - t * h} y2={PAD.top + h - t * h} stroke={axis} strokeWidth={0.5} />
          <text x={PAD.left - 4} y={PAD.top + h - t * h + 3} textAnchor="end" fontSize={9} fill={fg}>
            {compact(t * max)}
          </text>
          {data.kind === "pareto" && (
            <text x={PAD.left + w + 4} y={PAD.top + h - t * h + 3} fontSize={9} fill={fg}>
              {Math.round(t * 100)}%
            </text>
          )}
        </g>
      ))}
      {labels.map((label, i) => {
        const x = PAD.left + i * step + (step - barW) / 2;
        let base = 0;
        return (
          <g key={i}>
            {data.kind === "pareto" ? (
              <rect data-bar={label} x={x} y={y(data.values[i])} width={barW} height={PAD.top + h - y(data.values[i])} fill="#4472c4" />
            ) : (
              data.series.map((s, k) => {
                const top = y(base + s.values[i]);
                const bottom = y(base);
                base += s.values[i];
                return <rect key={k} x={x} y={top} width={barW} height={bottom - top} fill={SERIES[k % SERIES.length]} />;
              })
            )}
            <text transform={`translate(${x + barW / 2},${PAD.top + h + 8}) rotate(-40)`} textAnchor="end" fontSize={9} fill={fg}>
              {label}
            </text>
          </g>
        );
      })}
      {data.kind === "pareto" && (
        <polyline
          data-line="cumulative"
          fill="none"
          stroke="#ed7d31"
          strokeWidth={2}
          points={data.cumulative.map((c, i) => `${PAD.left + i * step + step / 2},${PAD.top + h - c * h}`).join(" ")}
        />
      )}
      {data.kind === "sizes" &&
        data.series.map((s, k) => (
          <g key={k} transform={`translate(${PAD.left + (k % 6) * 58},${CHART_HEIGHT - 14 + Math.floor(k / 6) * -10})`}>
            <rect width={8} height={8} y={-7} fill={SERIES[k % SERIES.length]} />
            <text x={11} fontSize={9} fill={fg}>
              {s.name}
            </text>
          </g>
        ))}
    </svg>
  );
}
