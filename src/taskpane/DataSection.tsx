/** Step 1: the data the user points at, and which column plays which role (guessed, changeable). */
import type { ReactElement } from "react";
import { Button, Caption1, Checkbox, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { PaneKey, paneText } from "../i18n/paneText";
import { cellA1 } from "../workbook/address";
import { roleLabel, SegmentMethod } from "../workbook/methods/types";
import { RoleAssignment } from "../workbook/plan";
import { SourceInfo } from "../workbook/port";

export interface DataSectionProps {
  readonly source: SourceInfo | null;
  readonly roles: RoleAssignment;
  readonly method: SegmentMethod;
  readonly language: Language;
  readonly busy: boolean;
  onLocate(): void;
  onRoles(roles: RoleAssignment): void;
  onHeader(hasHeader: boolean): void;
}

function describe(source: SourceInfo, language: Language): string {
  const { ref } = source;
  const rows = ref.range.rows - (ref.hasHeader ? 1 : 0);
  if (ref.table) return paneText("foundTable", language, { name: ref.table, rows, cols: ref.range.cols, sheet: ref.sheet });
  const address = `${cellA1(ref.range.row, ref.range.col)}:${cellA1(ref.range.row + ref.range.rows - 1, ref.range.col + ref.range.cols - 1)}`;
  return paneText("foundRegion", language, { address, rows, cols: ref.range.cols, sheet: ref.sheet });
}

export function DataSection(props: DataSectionProps): ReactElement {
  const { source, roles, method, language } = props;
  const t = (k: PaneKey): string => paneText(k, language);
  // The method's roles first, then name and ID (used for the summary's top customers).
  const shown = method.usesPeriods ? [] : [...method.roles, ...(["name", "id"] as const).filter((r) => !method.roles.includes(r))];
  const periods = Array.isArray(roles.periods) ? (roles.periods as readonly number[]) : [];
  return (
    <section aria-labelledby="data-heading">
      <Subtitle2 as="h2" id="data-heading">
        {t("dataHeading")}
      </Subtitle2>
      <div>
        <Button onClick={props.onLocate} disabled={props.busy} data-testid="locate">
          {t("useSelection")}
        </Button>
      </div>
      {source === null ? (
        <Caption1 block as="p">{t("noData")}</Caption1>
      ) : (
        <>
          <Caption1 block as="p" data-testid="source-description">
            {describe(source, language)}
          </Caption1>
          <Checkbox
            checked={source.ref.hasHeader}
            disabled={Boolean(source.ref.table)}
            label={t("headerRow")}
            onChange={(_, data) => props.onHeader(Boolean(data.checked))}
          />
          {shown.map((role) => {
            const label = roleLabel(method, role, language);
            const value = roles[role];
            return (
              <Field key={role} label={label} required={method.roles.includes(role)} size="small">
                <Select
                  data-testid={`role-${role}`}
                  value={typeof value === "number" ? String(value) : ""}
                  onChange={(_, data) => props.onRoles({ ...roles, [role]: data.value === "" ? undefined : Number(data.value) })}
                >
                  <option value="">{t("noColumn")}</option>
                  {source.columnNames.map((name, i) => (
                    <option key={i} value={String(i)}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          {method.usesPeriods && (
            <Field label={t("rolePeriods")} size="small" required>
              <div style={{ display: "flex", gap: 4 }}>
                {(["from", "to"] as const).map((end) => (
                  <Select
                    key={end}
                    aria-label={`${t("rolePeriods")} (${t(end === "from" ? "periodsFrom" : "periodsTo")})`}
                    data-testid={`periods-${end}`}
                    value={periods.length ? String(end === "from" ? periods[0] : periods[periods.length - 1]) : ""}
                    onChange={(_, data) => {
                      const from = end === "from" ? Number(data.value) : periods[0] ?? Number(data.value);
                      const to = end === "to" ? Number(data.value) : periods[periods.length - 1] ?? Number(data.value);
                      const list = Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
                      props.onRoles({ ...roles, periods: list });
                    }}
                  >
                    <option value="">{t("noColumn")}</option>
                    {source.columnNames.map((name, i) => (
                      <option key={i} value={String(i)}>
                        {name}
                      </option>
                    ))}
                  </Select>
                ))}
              </div>
            </Field>
          )}
        </>
      )}
    </section>
  );
}
