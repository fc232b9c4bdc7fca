/**
 * The cut values of a refresh (methods.md §14): the kept ones beside what this month's data alone
 * would give, or the previous run's beside this run's — so a user sees when a class changed
 * because the cut moved, not the customer.
 */
import type { ReactElement } from "react";
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { CutComparison } from "../workbook/cutChanges";
import { localize } from "../workbook/methods/types";
import { formatDate, formatValue } from "./format";

export function CutValuesView({ cuts, language }: { readonly cuts: CutComparison; readonly language: Language }): ReactElement {
  const shown = (v: number | null, date?: boolean): string => (v === null ? "—" : date ? formatDate(v, language) : formatValue(v, language));
  const since = cuts.since === null ? "—" : formatDate(cuts.since, language);
  return (
    <div data-testid="cut-values" data-kept={cuts.kept ? "yes" : "no"}>
      <Subtitle2 as="h3" style={{ display: "block", marginTop: 8 }}>
        {paneText("cutsHeading", language)}
      </Subtitle2>
      <Caption1 block as="p">
        {cuts.kept ? paneText("cutsKeptCaption", language, { date: since }) : paneText("cutsRefitCaption", language)}
      </Caption1>
      <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
        <thead>
          <tr>
            {[paneText("cutName", language), paneText(cuts.kept ? "cutKept" : "cutThen", language), paneText("cutToday", language)].map((h, i) => (
              <th key={i} scope="col" style={{ padding: "1px 6px", textAlign: i === 0 ? "left" : "right" }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cuts.changes.map((c, i) => (
            <tr key={i} data-testid="cut-row">
              <th scope="row" style={{ padding: "1px 6px", textAlign: "left", fontWeight: 400 }}>
                {localize(c.label, language)}
              </th>
              <td style={{ padding: "1px 6px", textAlign: "right" }}>{shown(c.before, c.date)}</td>
              <td style={{ padding: "1px 6px", textAlign: "right", opacity: cuts.kept ? 0.75 : 1 }}>{shown(c.now, c.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
