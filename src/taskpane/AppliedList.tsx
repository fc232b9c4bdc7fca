/** The segmentations saved in this workbook, each with Refresh (re-run on current data) and Remove. */
import type { ReactElement } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { columnLetter } from "../workbook/address";
import { findMethod } from "../workbook/methods/registry";
import { localize } from "../workbook/methods/types";
import { SavedSegmentation } from "../workbook/plan";

export interface AppliedListProps {
  readonly saved: readonly SavedSegmentation[];
  readonly busy: boolean;
  readonly language: Language;
  onRefresh(id: string): void;
  onRemove(id: string): void;
}

export function AppliedList({ saved, busy, language, onRefresh, onRemove }: AppliedListProps): ReactElement {
  return (
    <section aria-labelledby="applied-heading">
      <Subtitle2 as="h2" id="applied-heading">
        {paneText("appliedHeading", language)}
      </Subtitle2>
      {saved.length === 0 && <Caption1 block as="p">{paneText("noneApplied", language)}</Caption1>}
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }} data-testid="applied-list">
        {saved.map((s) => {
          const method = findMethod(s.methodId);
          const name = method ? localize(method.label, language) : s.methodId;
          return (
            <li key={s.id} data-testid={`applied-${s.methodId}`} style={{ display: "flex", alignItems: "center", gap: 6, marginBottom: 4 }}>
              <Caption1 style={{ flex: 1 }}>
                {name} — {s.source.sheet}!{columnLetter(s.classColumn)}
              </Caption1>
              <Button size="small" disabled={busy} onClick={() => onRefresh(s.id)} aria-label={`${paneText("refresh", language)} ${name}`}>
                {paneText("refresh", language)}
              </Button>
              <Button size="small" disabled={busy} onClick={() => onRemove(s.id)} aria-label={`${paneText("remove", language)} ${name}`} data-testid={`remove-${s.methodId}`}>
                {paneText("remove", language)}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
