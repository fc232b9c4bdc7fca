/**
 * The snapshot date (as of) for the monthly history. Methods that use dates take it from the
 * data; for the others it is only a label, and the pane says so. Unless the user picks a date
 * (the value is "" until then), it is **the data's date**: the latest date in any date column of
 * the data (src/workbook/dataDate.ts), shown as a date in the user's language — today only when
 * the data has no date at all, and the hint says so (methods.md: an as-of date is never today
 * when the data has dates).
 */
import { useEffect, useState, type ReactElement } from "react";
import { Caption1, Field, Input } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { dateToSerial, serialToDate } from "../segment/dates";
import { dataDate } from "../workbook/dataDate";
import { RoleAssignment } from "../workbook/plan";
import { SourceInfo, WorkbookPort } from "../workbook/port";
import { formatDate } from "./format";

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

/**
 * The latest date in the data the pane points at (its date columns, guessed or chosen), or null
 * when it has none; read again when the data or the roles change.
 */
export function useDataDate(port: WorkbookPort, source: SourceInfo | null, roles: RoleAssignment): number | null {
  const [day, setDay] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (!source) {
      setDay(null);
      return;
    }
    dataDate(port, source.ref, roles, source.sample)
      .then((d) => !cancelled && setDay(d))
      .catch(() => !cancelled && setDay(null));
    return () => {
      cancelled = true;
    };
  }, [port, source, roles]);
  return day;
}

/** What the date field shows when the user has not picked a date: the data's date, else today. */
export function defaultAsOf(dataDay: number | null, now: Date): { iso: string; serial: number; fromData: boolean } {
  if (dataDay !== null) return { iso: serialToIso(dataDay), serial: dataDay, fromData: true };
  const iso = todayIso(now);
  return { iso, serial: isoToSerial(iso) as number, fromData: false };
}

/** The hint under the field while it shows its default: "Unless you change it: December 28, 2024, the latest date in the data." */
export function defaultAsOfHint(dataDay: number | null, now: Date, language: Language): string {
  const d = defaultAsOf(dataDay, now);
  return paneText(d.fromData ? "asOfDataDate" : "asOfNoDates", language, { date: formatDate(d.serial, language) });
}

export interface AsOfFieldProps {
  /** The date the user picked, "YYYY-MM-DD"; "" for the default (the data's date). */
  readonly value: string;
  /** The latest date in the data (Excel serial), null when it has none. */
  readonly dataDate?: number | null;
  readonly now?: () => Date;
  readonly language: Language;
  /** Names of the methods whose snapshot this date only labels (no dates in them). */
  readonly labelOnly: readonly string[];
  /** Names of the methods that take their date from the data. */
  readonly fromData: readonly string[];
  readonly disabled?: boolean;
  onChange(value: string): void;
}

export function AsOfField({ value, dataDate: dataDay = null, now = () => new Date(), language, labelOnly, fromData, disabled, onChange }: AsOfFieldProps): ReactElement | null {
  if (!labelOnly.length && !fromData.length) return null;
  const today = now();
  return (
    <div>
      {labelOnly.length > 0 && (
        <Field label={paneText("asOfLabel", language)} size="small" hint={value === "" ? defaultAsOfHint(dataDay, today, language) : undefined}>
          <Input type="date" value={value || defaultAsOf(dataDay, today).iso} disabled={disabled} data-testid="as-of" onChange={(_, d) => onChange(d.value)} />
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
