/** The small ABC curve of the preview: share of customers (x) against share of value (y), with the cuts. */
import type { ReactElement } from "react";
import { tokens } from "@fluentui/react-components";
import { ParetoCurve as Curve } from "../workbook/methods/types";

export interface ParetoCurveProps {
  readonly curve: Curve;
  /** Cumulative shares where classes end (0.8, 0.95), drawn as dashed lines. */
  readonly cuts: readonly number[];
  readonly title: string;
  /** Axis captions, in the pane's language. */
  readonly xCaption?: string;
  readonly yCaption?: string;
}

const W = 240;
const H = 130;
const PAD = 22;

export function ParetoCurve({ curve, cuts, title, xCaption = "% customers", yCaption = "% value ↑" }: ParetoCurveProps): ReactElement {
  const x = (v: number): number => PAD + v * (W - PAD - 6);
  const y = (v: number): number => H - PAD - v * (H - PAD - 6);
  const path = curve.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(" ");
  return (
    <svg role="img" aria-label={title} width={W} height={H} viewBox={`0 0 ${W} ${H}`} data-testid="pareto-curve">
      <title>{title}</title>
      <rect x={x(0)} y={y(1)} width={x(1) - x(0)} height={y(0) - y(1)} fill="none" stroke={tokens.colorNeutralStroke2} />
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke={tokens.colorNeutralStroke2} strokeDasharray="2 3" />
      {cuts.map((c) => (
        <g key={c}>
          <line x1={x(0)} x2={x(1)} y1={y(c)} y2={y(c)} stroke={tokens.colorPaletteMarigoldBorderActive} strokeDasharray="4 3" />
          <text x={x(0) - 3} y={y(c) + 3} fontSize="9" textAnchor="end" fill={tokens.colorNeutralForeground2}>
            {Math.round(c * 100)}
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      <text x={x(0.5)} y={H - 4} fontSize="9" textAnchor="middle" fill={tokens.colorNeutralForeground2}>
        {xCaption}
      </text>
      <text x={x(1) - 2} y={y(0) - 4} fontSize="9" textAnchor="end" fill={tokens.colorNeutralForeground2}>
        {yCaption}
      </text>
    </svg>
  );
}
