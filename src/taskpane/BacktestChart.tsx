/**
 * The backtest's chart, Fader, Hardie & Lee's conditional-expectation figure: per number of
 * purchases before the split (0 … 6, 7+), the mean repeat purchases per customer after it, as the
 * model predicted (dashed, squares) and as they happened (solid, circles) — told apart by line
 * and marker, not by colour alone. The SVG has a title; the same numbers are a table under
 * "The numbers" for screen readers and for anyone who wants them exactly.
 */
import { useId, type ReactElement } from "react";
import { tokens } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { BacktestBin } from "../segment/backtest";
import { formatNumber } from "./format";

export interface BacktestChartProps {
  readonly bins: readonly BacktestBin[];
  readonly title: string;
  readonly language: Language;
}

const W = 280;
const H = 170;
const LEFT = 30;
const RIGHT = 8;
const TOP = 24;
const BOTTOM = 30;

/** 0.5, 1, 2, 2.5, 5 × 10^k: a top for the y axis at or above `max`. */
function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(max)));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const label = (k: number, count: number): string => (k === count - 1 ? `${k}+` : String(k));
const mean = (sum: number, customers: number): number => (customers > 0 ? sum / customers : NaN);

export function BacktestChart({ bins, title, language }: BacktestChartProps): ReactElement {
  const t = (k: Parameters<typeof paneText>[0]): string => paneText(k, language);
  const titleId = useId();
  const predicted = bins.map((b) => mean(b.predicted, b.customers));
  const actual = bins.map((b) => mean(b.actual, b.customers));
  const top = niceTop(Math.max(0, ...predicted.filter(Number.isFinite), ...actual.filter(Number.isFinite)));
  const x = (k: number): number => LEFT + ((k + 0.5) * (W - LEFT - RIGHT)) / bins.length;
  const y = (v: number): number => H - BOTTOM - (v / top) * (H - BOTTOM - TOP);
  const path = (values: readonly number[]): string =>
    values
      .map((v, k) => [v, k] as const)
      .filter(([v]) => Number.isFinite(v))
      .map(([v, k], i) => `${i === 0 ? "M" : "L"}${x(k).toFixed(1)},${y(v).toFixed(1)}`)
      .join(" ");
  const muted = tokens.colorNeutralForeground2;
  const predictedColour = tokens.colorPaletteMarigoldForeground2;
  const actualColour = tokens.colorBrandForeground1;
  return (
    <figure style={{ margin: 0 }} data-testid="backtest-chart">
      <svg role="img" aria-labelledby={titleId} width="100%" viewBox={`0 0 ${W} ${H}`} style={{ maxWidth: W, display: "block" }}>
        <title id={titleId}>{title}</title>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} strokeDasharray={v === 0 ? undefined : "2 3"} />
            <text x={LEFT - 4} y={y(v) + 3} fontSize="9" textAnchor="end" fill={muted}>
              {formatNumber(v, language, v < 10 && !Number.isInteger(v) ? 1 : 0)}
            </text>
          </g>
        ))}
        {bins.map((_, k) => (
          <text key={k} x={x(k)} y={H - BOTTOM + 12} fontSize="9" textAnchor="middle" fill={muted}>
            {label(k, bins.length)}
          </text>
        ))}
        <text x={(LEFT + W - RIGHT) / 2} y={H - 4} fontSize="9" textAnchor="middle" fill={muted}>
          {t("backtestBefore")}
        </text>
        <text x={LEFT - 26} y={TOP - 14} fontSize="9" fill={muted}>
          {t("backtestPerCustomer")}
        </text>
        <path d={path(predicted)} fill="none" stroke={predictedColour} strokeWidth={2} strokeDasharray="5 3" />
        <path d={path(actual)} fill="none" stroke={actualColour} strokeWidth={2} />
        {predicted.map((v, k) => Number.isFinite(v) && <rect key={`p${k}`} x={x(k) - 3} y={y(v) - 3} width={6} height={6} fill={predictedColour} />)}
        {actual.map((v, k) => Number.isFinite(v) && <circle key={`a${k}`} cx={x(k)} cy={y(v)} r={3} fill={actualColour} />)}
        {/* Legend, top right: a line and a marker each, as drawn. */}
        <g fontSize="9" fill={muted}>
          <line x1={W - 130} x2={W - 116} y1={TOP - 4} y2={TOP - 4} stroke={predictedColour} strokeWidth={2} strokeDasharray="5 3" />
          <rect x={W - 126} y={TOP - 7} width={6} height={6} fill={predictedColour} />
          <text x={W - 112} y={TOP - 1}>{t("backtestPredicted")}</text>
          <line x1={W - 62} x2={W - 48} y1={TOP - 4} y2={TOP - 4} stroke={actualColour} strokeWidth={2} />
          <circle cx={W - 55} cy={TOP - 4} r={3} fill={actualColour} />
          <text x={W - 44} y={TOP - 1}>{t("backtestActual")}</text>
        </g>
      </svg>
      <details>
        <summary>{t("backtestNumbers")}</summary>
        <table data-testid="backtest-table" style={{ borderCollapse: "collapse", fontSize: 12 }}>
          <caption style={{ textAlign: "left" }}>{title}</caption>
          <thead>
            <tr>
              {(["backtestBefore", "backtestCustomers", "backtestPredicted", "backtestActual"] as const).map((k) => (
                <th key={k} scope="col" style={{ textAlign: "right", padding: "2px 6px" }}>
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bins.map((b, k) => (
              <tr key={k}>
                <th scope="row" style={{ textAlign: "right", padding: "2px 6px" }}>
                  {label(k, bins.length)}
                </th>
                <td style={{ textAlign: "right", padding: "2px 6px" }}>{formatNumber(b.customers, language)}</td>
                <td style={{ textAlign: "right", padding: "2px 6px" }}>{formatNumber(predicted[k], language, 2)}</td>
                <td style={{ textAlign: "right", padding: "2px 6px" }}>{formatNumber(actual[k], language, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
