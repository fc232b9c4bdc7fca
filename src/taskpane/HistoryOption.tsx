/** Step 4's history choice: keep a monthly history of this segmentation (needs a customer ID column), and its snapshot date. */
import type { ReactElement } from "react";
import { Caption1, Checkbox } from "@fluentui/react-components";
import { historyText } from "../i18n/historyText";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { AsOfField } from "./AsOfField";

export interface HistoryOptionProps {
  readonly checked: boolean;
  /** False when no customer ID column is chosen. */
  readonly available: boolean;
  readonly usesDates: boolean;
  readonly methodName: string;
  /** The picked snapshot date, "" for the data's date. */
  readonly asOf: string;
  /** The latest date in the data (Excel serial), null when it has none: the default snapshot date. */
  readonly dataDate?: number | null;
  readonly language: Language;
  onChange(on: boolean): void;
  onAsOf(value: string): void;
}

export function HistoryOption(p: HistoryOptionProps): ReactElement {
  const on = p.checked && p.available;
  return (
    <div>
      <Checkbox checked={on} disabled={!p.available} label={paneText("historyOption", p.language)} onChange={(_, d) => p.onChange(Boolean(d.checked))} data-testid="history" />
      <Caption1 block as="p">
        {p.available ? paneText("historyHint", p.language, { sheet: historyText("historySheet", p.language) }) : paneText("historyNeedsId", p.language)}
      </Caption1>
      {on && (
        <AsOfField
          value={p.asOf}
          dataDate={p.dataDate ?? null}
          language={p.language}
          labelOnly={p.usesDates ? [] : [p.methodName]}
          fromData={p.usesDates ? [p.methodName] : []}
          onChange={p.onAsOf}
        />
      )}
    </div>
  );
}
