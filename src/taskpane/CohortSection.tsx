/**
 * Retention by cohort, for data that looks like order lines (a customer ID repeating with order
 * dates): SEGMENT.COHORT's table (src/segment/cohort.ts) drawn as a heat map — one row per cohort
 * (month or quarter of the first order) with its size, then the share of the cohort buying in each
 * period since (or its revenue against its first period), deeper blue for more. Read-only: it
 * writes nothing into the workbook; the formula gives the same table in a sheet.
 */
import { useState, type ReactElement } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { cellColumn, cohortTable, CohortMeasure, CohortPeriod } from "../segment/cohort";
import { heatRows, HeatRow } from "../workbook/cohortHeat";
import { RoleAssignment } from "../workbook/plan";
import { SourceInfo, WorkbookPort } from "../workbook/port";
import { messageOf } from "./errorMessage";
import { formatNumber } from "./format";

export interface CohortSectionProps {
  readonly port: WorkbookPort;
  readonly source: SourceInfo;
  readonly roles: RoleAssignment;
  readonly busy: boolean;
  readonly language: Language;
}

/** A share or ratio in a narrow cell: whole percents ("83%"), "—" where there is no base. */
function percent(value: number, language: Language): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function CohortView({ rows, measure, language }: { rows: readonly HeatRow[]; measure: CohortMeasure; language: Language }): ReactElement {
  const width = rows[0]?.cells.length ?? 0;
  const cell = { padding: "2px 4px", border: "1px solid white", textAlign: "right" as const, whiteSpace: "nowrap" as const };
  return (
    <div style={{ overflowX: "auto" }}>
      <table data-testid="cohort-table" style={{ borderCollapse: "collapse", fontSize: 11, marginTop: 4 }}>
        <caption style={{ textAlign: "left" }}>
          <Caption1>{paneText(measure === "customers" ? "cohortCaptionCustomers" : "cohortCaptionRevenue", language)}</Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: "left" }}>
              {paneText("cohortColumn", language)}
            </th>
            <th scope="col" style={cell}>
              {paneText("cohortSize", language)}
            </th>
            {Array.from({ length: width }, (_, k) => (
              <th key={k} scope="col" style={cell}>
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-testid={`cohort-row-${row.label}`}>
              <th scope="row" style={{ ...cell, textAlign: "left" }}>
                {row.label}
              </th>
              <td style={cell}>{formatNumber(row.size, language)}</td>
              {row.cells.map((c, k) =>
                c.value === null ? (
                  <td key={k} style={cell} />
                ) : (
                  <td key={k} style={{ ...cell, background: c.fill ?? undefined, color: c.font ?? undefined }}>
                    {percent(c.value, language)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CohortSection({ port, source, roles, busy, language }: CohortSectionProps): ReactElement {
  const t = (k: Parameters<typeof paneText>[0], p?: Record<string, string | number>): string => paneText(k, language, p);
  const [period, setPeriod] = useState<CohortPeriod>("month");
  const [measure, setMeasure] = useState<CohortMeasure>("customers");
  const [shown, setShown] = useState<{ rows: HeatRow[]; measure: CohortMeasure } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const hasAmounts = typeof roles.value === "number";
  const chosenMeasure = hasAmounts ? measure : "customers";

  const show = async (): Promise<void> => {
    if (typeof roles.id !== "number" || typeof roles.date !== "number") return;
    setWorking(true);
    setError(null);
    try {
      const offsets = [roles.id, roles.date, ...(hasAmounts ? [roles.value as number] : [])];
      const [ids, dates, amounts] = await port.readColumns(source.ref, offsets);
      const table = cohortTable(cellColumn(ids), cellColumn(dates), amounts ? cellColumn(amounts) : null, period);
      setShown({ rows: heatRows(table, chosenMeasure), measure: chosenMeasure });
    } catch (e) {
      setShown(null);
      setError(messageOf(e, language));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="cohort-heading" data-testid="cohort">
      <Subtitle2 as="h2" id="cohort-heading">
        {t("cohortHeading")}
      </Subtitle2>
      <Caption1 block as="p">
        {t("cohortHint")}
      </Caption1>
      <RadioGroup layout="horizontal" value={period} onChange={(_, d) => setPeriod(d.value as CohortPeriod)} aria-label={t("cohortPeriod")}>
        <Radio value="month" label={t("cohortMonth")} data-testid="cohort-month" />
        <Radio value="quarter" label={t("cohortQuarter")} data-testid="cohort-quarter" />
      </RadioGroup>
      {hasAmounts && (
        <RadioGroup layout="horizontal" value={measure} onChange={(_, d) => setMeasure(d.value as CohortMeasure)} aria-label={t("cohortMeasure")}>
          <Radio value="customers" label={t("cohortCustomers")} data-testid="cohort-customers" />
          <Radio value="revenue" label={t("cohortRevenue")} data-testid="cohort-revenue" />
        </RadioGroup>
      )}
      <Button size="small" disabled={busy || working} onClick={() => void show()} data-testid="cohort-show">
        {t("cohortShow")}
      </Button>
      {error && (
        <MessageBar intent="warning" data-testid="cohort-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {shown && <CohortView rows={shown.rows} measure={shown.measure} language={language} />}
    </section>
  );
}
