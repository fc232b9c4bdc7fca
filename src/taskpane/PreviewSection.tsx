/**
 * Step 3: what applying would give — per class the customers and their share, the value and its
 * share, and the cut; what was not counted; and the ABC curve (ABC/Pareto) or a 2×2 grid (quadrants).
 */
import type { ReactElement } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { localize, MethodRun } from "../workbook/methods/types";
import { Tone } from "../workbook/plan";
import { ClassChip } from "./ClassChip";
import { formatCompact, formatNoteValue, formatNumber, formatPercent, formatValue } from "./format";
import { ParetoCurve } from "./ParetoCurve";

export interface PreviewSectionProps {
  readonly run: MethodRun | null;
  readonly error: string | null;
  readonly tones: Readonly<Record<string, Tone>>;
  readonly language: Language;
}

/** The value where the class begins ("≥ 59.8K"); quadrant splits are listed under the table instead. */
function cutText(run: MethodRun, i: number, language: Language): string {
  const limit = run.cuts[i]?.limit;
  return limit === null || limit === undefined ? "" : `≥ ${formatCompact(limit, language)}`;
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
          <Table size="extra-small" aria-label={t("previewHeading")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("previewClass")}</TableHeaderCell>
                <TableHeaderCell>{t("previewCustomers")}</TableHeaderCell>
                <TableHeaderCell>{t("previewShare")}</TableHeaderCell>
                <TableHeaderCell>{t("previewValueShare")}</TableHeaderCell>
                <TableHeaderCell>{t("previewCut")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {run.explanation.classes.map((s, i) => (
                <TableRow key={s.code} data-testid={`preview-row-${s.code}`}>
                  <TableCell>
                    <ClassChip code={s.code} tone={tones[s.code]} />
                  </TableCell>
                  <TableCell data-testid={`preview-count-${s.code}`}>{formatNumber(s.customers, language)}</TableCell>
                  <TableCell>{formatPercent(s.customerShare, language)}</TableCell>
                  <TableCell title={formatValue(s.value, language)}>{formatPercent(s.valueShare, language)}</TableCell>
                  <TableCell>{cutText(run, i, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
          {run.quadrant && run.codes.length === 4 && (
            <table data-testid="quadrant-grid" style={{ borderCollapse: "collapse", marginTop: 4 }}>
              <caption style={{ textAlign: "left" }}>
                <Caption1>
                  {localize(run.quadrant.xLabel, language)} × {localize(run.quadrant.yLabel, language)}
                </Caption1>
              </caption>
              <tbody>
                {[0, 2].map((rowStart) => (
                  <tr key={rowStart}>
                    {[rowStart, rowStart + 1].map((i) => {
                      const tone = tones[run.codes[i]];
                      return (
                        <td key={i} style={{ background: tone.fill, color: tone.font, padding: "4px 10px", border: "1px solid white", textAlign: "center" }}>
                          <strong>{run.codes[i]}</strong>
                          <br />
                          {formatNumber(run.explanation.classes[i].customers, language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
