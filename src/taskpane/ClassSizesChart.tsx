/**
 * History at a glance: one stacked bar per snapshot, a segment per class in the class's colour,
 * customers or value (methods.md §11, §14). The numbers are also in a table, for screen readers
 * and for anyone who wants them exactly; the transitions sheet carries the same table and an
 * Excel chart of it.
 */
import { useState, type ReactElement } from "react";
import { Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { ClassSizes } from "../workbook/classSizes";
import { resolveTones } from "../workbook/palette";
import { serialToIso } from "./AsOfField";
import { formatCompact, formatNumber } from "./format";

export interface ClassSizesChartProps {
  readonly sizes: ClassSizes;
  readonly tones?: Readonly<Record<string, string>>;
  readonly language: Language;
}

const W = 280;
const H = 120;
const LEFT = 4;
const BOTTOM = 16;

export function ClassSizesChart({ sizes, tones, language }: ClassSizesChartProps): ReactElement {
  const [measure, setMeasure] = useState<"customers" | "value">("customers");
  const colours = resolveTones(sizes.order, tones ?? {});
  const rows = sizes.snapshots.map((s) => (measure === "customers" ? s.customers : s.value));
  // Negative sums (credit notes) cannot be stacked: the bars show the positive part only.
  const totals = rows.map((r) => r.reduce((a, v) => a + Math.max(v, 0), 0));
  const max = Math.max(1, ...totals);
  const n = rows.length;
  const slot = (W - LEFT) / Math.max(n, 1);
  const bar = Math.min(36, slot * 0.7);
  const title = paneText("sizesHeading", language);
  return (
    <div data-testid="class-sizes">
      <Subtitle2 as="h3" style={{ display: "block", marginTop: 8 }}>
        {title}
      </Subtitle2>
      {sizes.hasValues && (
        <RadioGroup layout="horizontal" value={measure} onChange={(_, d) => setMeasure(d.value as "customers" | "value")} aria-label={title}>
          <Radio value="customers" label={paneText("sizesCustomers", language)} data-testid="sizes-customers" />
          <Radio value="value" label={paneText("sizesValue", language)} data-testid="sizes-value" />
        </RadioGroup>
      )}
      <svg role="img" aria-label={title} width="100%" viewBox={`0 0 ${W} ${H}`} style={{ maxWidth: W }} data-testid="class-sizes-chart">
        <title>{title}</title>
        {rows.map((r, i) => {
          const x = LEFT + i * slot + (slot - bar) / 2;
          let top = H - BOTTOM;
          return (
            <g key={i}>
              {r.map((v, c) => {
                const h = (Math.max(v, 0) / max) * (H - BOTTOM - 4);
                top -= h;
                return h > 0 ? <rect key={c} x={x} y={top} width={bar} height={h} fill={colours[sizes.order[c]].fill} stroke={tokens.colorNeutralBackground1} strokeWidth={0.5} /> : null;
              })}
              <text x={x + bar / 2} y={H - 4} fontSize="8" textAnchor="middle" fill={tokens.colorNeutralForeground2}>
                {serialToIso(sizes.snapshots[i].asOf).slice(0, 7)}
              </text>
            </g>
          );
        })}
      </svg>
      <div style={{ overflowX: "auto" }}>
        <table data-testid="class-sizes-table" style={{ borderCollapse: "collapse", fontSize: 11 }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left", padding: "1px 4px" }} />
              {sizes.order.map((code) => (
                <th key={code} scope="col" style={{ padding: "1px 4px", textAlign: "right" }}>
                  <span aria-hidden="true" style={{ display: "inline-block", width: 8, height: 8, marginRight: 2, background: colours[code].fill }} />
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row" style={{ textAlign: "left", padding: "1px 4px", fontWeight: 400, whiteSpace: "nowrap" }}>
                  {serialToIso(sizes.snapshots[i].asOf)}
                </th>
                {r.map((v, c) => (
                  <td key={c} style={{ textAlign: "right", padding: "1px 4px" }}>
                    {measure === "customers" ? formatNumber(v, language) : formatCompact(v, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
