/**
 * The snapshot date (as of) for the monthly history. Methods that use dates take it from the
 * data; for the others it is only a label — today unless the user changes it — and the pane
 * says so (methods.md: an as-of date is the latest date in the data, never today, when there are dates).
 */
import type { ReactElement } from "react";
import { Caption1, Field, Input } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { dateToSerial, serialToDate } from "../segment/dates";

/** "2025-01-31" → Excel serial; null for anything else. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const serial = dateToSerial(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  return Number.isFinite(serial) ? serial : null;
}

export function serialToIso(serial: number): string {
  return serialToDate(serial).toISOString().slice(0, 10);
}

/** Today's calendar date where the pane runs, as "YYYY-MM-DD". */
export function todayIso(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface AsOfFieldProps {
  readonly value: string;
  readonly language: Language;
  /** Names of the methods whose snapshot this date only labels (no dates in them). */
  readonly labelOnly: readonly string[];
  /** Names of the methods that take their date from the data. */
  readonly fromData: readonly string[];
  readonly disabled?: boolean;
  onChange(value: string): void;
}

export function AsOfField({ value, language, labelOnly, fromData, disabled, onChange }: AsOfFieldProps): ReactElement | null {
  if (!labelOnly.length && !fromData.length) return null;
  return (
    <div>
      {labelOnly.length > 0 && (
        <Field label={paneText("asOfLabel", language)} size="small">
          <Input type="date" value={value} disabled={disabled} data-testid="as-of" onChange={(_, d) => onChange(d.value)} />
        </Field>
      )}
      {labelOnly.length > 0 && (
        <Caption1 block as="p" data-testid="as-of-hint">
          {paneText("asOfLabelOnly", language, { methods: labelOnly.join(", ") })}
        </Caption1>
      )}
      {fromData.length > 0 && (
        <Caption1 block as="p">
          {paneText("asOfFromData", language, { methods: fromData.join(", ") })}
        </Caption1>
      )}
    </div>
  );
}
