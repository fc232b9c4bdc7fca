/**
 * The preview's table of classes: per class its name and code, customers, share of customers and
 * share of value; where the class begins ("from ≥ 59.8K") under the name when the method cuts a
 * value, so no column stays empty for the methods that do not.
 *
 * A plain table laid out by its content (table-layout auto): numbers never wrap, names and codes
 * wrap inside their own cell, headers wrap between words — at 300 px nothing prints over its
 * neighbour, which a fixed layout with equal columns did with long RFM codes.
 */
import type { CSSProperties, ReactElement } from "react";
import { Caption1, tokens } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { MethodRun } from "../workbook/methods/types";
import { Tone } from "../workbook/plan";
import { ClassName } from "./ClassName";
import { formatCompact, formatNumber, formatPercent, formatValue } from "./format";

/** The value where the class begins ("≥ 59.8K"); "" for methods that do not cut a value. */
function cutText(run: MethodRun, i: number, language: Language): string {
  const limit = run.cuts[i]?.limit;
  return limit === null || limit === undefined ? "" : `≥ ${formatCompact(limit, language)}`;
}

const head: CSSProperties = {
  textAlign: "right",
  verticalAlign: "bottom",
  fontWeight: 600,
  fontSize: 12,
  lineHeight: "15px",
  padding: "2px 0 4px 6px",
  overflowWrap: "break-word",
  hyphens: "auto",
  borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
};
const number: CSSProperties = { textAlign: "right", whiteSpace: "nowrap", padding: "3px 0 3px 6px", fontVariantNumeric: "tabular-nums", verticalAlign: "top" };

export function ClassTable({ run, tones, language }: { run: MethodRun; tones: Readonly<Record<string, Tone>>; language: Language }): ReactElement {
  const t = (k: Parameters<typeof paneText>[0]): string => paneText(k, language);
  return (
    <table aria-label={t("previewHeading")} data-testid="class-table" style={{ width: "100%", borderCollapse: "collapse", tableLayout: "auto", fontSize: 12, lineHeight: "16px" }}>
      <thead>
        <tr>
          <th scope="col" style={{ ...head, textAlign: "left", paddingLeft: 0 }}>
            {t("previewClass")}
          </th>
          <th scope="col" style={head}>
            {t("previewCustomers")}
          </th>
          <th scope="col" style={head}>
            {t("previewShare")}
          </th>
          <th scope="col" style={head}>
            {t("previewValueShare")}
          </th>
        </tr>
      </thead>
      <tbody>
        {run.explanation.classes.map((s, i) => {
          const cut = cutText(run, i, language);
          return (
            <tr key={s.code} data-testid={`preview-row-${s.code}`} style={{ borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
              <th scope="row" style={{ textAlign: "left", fontWeight: 400, padding: "3px 0", verticalAlign: "top", overflowWrap: "break-word" }}>
                <ClassName code={s.code} tone={tones[s.code]} language={language} />
                {cut && (
                  <Caption1 block data-testid={`preview-cut-${s.code}`} style={{ color: tokens.colorNeutralForeground2 }}>
                    {t("previewCut")} {cut}
                  </Caption1>
                )}
              </th>
              <td style={number} data-testid={`preview-count-${s.code}`}>
                {formatNumber(s.customers, language)}
              </td>
              <td style={number}>{formatPercent(s.customerShare, language)}</td>
              <td style={number} title={formatValue(s.value, language)}>
                {formatPercent(s.valueShare, language)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
