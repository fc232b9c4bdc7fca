/**
 * Step 3: what applying would give — per class the customers and their share, the value and its
 * share, and the cut; what was not counted; and the ABC curve (ABC/Pareto), a 2×2 grid (quadrants)
 * or a 3×3 one (ABC–XYZ).
 */
import type { ReactElement } from "react";
import { Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { localize, MethodRun } from "../workbook/methods/types";
import { Tone } from "../workbook/plan";
import { ClassTable } from "./ClassTable";
import { formatNoteValue, formatNumber } from "./format";
import { ParetoCurve } from "./ParetoCurve";
import { QuadrantView } from "./QuadrantView";

export interface PreviewSectionProps {
  readonly run: MethodRun | null;
  readonly error: string | null;
  readonly tones: Readonly<Record<string, Tone>>;
  readonly language: Language;
}

/** A grid of classes (ABC–XYZ's 3×3): column codes across, row codes down, each cell its code and count in its colours. */
function ClassGridView({ run, tones, language }: { run: MethodRun; tones: Readonly<Record<string, Tone>>; language: Language }): ReactElement | null {
  const grid = run.grid;
  if (!grid) return null;
  const width = grid.columns.length;
  const cell = { padding: "4px 8px", border: "1px solid white", textAlign: "center" as const };
  return (
    <table data-testid="class-grid" style={{ borderCollapse: "collapse", marginTop: 4 }}>
      <caption style={{ textAlign: "left" }}>
        <Caption1>{localize(grid.caption, language)}</Caption1>
      </caption>
      <thead>
        <tr>
          <th />
          {grid.columns.map((c) => (
            <th key={c} scope="col" style={cell}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((rowCode, r) => (
          <tr key={rowCode}>
            <th scope="row" style={cell}>
              {rowCode}
            </th>
            {grid.columns.map((_, c) => {
              const i = r * width + c;
              const code = run.codes[i];
              const tone = tones[code];
              return (
                <td key={code} data-testid={`class-grid-${code}`} style={{ ...cell, background: tone.fill, color: tone.font }}>
                  <strong>{code}</strong>
                  <br />
                  {formatNumber(run.explanation.classes[i].customers, language)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PreviewSection({ run, error, tones, language }: PreviewSectionProps): ReactElement {
  const t = (k: Parameters<typeof paneText>[0], p?: Record<string, string | number>): string => paneText(k, language, p);
  return (
    <section aria-labelledby="preview-heading" data-testid="preview">
      <Subtitle2 as="h2" id="preview-heading">
        {t("previewHeading")}
      </Subtitle2>
      {error && (
        <MessageBar intent="warning" data-testid="preview-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          {(run.warnings ?? []).map((w, i) => (
            <MessageBar key={i} intent="warning" layout="multiline" data-testid="preview-warning">
              <MessageBarBody>{localize(w, language)}</MessageBarBody>
            </MessageBar>
          ))}
          <ClassTable run={run} tones={tones} language={language} />
          {run.explanation.notCustomers > 0 && <Caption1 block as="p">{t("notCustomers", { count: run.explanation.notCustomers })}</Caption1>}
          {run.explanation.numericText > 0 && <Caption1 block as="p">{t("numericText", { count: run.explanation.numericText })}</Caption1>}
          {run.explanation.errors > 0 && <Caption1 block as="p">{t("errors", { count: run.explanation.errors })}</Caption1>}
          {run.notes.map((n, i) => (
            <Caption1 block as="p" key={i}>
              {localize(n.label, language)}: {formatNoteValue(n, language)}
            </Caption1>
          ))}
          {run.curve && (
            <ParetoCurve
              curve={run.curve}
              cuts={run.cuts.map((c) => c.share).filter((s): s is number => s !== null)}
              title={t("curveTitle")}
              xCaption={t("curveCustomers")}
              yCaption={t("curveValue")}
            />
          )}
          <QuadrantView run={run} tones={tones} language={language} />
          {run.grid && run.codes.length === run.grid.rows.length * run.grid.columns.length && (
            <ClassGridView run={run} tones={tones} language={language} />
          )}
        </>
      )}
    </section>
  );
}
