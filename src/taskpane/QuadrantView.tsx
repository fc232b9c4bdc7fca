/**
 * A quadrant method's 2×2 legend: the y measure high on top, the x measure high on the right, as
 * a scatter of the two would put them. Each quadrant shows its name and code in its colours, its
 * customers, what it means in the measures' own names ("Revenue high · Visits low") and what to
 * do ("Find out why they are unstable …"). The caption names the axes by the columns' headers.
 */
import type { ReactElement } from "react";
import { Caption1, tokens } from "@fluentui/react-components";
import { className } from "../i18n/classNames";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { quadrantAction } from "../i18n/quadrantLegend";
import { summaryText } from "../i18n/summaryText";
import { localize, MethodRun } from "../workbook/methods/types";
import { Tone } from "../workbook/plan";
import { formatNumber } from "./format";

/** Class indexes as drawn: top row y high (x low, x high), bottom row y low. Codes come HH, HL, LH, LL (x first). */
const LAYOUT = [2, 0, 3, 1] as const;

export function QuadrantView({ run, tones, language }: { run: MethodRun; tones: Readonly<Record<string, Tone>>; language: Language }): ReactElement | null {
  const q = run.quadrant;
  if (!q || run.codes.length !== 4) return null;
  const x = localize(q.xLabel, language);
  const y = localize(q.yLabel, language);
  const level = (measure: string, high: boolean): string => summaryText(high ? "high" : "low", language, { measure });
  return (
    <figure data-testid="quadrant-grid" style={{ margin: "8px 0 0" }}>
      <figcaption>
        <Caption1 data-testid="quadrant-caption">
          {x} × {y}
        </Caption1>
      </figcaption>
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: 2, marginTop: 2 }}>
        {LAYOUT.map((i) => {
          const code = run.codes[i];
          const tone = tones[code];
          const name = className(code, language);
          const action = quadrantAction(code, language);
          return (
            <div
              key={code}
              data-testid={`quadrant-${code}`}
              style={{ background: tone.fill, color: tone.font, padding: "4px 6px", fontSize: 11, lineHeight: "14px", overflowWrap: "anywhere", minWidth: 0, border: `1px solid ${tokens.colorNeutralBackground1}` }}
            >
              <div style={{ fontWeight: 600, fontSize: 12, lineHeight: "16px" }}>
                {name ?? code} {name && <span style={{ fontSize: 10, fontWeight: 400 }}>{code}</span>}
              </div>
              <div data-testid={`quadrant-count-${code}`}>
                {paneText("previewCustomers", language)}: {formatNumber(run.explanation.classes[i].customers, language)}
              </div>
              <div data-testid={`quadrant-meaning-${code}`}>
                {level(x, i < 2)} · {level(y, i % 2 === 0)}
              </div>
              {action && <div data-testid={`quadrant-action-${code}`}>{action}</div>}
            </div>
          );
        })}
      </div>
    </figure>
  );
}
