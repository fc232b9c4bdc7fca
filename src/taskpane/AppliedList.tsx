/**
 * The segmentations saved in this workbook, each with Refresh (re-run on current data) and Remove,
 * and — for a method decided by a few cut values — "Keep these cuts": later refreshes classify
 * against the values of the last run instead of re-fitting (methods.md §14).
 */
import type { ReactElement } from "react";
import { Button, Caption1, Checkbox, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { columnLetter } from "../workbook/address";
import { colouringIds } from "../workbook/colouring";
import { findMethod } from "../workbook/methods/registry";
import { localize } from "../workbook/methods/types";
import { SavedSegmentation } from "../workbook/plan";
import { formatDate } from "./format";

export interface AppliedListProps {
  readonly saved: readonly SavedSegmentation[];
  readonly busy: boolean;
  readonly language: Language;
  /** Per segmentation id: keep the cut values at the next refresh (default: as saved). */
  readonly keep: Readonly<Record<string, boolean>>;
  onKeep(id: string, keep: boolean): void;
  onRefresh(id: string): void;
  onRemove(id: string): void;
  /** Put this segmentation's colours on top of the others on its sheet. */
  onColour(id: string): void;
}

/** The date whose cut values a refresh would keep: the kept ones', else the last run's. */
function keptDate(s: SavedSegmentation): number | null {
  if (s.frozen) return s.frozen.asOf;
  const runs = s.cuts ?? [];
  return runs.length ? runs[runs.length - 1].asOf : null;
}

export function AppliedList({ saved, busy, language, keep, onKeep, onRefresh, onRemove, onColour }: AppliedListProps): ReactElement {
  const colouring = colouringIds(saved);
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
            <li key={s.id} data-testid={`applied-${s.methodId}`} style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 6, marginBottom: 4 }}>
              <Caption1 style={{ flex: 1, minWidth: 120 }}>
                {name} — {s.source.sheet}!{columnLetter(s.classColumn)}
              </Caption1>
              <Button size="small" disabled={busy} onClick={() => onRefresh(s.id)} aria-label={`${paneText("refresh", language)} ${name}`}>
                {paneText("refresh", language)}
              </Button>
              <Button size="small" disabled={busy} onClick={() => onRemove(s.id)} aria-label={`${paneText("remove", language)} ${name}`} data-testid={`remove-${s.methodId}`}>
                {paneText("remove", language)}
              </Button>
              {colouring.has(s.id) ? (
                <Caption1 block style={{ flexBasis: "100%", fontWeight: 600 }} data-testid={`colouring-${s.methodId}`}>
                  {paneText("colouringRows", language, { sheet: s.source.sheet })}
                </Caption1>
              ) : (
                <Button size="small" appearance="subtle" style={{ flexBasis: "100%", justifyContent: "flex-start" }} disabled={busy} onClick={() => onColour(s.id)} data-testid={`colour-by-${s.methodId}`}>
                  {paneText("colourRowsBy", language)}
                </Button>
              )}
              {method?.freezable && s.cuts?.length ? (
                <Checkbox
                  style={{ flexBasis: "100%" }}
                  size="medium"
                  disabled={busy}
                  checked={keep[s.id] ?? Boolean(s.frozen)}
                  onChange={(_, d) => onKeep(s.id, d.checked === true)}
                  data-testid={`keep-cuts-${s.methodId}`}
                  label={(() => {
                    const date = keptDate(s);
                    return date === null ? paneText("keepCutsNoDate", language) : paneText("keepCuts", language, { date: formatDate(date, language) });
                  })()}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
